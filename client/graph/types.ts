// The API's shapes as the client sees them (type-only imports: nothing from the server is bundled).
export type { Edge, Entity, Graph } from '../../server/repositories/records';
import type { KindMeta, RelationshipMeta } from '../../graph-schema/define';

export interface SchemaDocument {
  kinds: (KindMeta & { propertySchemas: Record<string, { description?: string; unit?: string }> })[];
  relationships: (RelationshipMeta & { propertySchemas: Record<string, { description?: string; unit?: string }> })[];
}

export type Language = 'en' | 'ja';
