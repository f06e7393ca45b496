// Named tokens with roles, as configured: a JSON file (API_TOKENS_FILE) or a list in the
// environment (API_TOKENS), each token stored as the SHA-256 of its text so that the
// configuration holds no secret, and the old single API_TOKEN as a curator named 'api-token'.
// Parsing is pure and refuses a bad entry by its position and field, so start-up can name it.
import { createHash } from 'node:crypto';
import { z } from 'zod';

export const TOKEN_ROLES = ['curator', 'reader'] as const;
export type TokenRole = (typeof TOKEN_ROLES)[number];

/** A configured token: who it is, what it may do, and the SHA-256 of its text (lower-case hex). */
export interface NamedToken {
  name: string;
  role: TokenRole;
  sha256: string;
}

/** The name API_TOKEN's holder writes under. */
export const API_TOKEN_NAME = 'api-token';

const TokenName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/, 'must be 1-64 letters, digits, ".", "_", "@" or "-", starting with a letter or digit');
const Sha256Hex = z
  .string()
  .regex(/^[0-9a-fA-F]{64}$/, 'must be the SHA-256 of the token as 64 hex digits (for one, `printf %s "$TOKEN" | sha256sum`)')
  .transform((hex) => hex.toLowerCase());

export const TokenEntry = z
  .object({ name: TokenName, role: z.enum(TOKEN_ROLES).default('reader'), sha256: Sha256Hex })
  .strict()
  .meta({ description: 'A named token; the role defaults to reader.' });

export const TokenFile = z.array(TokenEntry).max(1000);

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Problems of a token list as lines naming the entry and field; empty when it is good. */
function problemsOf(error: z.ZodError, where: string): string[] {
  return error.issues.map((issue) => `${where}${issue.path.length > 0 ? ` [${issue.path.join('.')}]` : ''}: ${issue.message}`);
}

/** Reads `name:role:sha256hex` entries separated by commas (`name:sha256hex` for a reader). */
export function parseTokenList(text: string): { tokens: NamedToken[]; problems: string[] } {
  const entries = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const raw = entries.map((entry) => {
    const fields = entry.split(':');
    if (fields.length === 2) return { name: fields[0], sha256: fields[1] };
    if (fields.length === 3) return { name: fields[0], role: fields[1], sha256: fields[2] };
    return { malformed: entry };
  });
  const problems: string[] = [];
  raw.forEach((r, i) => {
    if ('malformed' in r) problems.push(`API_TOKENS entry ${i + 1}: must be name:role:sha256hex (or name:sha256hex for a reader)`);
  });
  if (problems.length > 0) return { tokens: [], problems };
  const parsed = TokenFile.safeParse(raw);
  if (!parsed.success) return { tokens: [], problems: problemsOf(parsed.error, 'API_TOKENS entry') };
  return { tokens: parsed.data, problems: [] };
}

/** Reads the JSON text of a tokens file: `[{ "name", "role", "sha256" }, …]`. */
export function parseTokenFile(text: string, file: string): { tokens: NamedToken[]; problems: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { tokens: [], problems: [`${file}: not valid JSON (${(error as Error).message})`] };
  }
  const parsed = TokenFile.safeParse(json);
  if (!parsed.success) return { tokens: [], problems: problemsOf(parsed.error, file) };
  return { tokens: parsed.data, problems: [] };
}

/**
 * Every configured token, or the problems that stop start-up: a name or a token used twice would
 * make the actor of a write ambiguous.
 */
export function combineTokens(sources: { apiToken?: string; lists: NamedToken[][] }): { tokens: NamedToken[]; problems: string[] } {
  const tokens = [
    ...(sources.apiToken === undefined ? [] : [{ name: API_TOKEN_NAME, role: 'curator' as const, sha256: sha256Hex(sources.apiToken) }]),
    ...sources.lists.flat(),
  ];
  const problems: string[] = [];
  const byName = new Map<string, NamedToken>();
  const byHash = new Map<string, NamedToken>();
  for (const t of tokens) {
    if (byName.has(t.name)) problems.push(`the token name "${t.name}" is configured more than once`);
    const twin = byHash.get(t.sha256);
    if (twin) problems.push(`"${twin.name}" and "${t.name}" are the same token`);
    byName.set(t.name, t);
    byHash.set(t.sha256, t);
  }
  return { tokens, problems };
}
