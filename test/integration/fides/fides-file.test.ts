// Fides manifests on disk: a file read into an imported register, every way a file can fail to be a manifest told in
// one line (bad YAML by its line and column), and the register written as a manifest that reads back.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FIDES_BYTES, readFidesFile, writeFidesFile } from '../../../electron/main/backend/fides/fides-file.ts';
import { RegisterError } from '../../../shared/result.ts';
import { activity, register } from '../../unit/shared/checks/register-builder.ts';
import { COMPANY_MANIFEST_YAML } from '../../support/layouts/fides-company-manifest.ts';

const folder = () => mkdtempSync(path.join(tmpdir(), 'ropa-fides-'));

function fileWith(content: string | Uint8Array, name = 'manifest.yml'): string {
  const file = path.join(folder(), name);
  writeFileSync(file, content);
  return file;
}

async function refusal(file: string): Promise<RegisterError> {
  const error: unknown = await readFidesFile(file).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof RegisterError)) throw new Error(`expected a RegisterError, got ${String(error)}`);
  return error;
}

describe('reading a Fides manifest file', () => {
  it('reads the manifest, its findings placed in the file by its name', async () => {
    const imported = await readFidesFile(fileWith(COMPANY_MANIFEST_YAML, 'northwind.yml'));
    expect(imported.layout).toBe('fides');
    expect(imported.activities).toHaveLength(6);
    expect(imported.processors.map((processor) => processor.place.sheet)).toEqual(['northwind.yml', 'northwind.yml']);
  });

  it('reads a file that starts with a byte-order mark', async () => {
    const imported = await readFidesFile(fileWith(`\ufeff${COMPANY_MANIFEST_YAML}`));
    expect(imported.activities).toHaveLength(6);
  });

  it('names the line and column of bad YAML', async () => {
    const error = await refusal(fileWith('system:\n  - fides_key: crm\n    name: "CRM\n    privacy_declarations: []\n'));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(/^is not valid YAML: line \d+, column \d+: /);
    const unclosed = await refusal(fileWith('system:\n  - fides_key: crm\n    data_categories: [user.name\n'));
    expect(unclosed.message).toMatch(/^is not valid YAML: line 4, column 1: /);
  });

  it('refuses a key written twice, naming its line', async () => {
    const error = await refusal(fileWith('system:\n  - fides_key: crm\n    fides_key: crm2\n    privacy_declarations: []\n'));
    expect(error.message).toBe('is not valid YAML: line 3, column 5: a key is written twice in the same mapping');
  });

  it('refuses several YAML documents in one file', async () => {
    const error = await refusal(fileWith('system: []\n---\nsystem: []\n'));
    expect(error.message).toBe('is not valid YAML: line 2, column 1: it holds several YAML documents (separated by ---); a Fides manifest is one');
  });

  it('refuses an alias bomb before it expands', async () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 8; level++) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      levels.push(`${name}: &${name} [${Array.from({ length: 10 }, () => `*${previous}`).join(', ')}]`);
    }
    const error = await refusal(fileWith(`${levels.join('\n')}\nsystem: []\n`));
    expect(error.message).toBe('uses more than 50 YAML aliases; a Fides manifest never needs so many');
  });

  it('refuses YAML that is no Fides manifest, naming what is missing', async () => {
    const error = await refusal(fileWith('version: "3"\nservices:\n  web:\n    image: nginx\n', 'docker-compose.yml'));
    expect(error.message).toMatch(/^is not a Fides manifest: it has none of the keys organization:, system:/);
  });

  it('refuses a file that is not UTF-8, an empty file, one too large, and one that does not exist', async () => {
    expect((await refusal(fileWith(Uint8Array.from([0x73, 0x79, 0x73, 0xff, 0xfe, 0x3a])))).message).toBe('is not UTF-8 text; a Fides manifest is UTF-8 YAML');
    expect((await refusal(fileWith(''))).message).toBe('is an empty file');
    expect((await refusal(fileWith(`# ${'x'.repeat(MAX_FIDES_BYTES)}\n`))).message).toBe('is larger than 20 MB; a Fides manifest never is');
    expect((await refusal(path.join(folder(), 'missing.yml'))).code).toBe('not-found');
  });
});

describe('writing the register as a Fides manifest file', () => {
  it('writes YAML that reads back, leaving no temporary file', async () => {
    const target = path.join(folder(), 'register.fides.yml');
    await writeFidesFile(register({ activities: [activity('00000000-0000-4000-8000-0000000000a1')] }), target);
    const text = readFileSync(target, 'utf8');
    expect(text).toMatch(/^# The register "Test register" as a Fides manifest/);
    expect(text).not.toContain('&a'); // no YAML anchors: each value written out
    expect(readdirSync(path.dirname(target))).toEqual(['register.fides.yml']);
    const again = await readFidesFile(target);
    expect(again.activities.map((each) => [each.id, each.name, each.purposes, each.retention])).toEqual([
      ['00000000-0000-4000-8000-0000000000a1', 'Order fulfilment a1', ['Delivering orders and invoicing'], '24 months after the last order'],
    ]);
  });
});
