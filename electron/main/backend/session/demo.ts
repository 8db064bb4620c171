// The demo register: the BY THE WAY fixture, imported into a fresh file in the data folder, for a first look around.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import type { ConnectionOptions } from '../db/connection.ts';
import type { ServiceDependencies } from '../services/index.ts';
import { createRegisterStoreFile, openRegisterStore } from './register-store.ts';
import { exchangeFileFromText } from '../services/exchange.ts';

export const DEMO_REGISTER_FILE = 'Demo register.ropa';
export const DEMO_SOURCE = path.join('demo', 'bytheway-en.ropa.json');

export function demoRegisterPath(dataDir: string): string {
  return path.join(dataDir, DEMO_REGISTER_FILE);
}

/**
 * Builds the demo register under a temporary name and returns it; the caller moves it into place once the old one
 * is closed, so a failed build never destroys a demo register someone had been exploring.
 */
export function buildDemoRegister(dataDir: string, resourcesDir: string, dependencies: ServiceDependencies, connection: ConnectionOptions = {}): string {
  const sourcePath = path.join(resourcesDir, DEMO_SOURCE);
  const text = readFileSync(sourcePath, 'utf8');
  mkdirSync(dataDir, { recursive: true });
  const building = path.join(dataDir, `.demo-${randomBytes(4).toString('hex')}.building`);
  try {
    createRegisterStoreFile(building, { name: 'Demo register', defaultLanguage: 'en' }, dependencies, connection);
    const store = openRegisterStore(building, dependencies, connection);
    try {
      store.services.exchange.importRegister(exchangeFileFromText(text, path.basename(sourcePath)));
    } finally {
      store.close();
    }
    return building;
  } catch (error) {
    try {
      unlinkSync(building);
    } catch {
      // Never created.
    }
    throw error;
  }
}

export function placeDemoRegister(building: string, target: string): void {
  renameSync(building, target);
}
