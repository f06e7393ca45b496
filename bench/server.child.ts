// The HTTP side of the benchmark, in its own process so the load generator never shares its event
// loop: either the project's Express app against the benchmark's Neo4j, or a bare `node:http`
// server answering the same /api/schema JSON (the floor for the Express stack). Prints its port.
import http from 'node:http';
import { createApp } from '../server/app';
import { schemaDocument } from '../server/api/meta.routes';
import { connect } from '../server/neo4j/database';

const mode = process.argv[2] === 'bare' ? 'bare' : 'express';

function listen(server: http.Server) {
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.stdout.write(`LISTENING ${typeof address === 'object' && address ? address.port : 0}\n`);
  });
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
  // The parent closing our stdin means it is gone: never outlive it.
  process.stdin.on('end', () => process.exit(0));
  process.stdin.resume();
}

if (mode === 'bare') {
  const body = JSON.stringify(schemaDocument());
  listen(
    http.createServer((req, res) => {
      if (req.url === '/api/schema') {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      } else {
        res.writeHead(404).end();
      }
    }),
  );
} else {
  const db = connect({
    uri: process.env.BENCH_NEO4J_URI!,
    user: 'neo4j',
    password: process.env.BENCH_NEO4J_PASSWORD!,
    database: 'neo4j',
    queryTimeoutMs: Number(process.env.BENCH_QUERY_TIMEOUT_MS ?? 5000),
  });
  const app = createApp({ db, config: { API_TOKEN: undefined, WRITE_RATE_LIMIT: 60, CORS_ORIGIN: undefined } });
  listen(http.createServer(app));
}
