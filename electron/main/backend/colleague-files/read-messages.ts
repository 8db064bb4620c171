// What the thread reading a colleague's file and the backend say to each other.
import type { ImportProgress } from '../../../../shared/ipc/contract.ts';
import type { ErrorCode, Refusal } from '../../../../shared/result.ts';
import type { ColleagueFile } from '../services/merges.ts';

import type { ExchangeDocument } from '../../../../shared/exchange/read.ts';
import type { ColumnMapping } from '../../../../shared/import-layouts/column-mapping.ts';

export type ReadWorkerData = {
  filePath: string;
  base?: ExchangeDocument | undefined;
  mapping?: ColumnMapping | undefined;
  /** The backend's clock when the reading began (ISO 8601): the thread has no clock of the backend's to ask. */
  readAt: string;
};

/** A refusal crosses as its English message and, when it has one, its catalogue key: the backend words it for the caller. */
export type ReadWorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; file: ColleagueFile }
  | { type: 'failed'; code: ErrorCode; message: string; path?: string; refusal?: Refusal };
