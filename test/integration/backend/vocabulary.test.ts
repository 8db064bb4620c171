// `listVocabulary`: the texts the register's activities already use in a list field, which the activity editor
// suggests beside the built-in lists. Each use counts (the most used is suggested first), in the default language.
import { describe, expect, it } from 'vitest';
import { activityDraft, organisationDraft, startWithRegister } from './support.ts';

describe('the register vocabulary', () => {
  it('lists every use of a text in a list field, translated texts in the default language, special categories marked', async () => {
    const { call } = await startWithRegister();
    const organisation = await call('saveOrganisation', { record: organisationDraft() });
    await call('saveActivity', {
      record: activityDraft(organisation.id, 'Payroll', {
        dataSubjects: ['Employees', { en: 'Former employees', sl: 'Nekdanji zaposleni' }],
        dataCategories: [{ name: 'Bank account details' }, { name: { en: 'Sick leave', sl: 'Bolniški dopust' }, special: true }],
        recipients: ['Tax authority'],
      }),
    });
    await call('saveActivity', { record: activityDraft(organisation.id, 'Recruitment', { securityMeasures: ['Encryption at rest'] }) });

    expect(await call('listVocabulary', { field: 'dataSubjects' })).toEqual([{ text: 'Employees' }, { text: 'Former employees' }, { text: 'Employees' }]);
    expect(await call('listVocabulary', { field: 'dataCategories' })).toEqual([
      { text: 'Bank account details' },
      { text: 'Sick leave', special: true },
      { text: 'Bank account details' },
    ]);
    expect(await call('listVocabulary', { field: 'recipients' })).toEqual([{ text: 'Tax authority' }]);
    expect(await call('listVocabulary', { field: 'securityMeasures' })).toEqual([{ text: 'Encryption at rest' }]);
  });
});
