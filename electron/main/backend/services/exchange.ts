// The register as an exchange document (for export, reports, policies and merges), and an exchange file read whole
// into an empty register.
import { parseExchangeText, type ExchangeDocument } from '../../../../shared/exchange/read.ts';
import type { ImportSummary } from '../../../../shared/ipc/contract.ts';
import type { RecordMeta } from '../../../../shared/model/records.ts';
import { timestamp } from '../../../../shared/model/dates.ts';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import { sha256Of } from '../files/sha256.ts';
import { activityReference, registerHistoryBody, type RegisterRow } from '../repositories/index.ts';
import { readRegisterDocument } from '../repositories/register-document.ts';
import type { ServiceContext } from './context.ts';

/** An exchange file given as its text (by the CLI's callers, the demo, tests): parsed, named and hashed. */
export function exchangeFileFromText(
  text: string,
  fileName = 'exchange file',
): { document: ExchangeDocument; fileName: string; sha256: string; unmatched: []; warnings: [] } {
  return { document: parseExchangeText(text), fileName, sha256: sha256Of(text), unmatched: [], warnings: [] };
}

/** The top-level `x-` keys of a document, which the register keeps to write back. */
function extensionsOf(document: ExchangeDocument): RegisterRow['extensions'] {
  const entries = Object.entries(document).filter(([key]) => key.startsWith('x-'));
  return entries.length === 0 ? null : (Object.fromEntries(entries) as RegisterRow['extensions']);
}

/** The register leaving the app as an exchange document, and an exchange document coming in. */
export function exchangeService(context: ServiceContext) {
  const { register, organisations, processors, activities, audit } = context.repositories;

  /** A file is read whole into an empty register only; into one that holds records it is merged (merges.ts). */
  const refuseUnlessEmpty = () => {
    const counts = register.counts();
    if (counts.organisations + counts.processors + counts.activities > 0) {
      throw refuse('not-empty', 'register:importNeedsEmptyRegister', counts);
    }
  };

  return {
    /** Called before a file is read, too: a 100 MiB file is not read only to be refused. */
    refuseUnlessEmpty,

    /**
     * The register a file is read into, as a document: like registerDocument, but also of a register with no
     * organisation yet (a file in another tool's layout may name the controller; build-document.ts decides).
     */
    receivingDocument(): ExchangeDocument {
      return context.transaction(() => readRegisterDocument(context.repositories, context.clock()));
    },

    /**
     * The register as it stood at `at` (an RFC 3339 time), rebuilt from the audit log: the document its export would
     * have been then. Refused before the register's history starts, and while it had no organisation yet.
     */
    registerDocumentAsOf(at: string): ExchangeDocument {
      const moment = timestamp(new Date(at));
      const found = context.transaction(() => context.repositories.asOf(moment, timestamp(context.clock())));
      if ('historyStarts' in found) throw refuse('not-found', 'register:historyStartsLater', { at: moment, start: found.historyStarts ?? '' }, 'at');
      if (found.document.organisations.length === 0) throw refuse('invalid-input', 'register:asOfNoOrganisation', { at: moment }, 'at');
      return found.document;
    },

    /** The whole register as the exchange format writes it, records in the order they were created. */
    registerDocument(): ExchangeDocument {
      // One read transaction, so the records and the revision are one consistent picture.
      return context.transaction(() => {
        const document = readRegisterDocument(context.repositories, context.clock());
        if (document.organisations.length === 0) {
          throw refuse('invalid-input', 'register:exportNeedsOrganisation');
        }
        return document;
      });
    },

    /**
     * Imports an exchange file into an empty register: its identity, revision and every record (with their ids,
     * revisions and times) are taken as they are, so exporting again gives the same document. All or nothing.
     */
    importRegister(file: { document: ExchangeDocument; fileName: string; sha256: string }): ImportSummary {
      const { document } = file;
      const source = `${file.fileName} (sha256 ${file.sha256})`;

      return context.transaction(() => {
        refuseUnlessEmpty();
        const current = register.get();
        const language = document.register.defaultLanguage;
        register.adopt({
          id: document.register.id,
          name: document.register.name,
          defaultLanguage: language,
          // The file says which revision it was taken at; a file that does not counts as one change.
          revision: document.baseRevision ?? current.revision + 1,
          extensions: extensionsOf(document),
        });
        // A sub-processor may come before its parent in the file: references are checked at the commit.
        context.db.pragma('defer_foreign_keys = ON');

        for (const record of document.organisations) organisations.insert(record, language);
        for (const record of document.processors) processors.insert(record, language);
        const first = document.activities.length === 0 ? 0 : register.takeActivityNumbers(document.activities.length);
        document.activities.forEach((record, index) => activities.insert(record, activityReference(first + index), language));

        // The audit trail says where each record came from: one `import` row per record, naming the file and its hash,
        // with the record as it came in; and one for the register, whose name and language the file set.
        const entry = { at: context.now(), actor: context.actor, source, kind: 'import' as const, action: 'import' as const, changes: [] };
        const imported = (recordType: 'organisation' | 'processor' | 'activity', records: readonly RecordMeta[]) =>
          records.map((record) => ({ ...entry, recordType, recordId: record.id, body: record }));
        const adopted = register.get();
        audit.appendAll([
          { ...entry, recordType: 'register', recordId: adopted.id, body: registerHistoryBody(adopted) },
          ...imported('organisation', document.organisations),
          ...imported('processor', document.processors),
          ...imported('activity', document.activities),
        ]);
        return {
          organisations: document.organisations.length,
          processors: document.processors.length,
          activities: document.activities.length,
        };
      });
    },
  };
}

export type ExchangeService = ReturnType<typeof exchangeService>;
