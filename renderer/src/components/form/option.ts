// One choice of a closed list (select boxes, radio groups, a table's list filter). In a .ts file of its own so that
// code without JSX (the table's column types, and the unit tests that load them) can name it.
export type Option = { value: string; label: string; description?: string };
