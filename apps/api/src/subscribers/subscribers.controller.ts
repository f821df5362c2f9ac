import { Body, Controller, Delete, Get, HttpCode, Inject, NotFoundException, Param, Post, Put, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { SITREP_CONFIG, SitrepConfig } from '@sitrep/config';
import { Subscriber, SubscriberInput } from '@sitrep/contracts';
import { SubscriberStore } from '@sitrep/rule-store';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { Caller, canSee, Principal } from '../auth/principal';
import { SUBSCRIBER_INPUT_SCHEMA } from '../rules/rule.openapi';
import { maskWebhooks } from '../rules/secret-mask';
import { assertPublicWebhooks } from '../rules/webhook-target.validator';

function view(s: Subscriber): Subscriber {
  return { ...s, webhooks: maskWebhooks(s.webhooks) };
}

/** Subscribers: who receives a rule's alerts besides the rule's own channels. Analysts see their own. */
@ApiTags('subscribers')
@ApiBearerAuth()
@Controller('v1/subscribers')
@UseGuards(ApiKeyGuard)
export class SubscribersController {
  constructor(private readonly store: SubscriberStore, @Inject(SITREP_CONFIG) private readonly config: SitrepConfig) {}

  @Post()
  @ApiBody({ schema: SUBSCRIBER_INPUT_SCHEMA })
  @HttpCode(201)
  async create(@Caller() caller: Principal, @Body() input: SubscriberInput): Promise<Subscriber> {
    assertPublicWebhooks(input.webhooks, 'webhooks', this.config.webhooks.allowPrivateTargets);
    const s = Object.assign(new Subscriber(), input, { id: `s-${randomUUID()}`, createdAt: new Date().toISOString(), ownerKeyId: caller.keyId });
    return view(await this.store.save(s));
  }

  @Get()
  list(@Caller() caller: Principal): { items: Subscriber[] } {
    return { items: this.store.list().filter((s) => canSee(caller, s.ownerKeyId)).map(view) };
  }

  @Get(':id')
  get(@Caller() caller: Principal, @Param('id') id: string): Subscriber {
    return view(this.find(caller, id));
  }

  @Put(':id')
  @ApiBody({ schema: SUBSCRIBER_INPUT_SCHEMA })
  async replace(@Caller() caller: Principal, @Param('id') id: string, @Body() input: SubscriberInput): Promise<Subscriber> {
    const current = this.find(caller, id);
    assertPublicWebhooks(input.webhooks, 'webhooks', this.config.webhooks.allowPrivateTargets);
    const s = Object.assign(new Subscriber(), input, { id, createdAt: current.createdAt, ownerKeyId: current.ownerKeyId });
    return view(await this.store.save(s));
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@Caller() caller: Principal, @Param('id') id: string): Promise<void> {
    this.find(caller, id);
    await this.store.remove(id);
  }

  private find(caller: Principal, id: string): Subscriber {
    const s = this.store.get(id);
    // Someone else's subscriber is "not found" for an analyst: ids do not leak.
    if (!s || !canSee(caller, s.ownerKeyId)) throw new NotFoundException(`no subscriber ${id}`);
    return s;
  }
}
