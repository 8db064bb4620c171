// "Export PDF": the comparison shown, as a PDF for the annual review, in the interface's language. Where the desktop
// app has a Save dialog it asks where; in a browser the path is typed in a short dialog. Once written, a notification
// says where, and the file can be opened or shown in its folder.
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { call, useQuery } from '../../api/index.ts';
import { notify, notifyFailure } from '../../components/index.ts';
import { RevealFileButtons } from '../../components/RevealFileButtons.tsx';
import { SavePathDialog } from '../../components/SavePathDialog.tsx';
import { useFindingLanguage } from '../../components/findings/useRegisterCheck.ts';
import type { Moments } from './moments.ts';

export function ComparisonExport(props: { moments: Moments | null }) {
  const { t } = useTranslation('comparison');
  // The document speaks the interface's language (English where the interface speaks one no document does).
  const language = useFindingLanguage();
  const current = useQuery('currentFile', {});
  const nativeDialogs = current.data?.nativeDialogs === true;
  const [asking, setAsking] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  /** Asks the backend to write the PDF; answers its refusal (told here when no path was typed), or nothing. */
  const save = async (target: string | undefined): Promise<string | undefined> => {
    if (props.moments === null) return undefined;
    const result = await call('exportComparison', { ...props.moments, language, ...(target === undefined ? {} : { path: target }) });
    if (!result.ok) {
      if (target === undefined) notifyFailure(t('export.failed'), result.error);
      return result.error.message;
    }
    if ('cancelled' in result.value) return undefined;
    setSaved(result.value.path);
    notify(t('export.saved'), { tone: 'success', description: t('export.where', { path: result.value.path, count: result.value.pages }) });
    return undefined;
  };

  return (
    <div className="comparison-export" role="group" aria-label={t('export.label')}>
      <Button
        className="button"
        isDisabled={props.moments === null}
        onPress={() => {
          if (nativeDialogs) void save(undefined);
          else setAsking(true);
        }}
      >
        {t('export.pdf')}
      </Button>
      <RevealFileButtons path={saved} labels={{ open: t('export.open'), showInFolder: t('export.showInFolder'), failed: t('export.revealFailed') }} />
      <SavePathDialog
        isOpen={asking}
        onClose={() => setAsking(false)}
        title={t('export.dialogTitle')}
        labels={{ path: t('export.path'), help: t('export.pathHelp'), required: t('export.pathRequired'), save: t('export.save') }}
        onSave={save}
      />
    </div>
  );
}
