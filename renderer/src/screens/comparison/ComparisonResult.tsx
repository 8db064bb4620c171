// The register compared between two moments: a summary (how many records were added, removed and changed, how many
// changed materially, the register's revision at each moment), then the records with material changes, then the others.
// Each section is a heading and a focus stop the summary's buttons lead to; a long list is shown a hundred at a time.
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ComparedRecord, RegisterComparison } from '../../../../shared/ipc/outputs.ts';
import { useFormat } from '../../i18n/format.ts';
import { ComparedRecordView } from './ComparedRecordView.tsx';
import { useComparisonRecords, type ComparisonRecords } from './useComparisonRecords.ts';

/** Records drawn at first, and added by each "Show more": a year of a large register's changes can be thousands. */
const PAGE = 100;

type Section = { key: 'material' | 'other'; records: ComparedRecord[] };

const sectionId = (section: Section) => `comparison-${section.key}`;

export function ComparisonResult({ comparison }: { comparison: RegisterComparison }) {
  const { t } = useTranslation('comparison');
  const format = useFormat();
  const records = useComparisonRecords(comparison.records);
  const moments = { from: format.dateTime(comparison.from), to: format.dateTime(comparison.to) };
  if (comparison.records.length === 0) {
    const same = comparison.revisions.from === comparison.revisions.to;
    return (
      <section className="panel comparison-unchanged" aria-labelledby="comparison-unchanged-title" role="status">
        <h2 className="panel-title" id="comparison-unchanged-title">
          {t('unchanged.title')}
        </h2>
        <p>
          {t(same ? 'unchanged.untouched' : 'unchanged.undone', {
            ...moments,
            first: format.number(comparison.revisions.from),
            last: format.number(comparison.revisions.to),
          })}
        </p>
      </section>
    );
  }
  const sections: Section[] = [
    { key: 'material', records: comparison.records.filter((record) => record.material.length > 0) },
    { key: 'other', records: comparison.records.filter((record) => record.material.length === 0) },
  ];
  const shown = sections.filter((section) => section.records.length > 0);
  return (
    <>
      <Summary comparison={comparison} moments={moments} sections={shown} />
      {shown.map((section) => (
        <RecordSection key={section.key} section={section} records={records} moments={moments} />
      ))}
    </>
  );
}

function Summary(props: { comparison: RegisterComparison; moments: { from: string; to: string }; sections: Section[] }) {
  const { t } = useTranslation('comparison');
  const format = useFormat();
  const { counts, revisions } = props.comparison;
  const figures = (['added', 'removed', 'changed', 'material'] as const).map((key) =>
    t(`summary.${key}`, { count: counts[key], number: format.number(counts[key]) }),
  );
  return (
    <section className="panel comparison-summary" aria-labelledby="comparison-summary-title">
      <h2 className="panel-title" id="comparison-summary-title">
        {t('summary.title', props.moments)}
      </h2>
      <ul className="comparison-figures">
        {figures.map((figure) => (
          <li key={figure}>{figure}</li>
        ))}
      </ul>
      <p className="muted">{t('summary.revisions', { from: format.number(revisions.from), to: format.number(revisions.to) })}</p>
      <nav className="comparison-jumps" aria-label={t('summary.jumps')}>
        {props.sections.map((section) => (
          <Button key={section.key} className="button button-small" onPress={() => document.getElementById(sectionId(section))?.focus()}>
            {t(`section.${section.key}.jump`, { count: section.records.length, number: format.number(section.records.length) })}
          </Button>
        ))}
      </nav>
    </section>
  );
}

function RecordSection(props: { section: Section; records: ComparisonRecords; moments: { from: string; to: string } }) {
  const { t } = useTranslation('comparison');
  const format = useFormat();
  const [limit, setLimit] = useState(PAGE);
  const { key, records } = props.section;
  const titleId = `comparison-${key}-title`;
  const hidden = records.length - limit;
  return (
    <section className="comparison-section" aria-labelledby={titleId} tabIndex={-1} id={sectionId(props.section)}>
      <h2 className="comparison-section-title" id={titleId}>
        {t(`section.${key}.title`)} <span className="comparison-section-count">({format.number(records.length)})</span>
      </h2>
      <p className="muted">{t(`section.${key}.intro`)}</p>
      {records.slice(0, limit).map((record) => (
        <ComparedRecordView key={`${record.recordType}:${record.id}`} record={record} records={props.records} moments={props.moments} />
      ))}
      {hidden > 0 && (
        <Button className="button comparison-more" onPress={() => setLimit((shown) => shown + PAGE)}>
          {t('showMore', { count: Math.min(hidden, PAGE), number: format.number(Math.min(hidden, PAGE)), left: format.number(hidden) })}
        </Button>
      )}
    </section>
  );
}
