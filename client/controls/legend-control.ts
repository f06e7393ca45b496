// The legend as a filter: unticking a kind or a relationship type hides it on the canvas (no
// refetch) and the choice goes into the URL in place.
import type { CanvasController } from '../canvas/canvas-controller';
import type { SchemaDocument } from '../graph/types';
import { renderLegend } from '../ui/legend';
import type { ViewStore } from '../view/view-store';

export function wireLegend(schema: SchemaDocument, store: ViewStore, canvas: CanvasController): void {
  renderLegend(schema, store.state, (hideKinds, hideTypes) => {
    store.replace({ ...store.state, hideKinds, hideTypes });
    canvas.applyHidden(store.state);
  });
}
