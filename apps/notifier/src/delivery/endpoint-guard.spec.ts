import { DEFAULT_NOTIFIER_OPTIONS } from '../notifier.options';
import { EndpointGuard } from './endpoint-guard';

describe(EndpointGuard.name, () => {
  let now = 1_000_000;
  const sut = () => new EndpointGuard({ ...DEFAULT_NOTIFIER_OPTIONS, now: () => now, endpointConcurrency: 2, breakerThreshold: 3, breakerCooldownMs: 10_000 });

  it('limits sends in flight per endpoint, not across endpoints', () => {
    const guard = sut();
    const a1 = guard.acquire('https://a');
    const a2 = guard.acquire('https://a');
    expect(a1.ok && a2.ok).toBe(true);
    expect(guard.acquire('https://a')).toMatchObject({ ok: false, reason: 'busy' });
    expect(guard.acquire('https://b').ok).toBe(true);
    if (a1.ok) a1.release(true);
    expect(guard.acquire('https://a').ok).toBe(true);
  });

  it('opens the breaker after consecutive failures, holds sends back until the cooldown ends, then tries again', () => {
    const guard = sut();
    for (let i = 0; i < 3; i++) {
      const p = guard.acquire('https://down');
      if (p.ok) p.release(false);
    }
    expect(guard.acquire('https://down')).toEqual({ ok: false, reason: 'circuit_open', retryAt: now + 10_000 });
    expect(guard.acquire('https://up').ok).toBe(true);
    now += 10_001;
    const trial = guard.acquire('https://down');
    expect(trial.ok).toBe(true);
    // Half-open: one more failure opens it again at once.
    if (trial.ok) trial.release(false);
    expect(guard.isOpen('https://down')).toBe(true);
  });

  it('closes again after a success', () => {
    const guard = sut();
    for (let i = 0; i < 2; i++) {
      const p = guard.acquire('https://x');
      if (p.ok) p.release(false);
    }
    const ok = guard.acquire('https://x');
    if (ok.ok) ok.release(true);
    const p = guard.acquire('https://x');
    if (p.ok) p.release(false);
    expect(guard.isOpen('https://x')).toBe(false);
  });
});
