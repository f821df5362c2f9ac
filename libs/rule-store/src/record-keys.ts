/** Key prefixes of the records that share the `rules` topic with the rules themselves. */
export const API_KEY_PREFIX = 'apikey:';
export const SUBSCRIBER_PREFIX = 'subscriber:';

export function isRuleKey(key: string): boolean {
  return !key.startsWith(API_KEY_PREFIX) && !key.startsWith(SUBSCRIBER_PREFIX);
}
