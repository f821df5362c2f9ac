import { createHash } from 'node:crypto';
import { canonicalUrl } from './canonical-url';

/**
 * Article id derived from the canonical URL when the producer sent none: `u-<24 hex>`, so the
 * same page sent twice, with tracking parameters or not, gets the same id.
 */
export function articleIdFromUrl(url: string): string {
  return 'u-' + createHash('sha256').update(canonicalUrl(url) ?? url.trim()).digest('hex').slice(0, 24);
}
