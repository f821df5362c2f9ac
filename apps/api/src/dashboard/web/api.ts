/// <reference lib="dom" />
import type { Incident, Rule, RuleInput, Subscriber, SubscriberInput } from '@sitrep/contracts';
import type { DeliveryView } from '../../deliveries/delivery.projection';
import type { CaughtMail } from '../../dev-mail/dev-mailbox';
import type { StreamHealth } from '../../ops/ops.controller';
import type { RulePreview } from '../../rules/rule-preview.service';

const KEY = 'sitrep.apiKey';

/** The API key the user pasted, kept in this browser only (localStorage). */
export const apiKey = {
  get(): string | null {
    return localStorage.getItem(KEY);
  },
  set(key: string): void {
    localStorage.setItem(KEY, key.trim());
  },
  clear(): void {
    localStorage.removeItem(KEY);
  },
};

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function call<T>(path: string, init: RequestInit & { auth?: boolean } = {}): Promise<T> {
  const headers = new Headers(init.headers);
  if (init.body) headers.set('content-type', 'application/json');
  if (init.auth) {
    const key = apiKey.get();
    if (!key) throw new ApiError(401, 'no API key: paste one on the Rules page');
    headers.set('authorization', `Bearer ${key}`);
  }
  const res = await fetch(path, { ...init, headers });
  if (res.status === 204) return undefined as T;
  const body = (await res.json().catch(() => ({}))) as { message?: string | string[] };
  if (!res.ok) {
    const msg = Array.isArray(body.message) ? body.message.join('; ') : body.message ?? res.statusText;
    throw new ApiError(res.status, msg);
  }
  return body as T;
}

export const api = {
  incidents: (limit = 500) => call<{ items: Incident[] }>(`/v1/incidents?limit=${limit}`).then((r) => r.items),
  incident: (id: string) => call<Incident>(`/v1/incidents/${encodeURIComponent(id)}`),
  deliveries: (incidentId: string) => call<{ items: DeliveryView[] }>(`/v1/deliveries?incident=${encodeURIComponent(incidentId)}`, { auth: true }).then((r) => r.items),
  recentDeliveries: (limit: number) => call<{ items: DeliveryView[] }>(`/v1/deliveries?limit=${limit}`, { auth: true }).then((r) => r.items),
  rules: () => call<{ items: Rule[] }>('/v1/rules', { auth: true }).then((r) => r.items),
  createRule: (input: RuleInput) => call<Rule>('/v1/rules', { method: 'POST', auth: true, body: JSON.stringify(input) }),
  updateRule: (id: string, input: RuleInput) => call<Rule>(`/v1/rules/${encodeURIComponent(id)}`, { method: 'PUT', auth: true, body: JSON.stringify(input) }),
  previewRule: (id: string, days = 7) => call<RulePreview>(`/v1/rules/${encodeURIComponent(id)}/preview`, { method: 'POST', auth: true, body: JSON.stringify({ days }) }),
  subscribers: () => call<{ items: Subscriber[] }>('/v1/subscribers', { auth: true }).then((r) => r.items),
  createSubscriber: (input: SubscriberInput) => call<Subscriber>('/v1/subscribers', { method: 'POST', auth: true, body: JSON.stringify(input) }),
  deleteSubscriber: (id: string) => call<void>(`/v1/subscribers/${encodeURIComponent(id)}`, { method: 'DELETE', auth: true }),
  deleteRule: (id: string) => call<void>(`/v1/rules/${encodeURIComponent(id)}`, { method: 'DELETE', auth: true }),
  mailbox: () => call<{ items: CaughtMail[] }>('/v1/dev/mailbox').then((r) => r.items),
  health: () => call<StreamHealth>('/v1/ops/health'),
};
