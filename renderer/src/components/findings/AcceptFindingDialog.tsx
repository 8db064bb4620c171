// Accepting a finding: the DPO says why it is acceptable ("we rely on the Art. 27(2) exemption: occasional processing"),
// which is kept with who and when, audited, and shown with the finding from then on.
import { useState } from 'react';
import { Label, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/checks/findings.ts';
import { call } from '../../api/index.ts';
import { FormDialog } from '../FormDialog.tsx';
import { notify } from '../toast.tsx';

export function AcceptFindingDialog(props: { finding: Finding | null; onClose: () => void }) {
  const { t } = useTranslation('findings');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const finding = props.finding;
  const close = () => {
    setReason('');
    setError(undefined);
    props.onClose();
  };
  return (
    <FormDialog
      isOpen={finding !== null}
      onOpenChange={(open) => {
        if (!open) close();
      }}
      title={t('acceptTitle')}
      description={
        finding === null ? undefined : (
          <>
            <p className="accept-finding-message">{finding.message}</p>
            <p className="muted">{t('acceptExplanation')}</p>
          </>
        )
      }
      submitLabel={t('acceptSubmit')}
      error={error}
      onSubmit={async () => {
        if (finding === null) return true;
        if (reason.trim() === '') {
          setError(t('reasonRequired'));
          return false;
        }
        const result = await call('acceptFinding', { key: finding.key, reason: reason.trim() });
        if (!result.ok) {
          setError(result.error.message);
          return false;
        }
        notify(t('accepted'));
        close();
        return true;
      }}
    >
      <TextField className="field" value={reason} onChange={setReason} isRequired autoFocus>
        <Label className="field-label">
          {t('reason')}
          <span className="required-mark" aria-hidden="true">
            {' '}
            *
          </span>
        </Label>
        <TextArea rows={3} />
      </TextField>
    </FormDialog>
  );
}
