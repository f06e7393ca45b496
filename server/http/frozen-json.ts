// A JSON answer that never changes for the life of the process (the schema, the OpenAPI
// document): serialised and hashed once, then sent as bytes. Re-serialising 42 KB and hashing it
// for an ETag on every request was most of what separated Express from bare node:http.
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import type { Frozen } from '../../graph-schema/contract';

export class FrozenJson<T = unknown> implements Frozen<T> {
  readonly frozen = true;
  /** Never set: keeps the type of the value, so a handler cannot send a frozen body of the wrong shape. */
  declare readonly holds?: T;
  readonly body: Buffer;
  readonly etag: string;

  constructor(value: T) {
    this.body = Buffer.from(JSON.stringify(value), 'utf8');
    this.etag = `"${createHash('sha1').update(this.body).digest('base64url')}"`;
  }

  /** Sends the bytes with their ETag; a client that already holds them gets 304 (Express's req.fresh). */
  send(req: Request, res: Response, status = 200): void {
    res.status(status).set({ 'Content-Type': 'application/json; charset=utf-8', ETag: this.etag });
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    res.end(this.body);
  }
}
