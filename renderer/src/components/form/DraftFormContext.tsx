// Connects field components to the form they edit: wrap a form in <DraftFormProvider form={form}
// defaultLanguage="en">; each field then calls useField(path, label) for its value, setter, visible error and
// focus registration. `translationLanguage` (en, uk, bg, sl or null) makes TranslatableTextField show a
// translation next to the original.
import { createContext, useCallback, useContext, useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { translateIssue } from './issueText.ts';
import type { DraftForm } from './useDraftForm.ts';

type FormContextValue = {
  form: DraftForm<unknown>;
  defaultLanguage: string;
  translationLanguage: string | null;
};

const FormContext = createContext<FormContextValue | null>(null);

/** The name of the row a field sits in ("Transfer 2"), set by RowsField: messages and the summary then say which. */
export const RowLabelContext = createContext<string | null>(null);

export function DraftFormProvider<T>(props: {
  form: DraftForm<T>;
  /** The register's default language: plain strings are in it, and it is the one a text must have. */
  defaultLanguage: string;
  translationLanguage?: string | null;
  children: ReactNode;
}) {
  const value: FormContextValue = {
    form: props.form as DraftForm<unknown>,
    defaultLanguage: props.defaultLanguage,
    translationLanguage: props.translationLanguage === props.defaultLanguage ? null : (props.translationLanguage ?? null),
  };
  return <FormContext.Provider value={value}>{props.children}</FormContext.Provider>;
}

export function useFormContext(): FormContextValue {
  const value = useContext(FormContext);
  if (value === null) throw new Error('A form field must be inside <DraftFormProvider>.');
  return value;
}

/**
 * Turns a validation message from shared/ (English) into the UI language when the validation namespace has it (see
 * issueText.ts): a message with parameters ("is 5,000 characters long; a name is at most 200", "is before the last
 * review (2026-06-01)") is looked up with a placeholder for each and shows them in the locale's form; a value quoted in
 * front of a message is kept, and the rest translated.
 */
export function useIssueText(): (message: string) => string {
  const { i18n } = useTranslation('validation');
  const language = i18n.language;
  return useCallback((message: string) => translateIssue(message, i18n, language), [i18n, language]);
}

export type BoundField<V> = {
  value: V | undefined;
  setValue: (value: V | undefined) => void;
  /** The message to show next to the field (already in words: "Name must not be empty"), or undefined. */
  error: string | undefined;
  onBlur: () => void;
  /** True once the field was left or a save was tried (for fields that check something themselves). */
  visited: boolean;
  /** Attach to the element that should receive focus when the error summary points at this field. */
  focusTarget: (element: HTMLElement | null) => void;
  defaultLanguage: string;
  translationLanguage: string | null;
};

/** The value at `path` of the enclosing form, with its error (prefixed by `label`) and focus registration. */
export function useField<V = unknown>(path: string, label: string): BoundField<V> {
  const { form, defaultLanguage, translationLanguage } = useFormContext();
  const { t } = useTranslation('form');
  const issueText = useIssueText();
  const element = useRef<HTMLElement | null>(null);
  const rowLabel = useContext(RowLabelContext);
  const fullLabel = rowLabel === null || rowLabel === label ? label : `${rowLabel}: ${label}`;
  const { registerField, set, touch } = form;
  useEffect(
    () => registerField(path, { label: fullLabel, focus: () => element.current?.focus(), element: () => element.current }),
    [registerField, path, fullLabel],
  );
  const message = form.errorAt(path);
  return {
    value: form.get(path) as V | undefined,
    setValue: useCallback((value: V | undefined) => set(path, value), [set, path]),
    error: message === undefined ? undefined : t('issue', { label, message: issueText(message) }),
    onBlur: useCallback(() => touch(path), [touch, path]),
    visited: form.isVisited(path),
    focusTarget: useCallback((node: HTMLElement | null) => {
      element.current = node;
    }, []),
    defaultLanguage,
    translationLanguage,
  };
}
