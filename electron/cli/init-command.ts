// `ropa init <register.ropa>`: a new, empty register file, never over one that exists.
import path from 'node:path';
import type { Backend } from '../main/backend/backend.ts';
import { call, expectOperands, type Output } from './cli-support.ts';
import { t } from './i18n.ts';

export type InitOptions = { name?: string | undefined; lang?: string | undefined };

export async function init(backend: Backend, operands: string[], options: InitOptions, output: Output): Promise<number> {
  expectOperands(operands, 1, 'init <register.ropa> [--name TEXT] [--lang CODE]');
  const registerPath = operands[0] as string;
  const created = await call(
    backend,
    'createFile',
    { path: path.resolve(registerPath), name: options.name ?? 'Register of processing activities', defaultLanguage: options.lang ?? 'en' },
    registerPath,
  );
  if ('info' in created) {
    output.stdout(`${t('init.created', { register: registerPath, name: created.info.name, language: created.info.defaultLanguage })}\n`);
  }
  return 0;
}
