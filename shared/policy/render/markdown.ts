// The policy as Markdown (CommonMark with GitHub tables), for a website's content system or a wiki.
import type { PolicyBlock, PolicyCell, PolicyInline, PrivacyPolicy } from '../policy-document.ts';

/** Characters Markdown would read as syntax, escaped so that a register text prints as it is. */
function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_[\]<>#|])/g, '\\$1')
    .replace(/^(\d+)\. /, '$1\\. ')
    .replace(/^([-+]) /, '\\$1 ');
}

function inline(run: PolicyInline): string {
  return typeof run === 'string' ? escapeMarkdown(run) : `[${escapeMarkdown(run.text)}](<${run.href}>)`;
}

function cell(value: PolicyCell): string {
  const lines = typeof value === 'string' ? [value] : value;
  return lines.map((line) => escapeMarkdown(line).replace(/\n/g, ' ')).join('<br>');
}

function block(content: PolicyBlock): string {
  switch (content.kind) {
    case 'paragraph':
      return content.text.map(inline).join('');
    case 'subheading':
      return `### ${escapeMarkdown(content.text)}`;
    case 'list':
      return content.items.map((item) => `- ${item.map(inline).join('')}`).join('\n');
    case 'table':
      return [
        `| ${content.header.map((label) => escapeMarkdown(label)).join(' | ')} |`,
        `| ${content.header.map(() => '---').join(' | ')} |`,
        ...content.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
      ].join('\n');
  }
}

export function policyMarkdown(policy: PrivacyPolicy): string {
  const parts = [
    `# ${escapeMarkdown(policy.title)}`,
    `**${escapeMarkdown(policy.subtitle)}**`,
    `*${escapeMarkdown(policy.versionLine)}*`,
    escapeMarkdown(policy.intro),
    `## ${escapeMarkdown(policy.contentsTitle)}`,
    policy.sections.map((section) => `${section.number}. [${escapeMarkdown(section.title)}](#${section.id})`).join('\n'),
    ...policy.sections.map((section) =>
      [`<a id="${section.id}"></a>`, `## ${section.number}. ${escapeMarkdown(section.title)}`, ...section.blocks.map(block)].join('\n\n'),
    ),
  ];
  return `${parts.join('\n\n')}\n`;
}
