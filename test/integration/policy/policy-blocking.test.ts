// The privacy policy is public: while the register checks find an unaccepted error in what it publishes (the
// organisation, or an activity it describes), exportPolicy writes nothing and returns the findings; with ignoreChecks it
// writes as before. Errors elsewhere in the register (a draft, an internal activity, another organisation, a rule the
// policy does not rest on) do not hold it back.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandOutputs } from '../../../shared/ipc/contract.ts';
import { startBackend, tempFolder } from '../backend/support.ts';
import { activity, ids, organisation, registerFile, withPrivacyShield, type RegisterDocument } from './blocking-register.ts';

type Exported = CommandOutputs['exportPolicy'];

/** Opens the register made with `change` and asks for its policy as HTML in a fresh folder. */
async function exportFrom(change: (document: RegisterDocument) => void, options: { ignoreChecks?: boolean; language?: 'en' | 'sl' } = {}) {
  const app = startBackend();
  await app.call('openFile', { path: await registerFile(change) });
  const folder = tempFolder();
  const target = path.join(folder, 'policy.html');
  const exported = await app.call('exportPolicy', {
    language: options.language ?? 'en',
    format: 'html',
    path: target,
    ...(options.ignoreChecks === undefined ? {} : { ignoreChecks: options.ignoreChecks }),
    organisationId: ids.organisation,
  });
  return { app, folder, target, exported };
}

function blockedRules(exported: Exported): string[] {
  expect(exported, 'the export was expected to be held back').toHaveProperty('blocked');
  return 'blocked' in exported ? exported.blocked.map((finding) => finding.rule) : [];
}

const shieldOnPayroll = (document: RegisterDocument) => {
  document.activities[0] = withPrivacyShield(document.activities[0]!);
};

describe('exportPolicy holds the policy back while an error concerns what it publishes', () => {
  it('writes the policy of a register without errors', async () => {
    const { exported, target } = await exportFrom(() => undefined);
    expect(exported).toMatchObject({ path: target, format: 'html' });
    expect(existsSync(target)).toBe(true);
  });

  it('writes nothing for a public activity with a transfer under the Privacy Shield, and returns transfer-mechanism-invalid', async () => {
    const { exported, folder } = await exportFrom(shieldOnPayroll);
    expect(blockedRules(exported)).toEqual(['transfer-mechanism-invalid']);
    expect(exported).toMatchObject({ blocked: [{ severity: 'error', record: { type: 'activity', id: ids.activity }, field: 'transfers[0].mechanism' }] });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('returns the findings as checkRegister words them, in the language asked for', async () => {
    const { app, exported } = await exportFrom(shieldOnPayroll, { language: 'sl' });
    const check = await app.call('checkRegister', { language: 'sl', organisationId: ids.organisation });
    const expected = check.findings.filter((finding) => finding.rule === 'transfer-mechanism-invalid');
    expect(expected).toHaveLength(1);
    expect(exported).toEqual({ blocked: expected });
    expect(check.findings.find((finding) => finding.rule === 'transfer-mechanism-invalid')?.message).not.toBe(
      (await app.call('checkRegister', { language: 'en' })).findings.find((finding) => finding.rule === 'transfer-mechanism-invalid')?.message,
    );
  });

  it('writes the policy anyway with ignoreChecks, still returning its warnings', async () => {
    const { exported, target } = await exportFrom(shieldOnPayroll, { ignoreChecks: true });
    expect(exported).toMatchObject({ path: target, format: 'html', warnings: expect.any(Array) });
    expect(existsSync(target)).toBe(true);
  });

  it('holds it back for the organisation’s own record: no contact details (controller-contact-missing)', async () => {
    const { exported, folder } = await exportFrom((document) => {
      document.organisations[0] = organisation(ids.organisation, 'Sava Logistics d.o.o.', { address: undefined, email: undefined });
    });
    expect(blockedRules(exported)).toEqual(['controller-contact-missing']);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('holds it back for a controller outside the EEA without a representative (representative-missing)', async () => {
    const { exported } = await exportFrom((document) => {
      document.organisations[0] = organisation(ids.organisation, 'Sava Logistics d.o.o.', { country: 'UA', address: 'Khreshchatyk 1, Kyiv' });
    });
    expect(blockedRules(exported)).toContain('representative-missing');
  });

  it('holds it back for a public activity whose purpose and retention are placeholders', async () => {
    const { exported } = await exportFrom((document) => {
      document.activities.push(activity(ids.otherActivity, 'Newsletter', { purposes: ['TBD'], retention: 'TBD' }));
    });
    expect(blockedRules(exported).sort()).toEqual(['purpose-missing', 'retention-missing']);
  });
});

describe('exportPolicy is not held back by errors the policy does not publish', () => {
  it.each([
    ['a draft', { status: 'draft' }],
    ['an internal activity (not public)', { public: false }],
    ['an activity done as a processor', { role: 'processor', controllers: [{ name: 'Mercator d.d.' }] }],
  ])('a Privacy Shield transfer on %s', async (_activity, change) => {
    const { app, exported, target } = await exportFrom((document) => {
      document.activities.push(withPrivacyShield(activity(ids.otherActivity, 'Analytics', change)));
    });
    const check = await app.call('checkRegister', { language: 'en' });
    // The checks do find the error; it is only not the policy's.
    expect(check.findings).toContainEqual(
      expect.objectContaining({ rule: 'transfer-mechanism-invalid', severity: 'error', record: expect.objectContaining({ id: ids.otherActivity }) }),
    );
    expect(exported).toMatchObject({ path: target });
  });

  it('an error of a rule the policy does not rest on: a processor without a contract', async () => {
    const { app, exported, target } = await exportFrom((document) => {
      delete document.processors[0]!.dpa;
    });
    const check = await app.call('checkRegister', { language: 'en' });
    expect(check.findings.map((finding) => finding.rule)).toContain('processor-contract-missing');
    expect(exported).toMatchObject({ path: target });
  });

  it('an error of another organisation in the same register', async () => {
    const { app, exported, target } = await exportFrom((document) => {
      document.organisations.push(organisation(ids.otherOrganisation, 'Sava Retail d.o.o.', { address: undefined, email: undefined }));
      document.activities.push(withPrivacyShield(activity(ids.otherActivity, 'Loyalty card', { organisationId: ids.otherOrganisation })));
    });
    const other = await app.call('checkRegister', { language: 'en', organisationId: ids.otherOrganisation });
    expect(other.findings.map((finding) => finding.rule).sort()).toEqual(['controller-contact-missing', 'transfer-mechanism-invalid']);
    expect(exported).toMatchObject({ path: target });
  });

  it('an error the DPO has accepted, with the reason; reopened, it holds the policy back again', async () => {
    const { app, exported, folder } = await exportFrom(shieldOnPayroll);
    const [finding] = 'blocked' in exported ? exported.blocked : [];
    expect(finding?.rule).toBe('transfer-mechanism-invalid');
    await app.call('acceptFinding', { key: finding!.key, reason: 'The transfer ended in 2020; the record is being corrected' });
    const again = path.join(folder, 'accepted.html');
    expect(await app.call('exportPolicy', { language: 'en', format: 'html', path: again })).toMatchObject({ path: again });

    await app.call('reopenFinding', { key: finding!.key });
    const reopened = await app.call('exportPolicy', { language: 'en', format: 'html', path: path.join(folder, 'reopened.html') });
    expect(blockedRules(reopened)).toEqual(['transfer-mechanism-invalid']);
    expect(existsSync(path.join(folder, 'reopened.html'))).toBe(false);
  });
});
