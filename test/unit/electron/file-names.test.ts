// The one place that turns a register's (or organisation's) name into the file name a Save dialog suggests.
import { describe, expect, it } from 'vitest';
import {
  colleagueFileName,
  fileSafe,
  policyFileName,
  registerFileName,
  reportFileName,
  withExtension,
} from '../../../electron/main/backend/files/file-names.ts';

describe('the file names the app suggests', () => {
  it('gives a new register one .ropa, never two', () => {
    expect(registerFileName('HR: staff/records')).toBe('HR staff records.ropa');
    expect(registerFileName('Acme register')).toBe('Acme register.ropa');
  });

  it('leaves out what file systems refuse and cannot walk out of the folder', () => {
    expect(registerFileName('Acme: HR/Payroll <2025>?')).toBe('Acme HR Payroll 2025.ropa');
    expect(registerFileName('../../etc/passwd')).toBe('etc passwd.ropa');
    expect(registerFileName('a\\b|c*d"e\u0000f\nG')).toBe('a b c d e f G.ropa');
    // A leading dot would hide the file.
    expect(registerFileName('..hidden ')).toBe('hidden.ropa');
    // Windows keeps device names whatever the extension.
    expect(registerFileName('con')).toBe('con Register.ropa');
    expect(registerFileName('console')).toBe('console.ropa');
  });

  it('falls back to a plain name when nothing is left', () => {
    expect(registerFileName('   ')).toBe('Register.ropa');
    expect(registerFileName('///')).toBe('Register.ropa');
    expect(policyFileName('', 'en', 'html')).toBe('Organisation – privacy policy (en).html');
  });

  it('keeps letters of every script', () => {
    expect(registerFileName('Društvo za varstvo')).toBe('Društvo za varstvo.ropa');
    expect(registerFileName('Реєстр обробки: відділ кадрів')).toBe('Реєстр обробки відділ кадрів.ropa');
    expect(reportFileName('Регистър', 'bg', 3)).toBe('Регистър – регистър по чл. 30 (bg, ред. 3).pdf');
  });

  it('names a document in its own language, English for a language the app does not write documents in', () => {
    expect(reportFileName('Acme', 'en', 4)).toBe('Acme – Art. 30 register (en, rev 4).pdf');
    expect(reportFileName('', 'uk', 4)).toBe('Реєстр – реєстр за ст. 30 (uk, ред. 4).pdf');
    expect(policyFileName('BTC, d.d.', 'sl', 'pdf')).toBe('BTC, d.d. – politika zasebnosti (sl).pdf');
    expect(policyFileName('', 'bg', 'md')).toBe('Организация – политика за поверителност (bg).md');
    expect(reportFileName('Acme', 'de', 1)).toBe('Acme – Art. 30 register (de, rev 1).pdf');
  });

  it('keeps a long name within what file systems allow, in bytes, without cutting a letter', () => {
    const cyrillic = fileSafe('Ж'.repeat(300), 'Register');
    expect(cyrillic).toBe('Ж'.repeat(90));
    const emoji = fileSafe(`${'a'.repeat(179)}😀`, 'Register');
    expect(emoji).toBe('a'.repeat(179));
    for (const language of ['en', 'uk', 'bg', 'sl']) {
      expect(Buffer.byteLength(reportFileName('Ж'.repeat(300), language, 12345), 'utf8')).toBeLessThanOrEqual(255);
      expect(Buffer.byteLength(policyFileName('Ж'.repeat(300), language, 'html'), 'utf8')).toBeLessThanOrEqual(255);
    }
    expect(Buffer.byteLength(colleagueFileName('Ж'.repeat(300), 12345, '.ropa.json'), 'utf8')).toBeLessThanOrEqual(255);
    // A cut that ends on a space does not leave it at the end.
    expect(fileSafe(`${'a'.repeat(179)} b`, 'Register')).toBe('a'.repeat(179));
  });

  it('names the report, the policy and the colleague file by what they hold', () => {
    expect(reportFileName('Acme/HR', 'sl', 2)).toBe('Acme HR – evidenca po členu 30 (sl, razl. 2).pdf');
    expect(policyFileName('Acme d.o.o.', 'sl', 'md')).toBe('Acme d.o.o. – politika zasebnosti (sl).md');
    expect(colleagueFileName('HR', 7, '.xlsx')).toBe('HR – for a colleague (rev 7).xlsx');
  });

  it('adds an extension only when it is not there, in any case', () => {
    expect(withExtension('/d/x', '.ropa')).toBe('/d/x.ropa');
    expect(withExtension('/d/x.ROPA', '.ropa')).toBe('/d/x.ROPA');
    expect(withExtension('/d/x.pdf', '.PDF')).toBe('/d/x.pdf');
  });
});
