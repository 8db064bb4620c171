// The command line speaks the person's language: --lang when it is an interface language, else the locale (LC_ALL,
// LC_MESSAGES, LANG), else English. Summary lines, notes, usage errors and the backend's refusals follow it; what a
// script parses (--json, the exchange file on standard output) is the same whatever the language.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ropa, tempDir, type Locale } from '../../support/cli.ts';
// In-process where the test is about what a command prints (see cli-in-process.ts); spawned where it is about the
// process's own environment.
import { ropaInProcess } from '../../support/cli-in-process.ts';
import { fixturePath } from '../../support/fixtures.ts';

const UKRAINIAN: Locale = { LANG: 'uk_UA.UTF-8' };
const BULGARIAN: Locale = { LANG: 'bg_BG.UTF-8' };
const SLOVENIAN: Locale = { LC_ALL: 'sl_SI.UTF-8', LANG: 'en_GB.UTF-8' };

let register: string;
beforeAll(async () => {
  register = path.join(tempDir('ropa-messages-'), 'register.ropa');
  expect((await ropaInProcess(['init', register])).status).toBe(0);
  expect((await ropaInProcess(['import', register, fixturePath('bytheway-en')])).status).toBe(0);
});

describe('a command line refused before any command runs', () => {
  it('is refused in the locale’s language: an unknown command, an unknown option, an option without its value', () => {
    const unknown = ropa(['frobnicate'], { locale: BULGARIAN });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('ropa: непозната команда „frobnicate“. Помощ: ropa --help.\n');
    const option = ropa(['check', register, '--frob'], { locale: BULGARIAN });
    expect(option.status).toBe(2);
    expect(option.stderr).toBe('ropa: непознат параметър --frob. Помощ: ropa --help.\n');
    const value = ropa(['report', register, '--out'], { locale: BULGARIAN });
    expect(value.status).toBe(2);
    expect(value.stderr).toBe('ropa: параметърът --out изисква стойност. Помощ: ropa --help.\n');
  });

  it('is refused in English in the C locale, and in the language of --lang over the locale', () => {
    expect(ropa(['frobnicate', '--json'], { locale: { LANG: 'C' } }).stderr).toBe(`ropa: unknown command "frobnicate". See 'ropa --help'.\n`);
    expect(ropa(['frobnicate', '--lang', 'uk'], { locale: BULGARIAN }).stderr).toBe('ropa: невідома команда «frobnicate». Довідка: ropa --help.\n');
  });

  it('names the command’s usage in the language of the messages, the syntax as the help gives it', async () => {
    const run = await ropaInProcess(['check'], { locale: SLOVENIAN });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^ropa: uporaba: ropa check <register\.ropa> \[--json\] /);
  });

  it('gives the command’s own refusals in the language of the messages, and leaves --lang de to the locale', async () => {
    const run = await ropaInProcess(['check', register, '--lang', 'de'], { locale: UKRAINIAN });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('ropa: --lang de: результати перевірок доступні такими мовами: en, uk, bg, sl\n');
  });
});

describe('ropa check in another language', () => {
  it('prints the findings and the counts in --lang uk, and the same under a Ukrainian locale without --lang', async () => {
    const withLang = await ropaInProcess(['check', register, '--lang', 'uk']);
    expect(withLang.status).toBe(4);
    expect(withLang.stdout.trim().split('\n').at(-1)).toMatch(/^Помилка: \d+ · Попередження: \d+ · Примітка: \d+$/);
    const fromLocale = await ropaInProcess(['check', register], { locale: UKRAINIAN });
    expect(fromLocale.stdout).toBe(withLang.stdout);
  });

  it('prints the same --json whatever the locale', async () => {
    const english = await ropaInProcess(['check', register, '--json']);
    expect(english.stdout.startsWith('[\n')).toBe(true);
    for (const locale of [UKRAINIAN, BULGARIAN, SLOVENIAN]) {
      const run = await ropaInProcess(['check', register, '--json'], { locale });
      expect(run.status).toBe(english.status);
      expect(run.stdout).toBe(english.stdout);
    }
  });
});

describe('ropa report in Slovenian', () => {
  it('says what it wrote, and lists the register checks’ errors and warnings, in the language of the locale', async () => {
    const out = path.join(tempDir('ropa-messages-report-'), 'register.pdf');
    const run = await ropaInProcess(['report', register, '--out', out], { locale: SLOVENIAN });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /^Datoteka .*register\.pdf je zapisana: \d+ strani, 9 dejavnosti, jezik en; preverjanja evidence: \d+ napak[aei]?, \d+ opozoril[aio]? \(ropa check\)\.\n$/,
    );
    const lines = run.stderr.split('\n').filter((line) => line !== '');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^(napaka|opozorilo): .*\[[a-z-]+\]$/);
  });
});

describe('a merge previewed in Bulgarian', () => {
  it('describes the merge in the language of the messages; --json is the same as in English', async () => {
    const run = await ropaInProcess(['import', register, fixturePath('btc-sl'), '--dry-run'], { locale: BULGARIAN });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Двустранно обединяване: файлът не е експортиран от този регистър');
    expect(run.stdout).toMatch(/^нов +организация \S+ „BTC, d\.d\.“$/m);
    expect(run.stdout.endsWith('Нищо не е записано (--dry-run).\n')).toBe(true);

    const json = await ropaInProcess(['import', register, fixturePath('btc-sl'), '--dry-run', '--json'], { locale: BULGARIAN });
    const english = await ropaInProcess(['import', register, fixturePath('btc-sl'), '--dry-run', '--json']);
    expect(json.stdout).toBe(english.stdout);
  });
});

describe('what a script reads', () => {
  it('the exchange file on standard output is the same whatever the language', async () => {
    const withoutTime = (text: string) => text.replace(/"exportedAt": ?"[^"]+"/, '"exportedAt": ""');
    const english = await ropaInProcess(['export', register, '--out', '-']);
    expect(english.status).toBe(0);
    for (const locale of [UKRAINIAN, BULGARIAN, SLOVENIAN]) {
      const run = await ropaInProcess(['export', register, '--out', '-'], { locale });
      expect(withoutTime(run.stdout)).toBe(withoutTime(english.stdout));
    }
    const withLang = await ropaInProcess(['export', register, '--out', '-', '--lang', 'uk']);
    expect(withoutTime(withLang.stdout)).toBe(withoutTime(english.stdout));
  });
});

describe('the backend’s refusals', () => {
  it('come back in the language of the command line', async () => {
    const run = await ropaInProcess(['backups', 'restore', register, '20200101T000000000Z-daily.ropa', '--lang', 'uk']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('«20200101T000000000Z-daily.ropa»');
    expect(run.stderr).not.toContain('There is no backup');
    const english = await ropaInProcess(['backups', 'restore', register, '20200101T000000000Z-daily.ropa']);
    expect(english.stderr).toContain('There is no backup "20200101T000000000Z-daily.ropa"');
  });
});
