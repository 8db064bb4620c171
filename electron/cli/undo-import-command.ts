// `ropa undo-import <register.ropa>`: the register as it was before the last import; the merged one is kept.
import type { Backend } from '../main/backend/backend.ts';
import { call, expectOperands, openRegister, type Output } from './cli-support.ts';
import { t } from './i18n.ts';

export async function undoImport(backend: Backend, operands: string[], output: Output): Promise<number> {
  expectOperands(operands, 1, 'undo-import <register.ropa>');
  const registerPath = operands[0] as string;
  await openRegister(backend, registerPath);
  const undone = await call(backend, 'undoLastImport', {}, registerPath);
  output.stdout(`${t('undoImport.done', { register: registerPath, kept: undone.undonePath })}\n`);
  return 0;
}
