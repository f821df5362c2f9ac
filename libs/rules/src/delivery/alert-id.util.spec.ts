import { alertId } from './alert-id.util';

describe(alertId.name, () => {
  it('is deterministic per rule, incident and level, as AlertEvent documents', () => {
    expect(alertId('r1', 'inc-9', 3)).toBe('r1:inc-9:3');
    expect(alertId('r1', 'inc-9', 3)).toBe(alertId('r1', 'inc-9', 3));
    expect(alertId('r1', 'inc-9', 4)).not.toBe(alertId('r1', 'inc-9', 3));
  });

  it('rejects a non-integer level', () => {
    expect(() => alertId('r1', 'inc-9', 3.5)).toThrow(RangeError);
  });
});
