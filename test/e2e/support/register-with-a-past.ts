// A register with a history of two months, made through the backend with a clock set in the past (as a DPO's
// register would have grown): the end-to-end tests of the History screen, the view as of a date and the comparison
// open it in the app, whose clock is today's.
import path from 'node:path';
import { createBackend } from '../../../electron/main/backend/index.ts';
import type { CommandInput, CommandName, CommandOutputs } from '../../../shared/ipc/contract.ts';
import type { App } from './app.ts';

const DAY = 86_400_000;

/** Days before now, at 10:00 UTC: the moments the register's history is written at. */
export function daysAgo(days: number): Date {
  const moment = new Date(Date.now() - days * DAY);
  moment.setUTCHours(10, 0, 0, 0);
  return moment;
}

/**
 * Sixty days ago: Payroll and Hiring, using CloudPay; ten days ago: Payroll gains a purpose and MailFlow, Hiring is
 * deleted, CloudPay's contact changes. Returns the register's file (closed, ready to open in the app).
 */
export async function registerWithAPast(app: App): Promise<string> {
  let now = daysAgo(60);
  const backend = createBackend({
    dataDir: path.join(app.dataDir, 'made-earlier'),
    host: { nativeDialogs: false, chooseRegisterToOpen: async () => null, chooseRegisterToCreate: async () => null },
    actor: 'ana.novak@sava.example',
    clock: () => new Date(now),
    systemLanguages: () => ['en-GB'],
  });
  const call = async <Name extends CommandName>(name: Name, input: CommandInput<Name>): Promise<CommandOutputs[Name]> => {
    const result = await backend.invoke(name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value as CommandOutputs[Name];
  };
  const registerPath = path.join(app.dataDir, 'Sava Logistics.ropa');
  try {
    await call('createFile', { path: registerPath, name: 'Sava Logistics register', defaultLanguage: 'en' });
    const organisation = await call('saveOrganisation', { record: { name: 'Sava Logistics d.o.o.', country: 'SI' } });
    const cloudPay = await call('saveProcessor', { record: { name: 'CloudPay GmbH', country: 'DE', contact: 'privacy@cloudpay.example' } });
    const activity = (name: string, purposes: string[], processorIds: string[]) => ({
      organisationId: organisation.id,
      role: 'controller' as const,
      name,
      purposes,
      legalBases: [{ basis: 'contract' as const }],
      dataSubjects: ['Employees'],
      dataCategories: [{ name: 'Bank account details' }],
      retention: '10 years',
      processorIds,
      public: true,
      status: 'active' as const,
    });
    const payroll = await call('saveActivity', { record: activity('Payroll', ['Paying salaries'], [cloudPay.id]) });
    const hiring = await call('saveActivity', { record: activity('Hiring', ['Choosing candidates'], []) });

    now = daysAgo(10);
    const mailFlow = await call('saveProcessor', { record: { name: 'MailFlow Inc.', country: 'US' } });
    await call('saveActivity', { record: { ...payroll, purposes: ['Paying salaries', 'Paying pensions'], processorIds: [cloudPay.id, mailFlow.id] } });
    await call('deleteActivity', { id: hiring.id });
    await call('saveProcessor', { record: { ...cloudPay, contact: 'dpo@cloudpay.example' } });
  } finally {
    backend.close();
  }
  return registerPath;
}
