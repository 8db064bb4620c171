// Writes the privacy policy as HTML, Markdown or PDF (the format follows the file's extension), whole or not at all.
import path from 'node:path';
import type { PrivacyPolicy } from '../../../../shared/policy/policy-document.ts';
import { policyHtml } from '../../../../shared/policy/render/html.ts';
import { policyMarkdown } from '../../../../shared/policy/render/markdown.ts';
import { policyPdfDefinition } from '../../../../shared/policy/render/pdf.ts';
import type { ExportedPolicy } from '../../../../shared/ipc/contract.ts';
import { writeFileAtomically } from '../files/atomic-write.ts';
import { notSaved } from '../files/disk-full.ts';
import { checkDestination } from '../files/destination.ts';
import { undrawableInPolicy } from '../../../../shared/typesetting/undrawable-in-policy.ts';

export const POLICY_FORMATS = ['html', 'md', 'pdf'] as const;
export type PolicyFormat = (typeof POLICY_FORMATS)[number];

export function policyFormatOf(target: string): PolicyFormat | undefined {
  const extension = path.extname(target).toLowerCase().replace(/^\./, '');
  if (extension === 'htm') return 'html';
  if (extension === 'markdown') return 'md';
  return (POLICY_FORMATS as readonly string[]).includes(extension) ? (extension as PolicyFormat) : undefined;
}

export async function renderPolicy(policy: PrivacyPolicy, format: PolicyFormat, fontsDir: string): Promise<Uint8Array | string> {
  if (format === 'html') return policyHtml(policy);
  if (format === 'md') return policyMarkdown(policy);
  // pdfmake and the fonts load only when a PDF is made: the HTML policy, `ropa check` and the app start need none.
  const [{ default: pdfmake }, { configurePdfmake, typesetDefinition }] = await Promise.all([import('pdfmake'), import('../reports/pdf-renderer.ts')]);
  configurePdfmake(fontsDir);
  const definition = {
    ...policyPdfDefinition(policy),
    footer: (page: number, pages: number) => ({ text: `${policy.organisation} · ${policy.versionLine} · ${page} / ${pages}`, style: 'pageFooter' }),
  };
  return pdfmake.createPdf(typesetDefinition(definition)).getBuffer();
}

/** Refuses a path the policy cannot be saved to (wrong ending, no such folder, …) before any work is done. */
export function checkPolicyDestination(target: string): void {
  checkDestination(target, { document: 'privacy policy', extensions: ['.html', '.htm', '.md', '.markdown', '.pdf'], formats: 'HTML, Markdown or PDF' });
}

export async function exportPolicy(policy: PrivacyPolicy, target: string, fontsDir: string): Promise<ExportedPolicy> {
  checkPolicyDestination(target);
  const format = policyFormatOf(target) ?? 'html';
  const content = await renderPolicy(policy, format, fontsDir);
  try {
    await writeFileAtomically(target, content);
  } catch (error) {
    // Said as the report and the colleague file say it, a full disk above all.
    throw notSaved('The privacy policy', target, error);
  }
  // Only the PDF draws with the bundled fonts: a browser or a Markdown viewer has fonts of its own.
  const warnings =
    format === 'pdf'
      ? [...policy.warnings, ...undrawableInPolicy(policy, (await import('../reports/pdf-fonts.ts')).fontMetrics(fontsDir).coverage)]
      : policy.warnings;
  return { path: target, bytes: typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength, format, warnings };
}
