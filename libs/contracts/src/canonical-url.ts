/**
 * Canonical form of an article URL, so that the same page shared with tracking parameters,
 * another scheme, a "www." host or a fragment counts as one URL for exact-duplicate detection.
 */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gclsrc', 'msclkid', 'yclid', 'igshid', 'mc_cid', 'mc_eid', 'ref', 'ref_src',
  'ref_url', 'cmpid', 'cmp', 'ito', 'ncid', 'ocid', 'smid', 'smtyp', 'sr_share', 'share', 'spm', 'src',
  'feature', 'output', 'amp', 'outputtype', 'rss', 'taid', 'partner', 'xtor', '__twitter_impression',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', '_hs', 'oly_', 'vero_', 'at_'];

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((p) => lower.startsWith(p));
}

/** Returns the canonical URL, or null when the input is not an absolute http(s) URL. */
export function canonicalUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname.toLowerCase().replace(/^(www\d?|m|amp|mobile)\./, '');
  // Scheme and default ports say nothing about which page it is.
  const port = url.port && url.port !== '80' && url.port !== '443' ? `:${url.port}` : '';
  let path = url.pathname.replace(/\/{2,}/g, '/');
  path = path.replace(/\/(index|default)\.(html?|php|aspx?)$/i, '/');
  path = path.replace(/\/amp\/?$/i, '/');
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  const kept = [...url.searchParams.entries()]
    .filter(([name]) => !isTrackingParam(name))
    .sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  const query = kept.length ? `?${new URLSearchParams(kept).toString()}` : '';
  return `${host}${port}${path}${query}`;
}
