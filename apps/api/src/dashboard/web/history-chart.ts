/// <reference lib="dom" />
import type { TrendBucket } from '@sitrep/archive';
import { svg } from './dom';

const W = 720;
const H = 160;

/** Incidents per day as bars stacked by level (level 1 at the bottom); a title per bar for the numbers. */
export function historyChart(buckets: TrendBucket[]): SVGSVGElement {
  const top = Math.max(1, ...buckets.map((b) => b.incidents));
  const bw = W / Math.max(1, buckets.length);
  const bars = buckets.flatMap((b, i) => {
    let y = H;
    return (['1', '2', '3', '4', '5'] as const).filter((l) => b.byLevel[l] > 0).map((l) => {
      const h = (b.byLevel[l] / top) * (H - 10);
      y -= h;
      return svg('rect', { x: (i * bw).toFixed(1), y: y.toFixed(1), width: Math.max(1, bw - 1).toFixed(1), height: h.toFixed(1), class: `bar level-${l}` },
        svg('title', {}, `${b.start}: ${b.incidents} incidents (L${l}: ${b.byLevel[l]}), ${b.killed} killed`));
    });
  });
  return svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'history-chart', role: 'img', 'aria-label': `Incidents per day, ${buckets[0]?.start ?? ''} to ${buckets[buckets.length - 1]?.start ?? ''}, at most ${top} a day` }, ...bars);
}
