import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { Observable, Subject } from 'rxjs';
import { LiveEvent } from './live-feed.types';

/** The process's fan-out point: consumers publish, every open SSE connection subscribes. */
@Injectable()
export class LiveFeedHub implements OnModuleDestroy {
  private readonly subject = new Subject<LiveEvent>();
  private readonly stopping = new Subject<void>();

  publish(event: LiveEvent): void {
    this.subject.next(event);
  }

  get events(): Observable<LiveEvent> {
    return this.subject.asObservable();
  }

  /** Emits once when the app starts closing (before its HTTP server): open streams end, so they cannot hold the close up. */
  get closing(): Observable<void> {
    return this.stopping.asObservable();
  }

  onModuleDestroy(): void {
    this.stopping.next();
    this.stopping.complete();
    this.subject.complete();
  }
}
