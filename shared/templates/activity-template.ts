// An activity template: a standard processing activity a DPO starts from ("Payroll and benefits", "CCTV"), in the
// four languages of the documents, every default lawful and passing the register checks, each retention default
// citing where it comes from. Added to a register, it becomes a draft activity of the register's organisation for the
// DPO to adjust (templates/from-template.ts).
import type { ConfirmableItem, LegalBasis, SpecialCategoryCondition } from '../model/vocabulary.ts';

/** The languages every template is written in (the documents' languages). */
export const TEMPLATE_LANGUAGES = ['en', 'uk', 'bg', 'sl'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

/** A text in each of the four languages: a native speaker's words, the official GDPR terms of each language. */
export type TemplateText = Readonly<Record<TemplateLanguage, string>>;

/** Where a default comes from: an authority's guidance or a statute, with its jurisdiction. */
export type TemplateSource = {
  /** Who says it, and where it applies: "CNIL (France)", "Luxembourg CNPD", "EDPB (EU)", "Zakon o delovnih razmerjih (Slovenia)". */
  authority: string;
  /** The document, with its date or article: "Guidelines 3/2019 on video devices, para. 121". */
  reference: string;
  url?: string;
};

/**
 * A retention default. Either a period an authority or a statute sets, citing it; or, where no source sets one, the
 * criteria that decide it (Art. 13(2)(a) allows them: "for the duration of the contract, then until claims under it
 * are time-barred") with a note saying that no source sets a period and what the DPO must decide. A template never
 * invents a period.
 */
export type TemplateRetention =
  { period: TemplateText; source: TemplateSource; note?: TemplateText } | { criterion: TemplateText; note: TemplateText; source?: undefined };

export type TemplateDataCategory = { name: TemplateText; special?: boolean; retention?: TemplateRetention };

export type ActivityTemplate = {
  /** Stable, the same in every language: `payroll-and-benefits`. */
  id: string;
  /** Raised when a default changes, so an activity made from the template says which version it started from. */
  version?: number;
  name: TemplateText;
  /** One or two sentences: what the template covers, shown in the list and the preview. */
  description: TemplateText;
  purposes: readonly TemplateText[];
  legalBases: ReadonlyArray<{ basis: LegalBasis; detail?: TemplateText }>;
  /** Art. 9(2) / Art. 10 conditions, where the template's data include special categories or criminal data. */
  specialCategoryConditions?: readonly SpecialCategoryCondition[];
  dataSubjects: readonly TemplateText[];
  dataCategories: readonly TemplateDataCategory[];
  /** The usual recipients (never processors: those are the register's own records). */
  recipients?: readonly TemplateText[];
  sources?: readonly TemplateText[];
  /** The activity's retention: a summary when categories differ, with its source, or a note to decide it. */
  retention: TemplateRetention;
  securityMeasures: readonly TemplateText[];
  /** Whether a DPIA is required, and why (Art. 35(3), the authorities' lists). */
  dpia: { required: boolean; reason: TemplateText };
  /**
   * The items the template knows there are none of, as the register's `confirmedNone` (say `sources` when the data
   * only ever come from the people themselves). Never `transfers` or `processors`: those depend on the organisation.
   */
  confirmedNone?: readonly ConfirmableItem[];
  /** Whether the activity is usually told to the public (the privacy policy): staff activities have their own notice. */
  public: boolean;
};
