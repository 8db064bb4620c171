// The state of one record being edited: the draft, client-side validation with a shared zod draft schema, errors
// returned by the backend on save, touched fields, the unsaved-changes flag, and `save()`. Fields find the form
// through <DraftFormProvider form={form}> (see DraftFormContext.tsx) and address their value by path.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { z } from 'zod';
import { fieldIssues, type FieldIssue } from '../../../../shared/model/issues.ts';
import type { Failure, Result } from '../../../../shared/result.ts';
import { getAt, isWithin, setAt } from './path.ts';

export type FieldRegistration = {
  label: string;
  focus: () => void;
  /** The field's element, to list problems in the order the fields appear. */
  element?: () => HTMLElement | null;
};

export type DraftForm<T> = {
  draft: T;
  /** The value at `path` (`legalBases[0].detail`). */
  get: (path: string) => unknown;
  /** Sets the value at `path`; `undefined` removes an optional field. */
  set: (path: string, value: unknown) => void;
  /** Replaces the draft with a function of it. */
  update: (change: (draft: T) => T) => void;
  /** True when the draft differs from what was loaded or last saved. */
  dirty: boolean;
  saving: boolean;
  /** True after a save was tried: every problem is then shown, not only those of fields already left. */
  attempted: boolean;
  /** Every current problem (client-side and those the backend returned), each with its path. */
  issues: FieldIssue[];
  /** The same problems in the order their fields appear on the screen (for a summary). */
  orderedIssues: () => FieldIssue[];
  /** The problem to show at exactly `path`, or undefined (only once the field was left or a save was tried). */
  errorAt: (path: string) => string | undefined;
  /** Marks a field as visited (fields call it on blur), so its problem becomes visible if its value changed. */
  touch: (path: string) => void;
  /** True once the field at `path` was left, or a save was tried: its problems may be shown. */
  isVisited: (path: string) => boolean;
  /** Validates, then saves through `onSave`; true when saved. Focuses the first problem when not. */
  save: () => Promise<boolean>;
  /** Starts again from `next` (or from what was loaded), forgetting changes and errors. */
  reset: (next?: T) => void;
  /** The failure of the last save, when it had no field-level issues to show. */
  saveError: Failure | undefined;
  /** Fields register their label and a way to focus them, for the error summary. */
  registerField: (path: string, field: FieldRegistration) => () => void;
  fieldFor: (path: string) => FieldRegistration | undefined;
  focusIssue: (path: string) => void;
};

export type DraftFormOptions<T> = {
  initial: T;
  /** A shared draft schema (e.g. `recordSchemas(lang).activityDraft`); its issues become field messages. */
  schema?: z.ZodType;
  /** Saves the draft; on success the returned record becomes the new starting point. */
  onSave: (draft: T) => Promise<Result<T>>;
  /** Asked once the draft is valid, before it is saved (e.g. about a name like another record's); false: not saved. */
  beforeSave?: (draft: T) => Promise<boolean>;
  onSaved?: (saved: T) => void;
};

function stripRecordPrefix(path: string): string {
  return path.replace(/^record(\.|(?=\[))/, '');
}

export function useDraftForm<T>(options: DraftFormOptions<T>): DraftForm<T> {
  const { schema, onSave, onSaved, beforeSave } = options;
  const [initial, setInitial] = useState<T>(options.initial);
  const [draft, setDraft] = useState<T>(options.initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [serverIssues, setServerIssues] = useState<FieldIssue[]>([]);
  const [saveError, setSaveError] = useState<Failure | undefined>(undefined);
  const fields = useRef(new Map<string, FieldRegistration>());

  const clientIssues = useMemo<FieldIssue[]>(() => {
    if (schema === undefined) return [];
    const parsed = schema.safeParse(draft);
    return parsed.success ? [] : fieldIssues(parsed.error);
  }, [schema, draft]);

  const issues = useMemo(() => {
    const seen = new Set(clientIssues.map((issue) => `${issue.path}\n${issue.message}`));
    return [...clientIssues, ...serverIssues.filter((issue) => !seen.has(`${issue.path}\n${issue.message}`))];
  }, [clientIssues, serverIssues]);

  const dirty = useMemo(() => JSON.stringify(draft) !== JSON.stringify(initial), [draft, initial]);

  const set = useCallback((path: string, value: unknown) => {
    setDraft((current) => setAt(current, path, value));
    setServerIssues((current) => (current.length === 0 ? current : current.filter((issue) => !isWithin(issue.path, path) && !isWithin(path, issue.path))));
  }, []);

  const touch = useCallback((path: string) => {
    setTouched((current) => (current.has(path) ? current : new Set(current).add(path)));
  }, []);

  // A field left unchanged (e.g. tabbed through) stays quiet until a save is tried; one changed and left shows its
  // problem at once. (This also keeps the layout still while the pointer goes from a field to a button below it.)
  const isVisited = useCallback(
    (path: string) =>
      attempted ||
      ([...touched].some((seen) => isWithin(path, seen) || isWithin(seen, path)) &&
        JSON.stringify(getAt(draft, path)) !== JSON.stringify(getAt(initial, path))),
    [attempted, touched, draft, initial],
  );

  const errorAt = useCallback(
    (path: string) => {
      const issue = issues.find((candidate) => candidate.path === path);
      if (issue === undefined) return undefined;
      return serverIssues.includes(issue) || isVisited(path) ? issue.message : undefined;
    },
    [issues, serverIssues, isVisited],
  );

  const registerField = useCallback((path: string, field: FieldRegistration) => {
    fields.current.set(path, field);
    return () => {
      if (fields.current.get(path) === field) fields.current.delete(path);
    };
  }, []);

  const fieldFor = useCallback((path: string): FieldRegistration | undefined => {
    let candidate = path;
    // An issue inside a row (`transfers[0].recipient`) falls back to the closest registered field.
    for (;;) {
      const field = fields.current.get(candidate);
      if (field !== undefined) return field;
      const cut = Math.max(candidate.lastIndexOf('.'), candidate.lastIndexOf('['));
      if (cut <= 0) return undefined;
      candidate = candidate.slice(0, cut);
    }
  }, []);

  const focusIssue = useCallback((path: string) => fieldFor(path)?.focus(), [fieldFor]);

  const orderedIssues = useCallback(() => {
    const positioned = issues.map((issue, index) => ({ issue, index, element: fieldFor(issue.path)?.element?.() ?? null }));
    positioned.sort((a, b) => {
      if (a.element !== null && b.element !== null && a.element !== b.element) {
        return a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
      }
      if (a.element === null && b.element !== null) return 1;
      if (b.element === null && a.element !== null) return -1;
      return a.index - b.index;
    });
    return positioned.map((entry) => entry.issue);
  }, [issues, fieldFor]);

  const save = useCallback(async () => {
    setAttempted(true);
    setSaveError(undefined);
    const first = clientIssues[0];
    if (first !== undefined) {
      focusIssue(first.path);
      return false;
    }
    const submitted = draft;
    if (beforeSave !== undefined && !(await beforeSave(submitted))) return false;
    setSaving(true);
    const result = await onSave(submitted);
    setSaving(false);
    if (!result.ok) {
      const returned = (result.error.issues ?? (result.error.path !== undefined ? [{ path: result.error.path, message: result.error.message }] : [])).map(
        (issue) => ({ ...issue, path: stripRecordPrefix(issue.path) }),
      );
      setServerIssues(returned);
      if (returned.length === 0 || returned.every((issue) => issue.path === '')) setSaveError(result.error);
      const firstReturned = returned[0];
      if (firstReturned !== undefined) focusIssue(firstReturned.path);
      return false;
    }
    setInitial(result.value);
    // Keep what was typed meanwhile only if nothing changed while saving; otherwise take the saved record.
    setDraft((current) => (current === submitted ? result.value : current));
    setServerIssues([]);
    setAttempted(false);
    setTouched(new Set());
    onSaved?.(result.value);
    return true;
  }, [draft, clientIssues, onSave, onSaved, beforeSave, focusIssue]);

  const reset = useCallback(
    (next?: T) => {
      const start = next ?? initial;
      setInitial(start);
      setDraft(start);
      setTouched(new Set());
      setAttempted(false);
      setServerIssues([]);
      setSaveError(undefined);
    },
    [initial],
  );

  const get = useCallback((path: string) => getAt(draft, path), [draft]);
  const update = useCallback((change: (draft: T) => T) => setDraft((current) => change(current)), []);

  return {
    draft,
    get,
    set,
    update,
    dirty,
    saving,
    attempted,
    issues,
    orderedIssues,
    errorAt,
    touch,
    isVisited,
    save,
    reset,
    saveError,
    registerField,
    fieldFor,
    focusIssue,
  };
}
