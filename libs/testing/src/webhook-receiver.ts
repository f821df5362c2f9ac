import http from 'node:http';
import { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  rawBody: string;
  at: number;
}

/** What to answer to the n-th request (0-based): a status, optional headers, delay and body. */
export type Responder = (n: number, req: ReceivedRequest) => { status: number; headers?: Record<string, string>; delayMs?: number; body?: string };

/** A real HTTP server on loopback that records every webhook it receives. */
export class WebhookReceiver {
  readonly requests: ReceivedRequest[] = [];
  private server: http.Server | null = null;
  private port = 0;

  constructor(private responder: Responder = () => ({ status: 200 })) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}/hook`;
  }

  respondWith(responder: Responder): void {
    this.responder = responder;
  }

  async start(port = 0): Promise<this> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const received: ReceivedRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, rawBody: Buffer.concat(chunks).toString('utf8'), at: Date.now() };
        const n = this.requests.length;
        this.requests.push(received);
        const answer = this.responder(n, received);
        setTimeout(() => {
          res.writeHead(answer.status, answer.headers);
          res.end(answer.body);
        }, answer.delayMs ?? 0);
      });
    });
    await new Promise<void>((r) => this.server!.listen(port, '127.0.0.1', () => r()));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
    this.server = null;
  }
}
