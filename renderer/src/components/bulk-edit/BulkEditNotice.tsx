// The notice after a bulk edit, at the bottom of the window: what was changed, and Undo. It stays until closed,
// undone or replaced by the next bulk edit (an action in a notice that leaves by itself could be missed), and says
// nothing is lost by waiting: an undo is refused, naming the records, once one of them changed since.
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/index.ts';
import { useFormat } from '../../i18n/format.ts';
import { useRegister } from '../../navigation/RegisterContext.tsx';
import { notify, notifyFailure } from '../toast.tsx';
import { dismissBulkEditNotice, useBulkEditNotice, type BulkEditNoticeValue } from './bulkEditNotice.ts';
import './bulk-edit.css';

export function BulkEditNotice({ recordType }: { recordType: BulkEditNoticeValue['recordType'] }) {
  const { t } = useTranslation('bulk');
  const format = useFormat();
  const info = useRegister();
  const notice = useBulkEditNotice(info.id, recordType);
  const [undoing, setUndoing] = useState(false);

  const undo = async (id: number) => {
    setUndoing(true);
    const result = await call('undoBulkEdit', { id });
    setUndoing(false);
    dismissBulkEditNotice(id);
    if (!result.ok) {
      notifyFailure(t('undoFailed'), result.error);
      return;
    }
    const { restored } = result.value;
    notify(t(`undone.${result.value.recordType}`, { count: restored, shown: format.number(restored) }));
  };

  // The region is always there, so a screen reader hears the notice when it appears in it.
  return (
    <div className="bulk-notice-region" aria-live="polite">
      {notice !== null && (
        <div className="bulk-notice" role="group" aria-label={t('noticeLabel', { id: notice.id })}>
          <div className="bulk-notice-text">
            <p className="bulk-notice-title">{notice.title}</p>
            {notice.description !== undefined && <p className="bulk-notice-description">{notice.description}</p>}
          </div>
          <Button className="bulk-notice-undo" onPress={() => void undo(notice.id)} isPending={undoing}>
            {t('undo')}
          </Button>
          <Button className="bulk-notice-close" aria-label={t('common:close')} onPress={() => dismissBulkEditNotice(notice.id)}>
            ×
          </Button>
        </div>
      )}
    </div>
  );
}
