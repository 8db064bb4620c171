// The folder import rules of eslint.config.js, tested by feeding them forbidden imports: a rule that matches nothing
// (as `**/main/app/**` once did against "../app/ipc.ts") fails here rather than passing silently.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/fixtures.ts';

const eslint = new ESLint({ cwd: repoRoot });

/** The messages of the import rules for `source` as if it were the file at `file` (relative to the repository). */
async function importProblems(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(repoRoot, file) });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('no import cycles', () => {
  it('refuses two modules that import each other', async () => {
    // The rule reads the imported module from disk: the pair is written for the test, then removed.
    const folder = path.join(repoRoot, 'shared', `lint-cycle-${process.pid}`);
    mkdirSync(folder, { recursive: true });
    try {
      writeFileSync(path.join(folder, 'first.ts'), "import { second } from './second.ts';\nexport const first = (): unknown => second;\n");
      writeFileSync(path.join(folder, 'second.ts'), "import { first } from './first.ts';\nexport const second = (): unknown => first;\n");
      const [result] = await eslint.lintFiles([path.join(folder, 'first.ts')]);
      expect(result?.messages.map((message) => message.ruleId)).toContain('import-x/no-cycle');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('the import rules', () => {
  it.each([
    ['electron/main/backend/services/example.ts', "import { ipc } from '../app/ipc.ts';", 'The backend imports only shared/'],
    ['electron/main/backend/example.ts', "import { app } from 'electron';", 'The backend runs in plain Node'],
    ['electron/main/backend/db/example.ts', "import { x } from '../repositories/activity-repository.ts';", 'db → repositories → services → handlers'],
    ['electron/main/backend/repositories/example.ts', "import { x } from '../services/activities.ts';", 'db → repositories → services → handlers'],
    ['electron/main/backend/services/example.ts', "import { x } from '../handlers/activities.ts';", 'db → repositories → services → handlers'],
    ['shared/model/example.ts', "import { readFileSync } from 'node:fs';", 'shared/ is pure'],
    ['shared/model/example.ts', "import { x } from '../../electron/main/backend/index.ts';", 'shared/ imports nothing of the other folders'],
    ['electron/cli/example.ts', "import { x } from '../main/app/ipc.ts';", 'The CLI uses the backend only'],
    ['electron/preload/example.ts', "import { x } from '../main/backend/index.ts';", 'The preload maps the contract only'],
    ['renderer/src/screens/example.ts', "import { x } from '../../../electron/main/backend/index.ts';", 'The renderer imports only shared/'],
    ['renderer/src/screens/overview/example.ts', "import { App } from '../../shell/App.tsx';", 'The shell composes the screens'],
  ])('refuse, in %s, %s', async (file, source, expected) => {
    expect((await importProblems(file, source)).join('\n')).toContain(expected);
  });

  it.each([
    ['electron/main/backend/services/example.ts', "import { x } from '../repositories/activity-repository.ts';"],
    ['electron/main/backend/handlers/example.ts', "import { x } from '../services/activities.ts';"],
    ['electron/main/backend/repositories/example.ts', "import { x } from '../db/connection.ts';"],
    ['electron/cli/example.ts', "import { x } from '../main/backend/index.ts';"],
    ['renderer/src/screens/overview/example.ts', "import { useRegister } from '../../navigation/RegisterContext.tsx';"],
  ])('allow, in %s, %s', async (file, source) => {
    expect(await importProblems(file, source)).toEqual([]);
  });
});
