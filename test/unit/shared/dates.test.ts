// Dates as a person types them into the editors (01/12/2027 in English as written in Europe, or 2027-12-01), and the
// next review an activity gets a year after its last.
import { describe, expect, it } from 'vitest';
import { addYears, defaultNextReview, parseTypedDate } from '../../../shared/model/dates.ts';

describe('a typed date', () => {
  it('is read day first in a day-first locale: 01/12/2027 is 1 December 2027', () => {
    expect(parseTypedDate('01/12/2027', 'dmy')).toBe('2027-12-01');
    expect(parseTypedDate('1/12/2027', 'dmy')).toBe('2027-12-01');
    expect(parseTypedDate('31.12.2027', 'dmy')).toBe('2027-12-31');
    expect(parseTypedDate('31-12-2027', 'dmy')).toBe('2027-12-31');
    expect(parseTypedDate('1. 12. 2027', 'dmy')).toBe('2027-12-01');
    expect(parseTypedDate('  01/12/2027  ', 'dmy')).toBe('2027-12-01');
  });

  it('is read month first only where the locale writes it so', () => {
    expect(parseTypedDate('01/12/2027', 'mdy')).toBe('2027-01-12');
    expect(parseTypedDate('12/31/2027', 'mdy')).toBe('2027-12-31');
    expect(parseTypedDate('12/31/2027', 'dmy')).toBeUndefined();
  });

  it('is read as YYYY-MM-DD in every locale, as the exchange format writes it', () => {
    for (const order of ['dmy', 'mdy', 'ymd'] as const) {
      expect(parseTypedDate('2027-12-01', order)).toBe('2027-12-01');
      expect(parseTypedDate('2027/12/1', order)).toBe('2027-12-01');
    }
  });

  it('takes a two-digit year as this century', () => {
    expect(parseTypedDate('1/12/27', 'dmy')).toBe('2027-12-01');
  });

  it('is no date when the day does not exist or the text is not a date', () => {
    for (const typed of ['31/02/2027', '29/02/2027', '00/12/2027', '01/13/2027', '2027-13-01', 'next Tuesday', '01/12', '', '01/12/202', '2027-12-01T10:00']) {
      expect(parseTypedDate(typed, 'dmy'), typed).toBeUndefined();
    }
    expect(parseTypedDate('29/02/2028', 'dmy')).toBe('2028-02-29');
  });
});

describe('a year later', () => {
  it('is the same day of the next year, or 28 February after a 29th', () => {
    expect(addYears('2026-06-01', 1)).toBe('2027-06-01');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2026-12-31', 1)).toBe('2027-12-31');
  });
});

describe('the next review proposed when the last review is set', () => {
  it('is a year after the last one while no next review is set', () => {
    expect(defaultNextReview('2026-06-01', undefined)).toBe('2027-06-01');
    expect(defaultNextReview('2026-06-01', '')).toBe('2027-06-01');
  });

  it('never replaces a next review already set', () => {
    expect(defaultNextReview('2026-06-01', '2026-09-01')).toBeUndefined();
  });

  it('is none while the last review is not a date', () => {
    expect(defaultNextReview(undefined, undefined)).toBeUndefined();
    expect(defaultNextReview('01/06/2026', undefined)).toBeUndefined();
    expect(defaultNextReview('2026-02-30', undefined)).toBeUndefined();
  });
});
