// The register checks as the screens read them: one `checkRegister` answer (kept fresh after every change, like any
// query), worded in the interface's language, with counts and the findings of each record at hand.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding, Severity } from '../../../../shared/checks/findings.ts';
import { isReportLanguage, type ReportLanguage } from '../../../../shared/report/languages.ts';
import { useQuery } from '../../api/index.ts';

/** The language findings are worded in: the interface's, where the checks speak it. */
export function useFindingLanguage(): ReportLanguage {
  const { i18n } = useTranslation();
  return isReportLanguage(i18n.language) ? i18n.language : 'en';
}

/**
 * The register's findings. Screens pass `enabled: false` until their own rows are in: the checks of a large register
 * take the backend a moment, and the rows come first.
 */
export function useRegisterCheck(organisationId?: string | undefined, options: { enabled?: boolean } = {}) {
  const language = useFindingLanguage();
  return useQuery('checkRegister', { language, ...(organisationId === undefined ? {} : { organisationId }) }, options);
}

/** Open findings by severity (accepted ones apart): what still needs the DPO. */
export type FindingCounts = Record<Severity, number> & { accepted: number };

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, info: 0, accepted: 0 };
  for (const finding of findings) {
    if (finding.accepted !== undefined) counts.accepted += 1;
    else counts[finding.severity] += 1;
  }
  return counts;
}

/** Each record's findings, by record id. */
export function useFindingsByRecord(findings: readonly Finding[] | undefined): ReadonlyMap<string, Finding[]> {
  return useMemo(() => {
    const byRecord = new Map<string, Finding[]>();
    for (const finding of findings ?? []) {
      const list = byRecord.get(finding.record.id);
      if (list === undefined) byRecord.set(finding.record.id, [finding]);
      else list.push(finding);
    }
    return byRecord;
  }, [findings]);
}

/** The findings whose field is `path` or lies under it (`transfers` holds `transfers[1].mechanism`). */
export function findingsAt(findings: readonly Finding[], paths: readonly string[]): Finding[] {
  return findings.filter((finding) => {
    const field = finding.field;
    if (field === undefined) return false;
    return paths.some((path) => field === path || field.startsWith(`${path}[`) || field.startsWith(`${path}.`));
  });
}
