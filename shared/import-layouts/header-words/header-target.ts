// The targets a header can name: every column mapping target but `extension`, which is what no header names.
import type { MappingTarget } from '../column-mapping.ts';

export type HeaderTarget = Exclude<MappingTarget, 'extension'>;

/** A language's header words per target: stems (../cell-words/text-match.ts); "=" before one: the whole header only. */
export type HeaderWords = Readonly<Record<HeaderTarget, readonly string[]>>;
