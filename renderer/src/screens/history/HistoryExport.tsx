// Export of the entries shown (the screen's filter) as CSV or PDF, field names and kinds in the interface's language.
// Where the desktop app has a Save dialog it asks; in a browser the path is typed in a short dialog. Once written, a
// notification says so, and Open and Show in folder stay beside the buttons.
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ExportedAudit } from '../../../../shared/ipc/outputs.ts';
import { isReportLanguage } from '../../../../shared/report/languages.ts';
import { call, useQuery } from '../../api/index.ts';
import type { AuditFilter } from '../../components/history/index.ts';
import { FormDialog, notify, notifyFailure } from '../../components/index.ts';
import { PlainTextField } from '../../components/form/PlainTextField.tsx';
import { usePathField } from '../../components/form/usePathField.ts';
import { useFormat } from '../../i18n/format.ts';

type Format = 'csv' | 'pdf';
const FORMATS: readonly Format[] = ['csv', 'pdf'];

export function HistoryExport({ filter }: { filter: AuditFilter }) {
  const { t, i18n } = useTranslation('history');
  const format = useFormat();
  const current = useQuery('currentFile', {});
  const nativeDialogs = current.data?.nativeDialogs === true;
  const [asking, setAsking] = useState<Format | null>(null);
  const pathField = usePathField(t('export.pathRequired'));
  const [error, setError] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState<ExportedAudit | null>(null);
  // The document is written in the interface's language (English for the pseudo-locale, which no document has).
  const language = isReportLanguage(i18n.language) ? i18n.language : 'en';

  /** Asks the backend to write the file; true when the path dialog may close (written or cancelled). */
  const save = async (fileFormat: Format, path: string | undefined): Promise<boolean> => {
    const result = await call('exportAudit', { ...filter, format: fileFormat, language, ...(path === undefined ? {} : { path }) });
    if (!result.ok) {
      if (path === undefined) notifyFailure(t('export.failed'), result.error);
      else setError(result.error.message);
      return false;
    }
    if ('cancelled' in result.value) return true;
    setSaved(result.value);
    notify(t('export.saved', { count: result.value.entries, number: format.number(result.value.entries) }), { description: result.value.path });
    return true;
  };

  const reveal = async (how: 'open' | 'show-in-folder') => {
    if (saved === null) return;
    const result = await call('revealFile', { path: saved.path, how });
    if (!result.ok) notifyFailure(t('export.revealFailed'), result.error);
  };

  return (
    <div className="history-export" role="group" aria-label={t('export.label')}>
      {FORMATS.map((fileFormat) => (
        <Button
          key={fileFormat}
          className="button"
          onPress={() => {
            setError(undefined);
            if (nativeDialogs) void save(fileFormat, undefined);
            else setAsking(fileFormat);
          }}
        >
          {t(`export.${fileFormat}`)}
        </Button>
      ))}
      {saved !== null && nativeDialogs && (
        <>
          <Button className="button button-quiet" onPress={() => void reveal('open')}>
            {t('export.open')}
          </Button>
          <Button className="button button-quiet" onPress={() => void reveal('show-in-folder')}>
            {t('export.showInFolder')}
          </Button>
        </>
      )}
      <FormDialog
        isOpen={asking !== null}
        onOpenChange={(open) => {
          if (!open) setAsking(null);
        }}
        title={t('export.dialogTitle', { format: asking === null ? '' : asking.toUpperCase() })}
        submitLabel={t('export.save')}
        error={error}
        onSubmit={async () => {
          if (asking === null) return true;
          if (!pathField.check()) return false;
          return save(asking, pathField.path);
        }}
      >
        <PlainTextField
          label={t('export.path')}
          description={t('export.pathHelp', { extension: asking ?? 'csv' })}
          {...pathField.field}
          onChange={(value) => {
            pathField.field.onChange(value);
            setError(undefined);
          }}
          autoFocus
        />
      </FormDialog>
    </div>
  );
}
