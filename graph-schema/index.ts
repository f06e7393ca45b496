// graph-schema: the single source of truth for what the AI-industry graph may contain.
export * from './primitives';
export * from './define';
export * from './kinds';
export * from './relationships';
export * from './model';
export * from './cypher';
export * from './seed-format';
export * from './rules';
