// One record that differs between the two moments: its type, reference and name (a link to its editor while the
// register still holds it), whether it was added, removed or changed, its material changes, and what changed field by
// field, before and after.
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ComparedField, ComparedRecord } from '../../../../shared/ipc/outputs.ts';
import { Badge, type BadgeTone } from '../../components/bits.tsx';
import { describeValue, type ValueContext } from '../../components/record-values/describeValue.ts';
import { useFieldLabel } from '../../components/record-values/fieldLabels.ts';
import { useWordedValue } from '../../components/history/changeWords.ts';
import { MaterialBadges } from './MaterialBadges.tsx';
import type { ComparisonRecords } from './useComparisonRecords.ts';

const CHANGE_TONES: Record<ComparedRecord['change'], BadgeTone> = { added: 'good', removed: 'bad', changed: 'info' };

export function ComparedRecordView(props: { record: ComparedRecord; records: ComparisonRecords; moments: { from: string; to: string } }) {
  const { t } = useTranslation('comparison');
  const { record } = props;
  const headingId = `compared-${record.recordType}-${record.id}`;
  const name = record.name === '' ? t('unnamed') : record.name;
  const editor = props.records.editorOf(record);
  return (
    <article className={`compared-record compared-${record.change}`} aria-labelledby={headingId}>
      <header className="compared-record-header">
        <Badge tone="neutral">{t(`recordType.${record.recordType}`)}</Badge>
        <h3 className="compared-record-name" id={headingId}>
          {record.reference !== null && <span className="mono compared-reference">{record.reference}</span>}
          {editor === null ? (
            <span>{name}</span>
          ) : (
            <Link href={editor} className="text-link" aria-label={t('openEditor', { name })}>
              {name}
            </Link>
          )}
        </h3>
        <Badge tone={CHANGE_TONES[record.change]}>{t(`change.${record.change}`)}</Badge>
        <MaterialBadges material={record.material} />
      </header>
      {record.change !== 'changed' && <p className="compared-note">{t(`note.${record.change}`, props.moments)}</p>}
      {record.fields.length > 0 && <FieldChanges record={record} name={name} context={props.records.context} />}
    </article>
  );
}

function FieldChanges(props: { record: ComparedRecord; name: string; context: ValueContext }) {
  const { t } = useTranslation('comparison');
  const label = useFieldLabel();
  return (
    <table className="field-table compared-fields">
      <caption className="visually-hidden">{t('fieldsCaption', { name: props.name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('column.field')}</th>
          <th scope="col">{t('column.before')}</th>
          <th scope="col">{t('column.after')}</th>
        </tr>
      </thead>
      <tbody>
        {props.record.fields.map((field) => (
          <tr key={field.field} className={field.material === null ? undefined : 'compared-field-material'}>
            <th scope="row">
              <span className="compared-field-name">{label(props.record.recordType, field.field)}</span>
              {field.material !== null && <MaterialBadges material={[field.material]} />}
            </th>
            <td>
              <Value field={field} side="before" context={props.context} />
            </td>
            <td>
              <Value field={field} side="after" context={props.context} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A value one line per item, its codes in words (a status, a legal basis). Where a list kept some items, those it lost (before) or gained (after) are marked, so a
 * new purpose among five stands out; a value that changed as a whole is shown as it is.
 */
function Value(props: { field: ComparedField; side: 'before' | 'after'; context: ValueContext }) {
  const { t } = useTranslation('comparison');
  const worded = useWordedValue();
  const linesOf = (value: unknown) =>
    describeValue(worded(props.field.field, value), props.context)
      .split('\n')
      .filter((line) => line !== '');
  const lines = linesOf(props.field[props.side]);
  const other = new Set(linesOf(props.field[props.side === 'before' ? 'after' : 'before']));
  if (lines.length === 0) return <span className="compared-empty">{t('empty')}</span>;
  const partly = lines.some((line) => other.has(line));
  return (
    <ul className="compared-value">
      {lines.map((line, index) => (
        <li key={index}>{partly && !other.has(line) ? <MarkedLine line={line} side={props.side} /> : line}</li>
      ))}
    </ul>
  );
}

function MarkedLine(props: { line: string; side: 'before' | 'after' }) {
  const { t } = useTranslation('comparison');
  const Mark = props.side === 'before' ? 'del' : 'ins';
  return (
    <Mark className="compared-line-mark">
      <span className="visually-hidden">{t(props.side === 'before' ? 'line.removed' : 'line.added')} </span>
      {props.line}
    </Mark>
  );
}
