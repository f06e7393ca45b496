// The API's shapes as the client sees them (type-only imports: nothing from the server is bundled).
export type { Edge, Entity, Graph } from '../../server/repositories/records';
import type { KindMeta, RelationshipMeta } from '../../graph-schema/rules';

/** A property's JSON Schema as `/api/schema` serves it, with the wording its zod `.meta()` gave it. */
export interface PropertySchema {
  description?: string;
  label?: string;
  unit?: string;
  enum?: string[];
}

export type KindDocument = KindMeta & { propertySchemas: Record<string, PropertySchema> };
export type RelationshipDocument = RelationshipMeta & { propertySchemas: Record<string, PropertySchema> };

export interface SchemaDocument {
  kinds: KindDocument[];
  relationships: RelationshipDocument[];
}

export type Language = 'en' | 'ja';
