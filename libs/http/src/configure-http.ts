import { INestApplication, ValidationPipe } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { isUtf8 } from 'node:buffer';
import express, { NextFunction, Request, Response } from 'express';
import { SitrepConfig } from '@sitrep/config';
import { HttpErrorFilter } from './http-error.filter';

interface BodyParserError {
  type?: string;
  limit?: number;
  message?: string;
  code?: string;
}

/**
 * The byte offset of the first byte that is not part of a well-formed UTF-8 sequence (RFC 3629:
 * no overlong forms, no surrogates, nothing above U+10FFFF), or -1. Only called once
 * `isUtf8()` has said no, so the common case costs one native pass.
 */
export function firstInvalidUtf8Offset(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    if (b < 0x80) { i++; continue; }
    // Length of the sequence and the allowed range of its second byte (Unicode table 3-7).
    let len: number, lo = 0x80, hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) len = 2;
    else if (b >= 0xe0 && b <= 0xef) { len = 3; if (b === 0xe0) lo = 0xa0; if (b === 0xed) hi = 0x9f; }
    else if (b >= 0xf0 && b <= 0xf4) { len = 4; if (b === 0xf0) lo = 0x90; if (b === 0xf4) hi = 0x8f; }
    else return i;
    for (let k = 1; k < len; k++) {
      const c = buf[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += len;
  }
  return -1;
}

/**
 * body-parser decodes invalid UTF-8 into U+FFFD without a word, so a Latin-1 or binary body
 * would be accepted as "�� bad" text. Refuse it before parsing; `bodyErrors` answers 400.
 */
function strictUtf8(_req: Request, _res: Response, buf: Buffer, encoding: string): void {
  // A body declared in another charset (NDJSON may say `charset=latin1`) is decoded as declared.
  if (!/^utf-?8$/i.test(encoding) || isUtf8(buf)) return;
  const offset = firstInvalidUtf8Offset(buf);
  throw Object.assign(new Error(`request body is not valid UTF-8: invalid byte 0x${buf[offset]?.toString(16).padStart(2, '0')} at byte offset ${offset}`), { code: 'invalid_utf8' });
}

/**
 * Body-parser failures answered where they happen, in words a caller can act on: broken JSON
 * or a body that is not UTF-8
 * is 400, a body over the limit is 413, an unknown charset 415. Other errors go on to Nest.
 */
function bodyErrors(err: BodyParserError, _req: Request, res: Response, next: NextFunction): void {
  const reply = (statusCode: number, message: string) => void res.status(statusCode).json({ statusCode, message });
  if (err?.type === 'entity.verify.failed' && err.code === 'invalid_utf8') return reply(400, String(err.message));
  if (err?.type === 'entity.too.large') return reply(413, `request body is larger than the limit of ${err.limit} bytes`);
  if (err?.type === 'entity.parse.failed') return reply(400, `request body is not valid JSON: ${err.message}`);
  if (err?.type === 'encoding.unsupported' || err?.type === 'charset.unsupported') return reply(415, String(err.message));
  if (err?.type === 'request.aborted' || err?.type === 'request.size.invalid') return reply(400, String(err.message));
  next(err);
}

/**
 * What every HTTP app shares: body parsers with the documented size limit (JSON and NDJSON),
 * validation that says which field is wrong and rejects unknown ones, errors as JSON.
 * Create the app with `bodyParser: false`: the parsers here replace Nest's defaults.
 */
export function configureHttpApp(app: INestApplication, config: SitrepConfig): void {
  const http = app as NestExpressApplication;
  const limit = config.ingest.maxBodyBytes;
  http.use(express.json({ limit, type: ['application/json', 'application/*+json'], verify: strictUtf8 }));
  http.use(express.text({ limit, type: ['application/x-ndjson', 'application/jsonl', 'application/x-jsonlines'], verify: strictUtf8 }));
  http.use(bodyErrors);
  http.disable('x-powered-by');
  app.useGlobalPipes(new ValidationPipe({ transform: true, whitelist: true, forbidNonWhitelisted: true }));
  app.useGlobalFilters(new HttpErrorFilter());
  app.enableShutdownHooks();
}
