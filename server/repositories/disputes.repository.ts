// Disputes: who is for and who is against a subject. A side is taken by a claim about the subject
// whose ABOUT link carries a stance, or by a relationship to it of a type whose schema declares one
// (signing a petition supports it); both are evidence a reader can open.
import type { Node, Relationship } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { ABOUT, Claim, ENTITY_LABEL, MADE_CLAIM, relationshipTypes, type Stance } from '../../graph-schema';
import type { Database } from '../neo4j/database';
import { claimView } from './claims.repository';
import { entityRef } from './entities.repository';
import { relationshipToEdge, type ClaimView, type Disputes, type Edge, type EntityRef } from './records';
import { relationshipType, typePattern } from './schema-names';

const STANCE_OF_TYPE = new Map<string, Stance>(relationshipTypes.flatMap((t) => (t.meta.stance ? [[t.type, t.meta.stance] as const] : [])));

interface Position {
  entity: EntityRef;
  claims: ClaimView[];
  relationships: Edge[];
}

export async function disputes(db: Database, about: string, limit: number): Promise<Disputes | undefined> {
  const result = await db.read((tx) =>
    tx.run(
      `MATCH (subject:${ENTITY_LABEL} {id: $about})
       CALL (subject) {
         OPTIONAL MATCH (c:${Claim.label})-[a:${relationshipType(ABOUT.type)}]->(subject) WHERE a.stance IS NOT NULL
         OPTIONAL MATCH (who)-[:${relationshipType(MADE_CLAIM.type)}]->(c)
         WITH c, a, who WHERE who IS NOT NULL
         CALL (c) { OPTIONAL MATCH (x)-[:${relationshipType(MADE_CLAIM.type)}]->(c) RETURN collect(x) AS claimants }
         CALL (c) { OPTIONAL MATCH (c)-[:${relationshipType(ABOUT.type)}]->(w) RETURN collect(w) AS subjects }
         RETURN collect({who: who, stance: a.stance, c: c, claimants: claimants, subjects: subjects})[..$limit] AS claimRows
       }
       CALL (subject) {
         OPTIONAL MATCH (who:${ENTITY_LABEL})-[r${typePattern([...STANCE_OF_TYPE.keys()])}]->(subject)
         WITH who, r WHERE r IS NOT NULL
         RETURN collect({who: who, r: r})[..$limit] AS relationRows
       }
       RETURN subject, claimRows, relationRows`,
      { about, limit: neo4j.int(limit) },
    ),
  );
  const row = result.records[0];
  if (!row) return undefined;
  const sides: Record<Stance, Map<string, Position>> = { supports: new Map(), opposes: new Map(), neutral: new Map() };
  const positionOf = (stance: Stance, who: Node) => {
    const entity = entityRef(who);
    let position = sides[stance].get(entity.id);
    if (!position) sides[stance].set(entity.id, (position = { entity, claims: [], relationships: [] }));
    return position;
  };
  for (const claim of row.get('claimRows') as { who: Node; stance: Stance; c: Node; claimants: Node[]; subjects: Node[] }[]) {
    const view = claimView({ get: (key: string) => (claim as unknown as Record<string, unknown>)[key] });
    positionOf(claim.stance, claim.who).claims.push(view);
  }
  for (const relation of row.get('relationRows') as { who: Node; r: Relationship }[]) {
    const stance = STANCE_OF_TYPE.get(relation.r.type);
    if (stance) positionOf(stance, relation.who).relationships.push(relationshipToEdge(relation.r, entityRef(relation.who).id, about));
  }
  const list = (stance: Stance) => [...sides[stance].values()].sort((a, b) => a.entity.name.localeCompare(b.entity.name));
  const supports = list('supports');
  const opposes = list('opposes');
  const pairs = supports.flatMap((s) =>
    opposes
      .filter((o) => !sides.supports.has(o.entity.id) && !sides.opposes.has(s.entity.id))
      .map((o) => ({ supports: s.entity, opposes: o.entity })),
  );
  return { about: entityRef(row.get('subject') as Node), supports, opposes, neutral: list('neutral'), pairs };
}
