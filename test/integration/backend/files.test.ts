import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomically, writeFileAtomicallySync } from '../../../electron/main/backend/files/atomic-write.ts';
import { tempFolder } from './support.ts';

describe('writing a file atomically', () => {
  it('writes a new file and replaces an existing one whole, leaving no temporary file', async () => {
    const folder = tempFolder();
    const target = path.join(folder, 'export.ropa.json');
    await writeFileAtomically(target, '{"first": true}\n');
    expect(readFileSync(target, 'utf8')).toBe('{"first": true}\n');
    writeFileAtomicallySync(target, Buffer.from('{"second": "Друге"}\n'));
    expect(readFileSync(target, 'utf8')).toBe('{"second": "Друге"}\n');
    expect(readdirSync(folder)).toEqual(['export.ropa.json']);
  });

  it('leaves the target untouched and nothing behind when the write fails', async () => {
    const folder = tempFolder();
    const target = path.join(folder, 'settings.json');
    writeFileSync(target, 'old');
    // A folder where the file should be makes the final rename fail, after the temporary file was written.
    const blocked = path.join(folder, 'blocked');
    (await import('node:fs')).mkdirSync(path.join(blocked, 'inside'), { recursive: true });
    await expect(writeFileAtomically(blocked, 'new')).rejects.toThrow();
    expect(() => writeFileAtomicallySync(blocked, 'new')).toThrow();
    await expect(writeFileAtomically(path.join(folder, 'missing', 'x.json'), 'new')).rejects.toThrow(/ENOENT/);
    expect(readdirSync(folder).sort()).toEqual(['blocked', 'settings.json']);
    expect(readFileSync(target, 'utf8')).toBe('old');
  });
});
