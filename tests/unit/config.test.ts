// Start-up configuration: defaults when unset, every bad value named at once.
import { loadConfig } from '../../server/config';

describe('configuration', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, NEO4J_BOLT_PORT: 7687, NEO4J_USER: 'neo4j', NEO4J_DATABASE: 'neo4j', SEED_ON_EMPTY: 'true' });
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
