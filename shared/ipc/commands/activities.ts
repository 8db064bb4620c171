// The processing activities. Handlers: backend/handlers/activities.ts.
import { byId, command, draft, noInput, returns } from './declare.ts';
import { ACTIVITY_STATUSES } from '../../model/vocabulary.ts';
import type { ProcessingActivity } from '../../model/records.ts';
import type { ActivitySummary } from '../outputs.ts';

/** The activity list fields the editor suggests texts for, from the built-in lists and what the register already uses. */
export const VOCABULARY_FIELDS = ['dataCategories', 'dataSubjects', 'recipients', 'securityMeasures'] as const;
export type VocabularyField = (typeof VOCABULARY_FIELDS)[number];
/** One use of a text in the register's default language; a data category says whether it is marked special. */
export type VocabularyUse = { text: string; special?: boolean };

export const activityCommands = {
  /** The rows of the activities table, without the whole records. */
  listActivities: command({ input: noInput, output: returns<ActivitySummary[]>(), changesRegister: false }),
  /** Every use of a text in one of the list fields across the register's activities, in its default language. */
  listVocabulary: command({
    input: ({ z }) => z.strictObject({ field: z.enum(VOCABULARY_FIELDS) }),
    output: returns<VocabularyUse[]>(),
    changesRegister: false,
  }),
  getActivity: command({ input: byId, output: returns<ProcessingActivity>(), changesRegister: false }),
  saveActivity: command({ input: draft, output: returns<ProcessingActivity>(), changesRegister: true }),
  duplicateActivity: command({ input: byId, output: returns<ProcessingActivity>(), changesRegister: true }),
  setActivityStatus: command({
    input: ({ z, uuid }) => z.strictObject({ id: uuid, status: z.enum(ACTIVITY_STATUSES) }),
    output: returns<ProcessingActivity>(),
    changesRegister: true,
  }),
  deleteActivity: command({ input: byId, output: returns<{ id: string }>(), changesRegister: true }),
} as const;
