// What the picture shows, as plain data, and its round trip through the URL, so a copied link
// reopens the same view.
import type { Language } from './types';

export type ViewName = 'all' | 'funds' | 'competes' | 'compute' | 'petitions' | 'claims';

/** The centrality measures a picture may be sized by (GET /api/analytics/centrality). */
export const SIZE_MEASURES = ['degree', 'pagerank', 'betweenness', 'closeness'] as const;
export type SizeMeasure = (typeof SIZE_MEASURES)[number];

export interface ViewState {
  view: ViewName;
  focus?: string;
  depth?: number;
  kinds?: string[];
  types?: string[];
  asOf?: string;
  path?: [string, string];
  /** With a path: entities no route may pass through, and the longest route asked for. */
  avoid?: string[];
  hops?: number;
  /** Kinds and relationship types unticked in the legend: hidden, not refetched. */
  hideKinds?: string[];
  hideTypes?: string[];
  /** Nodes sized by this measure over the view's slice instead of their kind's rule. */
  size?: SizeMeasure;
  /** Nodes coloured by community instead of by kind. */
  groups?: boolean;
  lang: Language;
}

export const VIEWS: Record<ViewName, { types?: string[]; kinds?: string[] }> = {
  all: {},
  funds: { types: ['INVESTED_IN'] },
  competes: { types: ['COMPETES_WITH'] },
  compute: {
    types: ['OPERATES', 'TRAINED_ON', 'SUPPLIES', 'BUYS_POWER_FROM'],
    kinds: ['Organization', 'GPUCluster', 'Facility', 'AIModel'],
  },
  petitions: {
    types: ['SIGNED', 'AUTHORED', 'SUPPORTS', 'OPPOSES'],
    kinds: ['Person', 'Organization', 'Petition', 'Policy'],
  },
  claims: { types: ['MADE_CLAIM'], kinds: ['Person', 'Organization', 'Claim'] },
};

const VIEW_NAMES = Object.keys(VIEWS) as ViewName[];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LIST = /^[A-Za-z_]+(,[A-Za-z_]+)*$/;

export function encodeState(state: ViewState): string {
  const params = new URLSearchParams();
  params.set('view', state.view);
  if (state.focus) params.set('focus', state.focus);
  if (state.depth && state.depth !== 1) params.set('depth', String(state.depth));
  if (state.kinds?.length) params.set('kinds', state.kinds.join(','));
  if (state.types?.length) params.set('types', state.types.join(','));
  if (state.asOf) params.set('asOf', state.asOf);
  if (state.path) params.set('path', state.path.join(','));
  if (state.path && state.avoid?.length) params.set('avoid', state.avoid.join(','));
  if (state.path && state.hops) params.set('hops', String(state.hops));
  if (state.hideKinds?.length) params.set('hideKinds', state.hideKinds.join(','));
  if (state.hideTypes?.length) params.set('hideTypes', state.hideTypes.join(','));
  if (state.size) params.set('size', state.size);
  if (state.groups) params.set('groups', '1');
  if (state.lang !== 'en') params.set('lang', state.lang);
  return params.toString();
}

const LANGUAGES: readonly Language[] = ['en', 'ja', 'zh'];
/** A language named in a link or by the switch; English for anything else. */
export function readLanguage(value: string | null): Language {
  return LANGUAGES.find((lang) => lang === value) ?? 'en';
}

/** Reads a state from a query string, ignoring anything malformed rather than trusting it. */
export function decodeState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const view = params.get('view') as ViewName | null;
  const state: ViewState = { view: view && VIEW_NAMES.includes(view) ? view : 'all', lang: readLanguage(params.get('lang')) };
  const focus = params.get('focus');
  if (focus && ID.test(focus)) state.focus = focus;
  const depth = Number(params.get('depth'));
  if (Number.isInteger(depth) && depth >= 1 && depth <= 3) state.depth = depth;
  const kinds = params.get('kinds');
  if (kinds && LIST.test(kinds)) state.kinds = kinds.split(',');
  const types = params.get('types');
  if (types && LIST.test(types)) state.types = types.split(',');
  const asOf = params.get('asOf');
  if (asOf && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(asOf)) state.asOf = asOf;
  const hideKinds = params.get('hideKinds');
  if (hideKinds && LIST.test(hideKinds)) state.hideKinds = hideKinds.split(',');
  const hideTypes = params.get('hideTypes');
  if (hideTypes && LIST.test(hideTypes)) state.hideTypes = hideTypes.split(',');
  const size = params.get('size');
  if (SIZE_MEASURES.some((m) => m === size)) state.size = size as SizeMeasure;
  if (params.get('groups') === '1') state.groups = true;
  const path = params.get('path')?.split(',');
  if (path && path.length === 2 && path.every((p) => ID.test(p))) state.path = [path[0], path[1]];
  const avoid = params.get('avoid')?.split(',');
  if (state.path && avoid && avoid.length <= 10 && avoid.every((a) => ID.test(a))) state.avoid = avoid;
  const hops = Number(params.get('hops'));
  if (state.path && Number.isInteger(hops) && hops >= 1 && hops <= 6) state.hops = hops;
  return state;
}
