// While a colleague's file is read (in the backend's worker thread; seconds for a large one): what stage it is at.
import { useTranslation } from 'react-i18next';
import type { ImportProgress } from '../../api/index.ts';
import { StageProgress } from '../../components/StageProgress.tsx';

export function ImportProgressBar({ progress }: { progress: ImportProgress | null }) {
  const { t } = useTranslation('import');
  return (
    <StageProgress
      className="import-progress"
      label={t('progress.label')}
      stage={t(`progress.${progress?.stage ?? 'reading'}`)}
      fraction={progress?.fraction}
    />
  );
}
