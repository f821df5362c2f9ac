import { Injectable } from '@nestjs/common';
import { Candidate, DropReason, Stage } from './stage';
import { RuleMatcher } from '../rule-matcher.service';

/** Fans an incident event out to the rules it matches, each with the reason it matched. */
@Injectable()
export class RouteStage implements Stage {
  readonly name = 'route';
  constructor(private readonly matcher: RuleMatcher) {}

  async process(candidates: Candidate[], drop: (c: Candidate, r: DropReason) => void): Promise<Candidate[]> {
    return candidates.flatMap((c) => {
      const matches = this.matcher.match(c.incident);
      if (matches.length === 0) drop(c, 'no_rule');
      return matches.map((m) => ({ ...c, rule: m.rule, reason: m.reason }));
    });
  }
}
