// `ropa templates list [--lang CODE] [--json]` and `ropa templates add <register.ropa> <template-id> [--lang CODE]`:
// the standard activities a register can start from, and adding one as an active activity of the register's
// organisation. The list needs no register; the ids are the same in every language, so a script can rely on them.
import { displayText } from '../../shared/model/text.ts';
import { TEMPLATE_LANGUAGES, type TemplateLanguage } from '../../shared/templates/activity-template.ts';
import { isTemplateLanguage } from '../../shared/templates/from-template.ts';
import type { Backend } from '../main/backend/backend.ts';
import { CliFailure, call, openRegister, type Output } from './cli-support.ts';
import { t } from './i18n.ts';

export type TemplatesOptions = { json?: boolean | undefined; lang?: string | undefined; organisation?: string | undefined };

const USAGE = 'templates list [--lang en|uk|bg|sl] [--json] | ropa templates add <register.ropa> <template-id> [--lang en|uk|bg|sl] [--organisation ID]';

export async function templates(backend: Backend, operands: string[], options: TemplatesOptions, output: Output): Promise<number> {
  const [action, registerPath, templateId, ...rest] = operands;
  const language = templateLanguage(options.lang);
  if (action === 'list' && registerPath === undefined) return list(backend, language ?? 'en', options.json === true, output);
  if (action === 'add' && registerPath !== undefined && templateId !== undefined && rest.length === 0) {
    return add(backend, registerPath, templateId, { language, organisationId: options.organisation }, output);
  }
  throw new CliFailure(t('commandLine.usage', { usage: USAGE }), 2);
}

function templateLanguage(lang: string | undefined): TemplateLanguage | undefined {
  if (lang === undefined || isTemplateLanguage(lang)) return lang;
  throw new CliFailure(t('templates.badLanguage', { language: lang, languages: TEMPLATE_LANGUAGES.join(', ') }), 2);
}

async function list(backend: Backend, language: TemplateLanguage, json: boolean, output: Output): Promise<number> {
  const listed = await call(backend, 'listTemplates', { language });
  if (json) output.stdout(`${JSON.stringify(listed, null, 2)}\n`);
  else output.stdout(listed.map((template) => `${template.id} — ${template.name}: ${template.description}\n`).join(''));
  return 0;
}

/** Adds the template as an active activity and names it by its reference, in `--lang` or the register's language. */
async function add(
  backend: Backend,
  registerPath: string,
  templateId: string,
  choice: { language: TemplateLanguage | undefined; organisationId: string | undefined },
  output: Output,
): Promise<number> {
  await openRegister(backend, registerPath);
  const input = { templateId, status: 'active', ...(choice.organisationId === undefined ? {} : { organisationId: choice.organisationId }) };
  const activity = await call(backend, 'addActivityFromTemplate', input, registerPath);
  const [info, summaries] = await Promise.all([call(backend, 'registerInfo', {}, registerPath), call(backend, 'listActivities', {}, registerPath)]);
  const reference = summaries.find((summary) => summary.id === activity.id)?.reference ?? activity.id;
  const name = displayText(activity.name, choice.language ?? info.defaultLanguage, info.defaultLanguage);
  output.stdout(`${t('templates.added', { reference, name })}\n`);
  return 0;
}
