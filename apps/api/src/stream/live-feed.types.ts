import type { Incident, IncidentChange } from '@sitrep/contracts';

/**
 * What the live feed (GET /v1/stream, Server-Sent Events) sends, one event type per kind.
 * Shared with the dashboard's browser code (type-only), so both sides agree on the shapes.
 * Delivery targets (e-mail addresses, webhook URLs) are left out: the feed needs no API key.
 */
export interface LiveIncident {
  kind: 'incident';
  change: IncidentChange;
  articleId: string;
  correlationId: string;
  incident: Incident;
}

export interface LiveAlert {
  kind: 'alert';
  alertId: string;
  ruleId: string;
  ruleName: string;
  level: number;
  incidentId: string;
  summary: string | null;
  place: string | null;
  correlationId: string;
  at: string;
}

export interface LiveDelivery {
  kind: 'delivery';
  id: string;
  alertId: string;
  incidentId: string;
  channel: string;
  status: string;
  attempts: number;
  latencyMs: number | null;
  at: string;
}

export interface LiveDeadLetter {
  kind: 'dlq';
  topic: string;
  source: string;
  code: string;
  message: string;
  at: string;
}

export type LiveEvent = LiveIncident | LiveAlert | LiveDelivery | LiveDeadLetter;
