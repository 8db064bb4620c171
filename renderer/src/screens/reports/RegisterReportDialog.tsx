// "Register report" dialog: the choices, then the progress with Cancel, then the result with Open report and Show in
// folder. While the report is made the dialog stays (Escape does not close it); Cancel stops the rendering.
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { RegisterReportForm } from './RegisterReportForm.tsx';
import { ReportOutcome } from './ReportOutcome.tsx';
import { closeReportDialog, useReportDialogOpen, useReportJob } from './reportJob.ts';
import './reports.css';

export function RegisterReportDialog() {
  const { t } = useTranslation('reports');
  const isOpen = useReportDialogOpen();
  const job = useReportJob();
  const running = job.status === 'running';
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={isOpen}
      onOpenChange={(open) => {
        if (!open) closeReportDialog();
      }}
      isDismissable={!running}
      isKeyboardDismissDisabled={running}
    >
      <Modal className="modal report-dialog">
        <Dialog className="dialog">
          <Heading slot="title" className="dialog-title">
            {t('registerReport.title')}
          </Heading>
          <p className="report-description">{t('registerReport.description')}</p>
          {(job.status === 'done' || job.status === 'cancelled') && <ReportOutcome job={job} onClose={closeReportDialog} />}
          {(job.status === 'idle' || job.status === 'failed' || job.status === 'running') && <RegisterReportForm job={job} onClose={closeReportDialog} />}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
