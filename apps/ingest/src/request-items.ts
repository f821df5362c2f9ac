import { BadRequestException } from '@nestjs/common';
import { RawItem } from './article-intake.service';

/** At most this many articles in one request. */
export const MAX_BATCH_ITEMS = 1000;

/** An article is a flat object; anything nested deeper than this is refused before it is walked. */
export const MAX_DEPTH = 16;

/** True when `value` nests objects/arrays deeper than `max` (iterative: no stack to overflow). */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * Splits a request body into items: one JSON object, a JSON array, or NDJSON text
 * (one JSON object per line; a line that does not parse becomes a rejected item).
 */
export function requestItems(body: unknown, contentType: string | undefined): RawItem[] {
  if (nestedDeeperThan(body, MAX_DEPTH + 1)) {
    throw new BadRequestException(`request body is nested deeper than ${MAX_DEPTH} levels: an article is a flat JSON object`);
  }
  let items: RawItem[];
  if (typeof body === 'string' && /ndjson|jsonlines|x-jsonl/i.test(contentType ?? '')) {
    items = body
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '')
      .map((line, i) => parseLine(line, i));
  } else if (Array.isArray(body)) {
    items = body.map((value) => ({ ok: true, value }));
  } else if (body !== null && typeof body === 'object' && Object.keys(body).length > 0) {
    items = [{ ok: true, value: body }];
  } else {
    throw new BadRequestException(
      'request body is empty: send one article as a JSON object, a JSON array of articles, or NDJSON with Content-Type: application/x-ndjson',
    );
  }
  if (items.length === 0) throw new BadRequestException('request body has no articles');
  if (items.length > MAX_BATCH_ITEMS) throw new BadRequestException(`at most ${MAX_BATCH_ITEMS} articles per request, got ${items.length}`);
  return items;
}

function parseLine(text: string, index: number): RawItem {
  try {
    const value: unknown = JSON.parse(text);
    if (nestedDeeperThan(value, MAX_DEPTH)) return { ok: false, text: text.slice(0, 10_000), error: `line ${index + 1} is nested deeper than ${MAX_DEPTH} levels` };
    return { ok: true, value };
  } catch (e) {
    return { ok: false, text, error: `line ${index + 1} is not valid JSON: ${(e as Error).message}` };
  }
}
