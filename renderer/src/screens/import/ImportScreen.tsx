// Import: updates from a colleague's file (their exchange file, their register, the XLSX template or a CSV of
// activities) merged field by field. The file is previewed first; nothing is written until Apply, which takes a
// copy of the register before; Undo last import puts that copy back.
import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Resolutions } from '../../../../shared/merge/merge-plan.ts';
import { call, useQuery, useRopaEvent, type ImportProgress, type MergePreview } from '../../api/index.ts';
import { confirmAction, notify, notifyFailure, ScreenHeader } from '../../components/index.ts';
import { useFormat } from '../../i18n/format.ts';
import { useRegister } from '../../navigation/RegisterContext.tsx';
import { ExportForColleaguePanel } from './ExportForColleaguePanel.tsx';
import { ImportFileChooser } from './ImportFileChooser.tsx';
import { ImportProgressBar } from './ImportProgressBar.tsx';
import { MergePreviewPanel } from './MergePreviewPanel.tsx';
import type { ValueContext } from './mergeValues.ts';
import './import.css';

export function ImportScreen() {
  const { t } = useTranslation('import');
  const info = useRegister();
  const [preview, setPreview] = useState<MergePreview | null>(null);
  const [choices, setChoices] = useState<Resolutions>({});
  const [matches, setMatches] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const context = useValueContext(preview);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  useRopaEvent((event) => {
    if (event.type === 'import-progress') setProgress(event.progress);
  });

  async function load(path: string | undefined, withMatches: Record<string, string>) {
    setBusy(true);
    setError(undefined);
    setProgress(null);
    const result = await call('previewMerge', { ...(path === undefined ? {} : { path }), matches: withMatches });
    setBusy(false);
    if (!result.ok) {
      setError(path === undefined ? result.error.message : `${path}: ${result.error.message}`);
      return;
    }
    if ('cancelled' in result.value) return;
    setPreview(result.value);
    setMatches(withMatches);
    setChoices({});
  }

  async function apply(current: MergePreview) {
    if (current.path === undefined) return;
    setBusy(true);
    const result = await call('applyMerge', { path: current.path, sha256: current.sha256, matches, resolutions: choices });
    setBusy(false);
    if (!result.ok) {
      notifyFailure(t('apply.failed'), result.error);
      return;
    }
    const applied = result.value;
    setPreview(null);
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

  return (
    <div className="screen screen-scroll">
      <ScreenHeader title={t('title')} subtitle={info.name} />
      {preview === null ? (
        <section className="panel import-panel" aria-labelledby="import-file-title">
          <h2 className="panel-title" id="import-file-title">
            {t('file.title')}
          </h2>
          <p className="import-description">{t('file.description')}</p>
          <ImportFileChooser busy={busy} error={error} onChoose={(path) => void load(path, {})} />
          {busy && <ImportProgressBar progress={progress} />}
        </section>
      ) : (
        <MergePreviewPanel
          preview={preview}
          choices={choices}
          onChoices={setChoices}
          matches={matches}
          onMatches={(next) => void load(preview.path, next)}
          context={context}
          busy={busy}
          onApply={() => void apply(preview)}
          onCancel={() => setPreview(null)}
        />
      )}
      {preview === null && <ExportForColleaguePanel />}
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
    return { defaultLanguage: info.defaultLanguage, names, yes: t('yes'), no: t('no') };
  }, [processors.data, organisations.data, preview, info.defaultLanguage, format, t]);
}
