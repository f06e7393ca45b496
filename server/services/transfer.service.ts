// Export and import of the whole graph. JSON export is in the seed-data format, ordered by id, so
// export → import → export gives identical bytes; GraphML is for tools such as Gephi or yEd. Both
// are written as the database is read, record by record, into a sink that waits while the client
// is slow: the server never holds the graph, so its size and the number of exports do not add up.
import { SeedFile } from '../../graph-schema';
import { loadDataset, type LoadSummary } from '../loader/load-dataset';
import type { Database } from '../neo4j/database';
import { readWholeGraph } from '../repositories/graph.repository';
import type { Author } from '../repositories/history.repository';
import type { Edge } from '../repositories/records';

/** Where an export writes its text; `started` says whether any of it has left the process. */
export interface ExportSink {
  write(text: string): Promise<void> | void;
  readonly started?: boolean;
  reset?(): void;
}

const COMMENT = 'Exported from the AI industry graph; importable with POST /api/import or npm run import.';

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

/**
 * Runs one export inside its read transaction. The driver retries a transaction that failed in a
 * retriable way; that is harmless while the text is still buffered here (it is forgotten and the
 * export starts over), but once bytes have reached the client a second run would repeat them, so
 * from then on a failure ends the export instead.
 */
async function exportInto(
  db: Database,
  sink: ExportSink,
  write: (cursor: Parameters<Parameters<typeof readWholeGraph>[1]>[0]) => Promise<void>,
) {
  await readWholeGraph(db, async (cursor) => {
    if (sink.started) throw new Error('the export failed after part of it was sent; it cannot be resumed');
    sink.reset?.();
    await write(cursor);
  });
}

/** The seed-data file, in exactly the bytes `JSON.stringify` gives for the whole object. */
export async function exportJsonTo(db: Database, sink: ExportSink): Promise<void> {
  await exportInto(db, sink, async (cursor) => {
    await sink.write(`{"$comment":${JSON.stringify(COMMENT)},"entities":[`);
    let first = true;
    await cursor.entities(async (entity) => {
      await sink.write((first ? '' : ',') + JSON.stringify(entity));
      first = false;
    });
    await sink.write('],"relationships":[');
    first = true;
    await cursor.edges(async (edge) => {
      await sink.write((first ? '' : ',') + JSON.stringify(edgeToRecord(edge)));
      first = false;
    });
    await sink.write(']}');
  });
}

/** The whole export as one value: for tests and tools on small graphs, never for the API. */
export async function exportJson(db: Database): Promise<SeedFile> {
  const parts: string[] = [];
  await exportJsonTo(db, { write: (text) => void parts.push(text), reset: () => void parts.splice(0) });
  return JSON.parse(parts.join('')) as SeedFile;
}

const xml = (s: string) =>
  s
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
    // Characters XML 1.0 cannot carry at all are dropped rather than producing an unreadable file.
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

const scalar = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/**
 * GraphML declares every attribute before the first node, so a first pass over the records collects
 * the attribute names (a handful, whatever the size of the graph) and a second writes the graph.
 */
export async function exportGraphmlTo(db: Database, sink: ExportSink): Promise<void> {
  await exportInto(db, sink, async (cursor) => {
    const nodeKeys = new Set<string>();
    const edgeKeys = new Set<string>(['type', 'sources']);
    await cursor.entities((n) => {
      for (const k of Object.keys(n)) if (k !== 'id') nodeKeys.add(k);
    });
    await cursor.edges((e) => {
      for (const k of Object.keys(e.properties)) edgeKeys.add(k);
    });
    const head = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
      ...[...nodeKeys].map((k) => `  <key id="n_${xml(k)}" for="node" attr.name="${xml(k)}" attr.type="string"/>`),
      ...[...edgeKeys].map((k) => `  <key id="e_${xml(k)}" for="edge" attr.name="${xml(k)}" attr.type="string"/>`),
      '  <graph id="ai-industry" edgedefault="directed">',
    ];
    await sink.write(head.join('\n') + '\n');
    await cursor.entities(async (n) => {
      const lines = [`    <node id="${xml(n.id)}">`];
      for (const [k, v] of Object.entries(n))
        if (k !== 'id' && v !== undefined) lines.push(`      <data key="n_${xml(k)}">${xml(scalar(v))}</data>`);
      lines.push('    </node>');
      await sink.write(lines.join('\n') + '\n');
    });
    await cursor.edges(async (e) => {
      const lines = [
        `    <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}">`,
        `      <data key="e_type">${xml(e.type)}</data>`,
        `      <data key="e_sources">${xml(JSON.stringify(e.sources))}</data>`,
      ];
      for (const [k, v] of Object.entries(e.properties)) lines.push(`      <data key="e_${xml(k)}">${xml(scalar(v))}</data>`);
      lines.push('    </edge>');
      await sink.write(lines.join('\n') + '\n');
    });
    await sink.write('  </graph>\n</graphml>\n');
  });
}

export async function importSeed(db: Database, body: unknown, author: Author): Promise<LoadSummary> {
  // The API promises all or nothing whatever the size (the body limit keeps it small).
  return loadDataset(db, [{ file: 'body', content: body }], { mode: 'atomic', author });
}
