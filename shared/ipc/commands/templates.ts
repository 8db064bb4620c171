// The activity templates: standard processing activities a DPO starts from. Handlers: backend/handlers/templates.ts.
import { command, returns } from './declare.ts';
import { TEMPLATE_LANGUAGES } from '../../templates/activity-template.ts';
import type { ProcessingActivity } from '../../model/records.ts';
import type { TemplateSummary } from '../../templates/from-template.ts';

export const templateCommands = {
  /** Every template, its texts in `language` (default en); the ids are the same in every language. Needs no open register. */
  listTemplates: command({
    input: ({ z }) => z.strictObject({ language: z.enum(TEMPLATE_LANGUAGES).optional() }),
    output: returns<TemplateSummary[]>(),
    changesRegister: false,
  }),
  /**
   * Adds a template as an activity of an organisation (default: the register's first organisation), as a draft unless
   * asked to be active; saved like any activity, so validated and audited. Answers the saved activity.
   */
  addActivityFromTemplate: command({
    input: ({ z, uuid }) =>
      z.strictObject({
        templateId: z.string().min(1).max(200),
        organisationId: uuid.optional(),
        status: z.enum(['draft', 'active']).optional(),
      }),
    output: returns<ProcessingActivity>(),
    changesRegister: true,
  }),
} as const;
