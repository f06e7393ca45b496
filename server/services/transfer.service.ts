// Export and import of the whole graph. JSON export is in the seed-data format, ordered by id, so
// export → import → export gives identical bytes; GraphML is for tools such as Gephi or yEd.
import { SeedFile } from '../../graph-schema';
import { loadDataset, type LoadSummary } from '../loader/load-dataset';
import type { Database } from '../neo4j/database';
import { wholeGraph } from '../repositories/graph.repository';
import type { Edge, Graph } from '../repositories/records';

function edgeToRecord(edge: Edge): Record<string, unknown> {
  return {
    id: edge.id,
    type: edge.type,
    from: edge.source,
    to: edge.target,
    ...(edge.key !== undefined ? { key: edge.key } : {}),
    properties: edge.properties,
    sources: edge.sources,
  };
}

function graphToSeed(graph: Graph): SeedFile {
  return {
    $comment: 'Exported from the AI industry graph; importable with POST /api/import or npm run import.',
    entities: graph.nodes as SeedFile['entities'],
    relationships: graph.edges.map(edgeToRecord) as SeedFile['relationships'],
  };
}

export async function exportJson(db: Database): Promise<SeedFile> {
  return graphToSeed(await wholeGraph(db));
}

const xml = (s: string) =>
  s
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
    // Characters XML 1.0 cannot carry at all are dropped rather than producing an unreadable file.
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

const scalar = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

export async function exportGraphml(db: Database): Promise<string> {
  const graph = await wholeGraph(db);
  const nodeKeys = new Set<string>();
  const edgeKeys = new Set<string>(['type', 'sources']);
  for (const n of graph.nodes) for (const k of Object.keys(n)) if (k !== 'id') nodeKeys.add(k);
  for (const e of graph.edges) for (const k of Object.keys(e.properties)) edgeKeys.add(k);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...[...nodeKeys].map((k) => `  <key id="n_${xml(k)}" for="node" attr.name="${xml(k)}" attr.type="string"/>`),
    ...[...edgeKeys].map((k) => `  <key id="e_${xml(k)}" for="edge" attr.name="${xml(k)}" attr.type="string"/>`),
    '  <graph id="ai-industry" edgedefault="directed">',
  ];
  for (const n of graph.nodes) {
    lines.push(`    <node id="${xml(n.id)}">`);
    for (const [k, v] of Object.entries(n))
      if (k !== 'id' && v !== undefined) lines.push(`      <data key="n_${xml(k)}">${xml(scalar(v))}</data>`);
    lines.push('    </node>');
  }
  for (const e of graph.edges) {
    lines.push(`    <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}">`);
    lines.push(`      <data key="e_type">${xml(e.type)}</data>`);
    lines.push(`      <data key="e_sources">${xml(JSON.stringify(e.sources))}</data>`);
    for (const [k, v] of Object.entries(e.properties)) lines.push(`      <data key="e_${xml(k)}">${xml(scalar(v))}</data>`);
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n') + '\n';
}

export async function importSeed(db: Database, body: unknown): Promise<LoadSummary> {
  // The API promises all or nothing whatever the size (the body limit keeps it small).
  return loadDataset(db, [{ file: 'body', content: body }], { mode: 'atomic' });
}
