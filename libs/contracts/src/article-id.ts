import { createHash } from 'node:crypto';

/** Query parameters that only track the reader; they never make two URLs different articles. */
const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref|ref_src|cmpid|ito|at_medium|at_campaign|_ga|ocid|smid|taid)$/i;

/**
 * The canonical form of an article URL: lower-case scheme and host, no fragment, no default
 * port, no tracking parameters, remaining parameters sorted, no trailing slash.
 * Returns the input trimmed when it is not a parsable URL.
 */
export function canonicalUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return raw.trim();
  }
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams.entries()].filter(([k]) => !TRACKING_PARAM.test(k)).sort(([a], [b]) => a.localeCompare(b));
  url.search = new URLSearchParams(kept).toString();
  let text = url.toString();
  if (text.endsWith('/') && url.pathname !== '/') text = text.slice(0, -1);
  if (url.pathname === '/' && !url.search) text = text.replace(/\/$/, '');
  return text;
}

/** Article id derived from the canonical URL when the producer sent none: `u-<24 hex>`. */
export function articleIdFromUrl(url: string): string {
  return 'u-' + createHash('sha256').update(canonicalUrl(url)).digest('hex').slice(0, 24);
}
