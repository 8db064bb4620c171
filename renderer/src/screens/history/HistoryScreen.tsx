// PLACEHOLDER: being written. The History screen: the whole audit log, filtered; `id` is one entry to show.
export function HistoryScreen(_props: { id: string | null }) {
  return null;
}
