import { describe, expect, it } from 'vitest';
import { hyphenatedToFit, syllablesOf } from '../../../../shared/typesetting/hyphenation.ts';

/** A column that holds `characters` characters: every character one unit wide. */
const column = (characters: number) => (piece: string) => piece.length <= characters;

describe('hyphenation of words too long for their column', () => {
  it('finds the break points of each language', () => {
    expect(syllablesOf('обработване', 'bg').join('-')).toBe('об-ра-бот-ва-не');
    expect(syllablesOf('processing', 'en').length).toBeGreaterThan(1);
    expect(syllablesOf('obdelovalcev', 'sl').length).toBeGreaterThan(1);
    expect(syllablesOf('оброблення', 'uk').length).toBeGreaterThan(1);
  });

  it('breaks at a syllable with a visible hyphen, each piece as long as the column allows', () => {
    expect(hyphenatedToFit('обработване', 'bg', column(9))).toBe('обработ-ване');
    const pieces = hyphenatedToFit('administratorja', 'sl', column(6)).split('-');
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.slice(0, -1).every((piece) => piece.length + 1 <= 6)).toBe(true);
    expect(pieces.join('')).toBe('administratorja');
  });

  it('never lets two pieces share a line, where the hyphen would show mid-line', () => {
    const fits = column(7);
    const pieces = hyphenatedToFit('obdelovalcev', 'sl', fits).split('-');
    for (let index = 0; index + 1 < pieces.length; index++) expect(fits(`${pieces[index]}${pieces[index + 1]}`)).toBe(false);
  });

  it('leaves a word it cannot break (one syllable) as it was', () => {
    expect(hyphenatedToFit('strength', 'en', column(3))).toBe('strength');
  });
});
