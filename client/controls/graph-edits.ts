// The reader's edits of the picture (expand, collapse, remove), each recorded on the undo stack
// and told on the status line, and kept in order for the link that reopens the picture.
// Double-click expands; Delete removes what is selected.
import { api } from '../api';
import { t } from '../i18n/i18n';
import type { CanvasController } from '../canvas/canvas-controller';
import type { Session } from '../session';
import { setStatus } from '../ui/banner';
import { closePanel } from '../ui/panel';
import { editToken } from '../view/picture-link';
import type { Edit, UndoStack } from '../view/undo-stack';
import type { ViewStore } from '../view/view-store';

export class GraphEdits {
  /** The edits made on the current view, in order, as a link writes them. */
  private log: string[] = [];

  constructor(
    private readonly canvas: CanvasController,
    private readonly store: ViewStore,
    private readonly undo: UndoStack,
    private readonly session: Session,
    /** Told whenever the log changes, so the address can follow it. */
    private readonly onLogChange: () => void = () => undefined,
  ) {
    canvas.on('node-dbltap', (id) => void this.expand(id));
  }

  get edits(): readonly string[] {
    return this.log;
  }

  /** A new view starts from its own picture: the edits of the last one no longer apply. */
  forget(): void {
    this.log = [];
  }

  /** Makes the edits a link names, in its order; one that no longer applies is passed over. */
  async replay(tokens: readonly string[]): Promise<void> {
    for (const token of tokens) {
      const id = token.slice(1);
      if (token[0] === '+') await this.expand(id);
      else if (token[0] === '~') this.collapse(id);
      else this.remove(id);
    }
  }

  /** Puts an edit on the undo stack and in the log; undoing it takes it out of the log again. */
  private record(token: string, edit: Edit): void {
    const log = () => this.log;
    this.undo.push({
      title: edit.title,
      undo: () => {
        edit.undo();
        const at = log().lastIndexOf(token);
        if (at >= 0) log().splice(at, 1);
        this.onLogChange();
      },
      redo: () => {
        edit.redo();
        log().push(token);
        this.onLogChange();
      },
    });
    this.log.push(token);
    this.onLogChange();
  }

  async expand(id: string): Promise<void> {
    try {
      const graph = await api.neighbors(id, 1, 300);
      const { lang } = this.store.state;
      const { added, edit } = this.canvas.addAround(id, graph, lang, this.store.state);
      if (!edit) return setStatus(t('noFurtherNeighbours'));
      this.record(editToken('expand', id), edit);
      setStatus(t('addedAround', { count: added, name: this.canvas.nameOf(id) }));
    } catch (error) {
      this.session.fail(error);
    }
  }

  collapse(id: string): void {
    const { removed, edit } = this.canvas.collapse(id);
    if (!edit) return setStatus(t('nothingToCollapse'));
    this.record(editToken('collapse', id), edit);
    setStatus(t('collapsedNodes', { count: removed }));
  }

  remove(id: string): void {
    const edit = this.canvas.remove(id);
    if (!edit) return;
    this.record(editToken('remove', id), edit);
    closePanel();
  }
}
