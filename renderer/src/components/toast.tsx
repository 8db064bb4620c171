// Notifications: `notify('Activity saved')` or `notify(title, { tone: 'error', description })` from anywhere;
// <ToastHost /> (mounted once by App) shows them in a polite live region at the bottom right, built on
// react-aria-components' Toast. Successes close by themselves; errors stay until closed. A long title or description
// (a record's 200-character name, a long refusal) is cut after a few lines, whole on hover, so a toast stays small
// and never covers an editor's Save and Close (toast.css keeps the region in the lower part of the window).
import {
  Button,
  Text,
  UNSTABLE_Toast as Toast,
  UNSTABLE_ToastContent as ToastContent,
  UNSTABLE_ToastQueue as ToastQueue,
  UNSTABLE_ToastRegion as ToastRegion,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import './toast.css';

export type ToastTone = 'success' | 'error' | 'info';
type ToastContentValue = { title: string; description?: string; tone: ToastTone };

const queue = new ToastQueue<ToastContentValue>({ maxVisibleToasts: 4 });

export function notify(title: string, options: { tone?: ToastTone; description?: string; timeout?: number } = {}): void {
  const tone = options.tone ?? 'success';
  const timeout = options.timeout ?? (tone === 'error' ? undefined : 5000);
  queue.add({ title, tone, ...(options.description === undefined ? {} : { description: options.description }) }, timeout === undefined ? {} : { timeout });
}

/** Shows a failed command's message as an error notification. */
export function notifyFailure(title: string, error: { message: string }): void {
  notify(title, { tone: 'error', description: error.message });
}

export function ToastHost() {
  const { t } = useTranslation('common');
  return (
    <ToastRegion queue={queue} className="toast-region" aria-label={t('notifications')}>
      {({ toast }) => (
        <Toast toast={toast} className={`toast toast-${toast.content.tone}`}>
          <ToastContent className="toast-content">
            <Text slot="title" className="toast-title" title={toast.content.title}>
              {toast.content.title}
            </Text>
            {toast.content.description !== undefined && (
              <Text slot="description" className="toast-description" title={toast.content.description}>
                {toast.content.description}
              </Text>
            )}
          </ToastContent>
          <Button slot="close" className="toast-close" aria-label={t('close')}>
            ×
          </Button>
        </Toast>
      )}
    </ToastRegion>
  );
}
