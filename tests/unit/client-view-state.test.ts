// The view survives a round trip through the URL, and a tampered URL is ignored, not trusted.
import { decodeState, encodeState, type ViewState } from '../../client/graph/view-state';

describe('view state in the URL', () => {
  it('round-trips focus, filters, date, path and language', () => {
    const state: ViewState = {
      view: 'funds',
      focus: 'elon-musk',
      depth: 2,
      kinds: ['Person'],
      types: ['INVESTED_IN'],
      asOf: '2023-06',
      path: ['elon-musk', 'microsoft'],
      hideKinds: ['Claim', 'Source'],
      hideTypes: ['ABOUT'],
      lang: 'ja',
    };
    expect(decodeState(encodeState(state))).toEqual(state);
  });
  it('falls back to the default view on nonsense', () => {
    expect(decodeState('view=<script>&focus=Robert%27);DROP&depth=99&asOf=yesterday')).toEqual({ view: 'all', lang: 'en' });
  });
});
