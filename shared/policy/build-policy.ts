// The privacy policy (Art. 13/14 notice) of one organisation, made from the register: its active, public
// activities as controller. Sections appear only where the register has something to say, numbered in order;
// a missing fact becomes a warning for the DPO, never a blank or a placeholder in the text.
import { policyContext, type PolicyContext } from './policy-context.ts';
import type { PolicyBlock, PolicySection, PolicySectionId, PrivacyPolicy } from './policy-document.ts';
import type { PolicyInput } from './policy-input.ts';
import { controllerSection } from './sections/controller.ts';
import { dataSection } from './sections/data.ts';
import { purposesSection } from './sections/purposes.ts';
import { recipientsSection } from './sections/recipients.ts';
import { transfersSection } from './sections/transfers.ts';
import { retentionSection } from './sections/retention.ts';
import { rightsSection } from './sections/rights.ts';
import { automatedSection, changesSection, requirementSection, securitySection } from './sections/closing.ts';

const SECTIONS: ReadonlyArray<[PolicySectionId, (context: PolicyContext) => PolicyBlock[] | null]> = [
  ['controller', controllerSection],
  ['data', dataSection],
  ['purposes', purposesSection],
  ['recipients', recipientsSection],
  ['transfers', transfersSection],
  ['retention', retentionSection],
  ['rights', rightsSection],
  ['requirement', requirementSection],
  ['automated', automatedSection],
  ['security', securitySection],
  ['changes', changesSection],
];

export function buildPrivacyPolicy(input: PolicyInput): PrivacyPolicy {
  const context = policyContext(input);
  const { catalogue, texts } = context;
  const sections: PolicySection[] = [];
  for (const [id, build] of SECTIONS) {
    const blocks = build(context);
    if (blocks === null || blocks.length === 0) continue;
    sections.push({ id, number: sections.length + 1, title: catalogue.sections[id], blocks });
  }
  if (context.activities.length === 0) {
    texts.notRecorded(
      'Register',
      'an active, public activity of this organisation as controller: the policy has nothing to describe',
      context.organisation.id,
      'organisation',
    );
  }
  const published = input.published;
  return {
    language: input.language,
    organisation: context.organisationName,
    title: catalogue.title,
    subtitle: catalogue.subtitle(context.organisationName),
    versionLine:
      published === undefined ? catalogue.unpublished(texts.date(input.generatedAt)) : catalogue.version(published.version, texts.date(published.publishedAt)),
    intro: catalogue.intro(context.organisationName),
    contentsTitle: catalogue.contents,
    sections,
    warnings: texts.warnings,
  };
}
