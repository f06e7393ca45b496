// Start-up configuration: defaults when unset, every bad value named at once, and every setting
// documented in the README's table and in .env.example.
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
      /PORT: .*; NEO4J_URI: must be a neo4j:\/\/.*; NEO4J_HEAP: must be a size.*; API_TOKEN: must be at least 16 characters/,
    );
  });
  it('accepts Aura and cluster URIs', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://abcd.databases.neo4j.io' }).NEO4J_URI).toBe('neo4j+s://abcd.databases.neo4j.io');
    expect(loadConfig({ NEO4J_URI: 'bolt://db:7687' }).NEO4J_URI).toBe('bolt://db:7687');
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
  it('documents no setting that the server does not read', () => {
    const documented = [...readme.matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual(Object.keys(settings).sort());
  });
});
