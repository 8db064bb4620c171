import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPolicy } from '../../../electron/main/backend/policy/policy-export.ts';
import type { PrivacyPolicy } from '../../../shared/policy/policy-document.ts';
import { policyHtml } from '../../../shared/policy/render/html.ts';
import { policyPdfDefinition } from '../../../shared/policy/render/pdf.ts';
import { tempDir } from '../../support/cli.ts';
import { repoRoot } from '../../support/fixtures.ts';
import { pdfText } from '../../support/pdf-tools.ts';

const fontsDir = path.join(repoRoot, 'resources', 'fonts');

function policy(purpose: string): PrivacyPolicy {
  return {
    language: 'en',
    organisation: 'Example Ltd',
    title: 'Privacy policy',
    subtitle: 'Example Ltd',
    versionLine: 'Prepared on 1 March 2026',
    intro: 'How we process your data.',
    contentsTitle: 'Contents',
    sections: [
      {
        id: 'purposes',
        number: 1,
        title: 'Why we process your data',
        blocks: [
          { kind: 'subheading', text: 'Newsletter' },
          { kind: 'paragraph', text: [purpose] },
          { kind: 'table', header: ['Purpose', 'Legal basis'], rows: [['Sending news → readers', 'Art. 6(1)(a) GDPR']] },
        ],
      },
    ],
    warnings: [],
  };
}

describe('the typesetting of the privacy policy', () => {
  it('keeps "Art." with its number and the provision with "GDPR" in the HTML', () => {
    const html = policyHtml(policy('Under Article 6 we send news.'));
    expect(html).toContain('Art.\u00A06(1)(a)\u00A0GDPR');
    expect(html).toContain('Under Article\u00A06 we send');
  });

  it('keeps subheadings and table header rows with what follows them in the PDF', () => {
    const definition = policyPdfDefinition(policy('News.'));
    const json = JSON.stringify(definition.content);
    expect(json).toContain('"text":"Newsletter","bold":true,"margin":[0,6,0,4],"headlineLevel":2');
    expect(json).toContain('"keepWithHeaderRows":1');
  });

  it('prints symbols from the fallback font and warns about characters no font can draw, naming the section', async () => {
    const target = path.join(tempDir('ropa-policy-typesetting-'), 'policy.pdf');
    const exported = await exportPolicy(policy('We send news 中文 weekly and 😀.'), target, fontsDir);
    expect(exported.warnings).toEqual([
      {
        kind: 'undrawable',
        message: 'Section 1 "Why we process your data": characters the PDF fonts cannot draw, printed as empty boxes: 中 (U+4E2D), 文 (U+6587)',
      },
    ]);
    expect(pdfText(target)).toContain('Sending news → readers');
  });
});
