// Export as HTML, Markdown or PDF: where the desktop app has a Save dialog it is asked; in a browser the path is
// typed in a short dialog. The result offers to open the file or show it in its folder. The policy is public: while the
// register checks find errors in what it publishes, the backend writes nothing and they are listed, with "Export
// anyway" to write it regardless.
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/checks/findings.ts';
import type { ReportLanguage } from '../../../../shared/report/languages.ts';
import { call, useQuery } from '../../api/index.ts';
import { FormDialog, notify, notifyFailure } from '../../components/index.ts';
import { PlainTextField } from '../../components/form/PlainTextField.tsx';
import { PolicyBlocked } from './PolicyBlocked.tsx';

type Format = 'html' | 'md' | 'pdf';
const FORMATS: readonly Format[] = ['html', 'md', 'pdf'];

/** An export the checks held back: what was asked (to repeat it) and why. */
type Blocked = { format: Format; target: string | undefined; findings: Finding[] };

export function PolicyExport({ request }: { request: { language: ReportLanguage; organisationId?: string } }) {
  const { t } = useTranslation('policy');
  const current = useQuery('currentFile', {});
  const nativeDialogs = current.data?.nativeDialogs === true;
  const [asking, setAsking] = useState<Format | null>(null);
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState<string | null>(null);
  const [blocked, setBlocked] = useState<Blocked | null>(null);

  /** Asks the backend to write the policy; true when the path dialog may close (written, cancelled or held back). */
  const save = async (format: Format, target: string | undefined, ignoreChecks = false): Promise<boolean> => {
    const result = await call('exportPolicy', {
      ...request,
      format,
      ...(target === undefined ? {} : { path: target }),
      ...(ignoreChecks ? { ignoreChecks } : {}),
    });
    if (!result.ok) {
      if (target === undefined || ignoreChecks) notifyFailure(t('export.failed'), result.error);
      else setError(result.error.message);
      return false;
    }
    if ('cancelled' in result.value) return true;
    if ('blocked' in result.value) {
      setBlocked({ format, target, findings: result.value.blocked });
      return true;
    }
    setSaved(result.value.path);
    notify(t('export.saved', { path: result.value.path }), { tone: 'success' });
    return true;
  };

  return (
    <div className="policy-export" role="group" aria-label={t('export.label')}>
      {FORMATS.map((format) => (
        <Button
          key={format}
          className="button"
          onPress={() => {
            setError(undefined);
            if (nativeDialogs) void save(format, undefined);
            else setAsking(format);
          }}
        >
          {t(`export.${format}`)}
        </Button>
      ))}
      {saved !== null && nativeDialogs && (
        <Button className="button button-quiet" onPress={() => void call('revealFile', { path: saved, how: 'show-in-folder' })}>
          {t('export.showInFolder')}
        </Button>
      )}
      <PolicyBlocked
        findings={blocked?.findings ?? null}
        onClose={() => setBlocked(null)}
        onExportAnyway={async () => {
          if (blocked === null) return;
          if (await save(blocked.format, blocked.target, true)) setBlocked(null);
        }}
      />
      <FormDialog
        isOpen={asking !== null}
        onOpenChange={(open) => {
          if (!open) setAsking(null);
        }}
        title={t('export.dialogTitle', { format: asking === null ? '' : t(`export.${asking}`) })}
        submitLabel={t('export.save')}
        error={error}
        onSubmit={async () => {
          if (asking === null) return true;
          if (path.trim() === '') {
            setError(t('export.pathRequired'));
            return false;
          }
          return save(asking, path.trim());
        }}
      >
        <PlainTextField
          label={t('export.path')}
          value={path}
          onChange={(value) => {
            setPath(value);
            setError(undefined);
          }}
          description={t('export.pathHelp', { extension: asking ?? 'html' })}
          autoFocus
        />
      </FormDialog>
    </div>
  );
}
