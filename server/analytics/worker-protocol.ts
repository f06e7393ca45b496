// The messages between the server and the analytics worker.
import type { Projection } from '../repositories/analytics.repository';
import type { Communities, Measure } from './measures';
import type { Direction } from './slice';

export type Job =
  | { task: 'centrality'; measure: Measure; direction: Direction; projection: Projection }
  | { task: 'communities'; seed: number; projection: Projection };

export type JobResult = { task: 'centrality'; scores: Record<string, number> } | ({ task: 'communities' } & Communities);

export type WorkerMessage =
  { type: 'progress'; message: string } | { type: 'done'; result: JobResult } | { type: 'failed'; message: string };
