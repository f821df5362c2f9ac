import { Controller, MessageEvent, Sse } from '@nestjs/common';
import { interval, map, merge, Observable, takeUntil } from 'rxjs';
import { LiveFeedHub } from './live-feed.hub';

/** Keeps proxies and browsers from closing an idle stream. */
const HEARTBEAT_MS = 15_000;

@Controller('v1/stream')
export class StreamController {
  constructor(private readonly hub: LiveFeedHub) {}

  /**
   * Server-Sent Events: `incident`, `alert`, `delivery` and `dlq` events as they happen (JSON in
   * `data`), and a `ping` every 15 s. Clients load the current state from the REST endpoints first.
   */
  @Sse()
  stream(): Observable<MessageEvent> {
    return merge(
      this.hub.events.pipe(map((e): MessageEvent => ({ type: e.kind, data: e }))),
      interval(HEARTBEAT_MS).pipe(map((): MessageEvent => ({ type: 'ping', data: { at: new Date().toISOString() } }))),
    ).pipe(takeUntil(this.hub.closing));
  }
}
