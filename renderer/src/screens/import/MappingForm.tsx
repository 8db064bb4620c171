// The mapping of one sheet, as the DPO corrects it: a target per column, the column rows are grouped by, the name it
// is saved under; below, the first activities as it reads them and what it keeps as text; then Preview import.
import { useMemo, useState, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping, MappingTarget } from '../../../../shared/import-layouts/column-mapping.ts';
import type { MappingSuggestion } from '../../../../shared/ipc/commands/column-mappings.ts';
import { SelectBox } from '../../components/index.ts';
import { firstValues, groupChoices, mappingToSend, nameFromFile, namesActivities, retarget, type MappingColumn } from './columnMapping.ts';
import { MappingColumnRow } from './MappingColumnRow.tsx';
import { MappingFindings } from './MappingFindings.tsx';
import { MappingNameField } from './MappingNameField.tsx';
import { MappingPreviewTable } from './MappingPreviewTable.tsx';
import { useMappingPreview } from './useMappingPreview.ts';
import { useTargetLabels } from './useTargetLabels.ts';

/** The group-by chooser's "no grouping" choice: not a header (a header is any text, but never this one in practice). */
const EVERY_ROW = '\u0000every-row';

type Note = { column: number; text: string };

/** The mapping read from the form, without its name (the name changes nothing in the preview). */
function readMapping(sheet: string, headerRow: number, columns: MappingColumn[], groupBy: string | undefined): Omit<ColumnMapping, 'name'> {
  return { sheet, headerRow, ...(groupBy === undefined ? {} : { groupBy }), columns };
}

/** `start`: the mapping the DPO used last for this file (back from the merge preview), when its columns are these. */
function seedOf(suggestion: MappingSuggestion, start: ColumnMapping | undefined): ColumnMapping {
  const fits =
    start !== undefined &&
    start.sheet === suggestion.sheet &&
    start.columns.length === suggestion.mapping.columns.length &&
    start.columns.every((column, index) => column.header === suggestion.mapping.columns[index]?.header);
  return fits ? start : suggestion.mapping;
}

export function MappingForm(props: {
  path: string;
  suggestion: MappingSuggestion;
  start: ColumnMapping | undefined;
  /** The sheet chooser, for a workbook of several sheets: it sits with the other choices about the whole sheet. */
  sheetChooser: ReactNode;
  busy: boolean;
  error: string | undefined;
  onPreview: (mapping: ColumnMapping) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('import');
  const { suggestion } = props;
  const targets = useTargetLabels();
  const [seed] = useState(() => seedOf(suggestion, props.start));
  const [columns, setColumns] = useState<MappingColumn[]>(seed.columns);
  const [groupBy, setGroupBy] = useState<string | undefined>(seed.groupBy);
  const [name, setName] = useState(seed.name ?? suggestion.savedAs ?? nameFromFile(suggestion.fileName));
  const [note, setNote] = useState<Note | undefined>(undefined);

  const columnLabel = (index: number) => columns[index]?.header.trim() || t('mapping.unnamedColumn', { number: index + 1 });
  const mapping = useMemo(() => readMapping(suggestion.sheet, seed.headerRow, columns, groupBy), [suggestion.sheet, seed.headerRow, columns, groupBy]);
  const named = namesActivities(columns);
  const [initial] = useState(() => ({
    mapping: readMapping(suggestion.sheet, suggestion.mapping.headerRow, suggestion.mapping.columns, suggestion.mapping.groupBy),
    preview: { activityCount: suggestion.activityCount, activities: suggestion.activities, findings: suggestion.findings },
  }));
  const preview = useMappingPreview(props.path, named ? mapping : undefined, initial);

  function choose(index: number, target: MappingTarget) {
    const next = retarget(columns, index, target);
    setColumns(next.columns);
    setNote(
      next.movedFrom === undefined
        ? undefined
        : { column: index, text: t('mapping.moved', { target: targets.label(target), from: columnLabel(next.movedFrom) }) },
    );
  }

  const groups = groupChoices(columns);
  return (
    <div className="mapping-form">
      {suggestion.savedAs !== undefined && <p className="mapping-saved">{t('mapping.usingSaved', { name: suggestion.savedAs })}</p>}
      {suggestion.layout !== null && suggestion.layout !== 'mapping' && (
        <p className="mapping-known">{t('mapping.knownLayout', { layout: t(`mapping.layout.${suggestion.layout}`) })}</p>
      )}
      <div className="field-row mapping-options">
        {props.sheetChooser}
        <SelectBox
          label={t('mapping.groupBy')}
          description={t('mapping.groupByHelp')}
          options={[{ value: EVERY_ROW, label: t('mapping.everyRow') }, ...groups.map((header) => ({ value: header, label: header }))]}
          value={groupBy !== undefined && groups.includes(groupBy) ? groupBy : EVERY_ROW}
          onChange={(value) => setGroupBy(value === null || value === EVERY_ROW ? undefined : value)}
        />
        <MappingNameField value={name} onChange={setName} />
      </div>

      <table className="mapping-columns">
        <caption className="visually-hidden">{t('mapping.columnsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mapping.column')}</th>
            <th scope="col">{t('mapping.values')}</th>
            <th scope="col">{t('mapping.goesTo')}</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column, index) => (
            <MappingColumnRow
              // Columns never move: the position names a column, even when two share a header.
              key={index}
              label={columnLabel(index)}
              values={firstValues(suggestion.sampleRows, index)}
              target={column.target}
              options={targets.options}
              note={note?.column === index ? note.text : undefined}
              onTarget={(target) => choose(index, target)}
            />
          ))}
        </tbody>
      </table>
      {/* Said once for assistive technology, where the note next to the chooser is not announced. */}
      <p className="visually-hidden" role="status">
        {note?.text ?? ''}
      </p>

      <section className="mapping-preview" aria-labelledby="mapping-preview-title">
        <div className="mapping-preview-heading">
          <h3 className="panel-subtitle" id="mapping-preview-title">
            {t('mapping.preview.title')}
          </h3>
          <span className="mapping-updating" role="status">
            {named && preview.updating ? t('mapping.preview.updating') : ''}
          </span>
        </div>
        {!named && (
          <p className="import-error" role="alert">
            {t('mapping.needsName', { target: targets.label('name') })}
          </p>
        )}
        {named && preview.error !== undefined && (
          <p className="import-error" role="alert">
            {preview.error}
          </p>
        )}
        <MappingPreviewTable preview={preview.preview} updating={preview.updating} />
        <MappingFindings findings={preview.preview.findings} />
      </section>

      <div className="merge-apply">
        <p className="merge-status import-error" role="alert">
          {props.error ?? ''}
        </p>
        <Button className="button" onPress={props.onCancel} isDisabled={props.busy}>
          {t('mapping.cancel')}
        </Button>
        <Button className="button button-primary" onPress={() => props.onPreview(mappingToSend(mapping, name))} isDisabled={props.busy || !named}>
          {t('mapping.previewImport')}
        </Button>
      </div>
    </div>
  );
}
