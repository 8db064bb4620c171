// The catalogues of the backend's refusals (shared/refusals/locales), and a refusal worded in the caller's language.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { refusalText, refuse } from '../../../../shared/refusals/refusals.ts';
import { describeCatalogues } from '../../../support/catalogues.ts';

describeCatalogues('the refusal catalogues', path.resolve(import.meta.dirname, '../../../../shared/refusals/locales'));

describe('a refusal', () => {
  const refused = refuse('not-found', 'files:noSuchBackup', { name: 'before-import', folder: '/data/hr.ropa.backups' });

  it('is thrown with its English message, for logs and scripts, and keeps its key', () => {
    expect(refused.message).toBe('There is no backup "before-import" in /data/hr.ropa.backups; list them to see their names');
    expect(refused.code).toBe('not-found');
    expect(refused.refusal?.key).toBe('files:noSuchBackup');
  });

  it('is worded in the language of whoever asked, values untouched and nothing HTML-escaped', () => {
    const failure = refused.toFailure((refusal) => refusalText(refusal, 'uk'));
    expect(failure.message).toBe('У /data/hr.ropa.backups немає резервної копії «before-import»; перегляньте список, щоб побачити їхні назви');
    expect(refusalText({ key: 'files:noSuchBackup', values: { name: 'A & <B>', folder: 'x' } }, 'bg')).toContain('„A & <B>“');
  });

  it('stays in English for a transport that words nothing', () => {
    expect(refused.toFailure().message).toBe(refused.message);
  });
});
