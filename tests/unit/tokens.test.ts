// Named tokens as configured: the environment's list, the JSON file, the old API_TOKEN as a curator,
// and each malformed entry named by its place and field so that start-up can refuse it clearly.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../server/config';
import { API_TOKEN_NAME, combineTokens, parseTokenFile, parseTokenList, sha256Hex } from '../../server/http/tokens';

const ANA = sha256Hex('ana-secret-token-0123456789abcdef');
const BO = sha256Hex('bo-secret-token-0123456789abcdefg');

describe('the API_TOKENS list', () => {
  it('reads name:role:sha256 entries, and name:sha256 as a reader', () => {
    expect(parseTokenList(`ana:curator:${ANA}, bo:${BO.toUpperCase()}`)).toEqual({
      tokens: [
        { name: 'ana', role: 'curator', sha256: ANA },
        { name: 'bo', role: 'reader', sha256: BO },
      ],
      problems: [],
    });
  });
  it.each([
    ['a missing hash', 'ana:curator', /API_TOKENS entry \[0\.sha256\]: must be the SHA-256 of the token as 64 hex digits/],
    ['an unknown role', `ana:admin:${ANA}`, /API_TOKENS entry \[0\.role\]: Invalid option/],
    ['the token itself instead of its hash', 'ana:curator:ana-secret-token-0123456789abcdef', /\[0\.sha256\]: must be the SHA-256/],
    ['too many fields', `ana:curator:x:${ANA}`, /API_TOKENS entry 1: must be name:role:sha256hex/],
    ['a name with a space', `ana smith:curator:${ANA}`, /\[0\.name\]: must be 1-64 letters/],
  ])('refuses %s, naming the entry and field', (_name, text, message) => {
    const { tokens, problems } = parseTokenList(text);
    expect(tokens).toEqual([]);
    expect(problems.join('; ')).toMatch(message);
  });
});

describe('the tokens file', () => {
  it('reads an array of { name, role, sha256 }, the role defaulting to reader', () => {
    const text = JSON.stringify([
      { name: 'ana', role: 'curator', sha256: ANA },
      { name: 'bo', sha256: BO },
    ]);
    expect(parseTokenFile(text, 'tokens.json').tokens).toEqual([
      { name: 'ana', role: 'curator', sha256: ANA },
      { name: 'bo', role: 'reader', sha256: BO },
    ]);
  });
  it.each([
    ['text that is not JSON', '[{ name: ana }]', /tokens\.json: not valid JSON/],
    ['an object instead of a list', JSON.stringify({ name: 'ana', sha256: ANA }), /tokens\.json: .*expected array/i],
    ['an unknown field', JSON.stringify([{ name: 'ana', sha256: ANA, token: 'plain' }]), /tokens\.json \[0\]: .*token/],
    [
      'a bad hash in the second entry',
      JSON.stringify([
        { name: 'ana', sha256: ANA },
        { name: 'bo', sha256: 'abc' },
      ]),
      /\[1\.sha256\]/,
    ],
  ])('refuses %s, naming the file and entry', (_name, text, message) => {
    const { tokens, problems } = parseTokenFile(text, 'tokens.json');
    expect(tokens).toEqual([]);
    expect(problems.join('; ')).toMatch(message);
  });
});

describe('all tokens together', () => {
  it('keep API_TOKEN working as a curator named api-token', () => {
    expect(combineTokens({ apiToken: 'x', lists: [] }).tokens).toEqual([{ name: API_TOKEN_NAME, role: 'curator', sha256: sha256Hex('x') }]);
  });
  it('refuse a name or a token configured twice', () => {
    const { problems } = combineTokens({
      apiToken: 'ana-secret-token-0123456789abcdef',
      lists: [[{ name: 'ana', role: 'curator', sha256: ANA }], [{ name: 'ana', role: 'reader', sha256: BO }]],
    });
    expect(problems).toEqual(['"api-token" and "ana" are the same token', 'the token name "ana" is configured more than once']);
  });
});

describe('start-up configuration of tokens', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tokens-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string) => {
    const p = path.join(dir, name);
    writeFileSync(p, text);
    return p;
  };

  it('gives every configured token, from API_TOKEN, API_TOKENS and API_TOKENS_FILE', () => {
    const config = loadConfig({
      API_TOKEN: '5f0c1e9a7b3d48e2a6c4f18b90d27e3c5a1b',
      API_TOKENS: `ana:curator:${ANA}`,
      API_TOKENS_FILE: file('good.json', JSON.stringify([{ name: 'bo', role: 'reader', sha256: BO }])),
    });
    expect(config.tokens.map((t) => [t.name, t.role])).toEqual([
      ['api-token', 'curator'],
      ['ana', 'curator'],
      ['bo', 'reader'],
    ]);
  });
  it('has no token, and so no writer, when none is configured', () => {
    expect(loadConfig({}).tokens).toEqual([]);
  });
  it('refuses a malformed tokens file with one message naming the file and entry', () => {
    const bad = file('bad.json', JSON.stringify([{ name: 'bo', role: 'owner', sha256: BO }]));
    expect(() => loadConfig({ API_TOKENS_FILE: bad })).toThrow(
      /^invalid configuration: API_TOKENS_FILE: .*bad\.json \[0\.role\]: Invalid option/,
    );
  });
  it('refuses a tokens file that cannot be read, and a malformed API_TOKENS, together', () => {
    expect(() => loadConfig({ API_TOKENS_FILE: path.join(dir, 'missing.json'), API_TOKENS: 'ana' })).toThrow(
      /API_TOKENS: API_TOKENS entry 1: must be name:role:sha256hex.*; API_TOKENS_FILE: cannot be read \(ENOENT\)/,
    );
  });
});
