// Start-up configuration: defaults when unset, every bad value named at once, the passwords it
// refuses, and every setting documented in the README's table and in .env.example.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, settings } from '../../server/config';

describe('configuration', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      NEO4J_BOLT_PORT: 7687,
      NEO4J_USER: 'neo4j',
      NEO4J_DATABASE: 'neo4j',
      SEED_ON_EMPTY: 'true',
    });
    expect(config.NEO4J_URI).toBeUndefined();
    expect(config.API_TOKEN).toBeUndefined();
    expect(config.NEO4J_DATA_DIR).toMatch(/data\/neo4j$/);
  });
  it('names every bad value in one message', () => {
    expect(() => loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474', API_TOKEN: 'short', NEO4J_HEAP: 'lots' })).toThrow(
      /PORT: .*; NEO4J_URI: must be a neo4j:\/\/.*; NEO4J_HEAP: must be a size.*; API_TOKEN: must be at least 32 characters/,
    );
  });
  it('accepts Aura and cluster URIs, with their password', () => {
    const aura = { NEO4J_URI: 'neo4j+s://abcd.databases.neo4j.io', NEO4J_PASSWORD: 'an-aura-password' };
    expect(loadConfig(aura).NEO4J_URI).toBe('neo4j+s://abcd.databases.neo4j.io');
    expect(loadConfig({ NEO4J_URI: 'bolt://db:7687', NEO4J_PASSWORD: 'a-server-password' }).NEO4J_URI).toBe('bolt://db:7687');
  });
  it('leaves the password of the local Neo4j unset, so that its data folder gets a generated one', () => {
    expect(loadConfig({}).NEO4J_PASSWORD).toBeUndefined();
    expect(loadConfig({ NEO4J_PASSWORD: 'chosen-by-the-user' }).NEO4J_PASSWORD).toBe('chosen-by-the-user');
  });
  it('asks for the password of a Neo4j named by NEO4J_URI', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db:7687' })).toThrow(/NEO4J_PASSWORD: is required when NEO4J_URI names a Neo4j/);
  });
  it('refuses the password this project once published, for a remote Neo4j and for the local one', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db:7687', NEO4J_PASSWORD: 'local-graph-password' })).toThrow(
      /invalid configuration: NEO4J_PASSWORD: local-graph-password is the default this project once published: set the Neo4j's real password/,
    );
    expect(() => loadConfig({ NEO4J_PASSWORD: 'local-graph-password' })).toThrow(
      /NEO4J_PASSWORD: local-graph-password is the default .*: unset it, and the local Neo4j gets a generated password/,
    );
  });
});

describe('the write token and the CORS origin', () => {
  it('refuses a token shorter than 32 characters, naming how to make one', () => {
    expect(() => loadConfig({ API_TOKEN: 'a'.repeat(16) + 'bcdefghijklmno' })).toThrow(
      /API_TOKEN: must be at least 32 characters \(for one, `openssl rand -hex 24`\)/,
    );
  });
  it.each([
    ['the sample from .env.example', 'change-me-to-a-long-random-string'],
    ['a placeholder word', 'your-token-goes-here-0123456789abcdef'],
    ['one character repeated', 'x'.repeat(40)],
    ['a few characters repeated', 'abab'.repeat(10)],
  ])('refuses %s as a token', (_name, token) => {
    expect(() => loadConfig({ API_TOKEN: token })).toThrow(/API_TOKEN: looks like a placeholder, not a secret/);
  });
  it('accepts a random token of 32 characters or more', () => {
    const token = '5f0c1e9a7b3d48e2a6c4f18b90d27e3c5a1b';
    expect(loadConfig({ API_TOKEN: token }).API_TOKEN).toBe(token);
  });
  it.each([
    ['a trailing slash', 'https://example.org/', 'https://example.org'],
    ['a path', 'https://example.org/app', 'https://example.org'],
    ['a query', 'http://localhost:5173?x=1', 'http://localhost:5173'],
  ])('refuses a CORS_ORIGIN with %s, naming the origin a browser would send', (_name, value, origin) => {
    expect(() => loadConfig({ CORS_ORIGIN: value })).toThrow(
      new RegExp(`CORS_ORIGIN: must be an origin exactly as a browser sends it .*: ${origin.replace(/[.?]/g, '\\$&')}$`),
    );
  });
  it('takes TRUST_PROXY as a hop count or addresses, and names what it expects otherwise', () => {
    expect(loadConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe('1');
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).TRUST_PROXY).toBe('loopback, 10.0.0.0/8');
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY: must be a number of proxies/);
  });
  it('refuses a CORS_ORIGIN that is not http or https, and accepts a bare origin with a port', () => {
    expect(() => loadConfig({ CORS_ORIGIN: 'ftp://example.org' })).toThrow(/CORS_ORIGIN: must be an http:\/\/ or https:\/\/ origin/);
    expect(loadConfig({ CORS_ORIGIN: 'http://localhost:5173' }).CORS_ORIGIN).toBe('http://localhost:5173');
  });
});

describe('documentation of the settings', () => {
  const root = path.resolve(__dirname, '../..');
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const envExample = readFileSync(path.join(root, '.env.example'), 'utf8');

  it.each(Object.keys(settings))('the README table and .env.example both list %s', (key) => {
    expect(readme).toMatch(new RegExp(`^\\| \`${key}\` \\|`, 'm'));
    expect(envExample).toMatch(new RegExp(`^#? ?${key}=`, 'm'));
  });
  it('prints no default password in either', () => {
    expect(readme).not.toContain('local-graph-password');
    expect(envExample).not.toMatch(/^NEO4J_PASSWORD=/m);
  });
  it('documents no setting that the server does not read', () => {
    const documented = [...readme.matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual(Object.keys(settings).sort());
  });
});
