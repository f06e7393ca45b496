// A body written as it is produced, for answers too large to hold (the export). The producer gets a
// sink whose write waits while the socket's buffer is full, so a slow client slows the database
// cursor instead of growing memory. Nothing is sent until the first chunk is full (or the producer
// ends), so a failure before that is still answered with a proper error.
import type { Response } from 'express';
import type { Streamed } from '../../graph-schema/contract';

export interface Sink {
  /** Appends text; resolves once the text is buffered or, when the buffer is full, written out. */
  write(text: string): Promise<void>;
  /** True once any byte has reached the client: from then on a failure can only cut the answer short. */
  readonly started: boolean;
  /** Forgets what is buffered and not yet sent (a producer that starts over after a retry). */
  reset(): void;
}

const CHUNK_BYTES = 64 * 1024;

export class StreamedBody<T = unknown> implements Streamed<T> {
  readonly streamed = true;
  declare readonly holds?: T;
  constructor(readonly produce: (sink: Sink) => Promise<void>) {}

  /** Runs the producer into `res`; `begin` sets status and headers just before the first byte. */
  async pipe(res: Response, begin: () => void): Promise<void> {
    let pending: string[] = [];
    let size = 0;
    let started = false;
    let closed = false;
    res.once('close', () => (closed = true));
    const flush = async () => {
      if (closed) throw new ClientGone();
      if (!started) {
        begin();
        started = true;
      }
      const chunk = pending.join('');
      pending = [];
      size = 0;
      if (!res.write(chunk))
        await new Promise<void>((resolve) => {
          const done = () => {
            res.off('drain', done);
            res.off('close', done);
            resolve();
          };
          res.on('drain', done);
          res.on('close', done);
        });
      if (closed) throw new ClientGone();
    };
    const sink: Sink = {
      async write(text) {
        pending.push(text);
        size += text.length;
        if (size >= CHUNK_BYTES) await flush();
      },
      get started() {
        return started;
      },
      reset() {
        pending = [];
        size = 0;
      },
    };
    try {
      await this.produce(sink);
      if (size > 0 || !started) await flush();
      res.end();
    } catch (error) {
      if (error instanceof ClientGone) return;
      if (!started) throw error;
      // Headers are out: the only honest signal left is an answer cut short, which no client takes as whole.
      res.destroy(error instanceof Error ? error : undefined);
      throw error;
    }
  }
}

/** The client went away: the producer stops reading and nothing more is written. */
export class ClientGone extends Error {
  constructor() {
    super('the client closed the connection');
  }
}
