import { oneLine } from '@sitrep/rules';

/**
 * `http <status>`, and for chat endpoints the start of their answer (`http 400: invalid_blocks`):
 * one line, printable ASCII only, at most 120 characters, so a hostile endpoint cannot write
 * much into delivery records.
 */
export function answerReason(status: number, detail: string): string {
  const text = oneLine(detail).replace(/[^\x20-\x7e]/g, '?').slice(0, 120);
  return text ? `http ${status}: ${text}` : `http ${status}`;
}
