// One record of a merge preview: what changes, field by field, side by side (ours, theirs, and the exported version
// both started from when it is known), with the choice of ours or theirs for each conflict and for the record.
import { Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Resolution, Resolutions } from '../../../../shared/merge/merge-plan.ts';
import { Badge, type BadgeTone } from '../../components/bits.tsx';
import { choiceFor, type PreviewRecord } from './mergeChoices.ts';
import { describeValue, type ValueContext } from '../../components/record-values/describeValue.ts';
import { useFieldLabel } from '../../components/record-values/fieldLabels.ts';

const OUTCOME_TONES: Record<PreviewRecord['outcome'], BadgeTone> = {
  new: 'good',
  changed: 'info',
  conflict: 'warn',
  'delete-conflict': 'warn',
  removed: 'bad',
  unchanged: 'muted',
};

function Choice(props: { label: string; value: Resolution | undefined; onChange: (choice: Resolution) => void }) {
  const { t } = useTranslation('import');
  return (
    <RadioGroup
      className="merge-choice"
      aria-label={props.label}
      orientation="horizontal"
      value={props.value ?? null}
      onChange={(value) => props.onChange(value as Resolution)}
    >
      <Radio value="ours" className="radio">
        {t('choice.ours')}
      </Radio>
      <Radio value="theirs" className="radio">
        {t('choice.theirs')}
      </Radio>
    </RadioGroup>
  );
}

function Value(props: { value: unknown; context: ValueContext }) {
  const text = describeValue(props.value, props.context);
  return text === '' ? <span className="merge-empty">—</span> : <span className="merge-value">{text}</span>;
}

export function RecordDiff(props: {
  record: PreviewRecord;
  threeWay: boolean;
  choices: Resolutions;
  context: ValueContext;
  onChooseField: (field: string, choice: Resolution) => void;
  onChooseRecord: (choice: Resolution) => void;
}) {
  const { t } = useTranslation('import');
  const label = useFieldLabel();
  const { record, threeWay, choices, context } = props;
  const conflicting = record.outcome === 'conflict' || record.outcome === 'delete-conflict';
  const headingId = `merge-record-${record.id}`;
  return (
    <section className={`merge-record merge-record-${record.outcome}`} aria-labelledby={headingId}>
      <header className="merge-record-header">
        <Badge tone="neutral">{t(`type.${record.type}`)}</Badge>
        <h3 className="merge-record-name" id={headingId}>
          {record.name === '' ? t('unnamed') : record.name}
        </h3>
        <Badge tone={OUTCOME_TONES[record.outcome]}>{t(`outcome.${record.outcome}`)}</Badge>
        {conflicting && <Choice label={t('choice.forRecord', { name: record.name })} value={choiceFor(choices, record.id)} onChange={props.onChooseRecord} />}
      </header>
      {record.outcome === 'delete-conflict' && <p className="merge-note">{t(record.deletedIn === 'ours' ? 'deletedHere' : 'deletedThere')}</p>}
      {record.outcome === 'removed' && <p className="merge-note">{t('removedNote')}</p>}
      {record.outcome === 'new' && <p className="merge-note">{t('newNote')}</p>}
      {record.fields.length > 0 && (
        <table className="field-table merge-fields">
          <thead>
            <tr>
              <th scope="col">{t('column.field')}</th>
              {threeWay && <th scope="col">{t('column.base')}</th>}
              <th scope="col">{t('column.ours')}</th>
              <th scope="col">{t('column.theirs')}</th>
              <th scope="col">{t('column.result')}</th>
            </tr>
          </thead>
          <tbody>
            {record.fields.map((field) => (
              <tr key={field.field} className={`merge-field merge-field-${field.outcome}`}>
                <th scope="row">{label(record.type, field.field)}</th>
                {threeWay && (
                  <td>
                    <Value value={field.base} context={context} />
                  </td>
                )}
                <td>
                  <Value value={field.ours} context={context} />
                </td>
                <td>
                  <Value value={field.theirs} context={context} />
                </td>
                <td>
                  {field.outcome === 'conflict' ? (
                    <Choice
                      label={t('choice.forField', { field: label(record.type, field.field), name: record.name })}
                      value={choiceFor(choices, record.id, field.field)}
                      onChange={(choice) => props.onChooseField(field.field, choice)}
                    />
                  ) : (
                    <span className="merge-outcome">{t(`fieldOutcome.${field.outcome}`)}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
