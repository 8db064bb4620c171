import { z } from 'zod';
import { boundedString, calendarDate, countryCode, dateTime, requiredName, revision, transferDestination, uuid } from './primitives.ts';
import { textSchema, type Text } from './text.ts';
import {
  ACTIVITY_ROLES,
  ACTIVITY_STATUSES,
  CONFIRMABLE_ITEMS,
  LEGAL_BASES,
  PROCESSOR_KINDS,
  SPECIAL_CATEGORY_CONDITIONS,
  TRANSFER_MECHANISMS,
  type ConfirmableItem,
} from './vocabulary.ts';

/** Keys beginning with `x-` are extensions: kept and written back unchanged. */
export type Extensions = { [key: `x-${string}`]: unknown };

const EXTENSION_MESSAGE = 'is not a field of the exchange format (extension fields must start with "x-")';

/**
 * When the unknown-key check of an extensible object runs; both kinds accept and refuse exactly the same values.
 * - `every-issue` (forms, and the saves whose issues a form shows): also when a field of the same object is invalid, so a
 *   form lists an unknown field together with the other problems instead of only once they are fixed.
 * - `first-issue` (reading an exchange file, which reports only the first problem): like zod's other refinements, only
 *   when no field of the object failed outright. The first issue is the same as with `every-issue` (the extra issues
 *   come after a field's own), and `z.compile` can compile it, which it cannot do for a refinement that runs regardless.
 */
export type IssueReporting = 'every-issue' | 'first-issue';

const always = () => true;

/**
 * An object schema that refuses unknown keys except `x-` extensions.
 * The result type stays the exact shape (plus `x-` keys), so a typo in code is still a type error.
 */
function extensibleObject<Shape extends z.ZodRawShape>(shape: Shape, reporting: IssueReporting) {
  const known = new Set(Object.keys(shape));
  return z
    .object(shape)
    .catchall(z.unknown())
    .superRefine(
      (value, context) => {
        // Under `every-issue` this also runs after the object failed; it may then be the input itself (a string, a list).
        const record: unknown = value;
        if (record === null || typeof record !== 'object' || Array.isArray(record)) return;
        // for…in, as zod copies the keys (and without an array of keys per object, of which a register has many).
        for (const key in record) {
          if (!known.has(key) && !key.startsWith('x-')) {
            context.addIssue({ code: 'custom', path: [key], message: EXTENSION_MESSAGE });
          }
        }
      },
      reporting === 'every-issue' ? { when: always } : undefined,
    ) as unknown as z.ZodType<z.output<z.ZodObject<Shape>> & Extensions, z.input<z.ZodObject<Shape>> & Extensions>;
}

/** The plain strings a person types: an address, an e-mail, a reference; at most a short text (limits.ts). */
const optionalString = boundedString('short').optional();
/** A person's or an organisation's name typed as a plain string (a DPO's, a party's contact name). */
const optionalName = boundedString('name').optional();

/** Record metadata every organisation, processor and activity carries. */
export const recordMeta = { id: uuid, updatedAt: dateTime, revision };
export type RecordMeta = { id: string; updatedAt: string; revision: number };

function buildSchemas(defaultLanguage: string, reporting: IssueReporting) {
  const extensible = <Shape extends z.ZodRawShape>(shape: Shape) => extensibleObject(shape, reporting);
  // How long each text may be (limits.ts): names one line, labels such as a data subject short, prose long.
  const name = textSchema(defaultLanguage, 'name');
  const text = textSchema(defaultLanguage, 'long');
  const shortText = textSchema(defaultLanguage, 'short');
  const texts = z.array(text);
  const shortTexts = z.array(shortText);

  const organisationFields = {
    name,
    legalForm: optionalString,
    registrationNumber: optionalString,
    vatId: optionalString,
    address: optionalString,
    country: countryCode,
    email: optionalString,
    phone: optionalString,
    website: optionalString,
    dpo: extensible({ name: optionalName, email: optionalString, phone: optionalString, address: optionalString }).optional(),
    representative: extensible({ name: requiredName, address: optionalString, email: optionalString }).optional(),
    supervisoryAuthority: extensible({
      name,
      address: shortText.optional(),
      phone: optionalString,
      email: optionalString,
      website: optionalString,
    }).optional(),
    channels: shortTexts.optional(),
    /** The general description of the Art. 32 measures (Art. 30(1)(g)) that applies to every activity of the organisation. */
    securityMeasures: texts.optional(),
    /** The measures the privacy policy may name: written for the public, never the internal detail of `securityMeasures`. */
    publicSecurityMeasures: texts.optional(),
  };

  const processorFields = {
    kind: z.enum(PROCESSOR_KINDS).optional(),
    name,
    parentId: uuid.nullable().optional(),
    service: text.optional(),
    address: optionalString,
    country: countryCode.optional(),
    // Each place once: a renamed code read as its successor (UK as GB) may repeat one already listed.
    dataLocations: z
      .array(countryCode)
      .overwrite((codes) => (new Set(codes).size === codes.length ? codes : [...new Set(codes)]))
      .optional(),
    contact: optionalString,
    registrationNumber: optionalString,
    vatId: optionalString,
    dpa: extensible({ signedOn: calendarDate.optional(), reference: optionalString }).optional(),
    /** Certified under the EU–US Data Privacy Framework: the US adequacy decision covers transfers to it. */
    dpfCertified: z.boolean().optional(),
  };

  const transfer = extensible({
    country: transferDestination,
    recipient: shortText.optional(),
    processorId: uuid.optional(),
    mechanism: z.enum(TRANSFER_MECHANISMS).optional(),
    safeguards: text.optional(),
  }).superRefine((value, context) => {
    if (value.recipient === undefined && value.processorId === undefined) {
      context.addIssue({ code: 'custom', path: ['recipient'], message: 'names no recipient: give a recipient or a processor' });
    }
  });

  const party = extensible({ name: requiredName, contact: optionalString });

  const activityFields = {
    organisationId: uuid,
    role: z.enum(ACTIVITY_ROLES),
    name,
    description: text.optional(),
    /** What a person wants to know about the processing, in the words the privacy policy prints. */
    publicDescription: text.optional(),
    /** The DPO's own notes: never printed in the policy or the report. */
    notes: text.optional(),
    purposes: texts,
    legalBases: z.array(extensible({ basis: z.enum(LEGAL_BASES), detail: text.optional() })).optional(),
    specialCategoryConditions: z.array(z.enum(SPECIAL_CATEGORY_CONDITIONS)).optional(),
    dataSubjects: shortTexts,
    dataCategories: z.array(extensible({ name, special: z.boolean().optional(), retention: text.optional() })),
    sources: shortTexts.optional(),
    recipients: shortTexts.optional(),
    processorIds: z.array(uuid).optional(),
    transfers: z.array(transfer).optional(),
    retention: text.optional(),
    securityMeasures: texts.optional(),
    jointControllers: z.array(party).optional(),
    controllers: z.array(party).optional(),
    automatedDecisions: text.optional(),
    /** What Art. 13(2)(f) and 22 turn on: whether decisions are solely automated, with legal or similarly significant effects, and profiling. */
    automatedDecisionMaking: extensible({
      solelyAutomated: z.boolean(),
      significantEffects: z.boolean(),
      profiling: z.boolean(),
      /** Meaningful information about the logic involved, for the people concerned. */
      logic: text.optional(),
      /** The significance and the envisaged consequences of the processing for them. */
      consequences: text.optional(),
    }).optional(),
    dpia: extensible({ required: z.boolean(), reason: text.optional(), reference: optionalString, completedOn: calendarDate.optional() }).optional(),
    /** The items the DPO has confirmed there are none of (no transfers, data collected from the person, …). */
    confirmedNone: z.array(z.enum(CONFIRMABLE_ITEMS)).optional(),
    public: z.boolean(),
    status: z.enum(ACTIVITY_STATUSES),
    owner: optionalString,
    lastReviewedOn: calendarDate.optional(),
    nextReviewOn: calendarDate.optional(),
  };

  const activity = extensible({ ...recordMeta, ...activityFields })
    .superRefine(checkActivityCompleteness)
    .superRefine(checkConfirmedNone)
    .superRefine(checkReviewOrder);
  const activityDraft = extensible({ ...draftMeta, ...activityFields })
    .superRefine(checkActivityCompleteness)
    .superRefine(checkConfirmedNone)
    .superRefine(checkReviewOrder);

  return {
    organisation: extensible({ ...recordMeta, ...organisationFields }),
    organisationDraft: extensible({ ...draftMeta, ...organisationFields }),
    processor: extensible({ ...recordMeta, ...processorFields }),
    processorDraft: extensible({ ...draftMeta, ...processorFields }),
    activity,
    activityDraft,
  };
}

/** A record being created has no id yet; one being edited says which revision it was based on. */
const draftMeta = { id: uuid.optional(), updatedAt: dateTime.optional(), revision: revision.optional() };

type ActivityLike = {
  status: string;
  role: string;
  purposes: unknown[];
  legalBases?: unknown[] | undefined;
  dataSubjects: unknown[];
  dataCategories: Array<{ special?: boolean | undefined }>;
  specialCategoryConditions?: unknown[] | undefined;
  retention?: unknown;
  jointControllers?: unknown[] | undefined;
  controllers?: unknown[] | undefined;
  sources?: unknown[] | undefined;
  recipients?: unknown[] | undefined;
  processorIds?: unknown[] | undefined;
  transfers?: unknown[] | undefined;
  automatedDecisions?: unknown;
  automatedDecisionMaking?: unknown;
  confirmedNone?: ConfirmableItem[] | undefined;
};

/** What Art. 30 requires of a record that is no longer a draft. */
function checkActivityCompleteness(activity: ActivityLike, context: z.RefinementCtx): void {
  if (activity.status === 'draft') return;
  const missing = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message });
  if (activity.purposes.length === 0) missing('purposes', 'needs at least one purpose (Art. 30(1)(b))');
  if (activity.dataSubjects.length === 0) missing('dataSubjects', 'needs at least one category of data subjects (Art. 30(1)(c))');
  if (activity.dataCategories.length === 0) missing('dataCategories', 'needs at least one category of personal data (Art. 30(1)(c))');
  if (activity.retention === undefined) missing('retention', 'needs the time limit for erasure (Art. 30(1)(f))');
  if (activity.role !== 'processor' && (activity.legalBases?.length ?? 0) === 0) {
    missing('legalBases', 'needs at least one Art. 6 legal basis');
  }
  if (activity.role === 'joint-controller' && (activity.jointControllers?.length ?? 0) === 0) {
    missing('jointControllers', 'needs the other joint controllers (Art. 26)');
  }
  if (activity.role === 'processor' && (activity.controllers?.length ?? 0) === 0) {
    missing('controllers', 'needs the controllers on whose behalf you act (Art. 30(2)(a))');
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A next review before the last one is a typing slip, never a plan: refused wherever an activity is written (the
 * editor, the command line, an import). Dates written YYYY-MM-DD compare as strings; a malformed one has its own issue.
 */
function checkReviewOrder(activity: { lastReviewedOn?: string | undefined; nextReviewOn?: string | undefined }, context: z.RefinementCtx): void {
  const { lastReviewedOn: last, nextReviewOn: next } = activity;
  if (last === undefined || next === undefined || !ISO_DATE.test(last) || !ISO_DATE.test(next) || next >= last) return;
  context.addIssue({ code: 'custom', path: ['nextReviewOn'], message: `is before the last review (${last})` });
}

/** What each item confirmed as none would hold if it were filled in: a name in `confirmedNone` and a value are a contradiction. */
export function isItemRecorded(
  activity: Omit<ActivityLike, 'status' | 'role' | 'purposes' | 'dataSubjects' | 'dataCategories'>,
  item: ConfirmableItem,
): boolean {
  switch (item) {
    case 'transfers':
      return (activity.transfers?.length ?? 0) > 0;
    case 'sources':
      return (activity.sources?.length ?? 0) > 0;
    case 'recipients':
      return (activity.recipients?.length ?? 0) > 0;
    case 'processors':
      return (activity.processorIds?.length ?? 0) > 0;
    case 'automatedDecisions':
      return activity.automatedDecisions !== undefined || activity.automatedDecisionMaking !== undefined;
    case 'jointControllers':
      return (activity.jointControllers?.length ?? 0) > 0;
  }
}

/** "None (confirmed)" is an answer only where nothing is recorded, and is given once per item. */
function checkConfirmedNone(activity: ActivityLike, context: z.RefinementCtx): void {
  const confirmed = activity.confirmedNone;
  if (confirmed === undefined) return;
  const seen = new Set<ConfirmableItem>();
  confirmed.forEach((item, index) => {
    const path = ['confirmedNone', index];
    if (seen.has(item)) context.addIssue({ code: 'custom', path, message: `lists "${item}" twice` });
    else if (isItemRecorded(activity, item)) {
      context.addIssue({ code: 'custom', path, message: `confirms there are no ${CONFIRMABLE_ITEM_WORDS[item]}, but the activity records some` });
    }
    seen.add(item);
  });
}

const CONFIRMABLE_ITEM_WORDS: Record<ConfirmableItem, string> = {
  transfers: 'transfers',
  sources: 'sources (the data come from the person)',
  recipients: 'recipients other than processors',
  processors: 'processors',
  automatedDecisions: 'automated decisions',
  jointControllers: 'joint controllers',
};

export type RecordSchemas = ReturnType<typeof buildSchemas>;

const cache = new Map<string, RecordSchemas>();

/**
 * The record schemas for a register whose default language is `defaultLanguage` (memoised). Forms and saves use the
 * default, which reports every issue; reading an exchange file asks for `first-issue` (see `IssueReporting`).
 */
export function recordSchemas(defaultLanguage: string, reporting: IssueReporting = 'every-issue'): RecordSchemas {
  const key = `${reporting} ${defaultLanguage}`;
  let schemas = cache.get(key);
  if (schemas === undefined) {
    schemas = buildSchemas(defaultLanguage, reporting);
    cache.set(key, schemas);
  }
  return schemas;
}

export type Organisation = z.output<RecordSchemas['organisation']>;
export type OrganisationDraft = z.output<RecordSchemas['organisationDraft']>;
export type Processor = z.output<RecordSchemas['processor']>;
export type ProcessorDraft = z.output<RecordSchemas['processorDraft']>;
export type ProcessingActivity = z.output<RecordSchemas['activity']>;
export type ProcessingActivityDraft = z.output<RecordSchemas['activityDraft']>;
export type Transfer = NonNullable<ProcessingActivity['transfers']>[number];
export type DataCategory = ProcessingActivity['dataCategories'][number];
export type LegalBasisEntry = NonNullable<ProcessingActivity['legalBases']>[number];

export type RecordType = 'organisation' | 'processor' | 'activity';
export type { Text };
