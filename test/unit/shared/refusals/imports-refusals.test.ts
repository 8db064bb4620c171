// The refusals of the files a register comes in from (shared/refusals/locales/*/imports.json): thrown with their key,
// English in the message, and worded in the caller's language with the file's own names and the schemas' lines untouched.
import { describe, expect, it } from 'vitest';
import { parseExchangeText } from '../../../../shared/exchange/read.ts';
import { refusalText } from '../../../../shared/refusals/refusals.ts';
import { RegisterError } from '../../../../shared/result.ts';
import { refusal, type Problem } from '../../../../shared/spreadsheet/problems.ts';

function refused(read: () => unknown): RegisterError {
  try {
    read();
  } catch (error) {
    if (error instanceof RegisterError) return error;
    throw error;
  }
  throw new Error('nothing was refused');
}

const worded = (error: RegisterError, language: 'en' | 'uk' | 'bg' | 'sl') => error.toFailure((keyed) => refusalText(keyed, language)).message;

describe('a refusal of an imported file', () => {
  it('carries its key and words the file format in the caller language', () => {
    const error = refused(() => parseExchangeText(JSON.stringify({ format: 'ropa-exchange', version: 9 })));
    expect(error.refusal?.key).toBe('imports:exchangeNewerVersion');
    expect(error.message).toBe('version: 9 was made by a newer version of RoPA Desk (this one reads version 1); update the app');
    expect(worded(error, 'uk')).toBe('version: 9 — файл створено новішою версією RoPA Desk (ця читає версію 1); оновіть застосунок');
    expect(error.path).toBe('version');
  });

  it('keeps the reason JSON.parse gives, in English, as a value', () => {
    const error = refused(() => parseExchangeText('{"format": '));
    expect(error.refusal?.key).toBe('imports:exchangeNotJson');
    expect(worded(error, 'sl')).toMatch(/^ni veljaven JSON \(.+\)$/);
  });

  describe('of a spreadsheet with several problems', () => {
    const problems: Problem[] = Array.from({ length: 53 }, (_, index) => ({
      place: `Activities row ${index + 2}, column "role"`,
      message: '"boss" is not one of Controller, Joint controller, Processor',
      path: `activities[${index}].role`,
      order: [3, index + 2],
    }));

    it('words the count and the "and more" line, each problem line as the schemas wrote it', () => {
      const error = refusal(problems);
      const lines = worded(error, 'uk').split('\n');
      expect(lines[0]).toBe('містить 53 помилки; виправте помилки й імпортуйте файл знову:');
      expect(lines[1]).toBe('Activities row 2, column "role": "boss" is not one of Controller, Joint controller, Processor');
      expect(lines.at(-1)).toBe('і ще 3');
      expect(worded(refusal(problems.slice(0, 5)), 'sl').split('\n')[0]).toBe('vsebuje 5 napak; popravite napake in datoteko znova uvozite:');
      expect(worded(refusal(problems.slice(0, 2)), 'bg').split('\n')).toHaveLength(3);
    });

    it('keeps every problem as an issue, and the path of the first', () => {
      const error = refusal(problems);
      expect(error.issues).toHaveLength(53);
      expect(error.path).toBe('activities[0].role');
      expect(error.message.split('\n')[0]).toBe('has 53 problems; correct them and import the file again:');
    });
  });
});
