// The starter questions a newcomer is offered, worked out from the graph the first picture holds
// (no request of their own, so they never slow that picture) and the schema: the most funded
// organisation, the largest compute owner by the schema's size rule, the most signed petition, a
// prediction that came true, and how the best connected person is linked to the best connected
// organisation not tied to them, in the interface's language. A question whose names the schema lacks, or whose answer the
// graph does not hold, is left out. Pure: no DOM, tested headless.
import { nodeSizeValue } from '../../graph-schema/rules';
import { displayName } from '../graph/elements';
import { schemaLookup } from '../graph/schema-lookup';
import { language, t } from '../i18n/i18n';
import type { Edge, Entity, Graph, SchemaDocument } from '../graph/types';
import type { ViewState } from '../graph/view-state';

/** The schema names the questions ask about, beside the views that answer them. */
const NAMES = {
  funding: 'INVESTED_IN',
  operating: 'OPERATES',
  signing: 'SIGNED',
  claiming: 'MADE_CLAIM',
  person: 'Person',
  organisation: 'Organization',
  outcome: 'outcome',
  cameTrue: 'came-true',
} as const;

export interface Starter {
  question: string;
  /** The view or path the question opens. */
  state: Omit<ViewState, 'lang'>;
  /** An entity whose panel answers the question beside the picture. */
  open?: string;
}

/** The entry with the highest score above zero; ties go to the first met. */
function best<T>(scores: Map<T, number>): T | undefined {
  let top: T | undefined;
  let high = 0;
  for (const [key, score] of scores) if (score > high) [top, high] = [key, score];
  return top;
}

function add<T>(scores: Map<T, number>, key: T, by: number): void {
  scores.set(key, (scores.get(key) ?? 0) + by);
}

export function starterQuestions(graph: Graph, schema: SchemaDocument): Starter[] {
  const { kinds, relationships } = schemaLookup(schema);
  const entities = new Map(graph.nodes.map((n) => [n.id, n]));
  const name = (id: string) => {
    const entity = entities.get(id);
    return entity ? displayName(entity, language()) : id;
  };
  const ofType = (type: string): Edge[] => (relationships.has(type) ? graph.edges.filter((e) => e.type === type) : []);
  const mostPointedAt = (type: string) => {
    const counts = new Map<string, number>();
    for (const e of ofType(type)) add(counts, e.target, 1);
    return best(counts);
  };
  const starters: Starter[] = [];

  const funded = mostPointedAt(NAMES.funding);
  if (funded) starters.push({ question: t('askFunds', { name: name(funded) }), state: { view: 'funds' }, open: funded });

  const compute = new Map<string, number>();
  for (const e of ofType(NAMES.operating)) {
    const target = entities.get(e.target);
    const kind = target && kinds.get(target.kind);
    if (target && kind) add(compute, e.source, nodeSizeValue(kind, target) ?? 0);
  }
  const owner = best(compute);
  if (owner) starters.push({ question: t('askCompute'), state: { view: 'compute' }, open: owner });

  const petition = mostPointedAt(NAMES.signing);
  if (petition) starters.push({ question: t('askSigned', { name: name(petition) }), state: { view: 'petitions' }, open: petition });

  const cameTrue = (e: Edge) => entities.get(e.target)?.[NAMES.outcome] === NAMES.cameTrue;
  const predictor = ofType(NAMES.claiming).find(cameTrue)?.source;
  if (predictor) starters.push({ question: t('askCameTrue'), state: { view: 'claims' }, open: predictor });

  const link = linkQuestion(graph, entities);
  if (link && kinds.has(NAMES.person) && kinds.has(NAMES.organisation)) starters.push(link);
  return starters;
}

/** The best connected person and the best connected organisation not tied to them directly. */
function linkQuestion(graph: Graph, entities: Map<string, Entity>): Starter | undefined {
  const degree = new Map<string, number>();
  const neighbours = new Map<string, Set<string>>();
  for (const e of graph.edges)
    for (const [end, other] of [
      [e.source, e.target],
      [e.target, e.source],
    ]) {
      add(degree, end, 1);
      neighbours.set(end, (neighbours.get(end) ?? new Set()).add(other));
    }
  const ofKind = (kind: string, except = new Set<string>()) =>
    best(new Map([...degree].filter(([id]) => entities.get(id)?.kind === kind && !except.has(id))));
  const person = ofKind(NAMES.person);
  if (!person) return undefined;
  const org = ofKind(NAMES.organisation, neighbours.get(person));
  if (!org) return undefined;
  const [a, b] = [displayName(entities.get(person)!, language()), displayName(entities.get(org)!, language())];
  return { question: t('askLinked', { from: a, to: b }), state: { view: 'all', path: [person, org] } };
}
