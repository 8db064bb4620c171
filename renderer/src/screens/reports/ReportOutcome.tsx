// The report while it is made (stage, a bar, Cancel) and once it is: where it was saved, how many pages, the texts
// printed in the default language for want of a translation, and what the register checks still find.
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { call, useQuery, type ReportProgress } from '../../api/index.ts';
import { StageProgress } from '../../components/StageProgress.tsx';
import { DocumentFindings } from '../../components/findings/index.ts';
import { notifyFailure } from '../../components/toast.tsx';
import { useFormat } from '../../i18n/format.ts';
import { cancelReport, type ReportJob } from './reportJob.ts';

export function ReportRunning({ progress }: { progress: ReportProgress }) {
  const { t } = useTranslation('reports');
  const stage = t(`progress.${progress.stage}`);
  return (
    <div className="report-running">
      <StageProgress label={t('progress.label')} stage={stage} fraction={progress.fraction} />
      <Button className="button" onPress={() => void cancelReport()} autoFocus>
        {t('progress.cancel')}
      </Button>
    </div>
  );
}

export function ReportOutcome({ job, onClose }: { job: Extract<ReportJob, { status: 'done' | 'cancelled' }>; onClose: () => void }) {
  const { t } = useTranslation('reports');
  if (job.status === 'cancelled') {
    return (
      <div className="report-outcome" role="status">
        <p className="report-outcome-title">{t('outcome.cancelled')}</p>
        <div className="dialog-actions">
          <Button className="button button-primary" onPress={onClose} autoFocus>
            {t('outcome.close')}
          </Button>
        </div>
      </div>
    );
  }
  return <MadeReportSummary report={job.report} organisationId={job.organisationId} onClose={onClose} />;
}

function MadeReportSummary({
  report,
  organisationId,
  onClose,
}: {
  report: Extract<ReportJob, { status: 'done' }>['report'];
  organisationId: string | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation('reports');
  const format = useFormat();
  const current = useQuery('currentFile', {});
  const reveal = async (how: 'open' | 'show-in-folder') => {
    const result = await call('revealFile', { path: report.path, how });
    if (!result.ok) notifyFailure(t('outcome.revealFailed'), result.error);
  };
  const size = new Intl.NumberFormat(format.language, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(report.bytes / 1_000_000);
  return (
    <div className="report-outcome" role="status">
      <p className="report-outcome-title">{t('outcome.saved')}</p>
      <p className="report-outcome-path mono">{report.path}</p>
      <p className="muted">
        {t('outcome.figures', { count: report.pages, pages: format.number(report.pages), activities: format.number(report.activities), size })}
      </p>
      {report.warnings.length > 0 && (
        <div className="report-warnings">
          <h3 className="report-warnings-title">{t('outcome.warnings', { count: report.warnings.length })}</h3>
          <ul className="report-warnings-list">
            {report.warnings.map((warning, index) => (
              <li key={index}>{warning.message}</li>
            ))}
          </ul>
        </div>
      )}
      <DocumentFindings organisationId={organisationId} onLeave={onClose} className="report-findings" />
      <div className="dialog-actions">
        {current.data?.nativeDialogs === true && (
          <>
            <Button className="button button-primary" onPress={() => void reveal('open')} autoFocus>
              {t('outcome.open')}
            </Button>
            <Button className="button" onPress={() => void reveal('show-in-folder')}>
              {t('outcome.showInFolder')}
            </Button>
          </>
        )}
        <Button className="button" onPress={onClose} autoFocus={current.data?.nativeDialogs !== true}>
          {t('outcome.close')}
        </Button>
      </div>
    </div>
  );
}
