// The organisations (controllers) of the register. Handlers: backend/handlers/organisations.ts.
import { byId, command, draft, noInput, returns } from './declare.ts';
import type { Organisation } from '../../model/records.ts';

export const organisationCommands = {
  listOrganisations: command({ input: noInput, output: returns<Organisation[]>(), changesRegister: false }),
  saveOrganisation: command({ input: draft, output: returns<Organisation>(), changesRegister: true }),
  deleteOrganisation: command({ input: byId, output: returns<{ id: string }>(), changesRegister: true }),
} as const;
