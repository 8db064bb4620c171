// What the mapping on screen reads, but not as written (a value that fits no choice, kept as text in the activity's
// notes): each with its row and column, so the DPO can fix the file or choose another target before importing.
import { useTranslation } from 'react-i18next';
import type { ImportFinding } from '../../../../shared/import-layouts/imported-register.ts';

function FindingPlace({ place }: { place: ImportFinding['place'] }) {
  const { t } = useTranslation('import');
  const { row, column } = place;
  return (
    <span className="mapping-finding-place">
      {column === undefined ? t('mapping.findings.row', { row }) : t('mapping.findings.rowColumn', { row, column })}
    </span>
  );
}

export function MappingFindings(props: { findings: readonly ImportFinding[] }) {
  const { t } = useTranslation('import');
  if (props.findings.length === 0) return null;
  return (
    <section className="mapping-findings" aria-labelledby="mapping-findings-title">
      <h3 className="panel-subtitle" id="mapping-findings-title">
        {t('mapping.findings.title', { count: props.findings.length })}
      </h3>
      <ul>
        {props.findings.map((finding, index) => (
          // Two findings may say the same of the same cell: their order tells them apart.
          <li key={index}>
            <FindingPlace place={finding.place} /> {finding.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
