import { Module } from '@nestjs/common';
import { RuleStore } from './rule.store';

@Module({ providers: [RuleStore], exports: [RuleStore] })
export class RuleStoreModule {}
