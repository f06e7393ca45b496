// Requests that Node's HTTP parser refuses before Express sees them (a URL or headers longer than
// it reads, bytes that are not HTTP): answered in the API's JSON error envelope, not with Node's
// bare status line, then the connection is closed since its stream can no longer be trusted.
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { STATUS_CODES } from 'node:http';
import { errorBody } from './error.middleware';

export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A connection reset or a timeout leaves no one to answer.
    if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const status = tooLarge ? 431 : 400;
    const body = JSON.stringify(
      tooLarge
        ? errorBody('HEADERS_TOO_LARGE', 'the URL and headers of this request are longer than the server reads (16 KB in all)')
        : errorBody('BAD_REQUEST', 'the request is not well-formed HTTP'),
    );
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
