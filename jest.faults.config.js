// The slow fault tests (`npm run test:faults`): each file starts, kills and restarts its own Neo4j,
// so they are kept out of `npm test`. One file at a time: the machine has two cores.
const transform = { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] };

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 600000,
  transform,
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  displayName: 'faults',
  testMatch: ['<rootDir>/tests/faults/**/*.test.ts'],
};
