// The commands of the register compared between two moments (`compareRegister`, `exportComparison`, declared in
// shared/ipc/commands/history.ts), as handlers/history.ts runs them.
import type { ParsedCommandInput } from '../../../../shared/ipc/contract.ts';
import type { ExportedComparison, RegisterComparison } from '../../../../shared/ipc/outputs.ts';
import { askDestination } from '../files/ask-destination.ts';
import { comparisonFileName } from '../files/file-names.ts';
import { historyServices, type HandlerContext } from '../handlers/context.ts';
import { compareMoments } from './comparison-moments.ts';
import { writeComparison } from './comparison-pdf.ts';

export function compareRegister({ session }: HandlerContext, moments: ParsedCommandInput<'compareRegister'>): RegisterComparison {
  return compareMoments(historyServices(session), moments).comparison;
}

/** The comparison written as a PDF: the moments are checked before the host is asked where to save it. */
export async function exportComparison(
  { session, host, reports }: HandlerContext,
  { path: given, language, ...moments }: ParsedCommandInput<'exportComparison'>,
): Promise<ExportedComparison | { cancelled: true }> {
  const compared = compareMoments(historyServices(session), moments);
  const { from, to } = compared.comparison;
  const name = comparisonFileName(compared.to.register.name, language, from, to);
  // The host's Save dialog has no kind of its own for the comparison: it is saved as a report is.
  const chosen = await askDestination(host, given, () => host.chooseDocumentDestination?.('report', name, 'pdf'), 'changes.pdf');
  if (chosen === null) return { cancelled: true };
  return writeComparison({ ...compared, language }, chosen, reports);
}
