import { describe, expect, it } from 'vitest';
import { allShownToggled, keptShown, shownSelection, toggled, withRange } from '../../../../renderer/src/components/register-table/selection.ts';

const ids = ['a', 'b', 'c', 'd', 'e'];
const idAt = (position: number) => ids[position];

describe('selecting rows for a bulk edit', () => {
  it('toggles one row without touching the others', () => {
    expect(toggled(new Set(['a']), 'c')).toEqual(new Set(['a', 'c']));
    expect(toggled(new Set(['a', 'c']), 'a')).toEqual(new Set(['c']));
  });

  it('adds a range, in either direction, to what was selected when the anchor was set', () => {
    expect(withRange(new Set(['e']), 1, 3, idAt)).toEqual(new Set(['e', 'b', 'c', 'd']));
    expect(withRange(new Set(), 3, 1, idAt)).toEqual(new Set(['b', 'c', 'd']));
    // Going back towards the anchor shrinks the range: it is made again from the same base.
    expect(withRange(new Set(), 1, 1, idAt)).toEqual(new Set(['b']));
  });

  it('says how much of the rows shown is selected, and the select-all box selects them or (all selected) none', () => {
    expect(shownSelection(new Set(), ids)).toBe('none');
    expect(shownSelection(new Set(['x']), ids)).toBe('none');
    expect(shownSelection(new Set(['b']), ids)).toBe('some');
    expect(shownSelection(new Set(ids), ids)).toBe('all');
    expect(allShownToggled(new Set(['b']), ['b', 'c'])).toEqual(new Set(['b', 'c']));
    expect(allShownToggled(new Set(['a', 'b', 'c']), ['b', 'c'])).toEqual(new Set(['a']));
  });

  it('drops the rows a search or filter hides, and says when nothing needs dropping', () => {
    expect(keptShown(new Set(['a', 'c']), ['a', 'b'])).toEqual(new Set(['a']));
    expect(keptShown(new Set(['a']), ['a', 'b'])).toBeUndefined();
    expect(keptShown(new Set(), [])).toBeUndefined();
  });
});
