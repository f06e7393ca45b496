// The view store holds what the picture shows and is the only writer of the URL and the browser
// history: a view change the reader can go back to is pushed and undoable, a tweak of the same
// view (legend, language) replaces the entry. History and location are injected, so it runs without a DOM.
import { Emitter } from '../events';
import { decodeState, encodeState, type ViewState } from '../graph/view-state';
import type { UndoStack } from './undo-stack';

export interface HistoryPort {
  pushState(data: null, unused: string, url: string): void;
  replaceState(data: null, unused: string, url: string): void;
}
export interface LocationPort {
  readonly search: string;
}

interface ViewEvents extends Record<string, unknown> {
  /** The state changed to one that needs a new picture (navigation, back, undo, redo). */
  navigated: ViewState;
}

export class ViewStore extends Emitter<ViewEvents> {
  private current: ViewState;

  constructor(
    private readonly history: HistoryPort,
    private readonly location: LocationPort,
    private readonly undo: UndoStack,
  ) {
    super();
    this.current = decodeState(location.search);
  }

  get state(): ViewState {
    return this.current;
  }

  /** Goes to a new view: a new history entry, an undoable step, and a new picture. */
  navigate(next: ViewState, title = 'Change the view'): void {
    const previous = this.current;
    this.undo.push({ title, undo: () => this.show(previous), redo: () => this.show(next) });
    this.show(next);
  }

  /** Changes the current view in place (no new picture, no history entry): legend, language. */
  replace(next: ViewState): void {
    this.current = next;
    this.history.replaceState(null, '', `?${encodeState(next)}`);
  }

  /** The browser moved through its history (back, forward): the URL is the truth. */
  popped(): void {
    this.current = decodeState(this.location.search);
    this.emit('navigated', this.current);
  }

  private show(state: ViewState): void {
    this.current = state;
    this.history.pushState(null, '', `?${encodeState(state)}`);
    this.emit('navigated', state);
  }
}
