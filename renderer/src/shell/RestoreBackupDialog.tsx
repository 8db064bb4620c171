// File › Restore from backup…: the open register's backups, newest first (when, why, size, what each holds), one to
// put in the register's place. The present state is backed up first, so a restore loses nothing either.
import { useState } from 'react';
import { Radio, RadioGroup, Label } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { call, useQuery, type BackupInfo } from '../api/index.ts';
import { FormDialog } from '../components/FormDialog.tsx';
import { notify } from '../components/toast.tsx';
import { useFormat } from '../i18n/format.ts';
import { navigate } from '../navigation/routing.ts';

function BackupLabel({ backup }: { backup: BackupInfo }) {
  const { t } = useTranslation('shell');
  const format = useFormat();
  const counts =
    backup.counts === null ? t('backups.unreadable') : t('backups.counts', { activities: backup.counts.activities, processors: backup.counts.processors });
  return (
    <span className="backup-choice">
      <span className="backup-when">{format.dateTime(backup.takenAt)}</span>
      <span className="backup-why">{t(`backups.reason.${backup.reason}`)}</span>
      <span className="backup-what">{t('backups.what', { counts, size: format.number(Math.max(1, Math.round(backup.bytes / 1024))) })}</span>
    </span>
  );
}

export function RestoreBackupDialog(props: { isOpen: boolean; onOpenChange: (open: boolean) => void }) {
  const { t } = useTranslation('shell');
  const listed = useQuery('listBackups', {}, { enabled: props.isOpen });
  const [chosen, setChosen] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);
  const backups = listed.data?.backups ?? [];
  return (
    <FormDialog
      isOpen={props.isOpen}
      onOpenChange={(open) => {
        setError(undefined);
        setChosen(null);
        props.onOpenChange(open);
      }}
      title={t('backups.title')}
      description={listed.data === undefined ? undefined : t('backups.description', { folder: listed.data.folder })}
      submitLabel={t('backups.restore')}
      error={error}
      onSubmit={async () => {
        if (chosen === null) {
          setError(t('backups.chooseOne'));
          return false;
        }
        const result = await call('restoreBackup', { name: chosen });
        if (!result.ok) {
          setError(result.error.message);
          return false;
        }
        notify(t('backups.restored'), { tone: 'success', description: t('backups.kept', { path: result.value.safetyBackup }) });
        void navigate('overview', null, { force: true });
        return true;
      }}
    >
      {backups.length === 0 ? (
        <p className="backup-none">{listed.data === undefined ? t('backups.loading') : t('backups.none')}</p>
      ) : (
        <RadioGroup
          className="field backup-list"
          value={chosen}
          onChange={(value) => {
            setChosen(value);
            setError(undefined);
          }}
        >
          <Label className="field-label">{t('backups.label')}</Label>
          {backups.map((backup) => (
            <Radio key={backup.name} value={backup.name} className="radio">
              <BackupLabel backup={backup} />
            </Radio>
          ))}
        </RadioGroup>
      )}
    </FormDialog>
  );
}
