// What a link carries beyond the view: the reader's edits in order, the layout and the viewport,
// read back exactly, with anything malformed left out rather than trusted.
import { editToken, readExtras, withExtras } from '../../client/view/picture-link';

describe('the picture a link reopens', () => {
  it('writes edits, layout and viewport beside the view and reads them back', () => {
    const link = withExtras('http://x.test/?view=funds&lang=ja', {
      edits: [editToken('expand', 'openai'), editToken('remove', 'xai'), editToken('collapse', 'meta')],
      layout: 'concentric',
      at: { zoom: 1.23456, x: 10.4, y: -3.6 },
    });
    const url = new URL(link);
    expect(url.searchParams.get('view')).toBe('funds');
    expect(url.searchParams.get('lang')).toBe('ja');
    expect(readExtras(url.search)).toEqual({
      edits: ['+openai', '-xai', '~meta'],
      layout: 'concentric',
      at: { zoom: 1.235, x: 10, y: -4 },
    });
  });

  it('leaves out the default layout and clears extras that are no longer there', () => {
    const link = withExtras('http://x.test/?view=all&edits=%2Bopenai&at=1,2,3&layout=breadthfirst', { edits: [], layout: 'fcose' });
    expect(new URL(link).search).toBe('?view=all');
  });

  it('ignores malformed edits, unknown layouts and a broken viewport', () => {
    expect(readExtras('?edits=%2Bopenai,drop table,-Bad_Id,~ok-id&layout=circle&at=0,1,2')).toEqual({ edits: ['+openai', '~ok-id'] });
  });
});
