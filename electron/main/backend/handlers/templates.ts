// Handlers of the activity templates (declared in shared/ipc/commands/templates.ts). Adding one goes through the
// activity service's save, so the activity is validated and audited like any other.
import type { templateCommands } from '../../../../shared/ipc/commands/templates.ts';
import type { ProcessingActivity } from '../../../../shared/model/records.ts';
import { RegisterError } from '../../../../shared/result.ts';
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
    const known = ACTIVITY_TEMPLATES.map((candidate) => candidate.id).join(', ');
    throw new RegisterError('not-found', `There is no template "${templateId}". The templates are: ${known}`, 'templateId');
  }
  // The organisation a register of one controller has; with several, the first, unless one is named.
  const organisation = organisationId ?? services.organisations.list()[0]?.id;
  if (organisation === undefined) {
    throw new RegisterError(
      'invalid-input',
      'This register has no organisation yet: add the organisation (the controller) first, then the activity from the template',
      'organisationId',
    );
  }
  const language = services.register.info().defaultLanguage;
  return services.activities.save(activityFromTemplate(template, { organisationId: organisation, language, status }));
}
