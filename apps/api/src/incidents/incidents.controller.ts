import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { IncidentStore } from '@sitrep/correlation';
import { Incident } from '@sitrep/contracts';
import { IncidentsQuery } from './incidents.query';

@Controller('v1/incidents')
export class IncidentsController {
  constructor(private readonly store: IncidentStore) {}

  @Get()
  async list(@Query() q: IncidentsQuery): Promise<{ items: Incident[] }> {
    return { items: await this.store.list({ country: q.country, minLevel: q.minLevel, limit: q.limit ?? 50 }) };
  }

  @Get(':id')
  async get(@Param('id') id: string): Promise<Incident> {
    if (!/^[\w:.-]{1,200}$/.test(id)) throw new NotFoundException(`no incident ${JSON.stringify(id.slice(0, 50))}`);
    const incident = await this.store.get(id);
    if (!incident) throw new NotFoundException(`no incident ${id}`);
    return incident;
  }
}
