import { describe, expect, it } from 'vitest';
import { withNoBreakSpaces } from '../../../../shared/typesetting/no-break-spaces.ts';

const NBSP = '\u00A0';

describe('no-break spaces in legal references', () => {
  it.each([
    ['Art. 6(1)(f) GDPR', `Art.${NBSP}6(1)(f)${NBSP}GDPR`],
    ['under Article 28 and Articles 44 to 49', `under Article${NBSP}28 and Articles${NBSP}44 to 49`],
    ['točka (a) člena 9(2) GDPR', `točka (a) člena${NBSP}9(2)${NBSP}GDPR`],
    ['čl. 32 in člen 45', `čl.${NBSP}32 in člen${NBSP}45`],
    ['чл. 6, пар. 1 от ОРЗД', `чл.${NBSP}6, пар.${NBSP}1 от ОРЗД`],
    ['чл. 9 ОРЗД', `чл.${NBSP}9${NBSP}ОРЗД`],
    ['ст. 9(2)(a) GDPR', `ст.${NBSP}9(2)(a)${NBSP}GDPR`],
  ])('keeps %s together', (text, expected) => {
    expect(withNoBreakSpaces(text)).toBe(expected);
  });

  it('leaves words that only end like an abbreviation, and text without numbers, as they were', () => {
    expect(withNoBreakSpaces('Smart. 6 items')).toBe('Smart. 6 items');
    expect(withNoBreakSpaces('The Article on GDPR')).toBe('The Article on GDPR');
    expect(withNoBreakSpaces('in 2024 GDPRS')).toBe('in 2024 GDPRS');
  });
});
