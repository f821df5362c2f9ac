import { BadRequestException, Controller, Get, Logger, NotFoundException, Param, Query } from '@nestjs/common';
import { IncidentSearch, InvalidCursorError } from '@sitrep/archive';
import { IncidentStore } from '@sitrep/correlation';
import { Incident } from '@sitrep/contracts';
import { IncidentsQuery } from './incidents.query';
import { matchesFilter } from './redis-fallback.filter';

/**
 * Incidents: the list reads the PostgreSQL archive (history, full text, filters, cursor); when
 * the archive cannot answer it falls back to Redis's live window. One incident: Redis first (the
 * freshest), then the archive.
 */
@Controller('v1/incidents')
export class IncidentsController {
  private readonly log = new Logger(IncidentsController.name);

  constructor(private readonly store: IncidentStore, private readonly archive: IncidentSearch) {}

  @Get()
  async list(@Query() q: IncidentsQuery): Promise<{ items: Incident[]; nextCursor: string | null }> {
    const limit = q.limit ?? 50;
    try {
      return await this.archive.page(q, limit, q.cursor);
    } catch (e) {
      if (e instanceof InvalidCursorError) throw new BadRequestException(['cursor must be a nextCursor this API returned']);
      this.log.warn({ msg: 'archive unavailable, answering from Redis', error: (e as Error).message });
    }
    if (q.cursor) return { items: [], nextCursor: null };
    const live = await this.store.list({ country: q.country, minLevel: q.minLevel, limit: 500 });
    return { items: live.filter((i) => matchesFilter(i, q)).slice(0, limit), nextCursor: null };
  }

  @Get(':id')
  async get(@Param('id') id: string): Promise<Incident> {
    if (!/^[\w:.-]{1,200}$/.test(id)) throw new NotFoundException(`no incident ${JSON.stringify(id.slice(0, 50))}`);
    const incident = (await this.store.get(id)) ?? (await this.archive.get(id).catch(() => null));
    if (!incident) throw new NotFoundException(`no incident ${id}`);
    return incident;
  }
}
