/** Keyset position in the list order (last_seen DESC, id DESC): opaque to clients. */
export interface ListCursor {
  lastSeen: string;
  id: string;
}

export function encodeCursor(c: ListCursor): string {
  return Buffer.from(JSON.stringify([c.lastSeen, c.id]), 'utf8').toString('base64url');
}

/** The cursor, or null when it is not one this API issued. */
export function decodeCursor(text: string): ListCursor | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(v) || v.length !== 2 || typeof v[0] !== 'string' || typeof v[1] !== 'string') return null;
    if (!Number.isFinite(Date.parse(v[0]))) return null;
    return { lastSeen: v[0], id: v[1] };
  } catch {
    return null;
  }
}
