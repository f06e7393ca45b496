// The API's shapes as the client sees them: types only, from the contract, so nothing of the
// server or of zod is bundled.
export type { Edge, Entity, Graph, KindDocument, RelationshipDocument, SchemaDocument } from '../../graph-schema/contract';

export type Language = 'en' | 'ja' | 'zh';
