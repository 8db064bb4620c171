// What the backup tests start from: a register file "acme.ropa" holding the bytheway fixture, and its backups folder.
import path from 'node:path';
import { fixtureText, startBackend, tempFolder } from '../backend/support.ts';

export async function registerWithFixture() {
  const started = startBackend();
  const registerPath = path.join(tempFolder(), 'acme.ropa');
  await started.call('createFile', { path: registerPath, name: 'Acme', defaultLanguage: 'en' });
  await started.call('importRegister', { text: fixtureText('bytheway-en'), fileName: 'bytheway-en.ropa.json' });
  return { ...started, registerPath, backupFolder: path.join(path.dirname(registerPath), 'acme.backups') };
}
