// Choosing the colleague's file: the desktop app asks with its own dialog; a browser window (the test bridge) has
// no file system of its own, so the path is typed. Either way the backend reads the file and previews the merge.
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/index.ts';
import { PlainTextField } from '../../components/form/PlainTextField.tsx';

export function ImportFileChooser(props: { busy: boolean; error: string | undefined; onChoose: (path: string | undefined) => void }) {
  const { t } = useTranslation('import');
  const current = useQuery('currentFile', {});
  const askPath = current.data !== undefined && !current.data.nativeDialogs;
  const [path, setPath] = useState('');
  const [tried, setTried] = useState(false);
  const missing = tried && askPath && path.trim() === '' ? t('file.pathRequired') : undefined;
  return (
    <Form
      className="import-chooser"
      validationBehavior="aria"
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (askPath && path.trim() === '') return;
        props.onChoose(askPath ? path.trim() : undefined);
      }}
    >
      {askPath && (
        <PlainTextField
          label={t('file.path')}
          description={t('file.pathHelp')}
          value={path}
          onChange={(value) => {
            setPath(value);
            setTried(false);
          }}
          error={missing ?? props.error}
        />
      )}
      {!askPath && props.error !== undefined && (
        <p className="import-error" role="alert">
          {props.error}
        </p>
      )}
      <div className="import-actions">
        <Button type="submit" className="button button-primary" isDisabled={props.busy}>
          {askPath ? t('file.preview') : t('file.choose')}
        </Button>
      </div>
    </Form>
  );
}
