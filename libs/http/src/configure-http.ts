import { INestApplication, ValidationPipe } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import express, { NextFunction, Request, Response } from 'express';
import { SitrepConfig } from '@sitrep/config';
import { HttpErrorFilter } from './http-error.filter';

interface BodyParserError {
  type?: string;
  limit?: number;
  message?: string;
}

/**
 * Body-parser failures answered where they happen, in words a caller can act on: broken JSON
 * is 400, a body over the limit is 413, an unknown charset 415. Other errors go on to Nest.
 */
function bodyErrors(err: BodyParserError, _req: Request, res: Response, next: NextFunction): void {
  const reply = (statusCode: number, message: string) => void res.status(statusCode).json({ statusCode, message });
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
  http.use(express.json({ limit, type: ['application/json', 'application/*+json'] }));
  http.use(express.text({ limit, type: ['application/x-ndjson', 'application/jsonl', 'application/x-jsonlines'] }));
  http.use(bodyErrors);
  http.disable('x-powered-by');
  app.useGlobalPipes(new ValidationPipe({ transform: true, whitelist: true, forbidNonWhitelisted: true }));
  app.useGlobalFilters(new HttpErrorFilter());
  app.enableShutdownHooks();
}
