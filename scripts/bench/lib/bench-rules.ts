import { randomUUID } from 'node:crypto';
import { Rule } from '@sitrep/contracts';

/** ISO codes of the countries the generator writes about (rules only matter where news happens). */
const COUNTRIES = ['UA', 'IQ', 'SY', 'LB', 'YE', 'IR', 'AF', 'PK', 'SD', 'SO', 'KE', 'ET', 'NG', 'ML', 'CD', 'LY', 'VE', 'CO', 'HT', 'MX', 'PE', 'CL', 'PH', 'MM', 'BD', 'ID', 'TH', 'KR', 'GE', 'AM', 'RS', 'FR', 'DE', 'ES'];

/**
 * A realistic rule set: one audit rule that sees every incident (`auditMinLevel` 1, the stress
 * workload; the realistic one uses 3, a desk that wants significant events anywhere, so that
 * alerts go out on a few percent of articles) (with a webhook, so it is not
 * skipped as having nothing to deliver: every incident reaches an alert decision, which is what
 * latency is measured to), per-country webhook
 * rules for severe events, and a long tail of rules that rarely match.
 */
export function benchRules(webhookUrl: string, tail = 150, auditMinLevel = 1): Rule[] {
  const now = new Date().toISOString();
  const rule = (r: Omit<Rule, 'id' | 'createdAt'>): Rule => Object.assign(new Rule(), { id: randomUUID(), createdAt: now, ...r });
  const audit = auditMinLevel === 1 ? 'audit: every incident' : `desk: every incident of level ${auditMinLevel}+`;
  const rules: Rule[] = [rule({ name: audit, minLevel: auditMinLevel, channels: { webhooks: [{ url: webhookUrl, secret: 'bench-secret-123' }] } })];
  for (const c of COUNTRIES) {
    rules.push(rule({ name: `${c} severe`, countries: [c], minLevel: 4, channels: { webhooks: [{ url: webhookUrl, secret: 'bench-secret-123' }] } }));
  }
  for (let i = 0; i < tail; i++) {
    rules.push(rule({ name: `tail ${i}`, countries: [COUNTRIES[i % COUNTRIES.length]], minLevel: 5, keywords: [`keyword-${i}`], channels: {} }));
  }
  return rules;
}
