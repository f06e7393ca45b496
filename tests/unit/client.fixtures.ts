// Builders of the API's graph shapes for the client's headless tests.
import type { Edge, Entity } from '../../client/graph/types';

export const entity = (id: string, kind: string, extra: Record<string, unknown> = {}): Entity => ({
  id,
  kind: kind as Entity['kind'],
  name: id.toUpperCase(),
  aliases: [],
  sources: [],
  ...extra,
});

export const edge = (source: string, type: string, target: string, properties: Record<string, unknown> = {}): Edge => ({
  id: `${source}:${type}:${target}`,
  type: type as Edge['type'],
  source,
  target,
  properties,
  sources: [],
});
