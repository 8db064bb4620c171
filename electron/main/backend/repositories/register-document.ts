// The register in a database as an exchange document: written once, for the register's own export (a file for a
// colleague, a report's content, the base kept for a merge) and for reading a colleague's whole register file.
import type { ExchangeDocument } from '../../../../shared/exchange/read.ts';
import { buildExchangeDocument } from '../../../../shared/exchange/write.ts';
import { timestamp } from '../../../../shared/model/dates.ts';
import type { Repositories } from './index.ts';

/**
 * Every record, in the order it was created, with the register's identity, revision and kept `x-` keys.
 * `exportedAt` is the caller's clock (injected, so tests are deterministic), written as the format's date-time. Call
 * it inside a read transaction where other writes may come in, so that records and revision are one picture.
 */
export function readRegisterDocument(repositories: Repositories, exportedAt: Date): ExchangeDocument {
  const register = repositories.register.get();
  const document = buildExchangeDocument({
    register,
    revision: register.revision,
    exportedAt: timestamp(exportedAt),
    organisations: repositories.organisations.list(),
    processors: repositories.processors.list(),
    activities: repositories.activities.list(),
  });
  return register.extensions === null ? document : { ...document, ...register.extensions };
}
