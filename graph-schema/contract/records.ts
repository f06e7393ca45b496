// Names graph-schema's value types and write records (each kind's and each relationship type's
// record, and their unions) in zod's global registry, so the OpenAPI document lists each once under
// components.schemas and the import body, the export answer and the write bodies refer to them.
// The ids are added to the schemas graph-schema exports, not to copies: a copy would not be the
// instance that EntityRecord and SeedFile hold.
import { z } from 'zod';
import {
  EntityId,
  entityBaseShape,
  entityKinds,
  relationshipBaseProperties,
  EntityRecord,
  PartialDate,
  RelationshipKey,
  RelationshipRecord,
  relationshipTypes,
  SourceRef,
} from '../index';

function name(schema: z.ZodType, id: string, description?: string): void {
  if (z.globalRegistry.get(schema)?.id === id) return;
  z.globalRegistry.add(schema, { ...z.globalRegistry.get(schema), id, ...(description ? { description } : {}) });
}

name(EntityId, 'EntityId');
name(RelationshipKey, 'RelationshipKey');
name(PartialDate, 'PartialDate');
name(SourceRef, 'SourceRef', 'Where a fact is stated: a Source entity and the paragraph (n-th non-blank line) within it.');
// The fields every kind or every relationship type shares are one schema instance each: named, they
// are written once instead of once per kind.
name(entityBaseShape.name, 'EntityName');
name(entityBaseShape.nameJa, 'EntityNameJa');
name(entityBaseShape.aliases, 'Aliases');
name(entityBaseShape.description, 'EntityDescription');
name(relationshipBaseProperties.description, 'RelationshipDescription');
name(relationshipBaseProperties.from, 'Began');
name(relationshipBaseProperties.to, 'Ended');
name(relationshipBaseProperties.asOf, 'AsOf');
for (const kind of entityKinds) name(kind.schema, `${kind.label}Record`, kind.meta.description);
for (const type of relationshipTypes) name(type.schema, `${type.type}Record`, type.meta.description);
name(EntityRecord, 'EntityRecord', 'An entity of any kind, as written and imported (discriminated on kind).');
name(RelationshipRecord, 'RelationshipRecord', 'A relationship of any type, as written and imported (discriminated on type).');

export { EntityRecord, RelationshipRecord };
