// An entry's changes field by field: each field's name in words, what it held before and what it holds after (empty
// where the field was absent: a record added has no before, a record removed no after).
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api/index.ts';
import { describeValue, type ValueContext } from '../record-values/describeValue.ts';
import { useChangeLabel, useWordedValue } from './changeWords.ts';

function Value(props: { text: string }) {
  return props.text === '' ? <span className="history-empty">—</span> : <span className="history-value">{props.text}</span>;
}

export function ChangeTable(props: { entry: AuditEntry; values: ValueContext; id?: string }) {
  const { t } = useTranslation('history');
  const label = useChangeLabel();
  const worded = useWordedValue();
  const { entry, values } = props;
  const described = (field: string, value: unknown) => describeValue(worded(field, value), values);
  return (
    <table className="field-table history-changes" id={props.id}>
      <thead>
        <tr>
          <th scope="col">{t('entry.field')}</th>
          <th scope="col">{t('entry.before')}</th>
          <th scope="col">{t('entry.after')}</th>
        </tr>
      </thead>
      <tbody>
        {entry.changes.map((change, index) => (
          <tr key={`${change.field}:${index}`}>
            <th scope="row">{label(entry, change.field)}</th>
            <td>
              <Value text={described(change.field, change.old)} />
            </td>
            <td>
              <Value text={described(change.field, change.new)} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
