// Choosing the colleague's file: the desktop app asks with its own dialog; a browser window (the test bridge) has
// no file system of its own, so the path is typed. Either way the backend reads the file and previews the merge.
// "Map columns…" reads a typed spreadsheet through a column mapping instead of its layout (in the desktop app it is
// offered once the dialog's file is previewed, the page having no path before).
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/index.ts';
import { PlainTextField } from '../../components/form/PlainTextField.tsx';
import { usePathField } from '../../components/form/usePathField.ts';

export function ImportFileChooser(props: {
  busy: boolean;
  error: string | undefined;
  onChoose: (path: string | undefined) => void;
  onMapColumns: (path: string) => void;
}) {
  const { t } = useTranslation('import');
  const current = useQuery('currentFile', {});
  const askPath = current.data !== undefined && !current.data.nativeDialogs;
  const pathField = usePathField(t('file.pathRequired'));
  return (
    <Form
      className="import-chooser"
      validationBehavior="aria"
      onSubmit={(event) => {
        event.preventDefault();
        if (askPath && !pathField.check()) return;
        props.onChoose(askPath ? pathField.path : undefined);
      }}
    >
      {askPath && <PlainTextField label={t('file.path')} description={t('file.pathHelp')} {...pathField.field} error={pathField.field.error ?? props.error} />}
      {!askPath && props.error !== undefined && (
        <p className="import-error" role="alert">
          {props.error}
        </p>
      )}
      <div className="import-actions">
        <Button type="submit" className="button button-primary" isDisabled={props.busy}>
          {askPath ? t('file.preview') : t('file.choose')}
        </Button>
        {askPath && (
          <Button
            className="button"
            isDisabled={props.busy}
            onPress={() => {
              if (pathField.check()) props.onMapColumns(pathField.path);
            }}
          >
            {t('mapping.open')}
          </Button>
        )}
      </div>
    </Form>
  );
}
