// Import: updates from a colleague's file (their exchange file, their register, the XLSX template or a CSV of
// activities) merged field by field. The file is previewed first; nothing is written until Apply, which takes a
// copy of the register before; Undo last import puts that copy back. A spreadsheet in no layout RoPA Desk knows is
// read through a column mapping the DPO corrects first (ColumnMappingPanel); the preview and the apply read it with
// that same mapping, which the apply saves in the register when it has a name.
import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping } from '../../../../shared/import-layouts/column-mapping.ts';
import type { Resolutions } from '../../../../shared/merge/merge-plan.ts';
import { call, useQuery, useRopaEvent, type ImportProgress, type MergePreview } from '../../api/index.ts';
import { confirmAction, notify, notifyFailure, ScreenHeader } from '../../components/index.ts';
import { useFormat } from '../../i18n/format.ts';
import { useRegister } from '../../navigation/RegisterContext.tsx';
import { ColumnMappingPanel } from './ColumnMappingPanel.tsx';
import { ExportForColleaguePanel } from './ExportForColleaguePanel.tsx';
import { ImportFileChooser } from './ImportFileChooser.tsx';
import { ImportProgressBar } from './ImportProgressBar.tsx';
import { MergePreviewPanel } from './MergePreviewPanel.tsx';
import type { ValueContext } from '../../components/record-values/describeValue.ts';
import './import.css';

export function ImportScreen() {
  const { t } = useTranslation('import');
  const info = useRegister();
  const [preview, setPreview] = useState<MergePreview | null>(null);
  const [choices, setChoices] = useState<Resolutions>({});
  const [matches, setMatches] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  /** The spreadsheet whose columns are being mapped, and the mapping its preview and apply read it with. */
  const [mappingFile, setMappingFile] = useState<string | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | undefined>(undefined);
  const [mappingError, setMappingError] = useState<string | undefined>(undefined);
  const context = useValueContext(preview);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  useRopaEvent((event) => {
    if (event.type === 'import-progress') setProgress(event.progress);
  });

  async function load(path: string | undefined, withMatches: Record<string, string>, withMapping: ColumnMapping | undefined) {
    setBusy(true);
    setError(undefined);
    setMappingError(undefined);
    setProgress(null);
    const result = await call('previewMerge', {
      ...(path === undefined ? {} : { path }),
      ...(withMapping === undefined ? {} : { mapping: withMapping }),
      matches: withMatches,
    });
    setBusy(false);
    if (!result.ok) {
      // A file chosen in the desktop app's dialog is named in the refusal: the page never saw its path.
      const file = path ?? result.error.file;
      if (result.error.code === 'needs-mapping' && file !== undefined) mapColumns(file, undefined);
      else if (withMapping !== undefined) setMappingError(result.error.message);
      else setError(file === undefined ? result.error.message : `${file}: ${result.error.message}`);
      return;
    }
    if ('cancelled' in result.value) return;
    setPreview(result.value);
    setMatches(withMatches);
    setChoices({});
    setMapping(withMapping);
  }

  /** Shows the column mapping of `file`, starting from `start` (the mapping used last) or the register's suggestion. */
  function mapColumns(file: string, start: ColumnMapping | undefined) {
    setPreview(null);
    setMappingFile(file);
    setMapping(start);
    setMappingError(undefined);
  }

  function startOver() {
    setPreview(null);
    setMappingFile(null);
    setMapping(undefined);
    setMappingError(undefined);
  }

  async function apply(current: MergePreview) {
    if (current.path === undefined) return;
    setBusy(true);
    const result = await call('applyMerge', {
      path: current.path,
      sha256: current.sha256,
      matches,
      resolutions: choices,
      // The mapping the preview was read with: the apply must read the file the same way.
      ...(mapping === undefined ? {} : { mapping }),
    });
    setBusy(false);
    if (!result.ok) {
      notifyFailure(t('apply.failed'), result.error);
      return;
    }
    const applied = result.value;
    startOver();
    notify(
      applied.backupPath === null ? t('apply.nothing') : t('apply.done', { created: applied.created, updated: applied.updated, deleted: applied.deleted }),
      {
        tone: 'success',
        ...(applied.backupPath === null ? {} : { description: t('apply.backup', { path: applied.backupPath }) }),
      },
    );
  }

  async function undo() {
    const choice = await confirmAction({ title: t('undo.title'), message: t('undo.message'), confirmLabel: t('undo.confirm') });
    if (choice !== 'confirm') return;
    const result = await call('undoLastImport', {});
    if (!result.ok) notifyFailure(t('undo.failed'), result.error);
    else notify(t('undo.done'), { tone: 'success', description: t('undo.kept', { path: result.value.undonePath }) });
  }

  const spreadsheet = spreadsheetPath(preview);
  return (
    <div className="screen screen-scroll">
      <ScreenHeader title={t('title')} subtitle={info.name} />
      {preview !== null ? (
        <MergePreviewPanel
          preview={preview}
          choices={choices}
          onChoices={setChoices}
          matches={matches}
          onMatches={(next) => void load(preview.path, next, mapping)}
          context={context}
          busy={busy}
          onApply={() => void apply(preview)}
          onCancel={startOver}
          {...(spreadsheet === undefined ? {} : { onMapColumns: () => mapColumns(spreadsheet, mapping) })}
        />
      ) : mappingFile !== null ? (
        <ColumnMappingPanel
          key={mappingFile}
          path={mappingFile}
          start={mapping}
          busy={busy}
          error={mappingError}
          onPreview={(chosen) => void load(mappingFile, {}, chosen)}
          onCancel={startOver}
        >
          {busy && <ImportProgressBar progress={progress} />}
        </ColumnMappingPanel>
      ) : (
        <section className="panel import-panel" aria-labelledby="import-file-title">
          <h2 className="panel-title" id="import-file-title">
            {t('file.title')}
          </h2>
          <p className="import-description">{t('file.description')}</p>
          <ImportFileChooser
            busy={busy}
            error={error}
            onChoose={(path) => void load(path, {}, undefined)}
            onMapColumns={(path) => mapColumns(path, undefined)}
          />
          {busy && <ImportProgressBar progress={progress} />}
        </section>
      )}
      {preview === null && mappingFile === null && <ExportForColleaguePanel />}
      <section className="panel import-panel" aria-labelledby="import-undo-title">
        <h2 className="panel-title" id="import-undo-title">
          {t('undo.heading')}
        </h2>
        <p className="import-description">{t('undo.description')}</p>
        <div className="import-actions">
          <Button className="button" onPress={() => void undo()} isDisabled={busy}>
            {t('undo.button')}
          </Button>
        </div>
      </section>
    </div>
  );
}

/** The previewed file's path when it is a spreadsheet (told by its name: the page cannot look inside), whose columns can be mapped. */
function spreadsheetPath(preview: MergePreview | null): string | undefined {
  const path = preview?.path;
  return path !== undefined && /\.(csv|xlsx)$/i.test(path) ? path : undefined;
}

/** Names for the ids a preview shows (processors used, parents, organisations): ours, and the records their file adds. */
function useValueContext(preview: MergePreview | null): ValueContext {
  const { t } = useTranslation('import');
  const format = useFormat();
  const info = useRegister();
  const processors = useQuery('listProcessors', {});
  const organisations = useQuery('listOrganisations', {});
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const record of [...(processors.data ?? []), ...(organisations.data ?? [])]) names.set(record.id, format.text(record.name, info.defaultLanguage));
    for (const record of preview?.records ?? []) if (!names.has(record.id) && record.name !== '') names.set(record.id, record.name);
    return { defaultLanguage: info.defaultLanguage, names, yes: t('yes'), no: t('no'), date: format.date };
  }, [processors.data, organisations.data, preview, info.defaultLanguage, format, t]);
}
