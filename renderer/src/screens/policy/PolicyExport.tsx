// Export as HTML, Markdown or PDF: where the desktop app has a Save dialog it is asked; in a browser the path is
// typed in a short dialog. The result offers to open the file or show it in its folder. The policy is public: while the
// register checks find errors in what it publishes, the backend writes nothing and they are listed, with "Export
// anyway" to write it regardless.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/checks/findings.ts';
import type { ReportLanguage } from '../../../../shared/report/languages.ts';
import { call, useQuery } from '../../api/index.ts';
import { notify, notifyFailure } from '../../components/index.ts';
import { ExportFormatButtons } from '../../components/ExportFormatButtons.tsx';
import { RevealFileButtons } from '../../components/RevealFileButtons.tsx';
import { SavePathDialog } from '../../components/SavePathDialog.tsx';
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
  const [saved, setSaved] = useState<string | null>(null);
  const [blocked, setBlocked] = useState<Blocked | null>(null);

  /** Asks the backend to write the policy; answers its refusal (told here unless it answers a typed path), or nothing. */
  const save = async (format: Format, target: string | undefined, ignoreChecks = false): Promise<string | undefined> => {
    const result = await call('exportPolicy', {
      ...request,
      format,
      ...(target === undefined ? {} : { path: target }),
      ...(ignoreChecks ? { ignoreChecks } : {}),
    });
    if (!result.ok) {
      if (target === undefined || ignoreChecks) notifyFailure(t('export.failed'), result.error);
      return result.error.message;
    }
    if ('cancelled' in result.value) return undefined;
    if ('blocked' in result.value) {
      setBlocked({ format, target, findings: result.value.blocked });
      return undefined;
    }
    setSaved(result.value.path);
    notify(t('export.saved', { path: result.value.path }), { tone: 'success' });
    return undefined;
  };

  return (
    <div className="policy-export" role="group" aria-label={t('export.label')}>
      <ExportFormatButtons
        formats={FORMATS}
        label={(format) => t(`export.${format}`)}
        onChoose={(format) => {
          if (nativeDialogs) void save(format, undefined);
          else setAsking(format);
        }}
      />
      <RevealFileButtons path={saved} labels={{ showInFolder: t('export.showInFolder') }} />
      <PolicyBlocked
        findings={blocked?.findings ?? null}
        onClose={() => setBlocked(null)}
        onExportAnyway={async () => {
          if (blocked === null) return;
          if ((await save(blocked.format, blocked.target, true)) === undefined) setBlocked(null);
        }}
      />
      <SavePathDialog
        isOpen={asking !== null}
        onClose={() => setAsking(null)}
        title={t('export.dialogTitle', { format: asking === null ? '' : t(`export.${asking}`) })}
        labels={{
          path: t('export.path'),
          help: t('export.pathHelp', { extension: asking ?? 'html' }),
          required: t('export.pathRequired'),
          save: t('export.save'),
        }}
        onSave={async (path) => (asking === null ? undefined : save(asking, path))}
      />
    </div>
  );
}
