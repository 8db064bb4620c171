import type { LegalBasis, ProcessorKind, SpecialCategoryCondition, TransferMechanism } from '../../model/vocabulary.ts';

/**
 * Every fixed clause of the privacy policy (the Art. 13/14 notice) in one language, written for the people whose
 * data are processed: plain words first, the article after. Legal terms follow that language's official
 * translation of Regulation (EU) 2016/679. One object per language, checked against this type, so a clause missing
 * in one language is a type error rather than a blank on a website.
 */
export type PolicyCatalogue = {
  title: string;
  /** Under the title: whose policy it is. */
  subtitle: (organisation: string) => string;
  contents: string;
  /** The first paragraph: who is speaking and what the policy covers. */
  intro: (organisation: string) => string;
  /** "Version 3, published on 1 December 2026" or, before any is published, the date it was generated. */
  version: (version: number, date: string) => string;
  unpublished: (date: string) => string;

  sections: {
    controller: string;
    data: string;
    purposes: string;
    recipients: string;
    transfers: string;
    retention: string;
    rights: string;
    requirement: string;
    automated: string;
    security: string;
    changes: string;
  };

  controller: {
    intro: (organisation: string) => string;
    registrationNumber: string;
    vatId: string;
    address: string;
    email: string;
    phone: string;
    website: string;
    dpo: string;
    /** When the organisation has no DPO recorded: whom to write to instead. */
    noDpo: string;
    representative: string;
    representativeIntro: string;
    channels: string;
  };

  data: {
    intro: string;
    /** Column headings of the table: the processing, the people concerned, the data. */
    activity: string;
    dataSubjects: string;
    dataCategories: string;
    /** After a special-category item (Art. 9). */
    special: string;
    sourcesTitle: string;
    /** Art. 14: data not obtained from the person. */
    sourcesIntro: string;
  };

  purposes: {
    /** Before the list of activities with their public descriptions: what each processing is, in brief. */
    descriptionsIntro: string;
    intro: string;
    purpose: string;
    legalBasis: string;
    /** Before the legitimate interests relied on. */
    legitimateInterest: string;
    /** Before the law imposing an obligation or laying down a task. */
    law: string;
    specialTitle: string;
    specialIntro: string;
  };
  /** Art. 6(1) bases in plain words, each ending with its article. */
  legalBases: Record<LegalBasis, string>;
  /** Art. 9(2) and Art. 10 conditions in plain words, each ending with its article. */
  specialConditions: Record<SpecialCategoryCondition, string>;

  recipients: {
    categoriesIntro: string;
    namedIntro: string;
    roles: Record<ProcessorKind, string>;
    subProcessorOf: (processor: string) => string;
  };

  transfers: {
    intro: string;
    none: string;
    country: string;
    recipient: string;
    safeguard: string;
    /** How to obtain a copy of the safeguards (Art. 13(1)(f)), given the address to write to. */
    copy: (contact: string) => string;
    internationalOrganisation: string;
  };
  /** Chapter V tools in plain words, each with its article. */
  mechanisms: Record<TransferMechanism, string>;

  retention: {
    intro: string;
    activity: string;
    period: string;
    /** A category kept for another period than its activity's. */
    category: (category: string) => string;
  };

  rights: {
    intro: string;
    access: string;
    rectification: string;
    erasure: string;
    restriction: string;
    portability: string;
    objection: string;
    objectionMarketing: string;
    withdrawal: string;
    automated: string;
    /** How to exercise them: the address, and the answer within one month (Art. 12(3)). */
    exercise: (contact: string) => string;
    complaint: string;
    /** The supervisory authority of the EEA country where the organisation is established. */
    authority: string;
    /** An organisation outside the EEA: its own country's authority, which is not a supervisory authority under the GDPR. */
    nationalAuthority: (country: string) => string;
    /** An organisation outside the EEA: its representative in the Union, whom people may also address (Art. 27). */
    representative: string;
  };

  requirement: {
    contract: string;
    legalObligation: string;
    consent: string;
  };

  automated: {
    /** Decisions based solely on automated processing with legal or similarly significant effects (Art. 22(1)). */
    decisionsIntro: (profiling: boolean) => string;
    /** Profiling that leads to no such decision. */
    profilingIntro: string;
    /** Said only where the register records, for every activity listed, that no such decision is made. */
    noSignificantDecisions: string;
    logic: string;
    consequences: string;
  };

  security: {
    /** Always printed: the organisation's general commitment (Art. 32). */
    general: string;
    /** Before the measures the organisation chose to publish. */
    listIntro: string;
  };

  changes: {
    /** A published version: its number and date are at the top. */
    text: string;
    /** Before any version is published, only a date is at the top. */
    textUnpublished: string;
  };
};
