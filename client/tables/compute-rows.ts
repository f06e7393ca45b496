// The compute table: one row per owner (whoever OPERATES the clusters), built and planned
// H100-equivalents apart, and the clusters by name with who else trains on or uses each, so a
// cluster a lab trains on but does not own is counted for its owner and says whose it is.
import type { ComputeAnswer, SliceAnswer } from './answers';
import { t } from '../i18n/i18n';
import { citeText, type TableSpec } from './table-model';

export interface ClusterLine {
  id: string;
  name: string;
  operator: string;
  /** Organisations other than the operator that use it or whose models were trained on it. */
  usedBy: string[];
}

export interface ComputeTableRow {
  owner: { id: string; name: string };
  clusters: ClusterLine[];
  chips: number;
  h100e: number;
  built: number;
  planned: number;
  unstated: number;
  asOf?: string;
  source: string;
}

/** "Microsoft AI supercomputer (Microsoft's; used by OpenAI)": each cluster names its operator. */
export function clusterText(c: ClusterLine): string {
  return `${c.name} (${c.operator}’s${c.usedBy.length ? `; used by ${c.usedBy.join(', ')}` : ''})`;
}

/**
 * Rows for the owners the ranking lists, in its order. The clusters themselves (names, dates,
 * sources) and who else uses them come from the slice the compute view draws, which holds every
 * OPERATES edge: the same facts the ranking counted, without asking /api/stats for all its counts.
 */
export function computeRows(ranking: ComputeAnswer, slice: SliceAnswer, titleOf: (sourceId: string) => string): ComputeTableRow[] {
  const byId = new Map(slice.nodes.map((n) => [n.id, n]));
  const name = (id: string) => byId.get(id)?.name ?? id;
  const developers = new Map<string, string[]>();
  const users = new Map<string, Set<string>>();
  const use = (cluster: string, org: string) => (users.get(cluster) ?? users.set(cluster, new Set()).get(cluster)!).add(org);
  for (const e of slice.edges) if (e.type === 'DEVELOPED') developers.set(e.target, [...(developers.get(e.target) ?? []), e.source]);
  for (const e of slice.edges) {
    if (e.type === 'USES' && byId.get(e.source)?.kind === 'Organization') use(e.target, e.source);
    if (e.type === 'TRAINED_ON') for (const org of developers.get(e.source) ?? []) use(e.target, org);
  }
  const owned = new Map<string, SliceAnswer['nodes']>();
  for (const e of slice.edges) {
    const cluster = byId.get(e.target);
    if (e.type === 'OPERATES' && cluster?.kind === 'GPUCluster') owned.set(e.source, [...(owned.get(e.source) ?? []), cluster]);
  }
  const size = (c: SliceAnswer['nodes'][number]) => Number(c.h100Equivalents ?? c.chipCount ?? 0);
  return ranking.items.map((item) => {
    const listed = [...(owned.get(item.owner.id) ?? [])].sort((a, b) => size(b) - size(a));
    const clusters = listed.map((c) => ({
      id: c.id,
      name: c.name,
      operator: item.owner.name,
      usedBy: [...(users.get(c.id) ?? [])].filter((org) => org !== item.owner.id).map(name),
    }));
    const dates = listed.map((c) => c.asOf).filter((d): d is string => typeof d === 'string' && d !== '');
    const refs = listed.flatMap((c) => c.sources);
    const unique = [...new Map(refs.map((r) => [`${r.source}#${r.paragraph}`, r])).values()];
    const { built, planned, unstated } = item;
    return {
      owner: { id: item.owner.id, name: item.owner.name },
      clusters,
      chips: built.chipCount + planned.chipCount + unstated.chipCount,
      h100e: built.h100Equivalents + planned.h100Equivalents + unstated.h100Equivalents,
      built: built.h100Equivalents,
      planned: planned.h100Equivalents,
      unstated: unstated.h100Equivalents,
      asOf: dates.sort().at(-1),
      source: citeText(unique, titleOf),
    };
  });
}

export const computeSpec: TableSpec<ComputeTableRow> = {
  sort: 'built',
  dir: 'desc',
  opens: (r) => r.owner,
  columns: [
    { key: 'owner', title: () => t('colOwner'), value: (r) => r.owner.name, opens: (r) => r.owner },
    { key: 'clusters', title: () => t('colClusters'), numeric: true, descFirst: true, value: (r) => r.clusters.length },
    { key: 'names', title: () => t('colWhich'), value: (r) => r.clusters.map(clusterText).join('; ') },
    { key: 'chips', title: () => t('colChips'), numeric: true, descFirst: true, value: (r) => r.chips || undefined },
    { key: 'h100e', title: () => t('colH100e'), numeric: true, bar: true, descFirst: true, value: (r) => r.h100e || undefined },
    { key: 'built', title: () => t('colBuilt'), numeric: true, bar: true, descFirst: true, value: (r) => r.built || undefined },
    { key: 'planned', title: () => t('colPlanned'), numeric: true, bar: true, descFirst: true, value: (r) => r.planned || undefined },
    { key: 'asof', title: () => t('colAsOf'), value: (r) => r.asOf, descFirst: true },
    { key: 'source', title: () => t('colSource'), value: (r) => r.source },
  ],
};
