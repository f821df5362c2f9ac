import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { RuleStore } from '@sitrep/rule-store';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { Caller, canSee, Principal } from '../auth/principal';
import { DeliveryProjection, DeliveryView } from './delivery.projection';

export class DeliveriesQuery {
  @IsOptional() @IsString() @Matches(/^[\w:.-]{1,200}$/, { message: 'rule must be a rule id' }) rule?: string;
  @IsOptional() @IsString() @Matches(/^[\w:.-]{1,200}$/, { message: 'incident must be an incident id' }) incident?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) limit?: number;
}

@Controller('v1/deliveries')
@UseGuards(ApiKeyGuard)
export class DeliveriesController {
  constructor(private readonly projection: DeliveryProjection, private readonly rules: RuleStore) {}

  /** Admins see every delivery; analysts only those of the rules their key owns. */
  @Get()
  async list(@Caller() caller: Principal, @Query() q: DeliveriesQuery): Promise<{ items: DeliveryView[] }> {
    const limit = q.limit ?? 100;
    if (caller.role === 'admin') return { items: await this.projection.query({ rule: q.rule, incident: q.incident, limit }) };
    const own = new Set(this.rules.list().filter((r) => canSee(caller, r.ownerKeyId)).map((r) => r.id));
    if (q.rule && !own.has(q.rule)) return { items: [] };
    // Read wider than the limit, since other analysts' deliveries are filtered out here.
    const items = await this.projection.query({ rule: q.rule, incident: q.incident, limit: q.rule ? limit : 1000 });
    return { items: items.filter((d) => own.has(d.ruleId)).slice(0, limit) };
  }
}
