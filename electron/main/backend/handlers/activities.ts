// Handlers of the processing activities (declared in shared/ipc/commands/activities.ts).
import type { activityCommands } from '../../../../shared/ipc/commands/activities.ts';
import type { ActivityService } from '../services/activities.ts';
import { openServices, type HandlerContext } from './context.ts';
import type { HandlersOf } from './handler-table.ts';

export function activityHandlers({ session }: HandlerContext): HandlersOf<typeof activityCommands> {
  const activities = (): ActivityService => openServices(session).activities;
  return {
    listActivities: () => activities().list(),
    listVocabulary: ({ field }) => activities().vocabulary(field),
    getActivity: ({ id }) => activities().get(id),
    saveActivity: ({ record }) => activities().save(record),
    duplicateActivity: ({ id }) => activities().duplicate(id),
    setActivityStatus: ({ id, status }) => activities().setStatus(id, status),
    deleteActivity: ({ id }) => activities().delete(id),
  };
}
