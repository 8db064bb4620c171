// The processing activities. Handlers: backend/handlers/activities.ts.
import { byId, command, draft, noInput, returns } from './declare.ts';
import { ACTIVITY_STATUSES } from '../../model/vocabulary.ts';
import type { ProcessingActivity } from '../../model/records.ts';
import type { ActivitySummary } from '../outputs.ts';

export const activityCommands = {
  /** The rows of the activities table, without the whole records. */
  listActivities: command({ input: noInput, output: returns<ActivitySummary[]>(), changesRegister: false }),
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
