// The first activities of the file as the mapping on screen reads them. The suggestion comes with the preview of its
// own mapping; each change of a target asks the register again, once the DPO has paused (choosing targets one after
// the other sends one request, not one per click), and an answer to an older mapping is never shown over a newer one.
import { useEffect, useMemo, useState } from 'react';
import type { ColumnMapping } from '../../../../shared/import-layouts/column-mapping.ts';
import type { MappingPreview } from '../../../../shared/ipc/commands/column-mappings.ts';
import { call } from '../../api/index.ts';

const PAUSE_MS = 300;

/** The mapping (as JSON) the register last answered for, and its refusal when it refused it. */
type Answer = { key: string; error: string | undefined };

export type MappingPreviewState = {
  /** The latest preview read (of the mapping on screen, or of the one before while `updating`). */
  preview: MappingPreview;
  /** True while the preview shown is of an earlier mapping. */
  updating: boolean;
  /** Why the mapping on screen could not be read, when it could not. */
  error: string | undefined;
};

/** `mapping` undefined: nothing to read yet (no column names the activities); the last preview stays. */
export function useMappingPreview(
  path: string,
  mapping: ColumnMapping | undefined,
  initial: { mapping: ColumnMapping; preview: MappingPreview },
): MappingPreviewState {
  const [initialKey] = useState(() => JSON.stringify(initial.mapping));
  const [answer, setAnswer] = useState<Answer>({ key: initialKey, error: undefined });
  const [shown, setShown] = useState<MappingPreview>(initial.preview);
  const key = useMemo(() => (mapping === undefined ? undefined : JSON.stringify(mapping)), [mapping]);

  useEffect(() => {
    if (mapping === undefined || key === undefined || answer.key === key) return;
    let live = true;
    const timer = setTimeout(() => {
      void call('previewColumnMapping', { path, mapping }).then((result) => {
        if (!live) return;
        if (result.ok) setShown(result.value);
        setAnswer({ key, error: result.ok ? undefined : result.error.message });
      });
    }, PAUSE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [path, mapping, key, answer.key]);

  const current = key !== undefined && answer.key === key;
  return { preview: shown, updating: key !== undefined && !current, error: current ? answer.error : undefined };
}
