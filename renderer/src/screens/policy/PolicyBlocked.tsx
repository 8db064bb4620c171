// "The policy was not exported" (or "not published"): the register checks found errors in what the public policy would
// say. The dialog lists them, each leading to its record and field, and offers to go ahead anyway (the DPO's call, e.g.
// for a draft to show colleagues). Following a finding closes the dialog: the fix is made in the record's editor.
import { useState } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/checks/findings.ts';
import { FindingsList } from '../../components/findings/index.ts';
import { goToRecordField } from '../../navigation/fieldFocus.ts';
import './policy-blocked.css';

export type PolicyBlockedProps = {
  /** The blocking findings; null when the dialog is closed. */
  findings: readonly Finding[] | null;
  onClose: () => void;
  /** Repeats the export (or the publication) with the checks ignored; resolves once it is done (or failed). */
  onExportAnyway: () => Promise<void>;
  /** What was held back: an export (default) or the publication of a version. */
  action?: 'export' | 'publish';
};

export function PolicyBlocked(props: PolicyBlockedProps) {
  const { t } = useTranslation('policy');
  const words = props.action === 'publish' ? 'publish.blocked' : 'export.blocked';
  const [busy, setBusy] = useState(false);
  const findings = props.findings ?? [];
  const goTo = (finding: Finding) => {
    props.onClose();
    void goToRecordField(finding.record.type, finding.record.id, finding.field);
  };
  const exportAnyway = async () => {
    setBusy(true);
    try {
      await props.onExportAnyway();
    } finally {
      setBusy(false);
    }
  };
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={props.findings !== null}
      isDismissable={!busy}
      onOpenChange={(open) => {
        if (!open) props.onClose();
      }}
    >
      <Modal className="modal policy-blocked">
        <Dialog role="alertdialog" className="dialog">
          <Heading slot="title" className="dialog-title">
            {t(`${words}.title`, { count: findings.length })}
          </Heading>
          <p className="dialog-body">{t(`${words}.intro`)}</p>
          <div className="policy-blocked-findings">
            <FindingsList findings={findings} showRecord onGoTo={goTo} limit={5} label={t('export.blocked.listLabel')} />
          </div>
          <div className="dialog-actions">
            <Button className="button" onPress={props.onClose} isDisabled={busy} autoFocus>
              {t('common:cancel')}
            </Button>
            <Button className="button button-danger" onPress={() => void exportAnyway()} isPending={busy}>
              {t(`${words}.anyway`)}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
