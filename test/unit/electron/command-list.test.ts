// The one command list (shared/ipc/commands/) and what is derived from it: every transport offers exactly its
// commands, each declaration builds its input schema, and the renderer's cache reloads after exactly the commands
// that change the register.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { activityCommands } from '../../../shared/ipc/commands/activities.ts';
import { bulkEditCommands } from '../../../shared/ipc/commands/bulk-edits.ts';
import { checkCommands } from '../../../shared/ipc/commands/checks.ts';
import { colleagueFileCommands } from '../../../shared/ipc/commands/colleague-files.ts';
import { columnMappingCommands } from '../../../shared/ipc/commands/column-mappings.ts';
import { documentCommands } from '../../../shared/ipc/commands/documents.ts';
import { historyCommands } from '../../../shared/ipc/commands/history.ts';
import { COMMAND_NAMES, changesRegister, isCommandName } from '../../../shared/ipc/commands/index.ts';
import { organisationCommands } from '../../../shared/ipc/commands/organisations.ts';
import { preferenceCommands } from '../../../shared/ipc/commands/preferences.ts';
import { processorCommands } from '../../../shared/ipc/commands/processors.ts';
import { registerCommands } from '../../../shared/ipc/commands/register.ts';
import { registerFileCommands } from '../../../shared/ipc/commands/register-files.ts';
import { templateCommands } from '../../../shared/ipc/commands/templates.ts';
import { inputSchemaOf } from '../../../shared/ipc/input-schemas.ts';
import { browserClientScript } from '../../bridge/browser-client.ts';
import type { HandlerTable } from '../../../electron/main/backend/handlers/handler-table.ts';
import type { CommandOutputs } from '../../../shared/ipc/contract.ts';

const DOMAINS = [
  registerCommands,
  organisationCommands,
  processorCommands,
  activityCommands,
  bulkEditCommands,
  checkCommands,
  registerFileCommands,
  documentCommands,
  colleagueFileCommands,
  columnMappingCommands,
  templateCommands,
  preferenceCommands,
  historyCommands,
];

describe('the command list', () => {
  it('joins the domains without one command hiding another of the same name', () => {
    const declared = DOMAINS.flatMap((domain) => Object.keys(domain));
    expect(new Set(declared).size).toBe(declared.length);
    expect([...COMMAND_NAMES].sort()).toEqual([...declared].sort());
  });

  it('builds a zod schema for every command, once', () => {
    for (const name of COMMAND_NAMES) {
      expect(inputSchemaOf(name), name).toBeInstanceOf(z.ZodType);
      expect(inputSchemaOf(name)).toBe(inputSchemaOf(name));
    }
  });

  it('knows its commands by their own names only', () => {
    for (const name of COMMAND_NAMES) expect(isCommandName(name)).toBe(true);
    for (const name of ['__proto__', 'toString', 'constructor', 'hasOwnProperty', 'dropTables', 42]) expect(isCommandName(name)).toBe(false);
  });

  it('says which commands change the register (the renderer then reloads its data)', () => {
    expect(COMMAND_NAMES.filter(changesRegister).sort()).toEqual(
      [
        'updateRegister',
        'saveOrganisation',
        'deleteOrganisation',
        'saveProcessor',
        'deleteProcessor',
        'saveActivity',
        'duplicateActivity',
        'setActivityStatus',
        'deleteActivity',
        'bulkEditActivities',
        'bulkEditProcessors',
        'undoBulkEdit',
        'acceptFinding',
        'reopenFinding',
        'importRegister',
        'openFile',
        'createFile',
        'openDemo',
        'publishPolicy',
        'applyMerge',
        'undoLastImport',
        'restoreBackup',
        'addActivityFromTemplate',
        'viewAsOf',
      ].sort(),
    );
  });

  it('gives the test bridge’s window.ropa the same names as the preload', () => {
    const names = /for \(const name of (\[.*?\])\)/.exec(browserClientScript())?.[1];
    expect(JSON.parse(names ?? '[]')).toEqual(COMMAND_NAMES);
  });
});

// Checked by the type check (npm run typecheck), not at run time: what the declarations make the compiler enforce.
export function typeChecks(table: HandlerTable, withoutOne: Omit<HandlerTable, 'saveActivity'>): void {
  // @ts-expect-error a declared command without its handler is not a handler table
  const incomplete: HandlerTable = withoutOne;
  // @ts-expect-error a handler answers its declaration's output: saveActivity's is a ProcessingActivity, not its id
  const wrongOutput: HandlerTable = { ...table, saveActivity: () => ({ id: 'x' }) };
  // @ts-expect-error the declared output of deleteActivity has no `name`
  const output: CommandOutputs['deleteActivity'] = { id: 'x', name: 'y' };
  void [incomplete, wrongOutput, output];
}
