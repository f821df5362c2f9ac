import { Injectable } from '@nestjs/common';
import { Candidate, DropReason, Stage } from './stage';

/** Drops candidates whose rule is muted until a later time. */
@Injectable()
export class MuteStage implements Stage {
  readonly name = 'mute';
  constructor(private readonly now: () => Date = () => new Date()) {}

  async process(candidates: Candidate[], drop: (c: Candidate, r: DropReason) => void): Promise<Candidate[]> {
    const now = this.now().getTime();
    return candidates.filter((c) => {
      const until = c.rule.policy?.muteUntil ? Date.parse(c.rule.policy.muteUntil) : NaN;
      if (until > now) {
        drop(c, 'muted');
        return false;
      }
      return true;
    });
  }
}
