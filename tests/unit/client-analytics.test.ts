// The picture's analytics choices: kept in the URL (a tampered value ignored), scores turned into
// node sizes, and the stylesheet letting a measure's size and a group's colour win over the kind's.
import { groupColour, MAX_SIZE, MIN_SIZE, OTHER_GROUPS, sizesFor } from '../../client/canvas/analytics-paint';
import { stylesheet } from '../../client/graph/stylesheet';
import { decodeState, encodeState, type ViewState } from '../../client/graph/view-state';
import { schemaDocument } from '../../server/api/meta.routes';

describe('the analytics choice in the URL', () => {
  it('round-trips the measure that sizes nodes and the colouring by community', () => {
    const state: ViewState = { view: 'all', size: 'pagerank', groups: true, lang: 'en' };
    expect(encodeState(state)).toBe('view=all&size=pagerank&groups=1');
    expect(decodeState(encodeState(state))).toEqual(state);
  });
  it('ignores a measure it does not know and any other value of groups', () => {
    expect(decodeState('view=all&size=fame&groups=yes')).toEqual({ view: 'all', lang: 'en' });
  });
});

describe('node sizes from scores', () => {
  it('gives the top score the largest size and grows the area, not the width, with the score', () => {
    const sizes = sizesFor([
      { id: 'top', score: 0.4 },
      { id: 'quarter', score: 0.1 },
      { id: 'none', score: 0 },
    ]);
    expect(sizes.get('top')).toBe(MAX_SIZE);
    expect(sizes.get('quarter')).toBe(Math.round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) / 2));
    expect(sizes.get('none')).toBe(MIN_SIZE);
  });
  it('draws everything at the smallest size when every score is zero', () => {
    expect([...sizesFor([{ id: 'a', score: 0 }]).values()]).toEqual([MIN_SIZE]);
  });
  it('gives the largest groups their own colours and the rest one grey', () => {
    expect(new Set([0, 1, 2, 3, 4, 5, 6, 7, 8].map(groupColour)).size).toBe(9);
    expect(groupColour(9)).toBe(OTHER_GROUPS);
  });
});

describe('the stylesheet', () => {
  it('lets a measure\u2019s size and a group\u2019s colour win over the kind\u2019s (they come after)', () => {
    const rules = stylesheet(schemaDocument());
    const at = (selector: string) => rules.findIndex((r) => r.selector === selector);
    expect(rules[at('node[measureSize]')].style).toEqual({ width: 'data(measureSize)', height: 'data(measureSize)' });
    expect(rules[at('node[groupColour]')].style).toEqual({ 'background-color': 'data(groupColour)' });
    const lastKindRule = Math.max(...rules.map((r, i) => (String(r.selector).startsWith('node[kind') ? i : -1)));
    expect(at('node[measureSize]')).toBeGreaterThan(lastKindRule);
    expect(at('node[groupColour]')).toBeGreaterThan(lastKindRule);
  });
});
