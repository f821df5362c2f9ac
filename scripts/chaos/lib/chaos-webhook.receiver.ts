import http from 'node:http';

export type ReceiverMode = 'ok' | 'slow';

export interface WebhookHit {
  key: string;
  deliveryId: string;
  at: number;
  /** The 2xx reached a client that was still waiting: from Sitrep's side, delivered. */
  acknowledged: boolean;
}

/**
 * The webhook target of the chaos suite, on a fixed port so it can go down and come back:
 * 'ok' answers 200 at once, 'slow' answers after `slowMs` (longer than Sitrep's timeout).
 * Each hit is keyed by rule id, incident id and level from the signed body.
 */
export class ChaosWebhookReceiver {
  readonly hits: WebhookHit[] = [];
  mode: ReceiverMode = 'ok';
  private server: http.Server | null = null;

  constructor(readonly port: number, private readonly slowMs = 5000) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}/hook`;
  }

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        let key = 'unparsable';
        try {
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { rule: { id: string }; incident: { id: string; level: number } };
          key = `${body.rule.id}:${body.incident.id}:${body.incident.level}`;
        } catch {
          // counted under 'unparsable'
        }
        const hit: WebhookHit = { key, deliveryId: String(req.headers['sitrep-delivery-id'] ?? ''), at: Date.now(), acknowledged: false };
        this.hits.push(hit);
        const answer = () => {
          if (res.destroyed || req.socket.destroyed) return; // the client gave up: not delivered
          res.writeHead(200).end(() => (hit.acknowledged = true));
        };
        if (this.mode === 'slow') setTimeout(answer, this.slowMs);
        else answer();
      });
    });
    await new Promise<void>((r) => this.server!.listen(this.port, '127.0.0.1', () => r()));
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server!.close(() => r()));
    this.server = null;
  }
}
