// "Export PDF": the comparison shown, as a PDF for the annual review, in the interface's language. Where the desktop
// app has a Save dialog it asks where; in a browser the path is typed in a short dialog. Once written, a notification
// says where, and the file can be opened or shown in its folder.
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { call, useQuery } from '../../api/index.ts';
import { FormDialog, notify, notifyFailure } from '../../components/index.ts';
import { useFindingLanguage } from '../../components/findings/useRegisterCheck.ts';
import { PlainTextField } from '../../components/form/PlainTextField.tsx';
import type { Moments } from './moments.ts';

export function ComparisonExport(props: { moments: Moments | null }) {
  const { t } = useTranslation('comparison');
  // The document speaks the interface's language (English where the interface speaks one no document does).
  const language = useFindingLanguage();
  const current = useQuery('currentFile', {});
  const nativeDialogs = current.data?.nativeDialogs === true;
  const [asking, setAsking] = useState(false);
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState<string | null>(null);

  /** Asks the backend to write the PDF; true when the path dialog may close (written, or the Save dialog cancelled). */
  const save = async (target: string | undefined): Promise<boolean> => {
    if (props.moments === null) return true;
    const result = await call('exportComparison', { ...props.moments, language, ...(target === undefined ? {} : { path: target }) });
    if (!result.ok) {
      if (target === undefined) notifyFailure(t('export.failed'), result.error);
      else setError(result.error.message);
      return false;
    }
    if ('cancelled' in result.value) return true;
    setSaved(result.value.path);
    notify(t('export.saved'), { tone: 'success', description: t('export.where', { path: result.value.path, count: result.value.pages }) });
    return true;
  };
  const reveal = async (file: string, how: 'open' | 'show-in-folder') => {
    const result = await call('revealFile', { path: file, how });
    if (!result.ok) notifyFailure(t('export.revealFailed'), result.error);
  };

  return (
    <div className="comparison-export" role="group" aria-label={t('export.label')}>
      <Button
        className="button"
        isDisabled={props.moments === null}
        onPress={() => {
          setError(undefined);
          if (nativeDialogs) void save(undefined);
          else setAsking(true);
        }}
      >
        {t('export.pdf')}
      </Button>
      {saved !== null && nativeDialogs && (
        <>
          <Button className="button button-quiet" onPress={() => void reveal(saved, 'open')}>
            {t('export.open')}
          </Button>
          <Button className="button button-quiet" onPress={() => void reveal(saved, 'show-in-folder')}>
            {t('export.showInFolder')}
          </Button>
        </>
      )}
      <FormDialog
        isOpen={asking}
        onOpenChange={setAsking}
        title={t('export.dialogTitle')}
        submitLabel={t('export.save')}
        error={error}
        onSubmit={async () => {
          if (path.trim() === '') {
            setError(t('export.pathRequired'));
            return false;
          }
          return save(path.trim());
        }}
      >
        <PlainTextField
          label={t('export.path')}
          value={path}
          onChange={(value) => {
            setPath(value);
            setError(undefined);
          }}
          description={t('export.pathHelp')}
          autoFocus
        />
      </FormDialog>
    </div>
  );
}
