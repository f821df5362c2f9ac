/**
 * Deterministic id of one alert, `${ruleId}:${incidentId}:${level}` (see AlertEvent.alertId):
 * the idempotency key that makes a redelivered incident event produce no second alert, and a
 * re-alert on escalation a new one.
 */
export function alertId(ruleId: string, incidentId: string, level: number): string {
  if (!Number.isInteger(level)) throw new RangeError(`level must be an integer, got ${level}`);
  return `${ruleId}:${incidentId}:${level}`;
}
