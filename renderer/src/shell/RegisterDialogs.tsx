// The dialogs behind the register switcher: "New register" (name, default language, and, where the host has no
// native file dialogs, the file path) and "Open register" (the file path, in the browser only).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../shared/model/primitives.ts';
import { call, type OpenedFile, type Result } from '../api/index.ts';
import { FormDialog } from '../components/FormDialog.tsx';
import { PlainTextField as PlainField } from '../components/form/PlainTextField.tsx';
import { SelectBox } from '../components/form/SelectField.tsx';
import { languageName } from '../i18n/format.ts';

export function NewRegisterDialog(props: {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  askPath: boolean;
  onOpened: (result: Result<OpenedFile>) => void;
}) {
  const { t, i18n } = useTranslation('shell');
  const [name, setName] = useState('');
  const [language, setLanguage] = useState(i18n.language);
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [fieldError, setFieldError] = useState<{ field: string; message: string } | undefined>(undefined);
  const [tried, setTried] = useState(false);
  const labels: Record<string, string> = { name: t('registerName'), path: t('filePath'), defaultLanguage: t('defaultLanguage') };
  const returned = (field: string) =>
    fieldError?.field === field ? t('form:issue', { label: labels[field] ?? field, message: fieldError.message }) : undefined;
  const nameError = tried && name.trim() === '' ? t('nameRequired') : returned('name');
  const pathError = tried && props.askPath && path.trim() === '' ? t('pathRequired') : returned('path');
  return (
    <FormDialog
      isOpen={props.isOpen}
      onOpenChange={(open) => {
        if (!open) {
          setTried(false);
          setError(undefined);
          setFieldError(undefined);
        }
        props.onOpenChange(open);
      }}
      title={t('newRegisterTitle')}
      description={t('newRegisterDescription')}
      submitLabel={t('createRegister')}
      error={error}
      onSubmit={async () => {
        setTried(true);
        if (name.trim() === '' || (props.askPath && path.trim() === '')) return false;
        const result = await call('createFile', {
          name: name.trim(),
          defaultLanguage: language,
          ...(props.askPath ? { path: path.trim() } : {}),
        });
        if (!result.ok) {
          const field = result.error.path;
          if (field !== undefined && field in labels) {
            setFieldError({ field, message: result.error.message });
            setError(undefined);
          } else setError(result.error.message);
          return false;
        }
        setError(undefined);
        setFieldError(undefined);
        setName('');
        setPath('');
        setTried(false);
        props.onOpened(result);
        return true;
      }}
    >
      <PlainField
        label={t('registerName')}
        value={name}
        onChange={(value) => {
          setName(value);
          setFieldError(undefined);
        }}
        error={nameError}
        description={t('registerNameHelp')}
        autoFocus
      />
      <SelectBox
        label={t('defaultLanguage')}
        options={LANGUAGES.map((code) => ({ value: code, label: languageName(code, i18n.language) }))}
        value={language}
        onChange={(value) => setLanguage(value ?? 'en')}
        description={t('defaultLanguageHelp')}
      />
      {props.askPath && (
        <PlainField
          label={t('filePath')}
          value={path}
          onChange={(value) => {
            setPath(value);
            setFieldError(undefined);
          }}
          error={pathError}
          description={t('newFilePathHelp')}
        />
      )}
    </FormDialog>
  );
}

export function OpenRegisterDialog(props: {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  onOpened: (result: Result<OpenedFile>, file?: string) => void;
}) {
  const { t } = useTranslation('shell');
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [tried, setTried] = useState(false);
  return (
    <FormDialog
      isOpen={props.isOpen}
      onOpenChange={(open) => {
        if (!open) {
          setTried(false);
          setError(undefined);
        }
        props.onOpenChange(open);
      }}
      title={t('openRegisterTitle')}
      submitLabel={t('open')}
      onSubmit={async () => {
        setTried(true);
        if (path.trim() === '') return false;
        const result = await call('openFile', { path: path.trim() });
        if (!result.ok && result.error.code === 'in-use') {
          // Another RoPA Desk writes to it: the switcher offers it read-only.
          props.onOpened(result, path.trim());
          setPath('');
          return true;
        }
        if (!result.ok) {
          // The backend's message follows the field it names: "File path: does not exist".
          setError(result.error.path === 'path' ? t('form:issue', { label: t('filePath'), message: result.error.message }) : result.error.message);
          return false;
        }
        setError(undefined);
        setPath('');
        setTried(false);
        props.onOpened(result);
        return true;
      }}
    >
      <PlainField
        label={t('filePath')}
        value={path}
        onChange={(value) => {
          setPath(value);
          setError(undefined);
        }}
        error={tried && path.trim() === '' ? t('pathRequired') : error}
        description={t('openFilePathHelp')}
        autoFocus
      />
    </FormDialog>
  );
}
