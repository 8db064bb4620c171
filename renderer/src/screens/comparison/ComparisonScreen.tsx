// Changes between two dates: the register as it stood at one moment compared with another, both rebuilt from its
// history (`compareRegister`): what was added, removed and changed, field by field, the material changes first, for
// the annual review; and the same as a PDF (`exportComparison`). It opens on the last year, up to now.
import type { CalendarDateTime } from '@internationalized/date';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/index.ts';
import { ScreenHeader } from '../../components/index.ts';
import { useRegister } from '../../navigation/RegisterContext.tsx';
import { ComparisonExport } from './ComparisonExport.tsx';
import { ComparisonResult } from './ComparisonResult.tsx';
import { MomentField } from './MomentField.tsx';
import { defaultPickerValues, momentOf, type Moments } from './moments.ts';
import './comparison.css';

type Picked = { from: CalendarDateTime | null; to: CalendarDateTime | null };
type Problems = { from?: string; to?: string };

export function ComparisonScreen() {
  const { t } = useTranslation('comparison');
  const info = useRegister();
  const [opening] = useState(() => defaultPickerValues(new Date()));
  const [picked, setPicked] = useState<Picked>(opening);
  const [compared, setCompared] = useState<Moments>(() => ({ from: momentOf(opening.from), to: momentOf(opening.to) }));
  const [problems, setProblems] = useState<Problems>({});
  const comparison = useQuery('compareRegister', compared);

  const pick = (which: keyof Picked) => (value: CalendarDateTime | null) => {
    setPicked((current) => ({ ...current, [which]: value }));
    setProblems((current) => ({ ...current, [which]: undefined }));
  };
  const compare = () => {
    const found: Problems = {};
    if (picked.from === null) found.from = t('moment.required', { label: t('from') });
    if (picked.to === null) found.to = t('moment.required', { label: t('to') });
    if (picked.from !== null && picked.to !== null && picked.from.compare(picked.to) >= 0) found.to = t('moment.notAfterFrom');
    setProblems(found);
    if (picked.from === null || picked.to === null || found.to !== undefined) return;
    setCompared({ from: momentOf(picked.from), to: momentOf(picked.to) });
  };

  return (
    <div className="screen screen-scroll comparison-screen">
      <ScreenHeader title={t('title')} subtitle={info.name} />
      <p className="comparison-intro muted">{t('intro')}</p>
      <div className="comparison-toolbar">
        <Form
        className="comparison-moments"
        aria-label={t('moments')}
        onSubmit={(event) => {
          event.preventDefault();
          compare();
        }}
      >
        <MomentField label={t('from')} value={picked.from} onChange={pick('from')} error={problems.from} />
        <MomentField label={t('to')} value={picked.to} onChange={pick('to')} error={problems.to} />
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
    </div>
  );
}
