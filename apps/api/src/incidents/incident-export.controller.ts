import { Controller, Get, Logger, Query, Res, ServiceUnavailableException } from '@nestjs/common';
import { Response } from 'express';
import { csvHeader, csvRow, GEOJSON_CLOSE, GEOJSON_OPEN, geoJsonFeature, IncidentSearch } from '@sitrep/archive';
import { IncidentExportQuery } from './incidents.query';

const DEFAULT_LIMIT = 10_000;

/** GET /v1/incidents/export?format=csv|geojson with the list's filters: the matching archived incidents, streamed. */
@Controller('v1/incidents/export')
export class IncidentExportController {
  private readonly log = new Logger(IncidentExportController.name);

  constructor(private readonly archive: IncidentSearch) {}

  @Get()
  async export(@Query() q: IncidentExportQuery, @Res() res: Response): Promise<void> {
    const rows = this.archive.all(q, q.limit ?? DEFAULT_LIMIT);
    // The first page before any header: an unavailable archive is a 503, not a truncated file.
    let first: IteratorResult<unknown>;
    try {
      first = await rows.next();
    } catch (e) {
      this.log.warn({ msg: 'export: archive unavailable', error: (e as Error).message });
      throw new ServiceUnavailableException('the archive (PostgreSQL) is unavailable; try again');
    }
    const csv = q.format === 'csv';
    const stamp = new Date().toISOString().slice(0, 10);
    res.status(200);
    res.setHeader('Content-Type', csv ? 'text/csv; charset=utf-8' : 'application/geo+json');
    res.setHeader('Content-Disposition', `attachment; filename="sitrep-incidents-${stamp}.${csv ? 'csv' : 'geojson'}"`);
    res.write(csv ? csvHeader() : GEOJSON_OPEN);
    let n = 0;
    try {
      for (let r = first; !r.done; r = await rows.next()) {
        const incident = r.value as Parameters<typeof csvRow>[0];
        res.write(csv ? csvRow(incident) : `${n ? ',' : ''}${JSON.stringify(geoJsonFeature(incident))}`);
        n++;
      }
      res.end(csv ? '' : GEOJSON_CLOSE);
    } catch (e) {
      // Headers are gone: cut the response so the client sees an incomplete file, not a valid short one.
      this.log.warn({ msg: 'export interrupted', rows: n, error: (e as Error).message });
      res.destroy(e as Error);
    }
  }
}
