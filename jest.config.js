// Three projects, split by speed: unit (no database), integration (real Neo4j + real HTTP) and
// e2e (real Chromium). The Neo4j global set-up runs only when a project that needs it runs.
// ts-jest only transpiles (tsconfig's isolatedModules): `npm test` type-checks once with tsc first.
const transform = { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] };
const common = { transform, testEnvironment: 'node', moduleFileExtensions: ['ts', 'js', 'json'] };
const withNeo4j = {
  globalSetup: '<rootDir>/tests/support/neo4j.global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/neo4j.global-teardown.ts',
};

/** @type {import('jest').Config} */
module.exports = {
  // Jest 29 reads the timeout only here, not per project; the real-Neo4j and browser tests need it.
  testTimeout: 120000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    { ...common, ...withNeo4j, displayName: 'integration', testMatch: ['<rootDir>/tests/integration/**/*.test.ts'] },
    // The browser tests also rebuild the explorer bundle first when client/ changed, so they never test a stale page.
    {
      ...common,
      ...withNeo4j,
      globalSetup: '<rootDir>/tests/support/e2e.global-setup.ts',
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
    },
  ],
};
