// The reader's edits of the picture (expand, collapse, remove), each recorded on the undo stack
// and told on the status line. Double-click expands; Delete removes what is selected.
import { api } from '../api';
import type { CanvasController } from '../canvas/canvas-controller';
import type { Session } from '../session';
import { setStatus } from '../ui/banner';
import { closePanel } from '../ui/panel';
import type { UndoStack } from '../view/undo-stack';
import type { ViewStore } from '../view/view-store';

export class GraphEdits {
  constructor(
    private readonly canvas: CanvasController,
    private readonly store: ViewStore,
    private readonly undo: UndoStack,
    private readonly session: Session,
  ) {
    canvas.on('node-dbltap', (id) => void this.expand(id));
  }

  async expand(id: string): Promise<void> {
    try {
      const graph = await api.neighbors(id, 1, 300);
      const { lang } = this.store.state;
      const { added, edit } = this.canvas.addAround(id, graph, lang, this.store.state);
      if (!edit) return setStatus('No further neighbours: everything around it is already shown.');
      this.undo.push(edit);
      setStatus(`Added ${added} nodes around ${this.canvas.nameOf(id)}.`);
    } catch (error) {
      this.session.fail(error);
    }
  }

  collapse(id: string): void {
    const { removed, edit } = this.canvas.collapse(id);
    if (!edit) return setStatus('Nothing to collapse: its neighbours also link elsewhere.');
    this.undo.push(edit);
    setStatus(`Collapsed ${removed} nodes.`);
  }

  remove(id: string): void {
    const edit = this.canvas.remove(id);
    if (!edit) return;
    this.undo.push(edit);
    closePanel();
  }
}
