import { BadRequestException, Controller, Get, Logger, Query, ServiceUnavailableException } from '@nestjs/common';
import { TrendBucket, TrendsQuery } from '@sitrep/archive';
import { TrendsQueryDto } from './trends.query.dto';

const MAX_DAYS = 5 * 366;

/** GET /v1/trends: incidents per day or week (by level, killed, injured), bucketed on the reports' publishedAt. */
@Controller('v1/trends')
export class TrendsController {
  private readonly log = new Logger(TrendsController.name);

  constructor(private readonly trends: TrendsQuery) {}

  @Get()
  async get(@Query() q: TrendsQueryDto): Promise<{ buckets: TrendBucket[] }> {
    if (q.from && q.to && Date.parse(q.to) < Date.parse(q.from)) throw new BadRequestException(['to must not be before from']);
    if (q.from && (Date.parse(q.to ?? new Date().toISOString()) - Date.parse(q.from)) / 86_400_000 > MAX_DAYS) {
      throw new BadRequestException(['from must be at most 5 years before to']);
    }
    try {
      return { buckets: await this.trends.buckets(q, q.interval ?? 'day') };
    } catch (e) {
      this.log.warn({ msg: 'trends: archive unavailable', error: (e as Error).message });
      throw new ServiceUnavailableException('the archive (PostgreSQL) is unavailable; try again');
    }
  }
}
