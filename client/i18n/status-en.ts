// The status line's, the banner's and the sidebar analytics' words in English, spread into the
// catalogue; the other languages' status catalogues give each one.
export const statusEn = {
  apiDown: 'The API or its database is unavailable ({message}). This page retries every few seconds and recovers on its own.',
  serverDown: 'Nothing can be loaded while the server is down.',
  noFurtherNeighbours: 'No further neighbours: everything around it is already shown.',
  addedAround: 'Added {count} nodes around {name}.',
  nothingToCollapse: 'Nothing to collapse: its neighbours also link elsewhere.',
  collapsedNodes: 'Collapsed {count} nodes.',
  noPathWithin: 'No path within {hops} hops: try other entities, allow longer routes, or widen the picture from one of them.',
  nothingAsOf: 'Nothing in this view as of {date}: move the time slider later, or pick another view.',
  nothingInView: 'Nothing to show in this view: pick another view or search for an entity.',
  firstRelationships: 'Showing the first {count} relationships: filter by kind or type to see the rest.',
  notFoundSearch: 'Not found: {message}. Search for an entity instead.',
  viewRefused: 'The server refused this view ({message}): pick another view.',
  noMatch: 'No match for “{text}”: try another spelling, in English, Japanese or Chinese',
  showView: 'Show {name}',
  analytics: 'Analytics',
  sizeNodesBy: 'Size nodes by',
  sizeBy: 'Size by',
  sizeByKind: 'kind',
  colourByCommunity: 'Colour by community',
  keyPlayers: 'Key players',
  byMeasure: 'By {measure}, over this view',
  noneInView: 'None in this view',
  notAvailableInView: 'Not available for this view',
} as const;

export type StatusKey = keyof typeof statusEn;
