import type { FindingCatalogue } from './catalogue.ts';

const transfer = (position: number, recipient: string, country: string) =>
  recipient === '' ? `Transfer ${position} (to ${country})` : `Transfer ${position} (${recipient}, ${country})`;

const conditionName = (code: string) => (code === 'art10' ? 'Art. 10' : `Art. 9(2)(${code.slice(-1)})`);

/** The register checks in English: messages a DPO reads, hints that say what to do, references as the GDPR cites. */
export const en: FindingCatalogue = {
  'controller-contact-missing': {
    message: () => 'The organisation has no address, e-mail or phone: the register must give the controller’s contact details.',
    hint: () => 'Enter at least the registered address and a contact e-mail or phone.',
    source: 'Art. 30(1)(a) GDPR',
  },
  'representative-missing': {
    message: (p, f) =>
      `The organisation’s country of establishment, ${f.country(p.country)}, is outside the EEA, and no representative in the Union is recorded.`,
    hint: () =>
      'Designate in writing a representative (Art. 27(1)) in a Member State where the people whose data you process are (Art. 27(3)) and record them; if the exemption of Art. 27(2) applies, accept this finding with the reason.',
    source: 'Art. 27 and Art. 30(1)(a) GDPR',
  },
  'representative-not-needed': {
    message: (p, f) => `The organisation’s country of establishment, ${f.country(p.country)}, is in the EEA, yet an Art. 27 representative is recorded.`,
    hint: () => 'Only a controller established outside the Union designates a representative; remove it, or check the country of establishment.',
    source: 'Art. 27(1) GDPR',
  },
  'dpo-contact-missing': {
    message: (p, f) => `The data protection officer ${f.quote(p.dpo)} is named without any contact detail.`,
    hint: () => 'Give the DPO’s e-mail, phone or address: the contact details must be published and given to the authority.',
    source: 'Art. 37(7) and Art. 30(1)(a) GDPR',
  },
  'purpose-missing': {
    message: (p, f) => (p.placeholder === undefined ? 'No purpose of the processing is recorded.' : `The purpose says only ${f.quote(p.placeholder)}.`),
    hint: () => 'Say why the data are processed, one purpose per line.',
    source: 'Art. 30(1)(b) GDPR',
  },
  'legal-basis-missing': {
    message: () => 'No legal basis (Art. 6(1)) is recorded.',
    hint: () => 'Choose the Art. 6(1) basis for each purpose; without one, the processing is not lawful.',
    source: 'Art. 6(1) and Art. 5(2) GDPR',
  },
  'subjects-missing': {
    message: (p, f) =>
      p.placeholder === undefined ? 'No category of data subjects is recorded.' : `The categories of data subjects say only ${f.quote(p.placeholder)}.`,
    hint: () => 'Name whose data these are: customers, employees, applicants, …',
    source: 'Art. 30(1)(c) GDPR',
  },
  'data-categories-missing': {
    message: (p, f) =>
      p.placeholder === undefined ? 'No category of personal data is recorded.' : `The categories of personal data say only ${f.quote(p.placeholder)}.`,
    hint: () => 'List the kinds of data processed (contact details, bank details, health data, …) and mark those of Art. 9 or 10 as special.',
    source: 'Art. 30(1)(c) GDPR',
  },
  'retention-missing': {
    message: (p, f) =>
      p.placeholder === undefined ? 'No time limit for erasure is recorded.' : `The time limit for erasure says only ${f.quote(p.placeholder)}.`,
    hint: () => 'State how long the data are kept: a period (“24 months”) or the event that ends it (“until the contract ends”).',
    source: 'Art. 30(1)(f) GDPR',
  },
  'special-condition-missing': {
    message: (p, f) =>
      `${f.list(p.categories.map(f.quote))} ${p.categories.length === 1 ? 'is' : 'are'} marked as special (Art. 9 or 10) data, but no Art. 9(2) or Art. 10 condition is recorded.`,
    hint: () => 'Processing special-category data is prohibited unless a condition of Art. 9(2) applies (Art. 10 for criminal data): record which.',
    source: 'Art. 9(1), 9(2) and Art. 10 GDPR',
  },
  'special-condition-without-special-data': {
    message: (p, f) =>
      `${f.list(p.conditions.map(conditionName))} ${p.conditions.length === 1 ? 'is' : 'are'} recorded, but no data category is marked as special.`,
    hint: () => 'Mark the special-category data among the data categories, or remove the condition if there are none.',
    source: 'Art. 9(1) GDPR',
  },
  'legitimate-interest-unnamed': {
    message: (p) => `Legal basis ${p.position} is legitimate interests, but the interest is not named.`,
    hint: () => 'Name the interest pursued (and keep the balancing test); the privacy notice must state it.',
    source: 'Art. 6(1)(f) and Art. 13(1)(d) GDPR',
  },
  'legal-obligation-law-unnamed': {
    message: (p) =>
      `Legal basis ${p.position} is ${p.basis === 'legal-obligation' ? 'a legal obligation' : 'a task in the public interest'}, but the law is not named.`,
    hint: () => 'Name the Union or Member State law that lays down the obligation or the task.',
    source: 'Art. 6(1)(c), (e) and Art. 6(3) GDPR',
  },
  'retention-vague': {
    message: (p, f) =>
      p.category === undefined
        ? `The time limit ${f.quote(p.text)} gives neither a period nor an event that ends it.`
        : `The time limit for ${f.quote(p.category)}, ${f.quote(p.text)}, gives neither a period nor an event that ends it.`,
    hint: () => 'Replace it with a period (“6 years after the end of the tax year”) or an event (“until consent is withdrawn”).',
    source: 'Art. 5(1)(e), Art. 30(1)(f) and Art. 13(2)(a) GDPR',
  },
  'security-measures-missing': {
    message: () => 'No technical or organisational security measures are recorded, on the activity or for the organisation.',
    hint: () => 'Describe the measures in general terms here, or once for the whole organisation.',
    source: 'Art. 30(1)(g) and Art. 32(1) GDPR',
  },
  'recipients-unstated': {
    message: () => 'No recipients other than processors are recorded, and none are confirmed.',
    hint: () => 'List the categories of recipients (authorities, banks, insurers, …) or mark “None (confirmed)”.',
    source: 'Art. 30(1)(d) GDPR',
  },
  'transfers-unstated': {
    message: () => 'No transfer outside the EEA is recorded, and none is confirmed.',
    hint: () => 'Record each transfer to a third country or international organisation, or mark “None (confirmed)”.',
    source: 'Art. 30(1)(e) GDPR',
  },
  'sources-unstated': {
    message: () => 'No source of the data is recorded, and it is not confirmed that they come from the person.',
    hint: () => 'Name where the data come from when not from the person (Art. 14), or mark “None (confirmed)”: collected from the person.',
    source: 'Art. 14(2)(f) GDPR',
  },
  'transfer-mechanism-missing': {
    message: (p, f) => `${transfer(p.position, p.recipient, f.country(p.country))} has no transfer tool, and there is no adequacy decision for it.`,
    hint: () => 'Record the tool the transfer relies on: standard contractual clauses, binding corporate rules, the DPF for a certified US recipient, …',
    source: 'Art. 44–46 and Art. 30(1)(e) GDPR',
  },
  'transfer-mechanism-invalid': {
    message: (p, f) => {
      const which = transfer(p.position, p.recipient, f.country(p.country));
      if (p.problem === 'privacy-shield') return `${which} relies on the EU–US Privacy Shield, invalid since 16 July 2020.`;
      if (p.problem === 'repealed-scc') {
        const deadline = p.decision === '2002/16/EC' ? '' : '; contracts on them had to be replaced by 27 December 2022';
        return `${which} relies on the standard contractual clauses of Decision ${p.decision ?? ''}, repealed${deadline}.`;
      }
      return `${which} is recorded under the EU–US Data Privacy Framework, which covers only the United States.`;
    },
    hint: (p) =>
      p.problem === 'dpf-outside-us'
        ? 'Record the tool that actually covers this destination.'
        : 'Put the transfer on a valid tool: the 2021 standard contractual clauses (Implementing Decision (EU) 2021/914) or, for a certified US recipient, the DPF.',
    source: (p) =>
      p.problem === 'privacy-shield'
        ? 'Art. 44 and 45 GDPR; CJEU C-311/18 (Schrems II)'
        : p.problem === 'repealed-scc'
          ? 'Art. 46(2)(c) GDPR; Implementing Decision (EU) 2021/914, Art. 4'
          : 'Implementing Decision (EU) 2023/1795',
  },
  'transfer-adequacy-unfounded': {
    message: (p, f) =>
      p.country === 'US'
        ? `${transfer(p.position, p.recipient, f.country(p.country))} relies on adequacy, which covers only recipients certified under the Data Privacy Framework, and this one is not marked as certified.`
        : `${transfer(p.position, p.recipient, f.country(p.country))} relies on an adequacy decision, but the Commission has adopted none for this country.`,
    hint: () => 'Record the transfer tool actually in place, or mark the US recipient as DPF-certified if it is.',
    source: 'Art. 45(1) GDPR',
  },
  'transfer-derogation-regular': {
    message: (p, f) => `${transfer(p.position, p.recipient, f.country(p.country))} of an ongoing activity relies on an Art. 49 derogation.`,
    hint: () =>
      'Derogations are for occasional, non-repetitive transfers; if these recur, they need an adequacy decision or appropriate safeguards (Art. 46). If they are occasional, accept this finding with the reason.',
    source: 'Art. 49(1) GDPR; EDPB Guidelines 2/2018',
  },
  'transfer-dpf-uncertified': {
    message: (p, f) =>
      `${transfer(p.position, p.recipient, f.country(p.country))} relies on the Data Privacy Framework, but the recipient is not marked as certified.`,
    hint: () => 'Check the recipient on the DPF list (dataprivacyframework.gov) and mark the processor as certified, or record another tool.',
    source: 'Implementing Decision (EU) 2023/1795',
  },
  'transfer-to-eea': {
    message: (p, f) => `${transfer(p.position, p.recipient, f.country(p.country))} stays in the EEA: it is not a transfer, and documents leave it out.`,
    hint: () => 'Remove it from the transfers; the recipient belongs among the processors or recipients.',
    source: 'Art. 44 GDPR',
  },
  'transfer-via-subprocessor-unrecorded': {
    message: (p, f) => {
      const where =
        p.country === 'US'
          ? `is established in, or keeps the data in, a country whose adequacy decision covers only certified recipients (${f.country(p.country)}), is not marked as certified under the Data Privacy Framework,`
          : `is established in, or keeps the data in, a country without an adequacy decision (${f.country(p.country)}),`;
      const parent = p.chain[p.chain.length - 1];
      return parent === undefined
        ? `${f.quote(p.processor)} ${where} and the activity records no transfer there.`
        : `${f.quote(p.processor)}, a sub-processor of ${f.quote(parent)}, ${where} and the activity records no transfer there.`;
    },
    hint: () => 'Record the transfer with its tool (the processor’s SCCs with its sub-processor, say), or correct where the processor keeps the data.',
    source: 'Art. 28(4), Art. 44 and Art. 30(1)(e) GDPR',
  },
  'recipient-country-missing': {
    message: (p, f) =>
      p.parent !== undefined
        ? `This sub-processor of ${f.quote(p.parent)} has no country recorded.`
        : p.kind === 'processor'
          ? 'This processor has no country recorded.'
          : 'This recipient has no country recorded.',
    hint: () => 'Record where it is established and where it keeps the data: a transfer outside the EEA cannot be seen otherwise.',
    source: 'Art. 30(1)(d), (e) and Art. 44 GDPR',
  },
  'processor-contract-missing': {
    message: (p, f) => `No Art. 28 contract is recorded for this processor, used by ${listed(p.activities, f)}.`,
    hint: () => 'Record the data processing agreement (its date and reference), or sign one: processing on your behalf must be governed by a contract.',
    source: 'Art. 28(3) GDPR',
  },
  'review-overdue': {
    message: (p, f) => `The review was due on ${f.date(p.date)}.`,
    hint: () => 'Review the activity, then record the date of the review and the next one.',
    source: 'Art. 5(2) and Art. 24(1) GDPR',
  },
  'review-dates-inconsistent': {
    message: (p, f) => `The next review (${f.date(p.next)}) is before the last one (${f.date(p.last)}).`,
    hint: () => 'Correct one of the two dates.',
    source: 'Art. 5(2) and Art. 24(1) GDPR',
  },
  'review-date-missing': {
    message: () => 'No next review date is set.',
    hint: () => 'Set when the activity will be reviewed next, so it comes up when due.',
    source: 'Art. 5(2) and Art. 24(1) GDPR',
  },
  'dpia-unassessed': {
    message: (p, f) => {
      const reasons = p.triggers.map((trigger) =>
        trigger === 'special'
          ? 'special-category data'
          : trigger === 'automated'
            ? 'automated decisions or profiling'
            : `possibly systematic monitoring (it mentions ${f.quote(p.term ?? '')})`,
      );
      return p.reasonMissing === true
        ? `The activity involves ${f.list(reasons)}; it is recorded that no DPIA is required, but not why.`
        : `The activity involves ${f.list(reasons)}, and whether a DPIA is required is not recorded.`;
    },
    hint: () => 'Record the DPIA (reference, date), or that none is required and why.',
    source: 'Art. 35(1) and (3) GDPR',
  },
  'duplicate-record': {
    message: (p, f) => `The name is the same as that of ${f.list(p.others.map(f.quote))}, but for case, spacing or punctuation.`,
    hint: () => 'If they are the same, keep one and move what the other says into it; if not, give them names that tell them apart.',
    source: 'Art. 30(1) GDPR',
  },
  referenceDate: (date) => `Transfer facts as of ${date}`,
  accepted: (by, date, reason) => `Accepted by ${by} on ${date}: ${reason}`,
  lapsed: (by, date, reason) => `Accepted by ${by} on ${date} (“${reason}”), but what it judged has changed since`,
  severity: { error: 'Error', warning: 'Warning', info: 'Note' },
  internationalOrganisation: 'an international organisation',
  quote: (text) => `“${text}”`,
};

function listed(names: readonly string[], f: { list(items: readonly string[]): string; quote(text: string): string }): string {
  const shown = names.slice(0, 3).map(f.quote);
  return names.length > 3 ? `${shown.join(', ')} and ${names.length - 3} more` : f.list(shown);
}
