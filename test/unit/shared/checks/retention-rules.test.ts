// A time limit that sets no limit ("as long as necessary", "indefinitely") is not the time limit for erasure of
// Art. 30(1)(f), in any of the register's four languages; a period or an event that ends the keeping is.
import { describe, expect, it } from 'vitest';
import { ACTIVITY, activity, expectFound, expectQuiet, findingsOf } from './register-builder.ts';

const onTheActivity = (field: string) => [{ type: 'activity' as const, id: ACTIVITY, field }];
const withRetention = (retention: unknown, defaultLanguage = 'en') => findingsOf({ defaultLanguage, activities: [activity(ACTIVITY, { retention })] });

describe('retention-vague', () => {
  it('fires when the time limit gives neither a period nor an event, quoting it', () => {
    const [finding] = expectFound(withRetention('As long as necessary'), 'retention-vague', onTheActivity('retention'));
    expect(finding?.message).toBe('The time limit “As long as necessary” gives neither a period nor an event that ends it.');
    expect(finding?.severity).toBe('warning');
    expect(finding?.source).toBe('Art. 5(1)(e), Art. 30(1)(f) and Art. 13(2)(a) GDPR');
  });

  it.each(['For as long as is necessary', 'Indefinitely', 'Kept permanently', 'Forever', 'Unlimited', 'No time limit', 'Not specified'])(
    'fires for the English “%s”',
    (text) => {
      expectFound(withRetention(text), 'retention-vague', onTheActivity('retention'));
    },
  );

  it.each([
    ['uk', 'Стільки, скільки необхідно'],
    ['uk', 'Безстроково'],
    ['uk', 'Необмежений строк'],
    ['uk', 'Постійно'],
    ['bg', 'Толкова дълго, колкото е необходимо'],
    ['bg', 'Безсрочно'],
    ['bg', 'Колкото е необходимо'],
    ['bg', 'Срокът не е определен'],
    ['sl', 'Toliko časa, kolikor je potrebno'],
    ['sl', 'Trajno'],
    ['sl', 'Dokler je potrebno'],
    ['sl', 'Nedoločen čas'],
    ['sl', 'Rok hrambe ni določen.'],
  ])('fires for the %s phrase “%s”', (language, text) => {
    expectFound(withRetention(text, language), 'retention-vague', onTheActivity('retention'));
  });

  it('fires on a data category’s own limit, naming the category', () => {
    const dataCategories = [{ name: 'Delivery address' }, { name: 'Purchase history', retention: 'indefinitely' }];
    const findings = findingsOf({ activities: [activity(ACTIVITY, { dataCategories })] });
    const [finding] = expectFound(findings, 'retention-vague', onTheActivity('dataCategories[1].retention'));
    expect(finding?.message).toBe('The time limit for “Purchase history”, “indefinitely”, gives neither a period nor an event that ends it.');
  });

  it('fires when every translation of the limit is vague', () => {
    expectFound(withRetention({ en: 'Indefinitely', uk: 'Безстроково', sl: 'Trajno' }), 'retention-vague', onTheActivity('retention'));
  });

  it('fires on a draft too', () => {
    const findings = findingsOf({ activities: [activity(ACTIVITY, { status: 'draft', retention: 'Indefinitely' })] });
    expectFound(findings, 'retention-vague', onTheActivity('retention'));
  });

  it.each([
    ['en', '24 months after the last order'],
    ['en', 'Until consent is withdrawn'],
    ['en', 'Three years'],
    ['en', '10 years after the end of employment (accounting law)'],
    ['en', 'Until the end of the User’s session on the Platform.'],
    ['uk', 'до закінчення договору'],
    ['uk', '6 місяців після заповнення вакансії'],
    ['uk', '30 днів'],
    ['bg', '5 години след прекратяване'],
    ['bg', 'До оттегляне на съгласието'],
    ['bg', '24 месеца след последната поръчка'],
    ['sl', '5 let po prenehanju pogodbe'],
    ['sl', 'Do preklica privolitve'],
    ['sl', '30 dni'],
    ['sl', 'Šest let'],
  ])('stays quiet for the %s limit “%s”', (language, text) => {
    expectQuiet(withRetention(text, language), 'retention-vague');
  });

  it('stays quiet when a vague phrase comes with a period', () => {
    expectQuiet(withRetention('As long as necessary, at most 5 years'), 'retention-vague');
  });

  it('stays quiet when one translation gives a period, though another is vague', () => {
    expectQuiet(withRetention({ en: 'Indefinitely', sl: '10 let' }), 'retention-vague');
  });

  it('leaves a placeholder to retention-missing', () => {
    const findings = withRetention('TBD');
    expectQuiet(findings, 'retention-vague');
    expectFound(findings, 'retention-missing', onTheActivity('retention'));
  });
});
