// A spreadsheet in no layout RoPA Desk knows (or one the DPO asked to map by hand): the register reads its headers and
// suggests where each column goes (the mapping saved for the same headers first); the DPO corrects it in MappingForm
// and goes on to the merge preview with it. A workbook of several sheets offers its sheets: each has its own columns.
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping } from '../../../../shared/import-layouts/column-mapping.ts';
import type { MappingSuggestion } from '../../../../shared/ipc/commands/column-mappings.ts';
import { call, type Result } from '../../api/index.ts';
import { SelectBox } from '../../components/index.ts';
import { MappingForm } from './MappingForm.tsx';
import './columnMapping.css';

type Loaded = { key: string; result: Result<MappingSuggestion> };

/** The suggestion for `path` (and `sheet`, once one is chosen), read again each time: the file may have changed. */
function useSuggestion(path: string, sheet: string | undefined): Result<MappingSuggestion> | undefined {
  const input = useMemo(() => ({ path, ...(sheet === undefined ? {} : { sheet }) }), [path, sheet]);
  const key = JSON.stringify(input);
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void call('suggestColumnMapping', input).then((result) => {
      if (live) setLoaded({ key, result });
    });
    return () => {
      live = false;
    };
  }, [input, key]);
  return loaded?.key === key ? loaded.result : undefined;
}

export function ColumnMappingPanel(props: {
  path: string;
  /** The mapping last used for this file, to start from instead of the suggestion (back from the merge preview). */
  start: ColumnMapping | undefined;
  busy: boolean;
  /** Why the merge preview with the mapping failed. */
  error: string | undefined;
  onPreview: (mapping: ColumnMapping) => void;
  onCancel: () => void;
  /** The progress of the merge preview once asked for (reading a large file takes seconds). */
  children?: ReactNode;
}) {
  const { t } = useTranslation('import');
  const [sheet, setSheet] = useState<string | undefined>(props.start?.sheet);
  const suggestion = useSuggestion(props.path, sheet);
  const fileName = suggestion?.ok === true ? suggestion.value.fileName : props.path;
  return (
    <section className="panel import-panel mapping-panel" aria-labelledby="mapping-title">
      <h2 className="panel-title" id="mapping-title">
        {t('mapping.title', { file: fileName })}
      </h2>
      <p className="import-description">{t('mapping.description')}</p>
      {suggestion === undefined && (
        <p className="mapping-loading" role="status">
          {t('mapping.reading')}
        </p>
      )}
      {suggestion?.ok === false && (
        <>
          <p className="import-error" role="alert">
            {t('mapping.unreadable', { message: suggestion.error.message })}
          </p>
          <div className="import-actions">
            <Button className="button" onPress={props.onCancel}>
              {t('mapping.cancel')}
            </Button>
          </div>
        </>
      )}
      {suggestion?.ok === true && (
        <MappingForm
          // A new sheet (or a file read again) starts from its own suggestion.
          key={`${suggestion.value.sheet}\u0000${suggestion.value.headers.join('\u0000')}`}
          path={props.path}
          suggestion={suggestion.value}
          start={props.start}
          sheetChooser={
            suggestion.value.sheets.length > 1 && (
              <SelectBox
                label={t('mapping.sheet')}
                options={suggestion.value.sheets.map((name) => ({ value: name, label: name }))}
                value={suggestion.value.sheet}
                onChange={(value) => setSheet(value ?? undefined)}
              />
            )
          }
          busy={props.busy}
          error={props.error}
          onPreview={props.onPreview}
          onCancel={props.onCancel}
        />
      )}
      {props.children}
    </section>
  );
}
