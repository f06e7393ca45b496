// graph-schema's value types and write records (each kind's and each relationship type's record,
// and their unions) by the name the OpenAPI document gives them, so it lists each once under
// components.schemas and the import body, the export answer and the write bodies refer to them.
// These are graph-schema's own instances (a copy would not be the instance that EntityRecord and
// SeedFile hold), named here and not in zod's global registry, so that nothing else graph-schema
// feeds to z.toJSONSchema (the /api/schema document) changes.
import type { z } from 'zod';
import {
  EntityId,
  entityBaseShape,
  entityKinds,
  EntityRecord,
  KindNameSchema,
  PartialDate,
  relationshipBaseProperties,
  RelationshipKey,
  RelationshipRecord,
  RelationshipTypeSchema,
  relationshipTypes,
  SourceRef,
  undatedProperty,
} from '../index';

export const NAMED_SCHEMAS: Record<string, z.ZodType> = {
  EntityId,
  RelationshipKey,
  PartialDate,
  SourceRef,
  KindName: KindNameSchema,
  RelationshipType: RelationshipTypeSchema,
  // The fields every kind or every relationship type shares are one schema instance each: named,
  // they are written once instead of once per kind.
  EntityName: entityBaseShape.name,
  EntityNameJa: entityBaseShape.nameJa,
  Aliases: entityBaseShape.aliases,
  EntityDescription: entityBaseShape.description,
  RelationshipDescription: relationshipBaseProperties.description,
  Began: relationshipBaseProperties.from,
  Ended: relationshipBaseProperties.to,
  AsOf: relationshipBaseProperties.asOf,
  EntityOutsideFields: entityBaseShape.outsideFields,
  OutsideFields: relationshipBaseProperties.outsideFields,
  Undated: undatedProperty,
  ...Object.fromEntries(entityKinds.map((kind) => [`${kind.label}Record`, kind.schema])),
  ...Object.fromEntries(relationshipTypes.map((type) => [`${type.type}Record`, type.schema])),
  EntityRecord,
  RelationshipRecord,
};
