// Handlers of the activity templates (declared in shared/ipc/commands/templates.ts). Adding one goes through the
// activity service's save, so the activity is validated and audited like any other.
import type { templateCommands } from '../../../../shared/ipc/commands/templates.ts';
import type { ProcessingActivity } from '../../../../shared/model/records.ts';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import { ACTIVITY_TEMPLATES, findTemplate } from '../../../../shared/templates/catalogue/index.ts';
import { activityFromTemplate, templateSummary } from '../../../../shared/templates/from-template.ts';
import type { Services } from '../services/index.ts';
import { openServices, type HandlerContext } from './context.ts';
import type { HandlersOf } from './handler-table.ts';

export function templateHandlers({ session }: HandlerContext): HandlersOf<typeof templateCommands> {
  return {
    listTemplates: ({ language }) => ACTIVITY_TEMPLATES.map((template) => templateSummary(template, language ?? 'en')),
    addActivityFromTemplate: ({ templateId, organisationId, status }) => addFromTemplate(openServices(session), templateId, organisationId, status ?? 'draft'),
  };
}

function addFromTemplate(services: Services, templateId: string, organisationId: string | undefined, status: 'draft' | 'active'): ProcessingActivity {
  const template = findTemplate(templateId);
  if (template === undefined) {
    const templates = ACTIVITY_TEMPLATES.map((candidate) => candidate.id).join(', ');
    throw refuse('not-found', 'register:noSuchTemplate', { id: templateId, templates }, 'templateId');
  }
  // The organisation a register of one controller has; with several, the first, unless one is named.
  const organisation = organisationId ?? services.organisations.list()[0]?.id;
  if (organisation === undefined) {
    throw refuse('invalid-input', 'register:templateNeedsOrganisation', {}, 'organisationId');
  }
  const language = services.register.info().defaultLanguage;
  return services.activities.save(activityFromTemplate(template, { organisationId: organisation, language, status }));
}
