// Single-record writes: create, update and delete entities and relationships, each in one
// transaction. Labels and types come from graph-schema definitions only.
import type { Node, Relationship } from 'neo4j-driver';
import { ENTITY_LABEL, kindDefinition, relationshipDefinition, type EntityRecord, type RelationshipRecord } from '../../graph-schema';
import type { Database } from '../neo4j/database';
import { entityRow, relationshipRow } from './import.repository';
import { nodeToEntity, relationshipToEdge, toPlain, type Edge, type Entity } from './records';

function label(kind: string): string {
  if (!kindDefinition(kind)) throw new Error(`not a kind: ${kind}`);
  return kind;
}
function relType(type: string): string {
  if (!relationshipDefinition(type)) throw new Error(`not a relationship type: ${type}`);
  return type;
}

export async function createEntity(db: Database, record: EntityRecord): Promise<Entity> {
  const row = entityRow(record);
  return db.write(async (tx) => {
    // CREATE, not MERGE: the uniqueness constraint turns a taken id into a ConflictError.
    const result = await tx.run(`CREATE (n:${ENTITY_LABEL}:${label(record.kind)}) SET n = $props RETURN n`, { props: row.props });
    return nodeToEntity(result.records[0].get('n') as Node);
  });
}

export async function replaceEntity(db: Database, record: EntityRecord): Promise<Entity | undefined> {
  const row = entityRow(record);
  return db.write(async (tx) => {
    const result = await tx.run(`MATCH (n:${ENTITY_LABEL}:${label(record.kind)} {id: $id}) SET n = $props RETURN n`, {
      id: record.id,
      props: row.props,
    });
    return result.records[0] ? nodeToEntity(result.records[0].get('n') as Node) : undefined;
  });
}

export async function deleteEntity(db: Database, id: string): Promise<{ relationships: number } | undefined> {
  return db.write(async (tx) => {
    const result = await tx.run(
      `MATCH (n:${ENTITY_LABEL} {id: $id})
       CALL (n) { OPTIONAL MATCH (n)-[r]-() RETURN count(r) AS rels }
       DETACH DELETE n
       RETURN rels`,
      { id },
    );
    return result.records[0] ? { relationships: toPlain(result.records[0].get('rels')) as number } : undefined;
  });
}

export async function createRelationship(db: Database, rel: RelationshipRecord & { id: string }): Promise<Edge> {
  const row = relationshipRow(rel);
  return db.write(async (tx) => {
    const result = await tx.run(
      `MATCH (a:${ENTITY_LABEL} {id: $from}), (b:${ENTITY_LABEL} {id: $to})
       CREATE (a)-[r:${relType(rel.type)}]->(b) SET r = $props
       RETURN r`,
      { from: row.from, to: row.to, props: row.props },
    );
    return relationshipToEdge(result.records[0].get('r') as Relationship, row.from, row.to);
  });
}

export async function deleteRelationship(db: Database, type: string, id: string): Promise<boolean> {
  return db.write(async (tx) => {
    const result = await tx.run(`MATCH ()-[r:${relType(type)} {id: $id}]->() DELETE r RETURN count(*) AS n`, { id });
    return (toPlain(result.records[0].get('n')) as number) > 0;
  });
}

/** A claim with its claimants and subjects, written together so none exists without the others. */
export async function createClaim(
  db: Database,
  claim: EntityRecord,
  made: (RelationshipRecord & { id: string })[],
  about: (RelationshipRecord & { id: string })[],
): Promise<Entity> {
  return db.write(async (tx) => {
    const created = await tx.run(`CREATE (n:${ENTITY_LABEL}:Claim) SET n = $props RETURN n`, { props: entityRow(claim).props });
    for (const rel of [...made, ...about]) {
      const row = relationshipRow(rel);
      await tx.run(
        `MATCH (a:${ENTITY_LABEL} {id: $from}), (b:${ENTITY_LABEL} {id: $to})
         CREATE (a)-[r:${relType(rel.type)}]->(b) SET r = $props`,
        row,
      );
    }
    return nodeToEntity(created.records[0].get('n') as Node);
  });
}
