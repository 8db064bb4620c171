// A small register for the tests of the policy's export being held back by the register checks: a controller in the EEA
// with its contact details, one complete public activity and its processor under contract. The checks find no error
// in it; each test adds the one problem it is about.
import path from 'node:path';
import { startBackend, tempFolder } from '../backend/support.ts';

export const ids = {
  register: '00000000-0000-4000-8000-00000000aa01',
  organisation: '00000000-0000-4000-8000-00000000aa02',
  processor: '00000000-0000-4000-8000-00000000aa03',
  activity: '00000000-0000-4000-8000-00000000aa04',
  otherActivity: '00000000-0000-4000-8000-00000000aa05',
  otherOrganisation: '00000000-0000-4000-8000-00000000aa06',
};

/** A day a year from now: the review is not due whenever the test runs. */
const nextYear = new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString().slice(0, 10);
const meta = { updatedAt: '2026-11-01T09:00:00Z', revision: 1 };

export type Fields = Record<string, unknown>;
export type RegisterDocument = { organisations: Fields[]; processors: Fields[]; activities: Fields[] };

export function activity(id: string, name: string, extra: Fields = {}): Fields {
  return {
    id,
    ...meta,
    organisationId: ids.organisation,
    role: 'controller',
    name,
    purposes: ['Paying salaries'],
    legalBases: [{ basis: 'contract' }],
    dataSubjects: ['Employees'],
    dataCategories: [{ name: 'Bank account details' }],
    processorIds: [ids.processor],
    retention: '24 months after the end of the contract',
    confirmedNone: ['transfers', 'recipients', 'sources'],
    public: true,
    status: 'active',
    nextReviewOn: nextYear,
    ...extra,
  };
}

export function organisation(id: string, name: string, extra: Fields = {}): Fields {
  return {
    id,
    ...meta,
    name,
    address: 'Dunajska cesta 1, 1000 Ljubljana',
    country: 'SI',
    email: 'privacy@sava.example',
    securityMeasures: ['Laptops and backups are encrypted'],
    ...extra,
  };
}

/** A transfer to the United States under the Privacy Shield, annulled in 2020: `transfer-mechanism-invalid`. */
export const privacyShieldTransfer = { country: 'US', recipient: 'Acme Analytics Inc.', mechanism: 'privacy-shield' };

/** The activity with that transfer recorded (and no longer confirmed as having none). */
export function withPrivacyShield(record: Fields): Fields {
  return { ...record, transfers: [privacyShieldTransfer], confirmedNone: ['recipients', 'sources'] };
}

export function cleanDocument(): RegisterDocument {
  return {
    organisations: [organisation(ids.organisation, 'Sava Logistics d.o.o.')],
    processors: [
      { id: ids.processor, ...meta, name: 'Plače d.o.o.', country: 'SI', dataLocations: ['SI'], dpa: { signedOn: '2025-03-01', reference: 'DPA-2025-07' } },
    ],
    activities: [activity(ids.activity, 'Payroll')],
  };
}

/** The register file, made through the backend (spawning the CLI is slow on a busy machine), then closed. */
export async function registerFile(change: (document: RegisterDocument) => void = () => undefined): Promise<string> {
  const content = cleanDocument();
  change(content);
  const document = {
    format: 'ropa-exchange',
    version: 1,
    exportedAt: '2026-11-20T12:00:00Z',
    register: { id: ids.register, name: 'Sava Logistics – register', defaultLanguage: 'en' },
    ...content,
  };
  const register = path.join(tempFolder(), 'register.ropa');
  const app = startBackend();
  await app.call('createFile', { path: register, name: 'Sava', defaultLanguage: 'en' });
  await app.call('importRegister', { text: JSON.stringify(document), fileName: 'sava.ropa.json' });
  app.backend.close();
  return register;
}
