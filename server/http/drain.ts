// Graceful stop of the HTTP server. Closing the listener at once resets the connections still in
// the kernel's accept queue, which a busy server has not yet taken: requests the client sees as
// sent. So the server keeps accepting while it drains, tells every answer to close its
// connection, and closes the listener only once no request has been in flight for a quiet spell
// (or a deadline passes, so a steady stream of requests cannot hold the process up).
import type { Server } from 'node:http';

export interface Drainer {
  /** Resolves when the server has stopped listening and every open connection has ended. */
  drain(options?: { quietMs?: number; deadlineMs?: number }): Promise<void>;
}

export function drainable(server: Server): Drainer {
  let inFlight = 0;
  let draining = false;
  let lastSettled = Date.now();
  server.on('request', (_req, res) => {
    inFlight++;
    if (draining) res.setHeader('Connection', 'close');
    res.once('close', () => {
      inFlight--;
      lastSettled = Date.now();
    });
  });
  return {
    async drain({ quietMs = 300, deadlineMs = 10_000 } = {}) {
      draining = true;
      const deadline = Date.now() + deadlineMs;
      lastSettled = Date.now();
      while (Date.now() < deadline && (inFlight > 0 || Date.now() - lastSettled < quietMs))
        await new Promise((resolve) => setTimeout(resolve, 25));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
