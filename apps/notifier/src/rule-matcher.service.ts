import { Injectable, OnModuleInit } from '@nestjs/common';
import { Incident, Rule } from '@sitrep/contracts';
import { RuleStore } from '@sitrep/rule-store';
import { RuleIndex } from '@sitrep/rules';

export interface RuleMatchResult {
  rule: Rule;
  reason: Record<string, unknown>;
}

/** Keeps the rule index in step with the rule store and answers "which rules match?". */
@Injectable()
export class RuleMatcher implements OnModuleInit {
  private readonly index = new RuleIndex();

  constructor(private readonly store: RuleStore) {}

  onModuleInit(): void {
    this.store.list().forEach((r) => this.index.upsert(r));
    this.store.onChange(({ id, rule }) => (rule ? this.index.upsert(rule) : this.index.remove(id)));
  }

  match(incident: Incident): RuleMatchResult[] {
    return this.index.match(incident).map((m) => ({ rule: m.rule, reason: m.reason as unknown as Record<string, unknown> }));
  }
}
