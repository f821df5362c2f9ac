import { Inject, Injectable } from '@nestjs/common';
import { NOTIFIER_OPTIONS, NotifierOptions } from '../notifier.options';
import { Candidate, DropReason, Stage } from './stage';

/** Drops candidates whose rule is muted until a later time. */
@Injectable()
export class MuteStage implements Stage {
  readonly name = 'mute';
  constructor(@Inject(NOTIFIER_OPTIONS) private readonly options: Pick<NotifierOptions, 'now'>) {}

  async process(candidates: Candidate[], drop: (c: Candidate, r: DropReason) => void): Promise<Candidate[]> {
    const now = this.options.now();
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
