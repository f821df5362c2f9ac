import { Rule, SitrepSignal } from '@sitrep/contracts';
import { ruleWantsSignal } from './signal-route';

describe(ruleWantsSignal.name, () => {
  const signal: SitrepSignal = {
    id: 'surge:IQ/IQ-AN:2026-06-01', kind: 'surge', country: 'IQ', admin1: 'Al Anbar', admin1Code: 'IQ-AN', at: '2026-06-01T00:00:00Z',
    observed: 3, baseline: 0.5, incidentIds: ['a', 'b', 'c'], summary: 's',
  };
  const rule = (r: Partial<Rule>): Rule => ({ id: 'r', name: 'n', createdAt: '', minLevel: 3, channels: {}, ...r });

  it('matches a subscribed kind in the rule\'s country or admin-1 (name or code)', () => {
    expect(ruleWantsSignal(rule({ signals: ['surge'], countries: ['IQ'] }), signal)).toBe(true);
    expect(ruleWantsSignal(rule({ signals: ['surge'], admin1: ['AL ANBAR'] }), signal)).toBe(true);
    expect(ruleWantsSignal(rule({ signals: ['surge', 'record'], admin1: ['IQ-AN'] }), signal)).toBe(true);
    expect(ruleWantsSignal(rule({ signals: ['surge'] }), signal)).toBe(true);
  });

  it('ignores rules without the kind, or elsewhere', () => {
    expect(ruleWantsSignal(rule({ countries: ['IQ'] }), signal)).toBe(false);
    expect(ruleWantsSignal(rule({ signals: ['record'], countries: ['IQ'] }), signal)).toBe(false);
    expect(ruleWantsSignal(rule({ signals: ['surge'], countries: ['SY'] }), signal)).toBe(false);
    expect(ruleWantsSignal(rule({ signals: ['surge'], admin1: ['Nineveh'] }), signal)).toBe(false);
    expect(ruleWantsSignal(rule({ signals: ['surge'], regions: ['Middle East'] }), signal)).toBe(false);
    expect(ruleWantsSignal(rule({ signals: ['surge'], admin1: ['Al Anbar'] }), { ...signal, admin1: null, admin1Code: null })).toBe(false);
  });
});
