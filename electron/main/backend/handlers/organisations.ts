// Handlers of the organisations (declared in shared/ipc/commands/organisations.ts).
import type { organisationCommands } from '../../../../shared/ipc/commands/organisations.ts';
import type { OrganisationService } from '../services/organisations.ts';
import { openServices, type HandlerContext } from './context.ts';
import type { HandlersOf } from './handler-table.ts';

export function organisationHandlers({ session }: HandlerContext): HandlersOf<typeof organisationCommands> {
  const organisations = (): OrganisationService => openServices(session).organisations;
  return {
    listOrganisations: () => organisations().list(),
    saveOrganisation: ({ record }) => organisations().save(record),
    deleteOrganisation: ({ id }) => organisations().delete(id),
  };
}
