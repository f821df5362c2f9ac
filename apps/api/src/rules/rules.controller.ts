import { Body, Controller, Delete, Get, HttpCode, Inject, NotFoundException, Param, Post, Put, UseGuards, BadRequestException } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { SITREP_CONFIG, SitrepConfig } from '@sitrep/config';
import { Rule, RuleInput } from '@sitrep/contracts';
import { RuleStore, SubscriberStore } from '@sitrep/rule-store';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { Caller, canSee, Principal } from '../auth/principal';
import { RulePreview, RulePreviewService } from './rule-preview.service';
import { RULE_INPUT_SCHEMA } from './rule.openapi';
import { keepMaskedSecrets, maskWebhooks } from './secret-mask';
import { assertPublicWebhooks } from './webhook-target.validator';

export class PreviewInput {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(30) days?: number;
}

function view(rule: Rule): Rule {
  return { ...rule, channels: { ...rule.channels, webhooks: maskWebhooks(rule.channels.webhooks) } };
}

/** Alert rules. Analysts manage their own; admins all. Webhook secrets are write-only. */
@ApiTags('rules')
@ApiBearerAuth()
@Controller('v1/rules')
@UseGuards(ApiKeyGuard)
export class RulesController {
  constructor(
    private readonly store: RuleStore,
    private readonly subscribers: SubscriberStore,
    private readonly previews: RulePreviewService,
    @Inject(SITREP_CONFIG) private readonly config: SitrepConfig,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiBody({ schema: RULE_INPUT_SCHEMA })
  async create(@Caller() caller: Principal, @Body() input: RuleInput): Promise<Rule> {
    this.validate(caller, input);
    const rule = Object.assign(new Rule(), input, { id: `r-${randomUUID()}`, createdAt: new Date().toISOString(), ownerKeyId: caller.keyId });
    return view(await this.store.save(rule));
  }

  @Get()
  list(@Caller() caller: Principal): { items: Rule[] } {
    return { items: this.store.list().filter((r) => canSee(caller, r.ownerKeyId)).map(view) };
  }

  @Get(':id')
  get(@Caller() caller: Principal, @Param('id') id: string): Rule {
    return view(this.find(caller, id));
  }

  /** Replaces the rule (e.g. to change its policy or mute it until a time). */
  @Put(':id')
  @ApiBody({ schema: RULE_INPUT_SCHEMA })
  async replace(@Caller() caller: Principal, @Param('id') id: string, @Body() input: RuleInput): Promise<Rule> {
    const current = this.find(caller, id);
    this.validate(caller, input);
    const rule = Object.assign(new Rule(), input, { id, createdAt: current.createdAt, ownerKeyId: current.ownerKeyId });
    rule.channels = { ...rule.channels, webhooks: keepMaskedSecrets(rule.channels.webhooks, current.channels.webhooks) };
    return view(await this.store.save(rule));
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@Caller() caller: Principal, @Param('id') id: string): Promise<void> {
    this.find(caller, id);
    await this.store.remove(id);
  }

  /** Which incidents of the last `days` (default 7) would have matched, alerts per day, which were merged. */
  @Post(':id/preview')
  @HttpCode(200)
  preview(@Caller() caller: Principal, @Param('id') id: string, @Body() input: PreviewInput): Promise<RulePreview> {
    return this.previews.preview(this.find(caller, id), input.days ?? 7);
  }

  private find(caller: Principal, id: string): Rule {
    const rule = this.store.get(id);
    // Someone else's rule is "not found" for an analyst: ids do not leak.
    if (!rule || !canSee(caller, rule.ownerKeyId)) throw new NotFoundException(`no rule ${id}`);
    return rule;
  }

  private validate(caller: Principal, input: RuleInput): void {
    assertPublicWebhooks(input.channels.webhooks, 'channels.webhooks', this.config.webhooks.allowPrivateTargets);
    const unknown = (input.subscribers ?? []).filter((s) => {
      const found = this.subscribers.get(s);
      return !found || !canSee(caller, found.ownerKeyId);
    });
    if (unknown.length) throw new BadRequestException([`subscribers: no such subscriber ${unknown.join(', ')}`]);
  }
}
