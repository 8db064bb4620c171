// The privacy policy's PDF carries only the policy's own words (no record ids), so its undrawable characters are
// reported by the section they print in: the place in the document a reader would see the empty boxes.
import type { PolicyBlock, PrivacyPolicy } from '../policy/policy-document.ts';
import type { ReportWarning } from '../report/report-input.ts';
import { describeCharacters, undrawableCharacters, type GlyphCoverage } from './glyph-coverage.ts';

function blockTexts(block: PolicyBlock): string[] {
  const inline = (run: string | { text: string }) => (typeof run === 'string' ? run : run.text);
  switch (block.kind) {
    case 'paragraph':
      return block.text.map(inline);
    case 'subheading':
      return [block.text];
    case 'list':
      return block.items.flatMap((item) => item.map(inline));
    case 'table':
      return [...block.header, ...block.rows.flat(2)];
  }
}

/** One warning per part of the policy (its opening, each section) whose text holds characters no font can draw. */
export function undrawableInPolicy(policy: PrivacyPolicy, coverage: GlyphCoverage): ReportWarning[] {
  const parts = [
    { where: "The policy's title and introduction", texts: [policy.title, policy.subtitle, policy.organisation, policy.versionLine, policy.intro] },
    ...policy.sections.map((section) => ({
      where: `Section ${section.number} "${section.title}"`,
      texts: [section.title, ...section.blocks.flatMap(blockTexts)],
    })),
  ];
  return parts.flatMap(({ where, texts }): ReportWarning[] => {
    const characters = [...new Set(texts.flatMap((text) => undrawableCharacters(text, coverage)))];
    if (characters.length === 0) return [];
    return [{ kind: 'undrawable', message: `${where}: characters the PDF fonts cannot draw, printed as empty boxes: ${describeCharacters(characters)}` }];
  });
}
