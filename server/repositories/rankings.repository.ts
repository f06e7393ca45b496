// The rankings: funding per entity (from every relationship type whose weight is an amount of
// money, as the schema declares it), compute per operator, predictions per speaker. Amounts are
// summed per currency and never converted: the graph holds no exchange rates, and a sum across
// currencies would be a number nobody stated.
import type { Node } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import {
  asOfPredicate,
  Claim,
  ENTITY_LABEL,
  GPUCluster,
  MADE_CLAIM,
  OPERATES,
  predictionStatus,
  relationshipTypes,
  todayIso,
  type PredictionStatus,
} from '../../graph-schema';
import type { Database } from '../neo4j/database';
import { entityRef } from './entities.repository';
import type { EntityRef } from './records';
import { relationshipType } from './schema-names';

/** Each relationship type that carries money: its weight property's unit names the sibling property holding the currency. */
const MONEY_TYPES = relationshipTypes.flatMap((t) => {
  const weight = t.meta.weight;
  const unit = weight ? t.meta.propertyInfo[weight]?.unit : undefined;
  return weight && unit && t.meta.properties.includes(unit) ? [{ type: t.type, amount: weight, currency: unit }] : [];
});

export async function fundingRanking(db: Database, side: 'received' | 'given', asOf: string | undefined, limit: number) {
  const rows = await db.read(async (tx) => {
    const all = [];
    for (const money of MONEY_TYPES) {
      // Who ranks is the target when money is received, the source when it is given.
      const result = await tx.run(
        `MATCH (a:${ENTITY_LABEL})-[r:${relationshipType(money.type)}]->(b:${ENTITY_LABEL})
         WHERE ${asOfPredicate({ from: 'a', rel: 'r', to: 'b' })}
         WITH CASE $side WHEN 'received' THEN b ELSE a END AS who, CASE $side WHEN 'received' THEN a ELSE b END AS other, r
         RETURN who, other, r[$amount] AS amount, r[$currency] AS currency
         LIMIT 100000`,
        { side, asOf: asOf ?? null, amount: money.amount, currency: money.currency },
      );
      all.push(...result.records);
    }
    return all;
  });
  const byEntity = new Map<
    string,
    {
      entity: EntityRef;
      count: number;
      sums: Map<string, { total: number; count: number }>;
      unknown: number;
      others: Map<string, { ref: EntityRef; n: number }>;
    }
  >();
  for (const row of rows) {
    const entity = entityRef(row.get('who') as Node);
    const other = entityRef(row.get('other') as Node);
    let entry = byEntity.get(entity.id);
    if (!entry) byEntity.set(entity.id, (entry = { entity, count: 0, sums: new Map(), unknown: 0, others: new Map() }));
    entry.count++;
    const amount = row.get('amount') as unknown;
    const currency = row.get('currency') as unknown;
    if (typeof amount === 'number' && typeof currency === 'string') {
      const sum = entry.sums.get(currency) ?? { total: 0, count: 0 };
      entry.sums.set(currency, { total: sum.total + amount, count: sum.count + 1 });
    } else entry.unknown++;
    const seen = entry.others.get(other.id) ?? { ref: other, n: 0 };
    entry.others.set(other.id, { ref: other, n: seen.n + 1 });
  }
  const items = [...byEntity.values()].map((e) => ({
    entity: e.entity,
    count: e.count,
    amounts: [...e.sums].map(([currency, s]) => ({ currency, ...s })).sort((x, y) => y.total - x.total),
    unknownAmounts: e.unknown,
    counterparts: [...e.others.values()]
      .sort((x, y) => y.n - x.n || x.ref.name.localeCompare(y.ref.name))
      .slice(0, 10)
      .map((o) => o.ref),
  }));
  // Counts first: amounts in different currencies cannot be ordered against each other.
  items.sort(
    (x, y) => y.count - x.count || (y.amounts[0]?.total ?? 0) - (x.amounts[0]?.total ?? 0) || x.entity.name.localeCompare(y.entity.name),
  );
  return { side, ...(asOf ? { asOf } : {}), items: items.slice(0, limit) };
}

interface ComputeTotal {
  clusters: number;
  h100Equivalents: number;
  chipCount: number;
  withoutFigures: number;
}
const emptyTotal = (): ComputeTotal => ({ clusters: 0, h100Equivalents: 0, chipCount: 0, withoutFigures: 0 });

export async function computeRanking(db: Database, asOf: string | undefined, limit: number) {
  const result = await db.read((tx) =>
    tx.run(
      `MATCH (o)-[r:${relationshipType(OPERATES.type)}]->(c:${GPUCluster.label})
       WHERE ${asOfPredicate({ from: 'o', rel: 'r', to: 'c' })}
       RETURN o, collect(c {.h100Equivalents, .chipCount, .status}) AS clusters
       LIMIT $limit`,
      { asOf: asOf ?? null, limit: neo4j.int(100000) },
    ),
  );
  const items = result.records.map((row) => {
    const totals = { built: emptyTotal(), planned: emptyTotal(), unstated: emptyTotal() };
    for (const c of row.get('clusters') as { h100Equivalents: number | null; chipCount: unknown; status: string | null }[]) {
      const total = c.status === 'built' ? totals.built : c.status === 'planned' ? totals.planned : totals.unstated;
      const chips = c.chipCount === null ? null : neo4j.isInt(c.chipCount) ? neo4j.integer.toNumber(c.chipCount) : Number(c.chipCount);
      total.clusters++;
      if (typeof c.h100Equivalents === 'number') total.h100Equivalents += c.h100Equivalents;
      if (chips !== null) total.chipCount += chips;
      if (c.h100Equivalents === null && chips === null) total.withoutFigures++;
    }
    return { owner: entityRef(row.get('o') as Node), ...totals };
  });
  items.sort(
    (x, y) =>
      y.built.h100Equivalents - x.built.h100Equivalents ||
      y.planned.h100Equivalents - x.planned.h100Equivalents ||
      y.built.chipCount + y.planned.chipCount - (x.built.chipCount + x.planned.chipCount) ||
      x.owner.name.localeCompare(y.owner.name),
  );
  return { ...(asOf ? { asOf } : {}), items: items.slice(0, limit) };
}

export async function predictionRanking(db: Database, limit: number) {
  const result = await db.read((tx) =>
    tx.run(
      `MATCH (who:${ENTITY_LABEL})-[:${relationshipType(MADE_CLAIM.type)}]->(c:${Claim.label} {claimKind: 'prediction'})
       RETURN who, collect(c {.dueBy, .outcome}) AS predictions
       LIMIT 100000`,
    ),
  );
  const today = todayIso();
  const items = result.records.map((row) => {
    const statuses = (row.get('predictions') as Record<string, unknown>[]).map((c) => predictionStatus(c, today));
    const count = (...wanted: PredictionStatus[]) => statuses.filter((s) => wanted.includes(s)).length;
    return {
      speaker: entityRef(row.get('who') as Node),
      made: statuses.length,
      resolved: count('came-true', 'partly', 'did-not', 'unresolvable'),
      cameTrue: count('came-true'),
      partly: count('partly'),
      didNot: count('did-not'),
      overdue: count('overdue'),
      pending: count('open', 'due'),
    };
  });
  items.sort((x, y) => y.made - x.made || y.resolved - x.resolved || x.speaker.name.localeCompare(y.speaker.name));
  return { items: items.slice(0, limit) };
}
