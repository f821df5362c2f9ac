import { Injectable, Logger } from '@nestjs/common';
import { Rule } from '@sitrep/contracts';
import { decodeEvent } from '@sitrep/messaging';
import { CompactedLog } from './compacted-log';
import { isRuleKey } from './record-keys';

export type RuleListener = (change: { id: string; rule: Rule | null }) => void;

/** Alert rules: the rule records of the compacted `rules` topic (see CompactedLog). */
@Injectable()
export class RuleStore {
  private readonly log = new Logger(RuleStore.name);
  private readonly rules = new Map<string, Rule>();
  private readonly listeners = new Set<RuleListener>();

  constructor(private readonly records: CompactedLog) {
    for (const [key, value] of records.entries()) this.apply(key, value);
    records.onChange(({ key, value }) => this.apply(key, value));
  }

  get isLoaded(): boolean {
    return this.records.isLoaded;
  }

  list(): Rule[] {
    return [...this.rules.values()];
  }

  get(id: string): Rule | undefined {
    return this.rules.get(id);
  }

  onChange(listener: RuleListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async save(rule: Rule): Promise<Rule> {
    await this.records.put(rule.id, rule);
    return this.rules.get(rule.id) ?? rule;
  }

  async remove(id: string): Promise<boolean> {
    if (!this.rules.has(id)) return false;
    return this.records.delete(id);
  }

  private apply(key: string, value: unknown | null): void {
    if (!isRuleKey(key)) return;
    let rule: Rule | null = null;
    if (value !== null) {
      try {
        rule = decodeEvent(Rule, value);
      } catch (e) {
        this.log.error({ msg: 'unreadable rule in the rules topic; skipped', ruleId: key, error: String(e) });
        return;
      }
    }
    if (rule) this.rules.set(key, rule);
    else if (!this.rules.delete(key)) return;
    this.listeners.forEach((l) => l({ id: key, rule }));
  }
}
