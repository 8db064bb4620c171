// The register switcher at the top of the sidebar: the open register's name and file, and a menu with
// New register…, Open register…, the recent files, Open demo register, View as of a date… (or Back to today), Back up
// now and Restore from backup…. Also
// answers the desktop menu's File › New / Open / Back up now / Restore (pushed as events). Asks before unsaved changes
// would be lost (Back up now loses nothing: it copies the register as saved).
import { useState } from 'react';
import { Button, Header, Menu, MenuItem, MenuSection, MenuTrigger, Popover, Separator, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { call, invalidate, useQuery, useRopaEvent, type OpenedFile, type RegisterInfo, type Result } from '../api/index.ts';
import { confirmAction } from '../components/ConfirmDialog.tsx';
import { notify } from '../components/toast.tsx';
import { confirmDiscardChanges } from '../components/unsavedChanges.ts';
import { navigate } from '../navigation/routing.ts';
import { NewRegisterDialog, OpenRegisterDialog } from './RegisterDialogs.tsx';
import { AsOfDialog } from './AsOfDialog.tsx';
import { RestoreBackupDialog } from './RestoreBackupDialog.tsx';

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function RegisterSwitcher(props: { info: RegisterInfo | null }) {
  const { t } = useTranslation('shell');
  const current = useQuery('currentFile', {});
  const recent = useQuery('recentFiles', {});
  const [dialog, setDialog] = useState<'new' | 'open' | 'restore' | 'as-of' | null>(null);
  const nativeDialogs = current.data?.nativeDialogs ?? false;
  const currentPath = current.data?.path ?? props.info?.filePath ?? '';
  const recentFiles = (recent.data ?? []).filter((path) => path !== currentPath).slice(0, 8);

  const opened = async (result: Result<OpenedFile>, typed?: string): Promise<void> => {
    // Another RoPA Desk is writing to it: offered read-only, never forced. (A file chosen in the native dialog is
    // named by the backend.)
    const file = typed ?? (result.ok ? undefined : result.error.file);
    if (!result.ok && result.error.code === 'in-use' && file !== undefined) {
      const choice = await confirmAction({ title: t('inUse.title'), message: `${file}: ${result.error.message}`, confirmLabel: t('inUse.readOnly') });
      if (choice === 'confirm') await opened(await call('openFile', { path: file, readOnly: true }), file);
      return;
    }
    if (!result.ok) {
      // Messages about a file follow its name ("does not exist").
      const description = file !== undefined && result.error.path === 'path' ? `${file}: ${result.error.message}` : result.error.message;
      notify(t('openFailed'), { tone: 'error', description });
      return;
    }
    if ('cancelled' in result.value) return;
    notify(t(result.value.info.readOnly ? 'openedReadOnly' : 'opened', { name: result.value.info.name }));
    void navigate('overview', null, { force: true });
  };

  /** Back up now: a backup of the register as saved, named with its folder in a toast (or why none was made). */
  const backUpNow = async () => {
    const result = await call('createBackup', {});
    if (!result.ok) {
      notify(t('backups.notMade'), { tone: 'error', description: result.error.message });
      return;
    }
    const { name, path } = result.value;
    const folder = path.slice(0, Math.max(0, path.length - name.length - 1));
    notify(t('backups.made'), { description: t('backups.madeAs', { name, folder }) });
    // The list of backups (Restore from backup…) now has one more.
    invalidate();
  };

  const run = async (action: 'new' | 'open' | 'demo' | string) => {
    if (action === 'backup') {
      await backUpNow();
      return;
    }
    if (!(await confirmDiscardChanges())) return;
    if (action === 'as-of') {
      setDialog('as-of');
    } else if (action === 'today') {
      const result = await call('viewAsOf', { at: null });
      if (!result.ok) notify(t('asOf.backFailed'), { tone: 'error', description: result.error.message });
    } else if (action === 'new') {
      setDialog('new');
    } else if (action === 'open') {
      if (nativeDialogs) await opened(await call('openFile', {}));
      else setDialog('open');
    } else if (action === 'restore') {
      setDialog('restore');
    } else if (action === 'demo') {
      await opened(await call('openDemo', {}));
    } else if (action.startsWith('recent:')) {
      const file = action.slice('recent:'.length);
      await opened(await call('openFile', { path: file }), file);
    }
  };

  useRopaEvent((event) => {
    if (event.type === 'menu' && event.command === 'new-register') void run('new');
    if (event.type === 'menu' && event.command === 'open-register') void run('open');
    if (event.type === 'menu' && event.command === 'back-up-now') void run('backup');
    if (event.type === 'menu' && event.command === 'restore-backup') void run('restore');
    if (event.type === 'menu' && event.command === 'view-as-of') void run(props.info?.asOf === null ? 'as-of' : 'today');
  });

  return (
    <div className="register-switcher">
      <MenuTrigger>
        <Button className="register-button" aria-label={t('registerMenu', { name: props.info?.name ?? t('noRegister') })}>
          <span className="register-label">{t('register')}</span>
          <span className="register-name">{props.info?.name ?? t('noRegister')}</span>
          {props.info?.readOnly === true && (
            <span className="badge badge-tone-warn register-read-only">{props.info.asOf === null ? t('readOnly') : t('asOf.badge')}</span>
          )}
          <span className="register-file" title={currentPath}>
            {currentPath === '' ? '' : fileName(currentPath)}
          </span>
          <span className="register-chevron" aria-hidden="true">
            ▾
          </span>
        </Button>
        <Popover className="popover" placement="bottom start">
          <Menu className="menu" onAction={(key) => void run(String(key))} aria-label={t('registerMenuLabel')}>
            <MenuItem id="new" className="menu-item">
              {t('newRegister')}
            </MenuItem>
            <MenuItem id="open" className="menu-item">
              {t('openRegister')}
            </MenuItem>
            <MenuItem id="demo" className="menu-item">
              {t('openDemo')}
            </MenuItem>
            {props.info?.asOf === null || props.info === null ? (
              <MenuItem id="as-of" className="menu-item" isDisabled={props.info === null}>
                {t('asOf.menu')}
              </MenuItem>
            ) : (
              <MenuItem id="today" className="menu-item">
                {t('asOf.backToToday')}
              </MenuItem>
            )}
            <MenuItem id="backup" className="menu-item" isDisabled={props.info === null || props.info.readOnly}>
              {t('backups.backUpNow')}
            </MenuItem>
            <MenuItem id="restore" className="menu-item" isDisabled={props.info === null || props.info.asOf !== null}>
              {t('backups.menu')}
            </MenuItem>
            {recentFiles.length > 0 && (
              <>
                <Separator className="menu-separator" />
                <MenuSection className="menu-section">
                  <Header className="menu-header">{t('recent')}</Header>
                  {recentFiles.map((path) => (
                    <MenuItem key={path} id={`recent:${path}`} className="menu-item" textValue={fileName(path)}>
                      <Text slot="label">{fileName(path)}</Text>
                      <Text slot="description" className="menu-item-description">
                        {path}
                      </Text>
                    </MenuItem>
                  ))}
                </MenuSection>
              </>
            )}
          </Menu>
        </Popover>
      </MenuTrigger>
      <NewRegisterDialog
        isOpen={dialog === 'new'}
        onOpenChange={(open) => setDialog(open ? 'new' : null)}
        askPath={!nativeDialogs}
        onOpened={(result) => void opened(result)}
      />
      <AsOfDialog isOpen={dialog === 'as-of'} onOpenChange={(open) => setDialog(open ? 'as-of' : null)} />
      <RestoreBackupDialog isOpen={dialog === 'restore'} onOpenChange={(open) => setDialog(open ? 'restore' : null)} />
      <OpenRegisterDialog
        isOpen={dialog === 'open'}
        onOpenChange={(open) => setDialog(open ? 'open' : null)}
        onOpened={(result, file) => void opened(result, file)}
      />
    </div>
  );
}
