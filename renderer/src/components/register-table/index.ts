// The register table: import it from here (or from components/index.ts). RegisterTable.tsx says how to use it.
export { RegisterTable } from './RegisterTable.tsx';
export { CellText } from './CellText.tsx';
export { forgetTableState } from './tableMemory.ts';
export type { RegisterColumn, RegisterColumnMeta, RegisterTableProps, RowSelection } from './types.ts';
