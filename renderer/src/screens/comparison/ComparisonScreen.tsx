// Changes between two dates: the register as it stood at one moment compared with another, both rebuilt from its
// history (`compareRegister`): what was added, removed and changed, field by field, the material changes first, for
// the annual review; and the same as a PDF (`exportComparison`). It opens on the last year up to now, or on the
// register's whole history where that is shorter.
import type { CalendarDateTime } from '@internationalized/date';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/index.ts';
import { ScreenHeader } from '../../components/index.ts';
import { useRegister } from '../../navigation/RegisterContext.tsx';
import { ComparisonExport } from './ComparisonExport.tsx';
import { ComparisonResult } from './ComparisonResult.tsx';
import { MomentField } from '../../components/form/MomentField.tsx';
import { momentsOf, openingMoments, type Moments } from './moments.ts';
import { useComparableSince } from './useComparableSince.ts';
import './comparison.css';

type Picked = { from: CalendarDateTime | null; to: CalendarDateTime | null };
type Problems = { from?: string; to?: string };

export function ComparisonScreen() {
  const { t } = useTranslation('comparison');
  const info = useRegister();
  const since = useComparableSince();
  // The moments are chosen once, when the screen opens: a later reload of the log does not change them.
  const [opening, setOpening] = useState<{ since: Date | null } | null>(null);
  if (opening === null && since !== undefined) setOpening({ since });
  return (
    <div className="screen screen-scroll comparison-screen">
      <ScreenHeader title={t('title')} subtitle={info.name} />
      <p className="comparison-intro muted">{t('intro')}</p>
      {opening === null ? (
        <p className="loading" role="status">
          {t('comparing')}
        </p>
      ) : (
        <Comparison since={opening.since} />
      )}
    </div>
  );
}

function Comparison(props: { since: Date | null }) {
  const { t } = useTranslation('comparison');
  const [opening] = useState(() => openingMoments(new Date(), props.since));
  const [picked, setPicked] = useState<Picked>(opening);
  const [compared, setCompared] = useState<Moments>(() => momentsOf(opening));
  const [problems, setProblems] = useState<Problems>({});
  const comparison = useQuery('compareRegister', compared);
  // The register names the moment it refused (before its history starts, say): that field is marked.
  const refused = comparison.error?.path;

  const pick = (which: keyof Picked) => (value: CalendarDateTime | null) => {
    setPicked((current) => ({ ...current, [which]: value }));
    setProblems((current) => ({ ...current, [which]: undefined }));
  };
  const compare = () => {
    const { from, to } = picked;
    const found: Problems = {};
    if (from === null) found.from = t('moment.required', { label: t('from') });
    if (to === null) found.to = t('moment.required', { label: t('to') });
    else if (from !== null && from.compare(to) >= 0) found.to = t('moment.notAfterFrom');
    setProblems(found);
    if (from !== null && to !== null && found.to === undefined) setCompared(momentsOf({ from, to }));
  };

  return (
    <>
      <div className="comparison-toolbar">
        <Form
          className="comparison-moments"
          aria-label={t('moments')}
          onSubmit={(event) => {
            event.preventDefault();
            compare();
          }}
        >
          <MomentField label={t('from')} value={picked.from} onChange={pick('from')} error={problems.from} refused={refused === 'from'} />
          <MomentField label={t('to')} value={picked.to} onChange={pick('to')} error={problems.to} refused={refused === 'to'} />
          <Button type="submit" className="button button-primary comparison-compare">
            {t('compare')}
          </Button>
        </Form>
        {/* Outside the form: the export's own dialog (a portal) would otherwise submit it too, as React events bubble. */}
        <ComparisonExport moments={comparison.data === undefined ? null : compared} />
      </div>
      <div className="comparison-body" aria-busy={comparison.loading}>
        {comparison.error !== undefined ? (
          <p className="inline-error comparison-refused" role="alert">
            {t('refused', { message: comparison.error.message })}
          </p>
        ) : comparison.data === undefined ? (
          <p className="loading" role="status">
            {t('comparing')}
          </p>
        ) : (
          <ComparisonResult comparison={comparison.data} />
        )}
      </div>
    </>
  );
}
