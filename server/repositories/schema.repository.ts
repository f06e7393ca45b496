// Applies graph-schema's constraints and indexes to the database and waits until they are online.
import { schemaStatements } from '../../graph-schema';
import type { Database } from '../neo4j/database';

export async function applySchema(db: Database): Promise<number> {
  const statements = schemaStatements();
  // Schema commands may not share a transaction with each other or with data writes.
  for (const statement of statements) await db.write((tx) => tx.run(statement), 60_000);
  await db.write((tx) => tx.run('CALL db.awaitIndexes(120)'), 130_000);
  return statements.length;
}

export interface SchemaObject {
  name: string;
  type: string;
  labelsOrTypes: string[];
  properties: string[];
}

export async function listConstraints(db: Database): Promise<SchemaObject[]> {
  return db.read(async (tx) => {
    const result = await tx.run('SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties');
    return result.records.map((r) => r.toObject() as SchemaObject);
  });
}

export async function listIndexes(db: Database): Promise<SchemaObject[]> {
  return db.read(async (tx) => {
    const result = await tx.run('SHOW INDEXES YIELD name, type, labelsOrTypes, properties');
    return result.records.map((r) => r.toObject() as SchemaObject);
  });
}
