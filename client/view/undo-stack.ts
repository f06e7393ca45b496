// The undo stack: every step a reader can take back (a view change, an expand, a collapse, a
// removal) is an edit that knows how to undo and redo itself, so the stack needs no case per kind.
export interface Edit {
  title: string;
  undo(): void;
  redo(): void;
}

export class UndoStack {
  private done: Edit[] = [];
  private undone: Edit[] = [];

  /** Records an edit that has already been applied; a new edit ends the redo history. */
  push(edit: Edit): void {
    this.done.push(edit);
    this.undone = [];
  }

  /** Takes back the last edit; undefined when there is nothing to undo. */
  undo(): Edit | undefined {
    const edit = this.done.pop();
    if (!edit) return undefined;
    edit.undo();
    this.undone.push(edit);
    return edit;
  }

  redo(): Edit | undefined {
    const edit = this.undone.pop();
    if (!edit) return undefined;
    edit.redo();
    this.done.push(edit);
    return edit;
  }
}
