// "Open" and "Show in folder" for the file just saved, beside the buttons that saved it. Only where the host has
// native dialogs (the desktop app): a browser cannot open a file on the machine the backend runs on. The words are
// the caller's; without an `open` label only "Show in folder" is offered, and without `failed` a failure is not told.
import { Button } from 'react-aria-components';
import { call, useQuery } from '../api/index.ts';
import { notifyFailure } from './toast.tsx';

export function RevealFileButtons(props: {
  /** The file just saved, or null while nothing has been. */
  path: string | null;
  labels: { open?: string; showInFolder: string; failed?: string };
}) {
  const current = useQuery('currentFile', {});
  const { path, labels } = props;
  if (path === null || current.data?.nativeDialogs !== true) return null;

  const reveal = async (how: 'open' | 'show-in-folder') => {
    const result = await call('revealFile', { path, how });
    if (!result.ok && labels.failed !== undefined) notifyFailure(labels.failed, result.error);
  };
  return (
    <>
      {labels.open !== undefined && (
        <Button className="button button-quiet" onPress={() => void reveal('open')}>
          {labels.open}
        </Button>
      )}
      <Button className="button button-quiet" onPress={() => void reveal('show-in-folder')}>
        {labels.showInFolder}
      </Button>
    </>
  );
}
