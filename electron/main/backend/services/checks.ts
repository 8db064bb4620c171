// The register checks of an open register: every rule run over its records as they are now, the findings worded in
// the language asked for, and the acceptances a person gave (kept with the fingerprint of what was judged, audited).
import { checkRegisterContent, type RegisterCheck } from '../../../../shared/checks/register-check.ts';
import type { RegisterContent } from '../../../../shared/checks/register-view.ts';
import { localCalendarDate } from '../../../../shared/model/dates.ts';
import type { ReportLanguage } from '../../../../shared/report/languages.ts';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import { SEVERITY_RANK, type Finding } from '../../../../shared/checks/findings.ts';
import type { ServiceContext } from './context.ts';

export type CheckRequest = { language?: ReportLanguage | undefined; organisationId?: string | undefined; completeness?: boolean | undefined };

export function checkService(context: ServiceContext) {
  const { organisations, processors, activities, findingAcceptances, audit } = context.repositories;

  /**
   * The last answers, by what they were asked and what they judged: after one change the Overview, the table, the
   * editor and a dialog all ask, and a register of 10,000 activities is checked once for them, not four times.
   */
  const answers = new Map<string, RegisterCheck>();
  // Rows this connection has written since it opened: moves with every write, even one that sets the revision back (an
  // import into an emptied register takes the file's revision).
  const writes = context.db.prepare<[], number>('SELECT total_changes()').pluck();
  // Moves when another connection (a writer, with this one open read-only) commits a change to the file.
  const othersWrites = (): number => context.db.pragma('data_version', { simple: true }) as number;

  /** The register's records, references and acceptances read in one transaction: one consistent picture. */
  const check = (request: CheckRequest & { withBasis?: boolean }): RegisterCheck =>
    context.transaction(() => {
      if (request.organisationId !== undefined && !organisations.exists(request.organisationId)) {
        throw refuse('not-found', 'register:noSuchOrganisation', { id: request.organisationId }, 'organisationId');
      }
      const today = localCalendarDate(context.clock());
      // What the answer was made from: this connection's writes, and the revision, which another process writing to
      // the file (this one open read-only) moves; acceptances have a stamp of their own.
      const state = [writes.get(), othersWrites(), context.repositories.register.get().revision, findingAcceptances.stamp()];
      const key = [...state, today, request.language ?? 'en', request.organisationId ?? '', request.completeness !== false].join('|');
      const known = request.withBasis === true ? undefined : answers.get(key);
      if (known !== undefined) return known;
      const answer = checkRegisterContent({
        content: { organisations: organisations.list(), processors: processors.list(), activities: activities.list() },
        defaultLanguage: context.defaultLanguage(),
        today,
        language: request.language ?? 'en',
        acceptances: findingAcceptances.list(),
        references: activities.references(),
        organisationId: request.organisationId,
        withBasis: request.withBasis === true,
        completeness: request.completeness !== false,
      });
      if (request.withBasis !== true) {
        // Answers of an older state are never asked for again.
        if (answers.size >= 8) answers.clear();
        answers.set(key, answer);
      }
      return answer;
    });

  const findingNow = (key: string): Finding => {
    const finding = check({ withBasis: true }).findings.find((candidate) => candidate.key === key);
    if (finding === undefined || finding.basis === undefined) {
      throw refuse('not-found', 'register:findingGone', {}, 'key');
    }
    return finding;
  };

  /** One audit row on the record the finding is about: the rule (and field), the reason before and after. */
  const auditDecision = (
    about: { rule: string; recordType: Finding['record']['type']; recordId: string; field?: string | undefined },
    action: 'accept-finding' | 'reopen-finding',
    reason: string | null,
    previous: string | null,
  ) =>
    audit.append({
      at: context.now(),
      actor: context.actor,
      recordType: about.recordType,
      recordId: about.recordId,
      kind: action,
      action,
      changes: [{ field: about.field === undefined ? about.rule : `${about.rule} (${about.field})`, old: previous, new: reason }],
      source: null,
      body: null,
    });

  return {
    check,

    /**
     * The findings the register would have with `content` instead of its records and does not have now: what an
     * import would add. Accepted findings and those of records the content shares unchanged are not new.
     */
    added(content: RegisterContent, language: ReportLanguage = 'en'): Finding[] {
      const now = new Set(check({ language }).findings.map((finding) => finding.key));
      const after = checkRegisterContent({
        content,
        defaultLanguage: context.defaultLanguage(),
        today: localCalendarDate(context.clock()),
        language,
        acceptances: findingAcceptances.list(),
        references: activities.references(),
        completeness: false,
      });
      return after.findings
        .filter((finding) => finding.accepted === undefined && !now.has(finding.key))
        .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
    },

    /** Accepts a finding as it stands now, with the reason; it comes back when what the rule judged changes. */
    accept(key: string, reason: string): Finding {
      return context.transaction(() => {
        const finding = findingNow(key);
        const at = context.now();
        const previous = findingAcceptances.get(key)?.reason ?? null;
        findingAcceptances.save({
          key,
          basis: finding.basis as string,
          reason,
          by: context.actor,
          at,
          rule: finding.rule,
          recordType: finding.record.type,
          recordId: finding.record.id,
        });
        auditDecision(
          { rule: finding.rule, recordType: finding.record.type, recordId: finding.record.id, field: finding.field },
          'accept-finding',
          reason,
          previous,
        );
        const { lapsedAcceptance: _lapsed, basis: _basis, ...rest } = finding;
        return { ...rest, accepted: { reason, by: context.actor, at } };
      });
    },

    /** Withdraws an acceptance: the finding counts again. */
    reopen(key: string): { key: string } {
      return context.transaction(() => {
        const acceptance = findingAcceptances.get(key);
        if (acceptance === undefined) throw refuse('not-found', 'register:findingNotAccepted', {}, 'key');
        const finding = check({}).findings.find((candidate) => candidate.key === key);
        findingAcceptances.delete(key);
        // The finding may be gone (the record fixed since): the acceptance still says which record it was about.
        auditDecision(
          { rule: acceptance.rule, recordType: acceptance.recordType, recordId: acceptance.recordId, field: finding?.field },
          'reopen-finding',
          null,
          acceptance.reason,
        );
        return { key };
      });
    },
  };
}

export type CheckService = ReturnType<typeof checkService>;
