/// <reference lib="dom" />
import type { StreamHealth } from '../../ops/ops.controller';
import type { StageRate } from '../../ops/stream-health.sampler';
import { api } from './api';
import { time } from './format';
import { h, replace, svg } from './dom';

const REFRESH_MS = 5000;

/** Stream health: throughput per stage, consumer lag, dead letters, deliveries, latency. */
export class HealthView {
  readonly element = h('div', { class: 'health', id: 'health' }, h('p', {}, 'Loading…'));
  private timer: number | null = null;
  private stopped = false;

  constructor() {
    void this.refresh();
  }

  destroy(): void {
    this.stopped = true;
    if (this.timer !== null) clearTimeout(this.timer);
  }

  private async refresh(): Promise<void> {
    try {
      this.render(await api.health());
    } catch (e) {
      replace(this.element, h('p', { class: 'error' }, `Stream health unavailable: ${(e as Error).message}`));
    }
    if (!this.stopped) this.timer = window.setTimeout(() => void this.refresh(), REFRESH_MS);
  }

  private render(s: StreamHealth): void {
    const d = s.deliveries;
    const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
    const ms = (x: number | null) => (x === null ? '–' : x < 10 ? `${x.toFixed(1)} ms` : x < 1000 ? `${Math.round(x)} ms` : `${(x / 1000).toFixed(2)} s`);
    replace(
      this.element,
      h('section', { class: 'panel wide', 'aria-labelledby': 'rates-h' },
        h('h2', { id: 'rates-h' }, 'Throughput, last 15 minutes (messages/s)'),
        h('div', { class: 'rates' }, ...s.stages.map((r) => this.rateCard(r))),
      ),
      h('section', { class: 'panel', 'aria-labelledby': 'kpi-h' },
        h('h2', { id: 'kpi-h' }, 'Alerts'),
        h('dl', { class: 'kpis' },
          h('dt', {}, 'Ingest → alert p50'), h('dd', { id: 'p50' }, ms(s.ingestToAlert.p50Ms)),
          h('dt', {}, 'Ingest → alert p95'), h('dd', { id: 'p95' }, ms(s.ingestToAlert.p95Ms)),
          h('dt', {}, 'Latency samples'), h('dd', {}, String(s.ingestToAlert.samples)),
          ...Object.entries(d.counts).flatMap(([status, n]) => [
            h('dt', {}, `Deliveries ${status} (${d.windowMinutes} min)`), h('dd', { class: `status-${status}` }, `${n} · ${pct(d.rates[status] ?? 0)}`),
          ]),
          h('dt', {}, 'Redis PING'), h('dd', {}, ms(s.redisPingMs)),
        ),
      ),
      h('section', { class: 'panel', 'aria-labelledby': 'lag-h' },
        h('h2', { id: 'lag-h' }, 'Consumer lag'),
        s.lag.length
          ? h('table', { id: 'lag' },
              h('thead', {}, h('tr', {}, ...['Group', 'Topic', 'Partition', 'Committed', 'End', 'Lag'].map((c) => h('th', { scope: 'col' }, c)))),
              h('tbody', {}, ...s.lag.map((l) => h('tr', { class: l.lag > 1000 ? 'warn' : '' },
                h('td', {}, l.group), h('td', {}, l.topic), h('td', {}, String(l.partition)), h('td', {}, String(l.committed)), h('td', {}, String(l.end)), h('td', {}, String(l.lag)),
              ))))
          : h('p', { class: 'note' }, 'No committed offsets yet.'),
        h('p', { class: 'note' }, 'Consumers of this process: ', s.consumers.map((c) => `${c.group} ${c.joined ? 'joined' : 'not joined'}`).join(' · ')),
      ),
      h('section', { class: 'panel', 'aria-labelledby': 'dlq-h' },
        h('h2', { id: 'dlq-h' }, 'Dead letters'),
        s.deadLetters.counts.length
          ? h('ul', { class: 'tags', id: 'dlq-counts' }, ...s.deadLetters.counts.map((c) => h('li', {}, `${c.topic} · ${c.code}: ${c.count}`)))
          : h('p', { class: 'note' }, 'None.'),
        s.deadLetters.latest.length
          ? h('table', { id: 'dlq-latest' },
              h('thead', {}, h('tr', {}, ...['When', 'Topic', 'From', 'Code', 'Reason'].map((c) => h('th', { scope: 'col' }, c)))),
              h('tbody', {}, ...s.deadLetters.latest.slice(0, 20).map((e) => h('tr', {},
                h('td', {}, time(e.at)), h('td', {}, e.topic), h('td', {}, e.source), h('td', {}, e.code), h('td', { class: 'reason' }, e.message),
              ))))
          : null,
      ),
      h('p', { class: 'note' }, `Updated ${time(s.at)}; refreshes every ${REFRESH_MS / 1000} s.`),
    );
  }

  private rateCard(r: StageRate): HTMLElement {
    const W = 240;
    const H = 60;
    const peak = Math.max(0, ...r.series.map((p) => p.perSecond));
    const max = Math.max(peak, 0.1);
    const rate = (x: number) => (x >= 10 ? x.toFixed(0) : x.toFixed(2));
    const t0 = Date.now() - 15 * 60_000;
    const points = r.series.map((p) => `${(((p.t - t0) / (15 * 60_000)) * W).toFixed(1)},${(H - (p.perSecond / max) * (H - 4)).toFixed(1)}`).join(' ');
    return h('figure', { class: 'rate', 'data-stage': r.stage },
      h('figcaption', {}, h('strong', {}, r.stage), ` ${rate(r.current)}/s`, h('span', { class: 'note' }, ` (${r.topic}, peak ${rate(peak)}/s)`)),
      svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'spark', role: 'img', preserveAspectRatio: 'none', 'aria-label': `${r.stage}: ${rate(r.current)} messages per second over the last minute, peak ${rate(peak)}` },
        r.series.length ? svg('polygon', { points: `${points} ${lastX(r.series, t0, W)},${H} ${firstX(r.series, t0, W)},${H}`, class: 'spark-area' }) : null,
        svg('polyline', { points, class: 'spark-line' }),
      ),
    );
  }
}

const xOf = (t: number, t0: number, w: number) => (((t - t0) / (15 * 60_000)) * w).toFixed(1);
const firstX = (series: { t: number }[], t0: number, w: number) => xOf(series[0].t, t0, w);
const lastX = (series: { t: number }[], t0: number, w: number) => xOf(series[series.length - 1].t, t0, w);
