import { BadRequestException } from '@nestjs/common';
import { RawItem } from './article-intake.service';

/** At most this many articles in one request. */
export const MAX_BATCH_ITEMS = 1000;

/**
 * Splits a request body into items: one JSON object, a JSON array, or NDJSON text
 * (one JSON object per line; a line that does not parse becomes a rejected item).
 */
export function requestItems(body: unknown, contentType: string | undefined): RawItem[] {
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
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, text, error: `line ${index + 1} is not valid JSON: ${(e as Error).message}` };
  }
}
