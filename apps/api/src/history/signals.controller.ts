import { Controller, Get, Logger, Query, ServiceUnavailableException } from '@nestjs/common';
import { SignalStore } from '@sitrep/archive';
import { SitrepSignal } from '@sitrep/contracts';
import { SignalsQueryDto } from './trends.query.dto';

/** GET /v1/signals: surges, records and breaking incidents the archiver raised, newest first. */
@Controller('v1/signals')
export class SignalsController {
  private readonly log = new Logger(SignalsController.name);

  constructor(private readonly signals: SignalStore) {}

  @Get()
  async list(@Query() q: SignalsQueryDto): Promise<{ items: SitrepSignal[] }> {
    try {
      return { items: await this.signals.list({ ...q, limit: 200 }) };
    } catch (e) {
      this.log.warn({ msg: 'signals: archive unavailable', error: (e as Error).message });
      throw new ServiceUnavailableException('the archive (PostgreSQL) is unavailable; try again');
    }
  }
}
