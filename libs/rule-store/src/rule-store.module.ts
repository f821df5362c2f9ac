import { Module } from '@nestjs/common';
import { ApiKeyStore } from './api-key.store';
import { CompactedLog } from './compacted-log';
import { RuleStore } from './rule.store';
import { SubscriberStore } from './subscriber.store';

@Module({ providers: [CompactedLog, RuleStore, ApiKeyStore, SubscriberStore], exports: [RuleStore, ApiKeyStore, SubscriberStore] })
export class RuleStoreModule {}
