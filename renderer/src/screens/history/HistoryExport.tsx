// Export of the entries shown (the screen's filter) as CSV or PDF, field names and kinds in the interface's language.
// Where the desktop app has a Save dialog it asks; in a browser the path is typed in a short dialog. Once written, a
// notification says so, and Open and Show in folder stay beside the buttons.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isReportLanguage } from '../../../../shared/report/languages.ts';
import { call, useQuery } from '../../api/index.ts';
import type { AuditFilter } from '../../components/history/index.ts';
import { notify, notifyFailure } from '../../components/index.ts';
import { ExportFormatButtons } from '../../components/ExportFormatButtons.tsx';
import { RevealFileButtons } from '../../components/RevealFileButtons.tsx';
import { SavePathDialog } from '../../components/SavePathDialog.tsx';
import { useFormat } from '../../i18n/format.ts';

type Format = 'csv' | 'pdf';
const FORMATS: readonly Format[] = ['csv', 'pdf'];

export function HistoryExport({ filter }: { filter: AuditFilter }) {
  const { t, i18n } = useTranslation('history');
  const format = useFormat();
  const current = useQuery('currentFile', {});
  const nativeDialogs = current.data?.nativeDialogs === true;
  const [asking, setAsking] = useState<Format | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  // The document is written in the interface's language (English for the pseudo-locale, which no document has).
  const language = isReportLanguage(i18n.language) ? i18n.language : 'en';

  /** Asks the backend to write the file; answers its refusal (told here when no path was typed), or nothing. */
  const save = async (fileFormat: Format, path: string | undefined): Promise<string | undefined> => {
    const result = await call('exportAudit', { ...filter, format: fileFormat, language, ...(path === undefined ? {} : { path }) });
    if (!result.ok) {
      if (path === undefined) notifyFailure(t('export.failed'), result.error);
      return result.error.message;
    }
    if ('cancelled' in result.value) return undefined;
    setSaved(result.value.path);
    notify(t('export.saved', { count: result.value.entries, number: format.number(result.value.entries) }), { description: result.value.path });
    return undefined;
  };

  return (
    <div className="history-export" role="group" aria-label={t('export.label')}>
      <ExportFormatButtons
        formats={FORMATS}
        label={(fileFormat) => t(`export.${fileFormat}`)}
        onChoose={(fileFormat) => {
          if (nativeDialogs) void save(fileFormat, undefined);
          else setAsking(fileFormat);
        }}
      />
      <RevealFileButtons path={saved} labels={{ open: t('export.open'), showInFolder: t('export.showInFolder'), failed: t('export.revealFailed') }} />
      <SavePathDialog
        isOpen={asking !== null}
        onClose={() => setAsking(null)}
        title={t('export.dialogTitle', { format: asking === null ? '' : asking.toUpperCase() })}
        labels={{
          path: t('export.path'),
          help: t('export.pathHelp', { extension: asking ?? 'csv' }),
          required: t('export.pathRequired'),
          save: t('export.save'),
        }}
        onSave={async (path) => (asking === null ? undefined : save(asking, path))}
      />
    </div>
  );
}
