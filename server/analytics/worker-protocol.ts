// The messages between the server and the worker that runs what would hold the event loop: the
// analytics measures, and the force layout of a picture.
import type { Projection } from '../repositories/analytics.repository';
import type { Graph } from '../repositories/records';
import type { Positions } from '../services/picture-layout';
import type { Communities, Measure } from './measures';
import type { Direction } from './slice';

export type Job =
  | { task: 'centrality'; measure: Measure; direction: Direction; projection: Projection }
  | { task: 'communities'; seed: number; projection: Projection }
  | { task: 'layout'; graph: Graph };

export type JobResult =
  | { task: 'centrality'; scores: Record<string, number> }
  | ({ task: 'communities' } & Communities)
  | { task: 'layout'; positions: Positions | undefined };

export type WorkerMessage =
  { type: 'progress'; message: string } | { type: 'done'; result: JobResult } | { type: 'failed'; message: string };
