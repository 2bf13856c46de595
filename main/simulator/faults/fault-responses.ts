/**
 * How transport-level faults reach the client: 5xx bodies in each network's style (JSON or an HTML error
 * page), cut-off JSON, an HTML page where JSON was expected, a held socket, a reset, or no service at all.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestFaults } from './fault-engine';
import { graphErrors } from '../graph/graph-error';
import { aboutBlank } from '../x/x-errors';
import { sendJson } from '../http/http-io';

type TransportFault = NonNullable<RequestFaults['transport']>;

const HTML_ERROR: Record<'facebook' | 'x', string> = {
  facebook:
    '<!DOCTYPE html><html lang="en"><head><title>Error</title></head><body><h1>Sorry, something went wrong.</h1><p>We\'re working on getting this fixed as soon as we can.</p></body></html>',
  x: '<!DOCTYPE html><html lang="en"><head><title>X / Error</title></head><body><h1>Something is technically wrong.</h1><p>Thanks for noticing—we\'re going to fix it up and have things back to normal soon.</p></body></html>',
};

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html) });
  res.end(html);
}

/** Answers a request with a transport fault. */
export function answerWithFault(req: IncomingMessage, res: ServerResponse, fault: TransportFault, network: 'facebook' | 'x'): void {
  switch (fault.type) {
    case 'http_error':
      if (fault.body === 'html') return sendHtml(res, fault.status, HTML_ERROR[network]);
      if (network === 'x') {
        const reply = aboutBlank(fault.status);
        return sendJson(res, reply.status, reply.body, reply.headers);
      }
      return sendJson(res, fault.status, graphErrors.unknownError(true).body());
    case 'malformed_json': {
      const text = network === 'x' ? '{"data":{"id":"2244994945","name":"Develo' : '{"data":[{"id":"1047382619';
      res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8', 'content-length': Buffer.byteLength(text) });
      res.end(text);
      return;
    }
    case 'html_page':
      return sendHtml(
        res,
        fault.status,
        '<!DOCTYPE html><html lang="en"><head><title>Log in</title></head><body><form><label>Email <input name="email"></label></form></body></html>',
      );
    case 'timeout':
      // Never answer; drop the socket after holdMs. Closing the simulator closes held sockets too.
      if (fault.holdMs !== undefined) setTimeout(() => req.socket.destroy(), fault.holdMs).unref();
      return;
    case 'connection_reset':
    case 'offline':
      // resetAndDestroy sends a TCP RST where the platform allows it: the client sees ECONNRESET.
      req.socket.resetAndDestroy();
      return;
  }
}
