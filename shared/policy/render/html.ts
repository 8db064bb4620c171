// The policy as one self-contained HTML file to paste into a website: semantic headings, a table of contents,
// `lang` set, no external fonts, scripts or images, and tables that become stacked cards on a phone.
import type { PolicyBlock, PolicyCell, PolicyInline, PrivacyPolicy } from '../policy-document.ts';
import { withNoBreakSpaces } from '../../typesetting/no-break-spaces.ts';

const STYLE = `
:root { color-scheme: light; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: #1b2130; background: #fff; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.8rem; line-height: 1.25; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .4rem; }
.subtitle { margin: 0; font-size: 1.1rem; color: #3d4657; }
.version { margin: .25rem 0 1.5rem; color: #545d6e; font-size: .9rem; }
nav ol { padding-left: 1.4rem; }
a { color: #164a97; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95rem; }
th, td { text-align: left; vertical-align: top; padding: .45rem .5rem; border-bottom: 1px solid #d5d9e0; }
th { background: #eef0f3; }
td ul { margin: 0; padding-left: 1.1rem; }
@media (max-width: 40rem) {
  table, thead, tbody, tr, th, td { display: block; }
  thead { position: absolute; left: -9999px; }
  tr { border: 1px solid #d5d9e0; border-radius: 6px; margin-bottom: .75rem; padding: .25rem .5rem; }
  td { border: none; padding: .25rem 0; }
  td::before { content: attr(data-label); display: block; font-weight: 600; font-size: .85rem; color: #545d6e; }
}
`;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text to be read (not an attribute): escaped, with no-break spaces that keep "Art." with its number. */
function prose(text: string): string {
  return escapeHtml(withNoBreakSpaces(text));
}

function inline(run: PolicyInline): string {
  if (typeof run === 'string') return prose(run);
  return `<a href="${escapeHtml(run.href)}">${prose(run.text)}</a>`;
}

function cell(value: PolicyCell): string {
  if (typeof value === 'string') return prose(value);
  if (value.length === 1) return prose(value[0] ?? '');
  return `<ul>${value.map((line) => `<li>${prose(line)}</li>`).join('')}</ul>`;
}

function block(content: PolicyBlock): string {
  switch (content.kind) {
    case 'paragraph':
      return `<p>${content.text.map(inline).join('')}</p>`;
    case 'subheading':
      return `<h3>${prose(content.text)}</h3>`;
    case 'list':
      return `<ul>\n${content.items.map((item) => `<li>${item.map(inline).join('')}</li>`).join('\n')}\n</ul>`;
    case 'table': {
      const head = content.header.map((label) => `<th scope="col">${prose(label)}</th>`).join('');
      const rows = content.rows
        .map((row) => `<tr>${row.map((value, index) => `<td data-label="${escapeHtml(content.header[index] ?? '')}">${cell(value)}</td>`).join('')}</tr>`)
        .join('\n');
      return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
    }
  }
}

export function policyHtml(policy: PrivacyPolicy): string {
  const contents = policy.sections.map((section) => `<li><a href="#${section.id}">${prose(section.title)}</a></li>`).join('\n');
  const sections = policy.sections
    .map(
      (section) =>
        `<section id="${section.id}" aria-labelledby="${section.id}-title">\n<h2 id="${section.id}-title">${section.number}. ${prose(section.title)}</h2>\n${section.blocks.map(block).join('\n')}\n</section>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${policy.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${policy.title} – ${policy.organisation}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header>
<h1>${prose(policy.title)}</h1>
<p class="subtitle">${prose(policy.subtitle)}</p>
<p class="version">${prose(policy.versionLine)}</p>
</header>
<p>${prose(policy.intro)}</p>
<nav aria-labelledby="contents-title">
<h2 id="contents-title">${escapeHtml(policy.contentsTitle)}</h2>
<ol>
${contents}
</ol>
</nav>
${sections}
</main>
</body>
</html>
`;
}
