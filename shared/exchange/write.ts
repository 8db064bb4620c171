import { EXCHANGE_FORMAT, EXCHANGE_VERSION, type ExchangeDocument, type RegisterIdentity } from './read.ts';
import type { Organisation, Processor, ProcessingActivity } from '../model/records.ts';

/** The exchange document of a register, records in the order given. */
export function buildExchangeDocument(input: {
  register: RegisterIdentity;
  revision: number;
  exportedAt: string;
  organisations: Organisation[];
  processors: Processor[];
  activities: ProcessingActivity[];
}): ExchangeDocument {
  return {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    exportedAt: input.exportedAt,
    register: { id: input.register.id, name: input.register.name, defaultLanguage: input.register.defaultLanguage },
    baseRevision: input.revision,
    organisations: input.organisations,
    processors: input.processors,
    activities: input.activities,
  };
}

/** The file's text: two-space indented JSON with a final newline, as people diff and read it. */
export function serialiseExchangeDocument(document: ExchangeDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
