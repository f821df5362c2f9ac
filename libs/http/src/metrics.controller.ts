import { Controller, Get, Header } from '@nestjs/common';
import { registry } from '@sitrep/observability';

/** Prometheus metrics of this process (every stage in it). */
@Controller()
export class MetricsController {
  @Get('metrics')
  @Header('Content-Type', registry.contentType)
  metrics(): Promise<string> {
    return registry.metrics();
  }
}
