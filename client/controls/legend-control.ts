// The legend as a filter: unticking a kind or a relationship type hides it on the canvas (no
// refetch) and the choice goes into the URL in place. A first visit opens on the actors: the kinds
// the schema draws smaller than usual (the many, such as claims and sources) start unticked, loaded
// and one click away.
import { DEFAULT_NODE_SIZE } from '../../graph-schema/rules';
import type { CanvasController } from '../canvas/canvas-controller';
import type { SchemaDocument } from '../graph/types';
import { renderLegend } from '../ui/legend';
import type { ViewStore } from '../view/view-store';

/** The kinds drawn smaller than usual and sized by no measure: the many records that are not actors. */
export function minorKinds(schema: SchemaDocument): string[] {
  return schema.kinds.filter((k) => !k.size.by?.length && k.size.fixed < DEFAULT_NODE_SIZE).map((k) => k.label);
}

export function wireLegend(schema: SchemaDocument, store: ViewStore, canvas: CanvasController): void {
  // Only a bare address is a first visit: a link always says what it shows.
  if (!location.search) store.replace({ ...store.state, hideKinds: minorKinds(schema) });
  renderLegend(schema, store.state, (hideKinds, hideTypes) => {
    store.replace({ ...store.state, hideKinds, hideTypes });
    canvas.applyHidden(store.state);
  });
}
