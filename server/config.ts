// Every setting the server reads from the environment, validated once at start-up: a bad value
// stops the process with one message naming every problem. `.env.example` lists them all.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { SetupError } from './errors';
import { combineTokens, parseTokenFile, parseTokenList, type NamedToken } from './http/tokens';

const port = z.coerce.number().int().min(0).max(65535);
const memory = z.string().regex(/^\d+[kmg]$/i, 'must be a size such as 512m or 2g');

export const settings = {
  PORT: port.default(3000).describe('HTTP port of the API and the explorer page.'),
  HOST: z.string().min(1).default('127.0.0.1').describe('Address the HTTP server binds to.'),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/[^\s]+$/, 'must be a neo4j://, neo4j+s:// or bolt:// URI')
    .optional()
    .describe('An existing Neo4j 5 server, cluster or Aura. Unset: start the local Neo4j.'),
  NEO4J_USER: z.string().min(1).default('neo4j').describe('Neo4j user name.'),
  NEO4J_PASSWORD: z
    .string()
    .min(8, 'must be at least 8 characters (Neo4j refuses shorter passwords)')
    .optional()
    .describe(
      'Neo4j password; required with NEO4J_URI. Unset for the local Neo4j: a random one generated on its first start and kept in the data folder.',
    ),
  NEO4J_DATABASE: z.string().min(1).default('neo4j').describe('Database name within the DBMS.'),
  NEO4J_BOLT_PORT: port.default(7687).describe('Bolt port of the local Neo4j (127.0.0.1 only).'),
  NEO4J_DATA_DIR: z.string().min(1).default('./data/neo4j').describe('Store and logs of the local Neo4j.'),
  NEO4J_HEAP: memory.default('1g').describe('Java heap of the local Neo4j.'),
  NEO4J_PAGECACHE: memory.default('512m').describe('Page cache of the local Neo4j.'),
  NEO4J_START_TIMEOUT_S: z.coerce.number().int().min(5).max(900).default(180).describe('How long the local Neo4j may take to start.'),
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600000).default(5000).describe('Transaction timeout of every API query.'),
  API_TOKEN: z
    .string()
    .min(32, 'must be at least 32 characters (for one, `openssl rand -hex 24`)')
    .optional()
    .describe(
      'Bearer token (32+ characters) that authorises writes, as a curator named api-token. Unset (and no named tokens): writes are disabled (403).',
    ),
  API_TOKENS: z
    .string()
    .max(100_000)
    .optional()
    .describe('Named tokens, comma-separated: name:role:sha256hex (role curator or reader; the SHA-256 of the token, never the token).'),
  API_TOKENS_FILE: z
    .string()
    .min(1)
    .optional()
    .describe('A JSON file of named tokens: [{ "name", "role": "curator"|"reader", "sha256" }]; read at start-up.'),
  CORS_ORIGIN: z
    .string()
    .url()
    .optional()
    .describe('Origin allowed to call the API from a browser (scheme://host[:port], no path). Unset: no CORS.'),
  TRUST_PROXY: z
    .string()
    .regex(
      /^(?:\d{1,2}|(?:loopback|linklocal|uniquelocal|[0-9a-f.:]+(?:\/\d{1,3})?)(?:\s*,\s*(?:loopback|linklocal|uniquelocal|[0-9a-f.:]+(?:\/\d{1,3})?))*)$/i,
      'must be a number of proxies (1) or addresses, subnets or loopback, linklocal, uniquelocal, comma-separated',
    )
    .optional()
    .describe(
      'The reverse proxies in front of the server (Express "trust proxy": a hop count or their addresses). Set it behind a load balancer, or every client shares one write limit and one count of wrong tokens. Unset: clients are told apart by their own address.',
    ),
  WRITE_RATE_LIMIT: z.coerce.number().int().min(1).max(100000).default(60).describe('Writes allowed per client per minute.'),
  SEED_ON_EMPTY: z.enum(['true', 'false']).default('true').describe('Load seed-data/ when the database is empty.'),
} as const;

/** The password this project once printed in its README: any web page can try it, so it is refused. */
const PUBLISHED_PASSWORD = 'local-graph-password';

/** Tokens that look chosen but are not: a sample value copied from somewhere, or one character repeated. */
function placeholderToken(token: string): boolean {
  const folded = token.toLowerCase();
  return (
    new Set(folded).size <= 4 ||
    /(changeme|change-me|change_me|replace|placeholder|example|your[-_]?token|secret|password|xxxx|test-?token|dummy)/.test(folded)
  );
}

/** A browser's Origin header is scheme, host and port only: anything else in CORS_ORIGIN never matches one. */
function originProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must be an http:// or https:// origin';
  if (value !== url.origin)
    return `must be an origin exactly as a browser sends it (scheme://host[:port], no trailing slash, path, query or user): ${url.origin}`;
  return undefined;
}

export const ConfigSchema = z.object(settings).superRefine((config, ctx) => {
  if (config.API_TOKEN !== undefined && config.API_TOKEN.length >= 32 && placeholderToken(config.API_TOKEN))
    ctx.addIssue({
      code: 'custom',
      path: ['API_TOKEN'],
      message: 'looks like a placeholder, not a secret: generate one (for one, `openssl rand -hex 24`)',
    });
  const origin = config.CORS_ORIGIN === undefined ? undefined : originProblem(config.CORS_ORIGIN);
  if (origin) ctx.addIssue({ code: 'custom', path: ['CORS_ORIGIN'], message: origin });
  if (config.NEO4J_PASSWORD === PUBLISHED_PASSWORD)
    ctx.addIssue({
      code: 'custom',
      path: ['NEO4J_PASSWORD'],
      message: config.NEO4J_URI
        ? `${PUBLISHED_PASSWORD} is the default this project once published: set the Neo4j's real password`
        : `${PUBLISHED_PASSWORD} is the default this project once published: unset it, and the local Neo4j gets a generated password`,
    });
  else if (config.NEO4J_URI && config.NEO4J_PASSWORD === undefined)
    ctx.addIssue({ code: 'custom', path: ['NEO4J_PASSWORD'], message: 'is required when NEO4J_URI names a Neo4j' });
});
export type Config = z.infer<typeof ConfigSchema> & {
  /** Every token the server accepts, from API_TOKEN, API_TOKENS and API_TOKENS_FILE. */
  tokens: NamedToken[];
};

/** The tokens the settings configure, or the lines that say what is wrong with them. */
function configuredTokens(config: z.infer<typeof ConfigSchema>): { tokens: NamedToken[]; problems: string[] } {
  const fromEnv = config.API_TOKENS === undefined ? { tokens: [], problems: [] } : parseTokenList(config.API_TOKENS);
  let fromFile: { tokens: NamedToken[]; problems: string[] } = { tokens: [], problems: [] };
  if (config.API_TOKENS_FILE !== undefined) {
    let text: string | undefined;
    try {
      text = readFileSync(config.API_TOKENS_FILE, 'utf8');
    } catch (error) {
      fromFile = { tokens: [], problems: [`cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`] };
    }
    if (text !== undefined) fromFile = parseTokenFile(text, config.API_TOKENS_FILE);
  }
  const problems = [...fromEnv.problems.map((p) => `API_TOKENS: ${p}`), ...fromFile.problems.map((p) => `API_TOKENS_FILE: ${p}`)];
  if (problems.length > 0) return { tokens: [], problems };
  const combined = combineTokens({ apiToken: config.API_TOKEN, lists: [fromEnv.tokens, fromFile.tokens] });
  return { tokens: combined.tokens, problems: combined.problems.map((p) => `tokens: ${p}`) };
}

/** Reads the configuration from `env`, or throws one SetupError that names every bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(
    Object.keys(settings)
      .filter((key) => env[key] !== undefined && env[key] !== '')
      .map((key) => [key, env[key]]),
  );
  const parsed = ConfigSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new SetupError(`invalid configuration: ${lines.join('; ')}`);
  }
  const { tokens, problems } = configuredTokens(parsed.data);
  if (problems.length > 0) throw new SetupError(`invalid configuration: ${problems.join('; ')}`);
  return { ...parsed.data, NEO4J_DATA_DIR: path.resolve(parsed.data.NEO4J_DATA_DIR), tokens };
}
