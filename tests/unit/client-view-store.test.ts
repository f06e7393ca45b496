// The view store is the only writer of the URL and the history: navigating pushes an entry and an
// undoable step, back reads the URL, undo and redo move between states. No DOM: history and
// location are stand-ins that record what the store does to them.
import { encodeState, type ViewState } from '../../client/graph/view-state';
import { UndoStack } from '../../client/view/undo-stack';
import { ViewStore, type HistoryPort, type LocationPort } from '../../client/view/view-store';

/** A browser history in memory: entries, the current one, and what each call did. */
class MemoryHistory implements HistoryPort, LocationPort {
  entries: string[];
  at = 0;
  calls: string[] = [];
  constructor(search: string) {
    this.entries = [search];
  }
  get search() {
    return this.entries[this.at];
  }
  pushState(_data: null, _unused: string, url: string) {
    this.entries = [...this.entries.slice(0, this.at + 1), url];
    this.at++;
    this.calls.push(`push ${url}`);
  }
  replaceState(_data: null, _unused: string, url: string) {
    this.entries[this.at] = url;
    this.calls.push(`replace ${url}`);
  }
  back() {
    this.at--;
  }
}

const funds: ViewState = { view: 'funds', lang: 'en' };
const musk: ViewState = { view: 'funds', focus: 'elon-musk', lang: 'en' };

function setUp(search = '?view=all') {
  const history = new MemoryHistory(search);
  const undo = new UndoStack();
  const store = new ViewStore(history, history, undo);
  const navigated: ViewState[] = [];
  store.on('navigated', (s) => navigated.push(s));
  return { history, undo, store, navigated };
}

describe('the view store', () => {
  it('starts from the URL it was opened with', () => {
    expect(setUp('?view=claims&lang=ja').store.state).toEqual({ view: 'claims', lang: 'ja' });
  });

  it('navigates: a new history entry, a new picture asked for, an undoable step', () => {
    const { history, store, navigated, undo } = setUp();
    store.navigate(funds, 'Show who funds whom');
    expect(store.state).toEqual(funds);
    expect(history.calls).toEqual([`push ?${encodeState(funds)}`]);
    expect(navigated).toEqual([funds]);
    expect(undo.undo()?.title).toBe('Show who funds whom');
  });

  it('replaces the entry in place for a tweak of the same view, without a new picture', () => {
    const { history, store, navigated } = setUp();
    store.replace({ view: 'all', lang: 'ja', hideKinds: ['Claim'] });
    expect(history.calls).toEqual(['replace ?view=all&hideKinds=Claim&lang=ja']);
    expect(history.entries).toHaveLength(1);
    expect(navigated).toEqual([]);
  });

  it('goes back to the state the URL holds after the browser moved back', () => {
    const { history, store, navigated } = setUp();
    store.navigate(funds);
    store.navigate(musk);
    history.back();
    store.popped();
    expect(store.state).toEqual(funds);
    expect(navigated).toEqual([funds, musk, funds]);
    expect(history.calls).toHaveLength(2);
  });

  it('undoes and redoes navigation, each as a new history entry', () => {
    const { history, store, undo, navigated } = setUp();
    store.navigate(funds);
    store.navigate(musk);
    undo.undo();
    expect(store.state).toEqual(funds);
    undo.undo();
    expect(store.state).toEqual({ view: 'all', lang: 'en' });
    expect(undo.undo()).toBeUndefined();
    undo.redo();
    undo.redo();
    expect(store.state).toEqual(musk);
    expect(undo.redo()).toBeUndefined();
    expect(navigated).toEqual([funds, musk, funds, { view: 'all', lang: 'en' }, funds, musk]);
    expect(history.entries.slice(-1)).toEqual([`?${encodeState(musk)}`]);
  });

  it('forgets what was undone once the reader goes somewhere new', () => {
    const { store, undo } = setUp();
    store.navigate(funds);
    undo.undo();
    store.navigate(musk);
    expect(undo.redo()).toBeUndefined();
    undo.undo();
    expect(store.state).toEqual({ view: 'all', lang: 'en' });
  });
});
