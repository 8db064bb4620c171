// The shared building blocks of RoPA Desk's screens. Import from here: `import { RegisterTable, TextField } from
// '../../components/index.ts'`. Each file starts with a comment that says what it does and how to use it.
export { RegisterTable, CellText, forgetTableState, type RegisterColumn, type RegisterColumnMeta, type RegisterTableProps } from './register-table/index.ts';
export { EditorPanel, EditorSection, type EditorPanelProps } from './EditorPanel.tsx';
export { ConfirmDialog, ConfirmHost, confirmAction, type ConfirmChoice, type ConfirmOptions } from './ConfirmDialog.tsx';
export { ToastHost, notify, notifyFailure, type ToastTone } from './toast.tsx';
export { useUnsavedChangesGuard, confirmDiscardChanges, hasUnsavedChanges } from './unsavedChanges.ts';
export { FormDialog } from './FormDialog.tsx';
export { EditorNotFound, useReadyOnce, useRecordEditor, useSeed, type RecordEditor, type RecordEditorOptions, type RemoveOptions } from './useRecordEditor.tsx';
export { TranslationLanguagePicker } from './TranslationLanguagePicker.tsx';
export { Badge, EmptyState, ScreenHeader } from './bits.tsx';
export { StageProgress } from './StageProgress.tsx';
export { useDraftForm, type DraftForm, type DraftFormOptions } from './form/useDraftForm.ts';
export { DraftFormProvider, useField, useFormContext, useIssueText, type BoundField } from './form/DraftFormContext.tsx';
export { TextField, TextAreaField, type TextFieldProps } from './form/TextField.tsx';
export { SelectField, SelectBox, RadioGroupField, type Option, type SelectFieldProps } from './form/SelectField.tsx';
export { CheckboxField, CheckboxGroupField } from './form/CheckboxField.tsx';
export { DateField, isCalendarDate } from './form/DateField.tsx';
export { CountryPicker, CountryComboBox, CountryListField, CountryStatusBadge, CountryStatusLine } from './form/CountryPicker.tsx';
export { countryCodes, transferStatus } from './form/countries.ts';
export { TranslatableTextField } from './form/TranslatableTextField.tsx';
export { RowsField, TextListField, type RowsFieldProps } from './form/RowsField.tsx';
export { MultiSelectField } from './form/MultiSelectField.tsx';
export { getAt, setAt, joinPath, parsePath } from './form/path.ts';
