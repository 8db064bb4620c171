// The refusals about files (shared/refusals/locales/*/files.json) reach the caller in the interface language: thrown
// in the backend, thrown in a reading or rendering thread and passed on, or re-thrown as being about the path given.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startWithRegister, tempFolder } from './support.ts';

describe('a refusal about a file', () => {
  it('made in the thread that reads a colleague’s file is worded in the interface language', async () => {
    const { call, failure } = await startWithRegister();
    await call('chooseInterfaceLanguage', { language: 'uk' });
    const file = path.join(tempFolder(), 'hr.ropa.json');
    writeFileSync(file, Buffer.from('{"format": "ropa-desk/register", "name": "Accoünt"}', 'latin1'));
    expect(await failure('previewMerge', { path: file })).toMatchObject({
      code: 'invalid-file',
      message: 'це не текст у кодуванні UTF-8; файл обміну реєстру — це JSON у кодуванні UTF-8',
    });
  });

  it('about where a document is to be saved names the document in the interface language', async () => {
    const { call, failure } = await startWithRegister();
    await call('chooseInterfaceLanguage', { language: 'bg' });
    const target = path.join(tempFolder(), 'missing', 'report.pdf');
    expect(await failure('createReport', { language: 'en', includeDrafts: false, path: target })).toMatchObject({
      code: 'io',
      path: 'path',
      message: `Справката не може да бъде запазена в ${target}: папката ${path.dirname(target)} не съществува`,
    });
  });

  it('about a register file that cannot be opened keeps its key when it is said to be about the path given', async () => {
    const { call, failure } = await startWithRegister();
    await call('chooseInterfaceLanguage', { language: 'sl' });
    const folder = path.join(tempFolder(), 'folder.ropa');
    mkdirSync(folder);
    expect(await failure('openFile', { path: folder })).toMatchObject({ code: 'invalid-file', path: 'path', message: 'to je mapa, ne datoteka evidence' });
  });
});
