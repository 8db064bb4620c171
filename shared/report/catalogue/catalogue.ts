import type { ActivityRole, LegalBasis, ProcessorKind, SpecialCategoryCondition, TransferMechanism } from '../../model/vocabulary.ts';

/**
 * Every fixed text of the register report in one language: labels, Art. 30 headings and the legal terms of the
 * GDPR as that language's official translation of Regulation (EU) 2016/679 words them. One object per language,
 * each checked against this type, so a text missing in one language is a type error rather than a blank in a PDF.
 */
export type ReportCatalogue = {
  /** The language's own name for itself, printed on the cover. */
  languageName: string;
  document: {
    title: string;
    subtitle: string;
    header: (organisation: string) => string;
    footer: (page: number, pages: number, date: string, revision: number) => string;
    contents: string;
    notRecorded: string;
    /** An item the DPO confirmed there are none of ("None (confirmed)"), printed in normal ink. */
    none: string;
    draft: string;
    yes: string;
    no: string;
  };
  cover: {
    organisation: string;
    legalForm: string;
    registrationNumber: string;
    vatId: string;
    address: string;
    country: string;
    email: string;
    phone: string;
    website: string;
    dpo: string;
    representative: string;
    /** The supervisory authority competent for the organisation (Art. 55, Art. 56), to which the record is made available. */
    supervisoryAuthority: string;
    register: string;
    date: string;
    revision: string;
    fingerprint: string;
    /** A report of the register as it stood at a past moment: the row's label, and what the report leaves out. */
    asOf: string;
    asOfNote: string;
    language: string;
    scope: string;
    scopeActive: string;
    scopeWithDrafts: string;
    counts: (activities: number, processors: number) => string;
  };
  summary: {
    title: string;
    reference: string;
    name: string;
    role: string;
    legalBases: string;
    owner: string;
    lastReview: string;
    nextReview: string;
    none: string;
  };
  /** Art. 30(1)(a)–(g), each heading beginning with its letter. */
  partController: { title: string; a: string; b: string; c: string; d: string; e: string; f: string; g: string; further: string };
  /** Art. 30(2)(a)–(d). */
  partProcessor: { title: string; a: string; b: string; c: string; d: string };
  field: {
    reference: string;
    status: string;
    role: string;
    description: string;
    controller: string;
    jointControllers: string;
    controllersServed: string;
    processor: string;
    representative: string;
    dpo: string;
    purposes: string;
    legalBases: string;
    specialConditions: string;
    dataSubjects: string;
    dataCategories: string;
    special: string;
    recipients: string;
    processors: string;
    transfers: string;
    retention: string;
    retentionOf: (category: string) => string;
    securityMeasures: string;
    /** The heading of the measures recorded once for the whole organisation. */
    organisationMeasures: string;
    sources: string;
    /** Sources confirmed as none: the data come from the person (Art. 13 rather than 14). */
    sourcesFromSubject: string;
    automatedDecisions: string;
    /** The structured answer on automated decisions (Art. 13(2)(f), 22), one line each. */
    automated: { solelyAutomated: string; significantEffects: string; profiling: string; logic: string; consequences: string; description: string };
    dpia: string;
    dpiaRequired: string;
    dpiaNotRequired: string;
    dpiaReference: string;
    dpiaCompleted: string;
    owner: string;
    lastReviewedOn: string;
    nextReviewOn: string;
  };
  transfer: {
    country: string;
    recipient: string;
    mechanism: string;
    safeguards: string;
    activity: string;
    internationalOrganisation: string;
    /** A sub-processor reached through the processor the activity uses: "via Zendesk". */
    via: (processor: string) => string;
    /** A transfer that follows from where a processor keeps the data, though none is recorded for the activity. */
    derived: string;
    /**
     * Why a recorded tool does not cover the transfer, printed after its name ("… — not valid: …"). Each problem
     * concerns one tool (Privacy Shield, the SCCs, the DPF, an adequacy decision), so each may agree with its name.
     */
    invalid: {
      'privacy-shield': string;
      /** `decision`: the repealed SCC decision the safeguards rely on ("2010/87/EU"). */
      'repealed-scc': (decision: string) => string;
      'dpf-outside-us': string;
      'adequacy-unfounded': string;
    };
    /** The safeguards of a transfer an adequacy decision (or the DPF) covers: none further is required. */
    noSafeguardNeeded: string;
  };
  annex: {
    processorsTitle: string;
    transfersTitle: string;
    securityTitle: string;
    processor: string;
    service: string;
    country: string;
    dataLocations: string;
    /** The column of the processor's registration number and VAT number, and their short labels within it. */
    registration: string;
    registrationShort: string;
    vatShort: string;
    /** The column of the Art. 28 contract, and what it says of one. */
    dpa: string;
    dpaSignedOn: (date: string) => string;
    /** A contract is recorded, but not the day it was signed. */
    dpaSignedUndated: string;
    dpaReference: string;
    usedBy: string;
    noProcessors: string;
    noTransfers: string;
    noSecurity: string;
    measure: string;
    appliesTo: string;
  };
  roles: Record<ActivityRole, string>;
  processorKinds: Record<ProcessorKind, string>;
  /** The Art. 6(1) basis with its point, as the register and the summary table print it. */
  legalBases: Record<LegalBasis, string>;
  /** The same without the article, for the narrow summary column. */
  legalBasisShort: Record<LegalBasis, string>;
  /** What a basis's `detail` names: the legitimate interest, or the law. */
  legalBasisDetail: Record<'legitimate-interests' | 'legal-obligation' | 'public-task' | 'other', string>;
  specialConditions: Record<SpecialCategoryCondition, string>;
  mechanisms: Record<TransferMechanism, string>;
};
