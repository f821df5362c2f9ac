import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { DeliveryProjection, DeliveryView } from './delivery.projection';

export class DeliveriesQuery {
  @IsOptional() @IsString() @Matches(/^[\w:.-]{1,200}$/, { message: 'rule must be a rule id' }) rule?: string;
  @IsOptional() @IsString() @Matches(/^[\w:.-]{1,200}$/, { message: 'incident must be an incident id' }) incident?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) limit?: number;
}

@Controller('v1/deliveries')
@UseGuards(ApiKeyGuard)
export class DeliveriesController {
  constructor(private readonly projection: DeliveryProjection) {}

  @Get()
  async list(@Query() q: DeliveriesQuery): Promise<{ items: DeliveryView[] }> {
    return { items: await this.projection.query({ rule: q.rule, incident: q.incident, limit: q.limit ?? 100 }) };
  }
}
