// What the comparison needs of the register as it is now, as the history has it (components/history): the names an id
// stands for in a field's value (processors used, the organisation, a parent processor; one since removed by the name
// the comparison gives it), and where each record that is still in the register is edited.
import { useMemo } from 'react';
import type { ComparedRecord } from '../../../../shared/ipc/outputs.ts';
import { recordHref, useCurrentRecords, type NamedRecord } from '../../components/history/recordNames.ts';
import { useValueContext } from '../../components/history/valueContext.ts';
import type { ValueContext } from '../../components/record-values/describeValue.ts';

export type ComparisonRecords = {
  context: ValueContext;
  /** The address of the record's editor, or null when the register no longer holds it. */
  editorOf: (record: ComparedRecord) => string | null;
};

export function useComparisonRecords(records: readonly ComparedRecord[]): ComparisonRecords {
  const { records: current } = useCurrentRecords();
  const deleted = useMemo(() => {
    const gone = new Map<string, NamedRecord>();
    for (const record of records)
      if (!current.has(record.id)) gone.set(record.id, { id: record.id, type: record.recordType, name: record.name, deleted: true });
    return gone;
  }, [records, current]);
  const names = useMemo(() => ({ current, deleted }), [current, deleted]);
  const context = useValueContext(names);
  return useMemo(
    () => ({ context, editorOf: (record: ComparedRecord) => (current.has(record.id) ? recordHref(record.recordType, record.id) : null) }),
    [context, current],
  );
}
