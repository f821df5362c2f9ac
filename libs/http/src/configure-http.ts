import { INestApplication, ValidationPipe } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SitrepConfig } from '@sitrep/config';
import { HttpErrorFilter } from './http-error.filter';

/**
 * What every HTTP app shares: body parsers with the documented size limit (JSON and NDJSON),
 * validation that says which field is wrong and rejects unknown ones, error replies as JSON.
 */
export function configureHttpApp(app: INestApplication, config: SitrepConfig): void {
  const express = app as NestExpressApplication;
  const limit = config.ingest.maxBodyBytes;
  express.useBodyParser('json', { limit, type: ['application/json', 'application/*+json'] });
  express.useBodyParser('text', { limit, type: ['application/x-ndjson', 'application/jsonl', 'application/x-jsonlines'] });
  express.disable('x-powered-by');
  app.useGlobalPipes(new ValidationPipe({ transform: true, whitelist: true, forbidNonWhitelisted: true }));
  app.useGlobalFilters(new HttpErrorFilter());
  app.enableShutdownHooks();
}
