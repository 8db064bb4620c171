// The preview of a merge: what the file would add, change and remove, every conflict with its choice, the
// references that block it, and the rows matched by name; Apply only once nothing is left open.
import { Button, Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { MergePreview } from '../../api/index.ts';
import type { Resolutions } from '../../../../shared/merge/merge-plan.ts';
import { useFormat } from '../../i18n/format.ts';
import { chooseAll, chooseField, chooseRecord, openDecisions } from './mergeChoices.ts';
import type { ValueContext } from '../../components/record-values/describeValue.ts';
import { MergeFindings } from './MergeFindings.tsx';
import { RecordDiff } from './RecordDiff.tsx';

const COUNTED = ['new', 'changed', 'conflict', 'delete-conflict', 'removed', 'unchanged'] as const;

export function MergePreviewPanel(props: {
  preview: MergePreview;
  choices: Resolutions;
  onChoices: (choices: Resolutions) => void;
  matches: Record<string, string>;
  onMatches: (matches: Record<string, string>) => void;
  context: ValueContext;
  busy: boolean;
  onApply: () => void;
  onCancel: () => void;
  /** Given for a spreadsheet: back to its column mapping, to read it differently. */
  onMapColumns?: () => void;
}) {
  const { t } = useTranslation('import');
  const format = useFormat();
  const { preview, choices } = props;
  const open = openDecisions(preview, choices);
  const blocked = preview.dangling.length > 0;
  const nothing = preview.records.length === 0;
  return (
    <section className="panel merge-preview" aria-labelledby="merge-preview-title">
      <h2 className="panel-title" id="merge-preview-title">
        {t('preview.title', { file: preview.fileName })}
      </h2>
      <p className="merge-basis">{preview.threeWay ? t('preview.threeWay', { revision: preview.baseRevision }) : t('preview.twoWay')}</p>
      <dl className="merge-counts" aria-label={t('preview.counts')}>
        {COUNTED.map((outcome) => (
          <div key={outcome} className={`merge-count${preview.counts[outcome] > 0 && outcome.includes('conflict') ? ' merge-count-open' : ''}`}>
            <dt>{t(`outcome.${outcome}`)}</dt>
            <dd>{format.number(preview.counts[outcome])}</dd>
          </div>
        ))}
      </dl>

      {preview.warnings.length > 0 && (
        <ul className="merge-warnings" aria-label={t('preview.warnings')}>
          {preview.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}

      <MergeFindings preview={preview} />

      {blocked && (
        <div className="merge-blocked" role="alert">
          <p>{t('dangling.title')}</p>
          <ul>
            {preview.dangling.map((reference) => (
              <li key={`${reference.id} ${reference.field} ${reference.missing}`}>
                {t('dangling.item', {
                  type: t(`type.${reference.type}`),
                  name: props.context.names.get(reference.id) ?? reference.id,
                  field: reference.field,
                  missing: reference.missing,
                })}
              </li>
            ))}
          </ul>
        </div>
      )}

      {preview.proposedMatches.length > 0 && (
        <div className="merge-matches">
          <p>{t('matches.title')}</p>
          <ul>
            {preview.proposedMatches.map((match) => (
              <li key={match.id}>
                <Checkbox
                  className="checkbox"
                  isSelected={props.matches[match.id] === match.existingId}
                  isDisabled={props.busy}
                  onChange={(selected) => {
                    const next = { ...props.matches };
                    if (selected) next[match.id] = match.existingId;
                    else delete next[match.id];
                    props.onMatches(next);
                  }}
                >
                  {t('matches.item', { row: match.row, name: match.name, existing: match.existingName })}
                </Checkbox>
              </li>
            ))}
          </ul>
        </div>
      )}

      {nothing ? (
        <p className="merge-nothing">{t('preview.nothing')}</p>
      ) : (
        <>
          <div className="merge-toolbar">
            <span>{t('choice.all')}</span>
            <Button className="button button-small" onPress={() => props.onChoices(chooseAll('ours'))}>
              {t('choice.allOurs')}
            </Button>
            <Button className="button button-small" onPress={() => props.onChoices(chooseAll('theirs'))}>
              {t('choice.allTheirs')}
            </Button>
          </div>
          <div className="merge-records">
            {preview.records.map((record) => (
              <RecordDiff
                key={`${record.type} ${record.id}`}
                record={record}
                threeWay={preview.threeWay}
                choices={choices}
                context={props.context}
                onChooseField={(field, choice) => props.onChoices(chooseField(choices, record.id, field, choice))}
                onChooseRecord={(choice) => props.onChoices(chooseRecord(choices, record.id, choice))}
              />
            ))}
          </div>
        </>
      )}

      <div className="merge-apply">
        <p className="merge-status" role="status">
          {blocked ? t('apply.blocked') : open > 0 ? t('apply.open', { count: open }) : nothing ? '' : t('apply.ready')}
        </p>
        {props.onMapColumns !== undefined && (
          <Button className="button" onPress={props.onMapColumns} isDisabled={props.busy}>
            {t('mapping.open')}
          </Button>
        )}
        <Button className="button" onPress={props.onCancel} isDisabled={props.busy}>
          {t('apply.cancel')}
        </Button>
        <Button className="button button-primary" onPress={props.onApply} isDisabled={props.busy || blocked || open > 0 || nothing}>
          {t('apply.apply')}
        </Button>
      </div>
    </section>
  );
}
