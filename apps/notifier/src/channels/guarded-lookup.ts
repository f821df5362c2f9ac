import { lookup as dnsLookup, LookupAddress, LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import { isPrivateAddress } from '@sitrep/rules';

export class RefusedTargetError extends Error {
  readonly code = 'ETARGETREFUSED';
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http.request that refuses loopback, private, link-local and other internal
 * addresses. It runs at connect time, on the address actually dialled, so a DNS name that
 * resolves to 127.0.0.1 (or changes its answer after a check) is refused too.
 */
export function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '');
      const list = addresses as LookupAddress[];
      const bad = list.find((a) => isPrivateAddress(a.address));
      if (bad && !allowPrivate) {
        return callback(new RefusedTargetError(`refused: ${hostname} resolves to ${bad.address}, a private or internal address (set WEBHOOK_ALLOW_PRIVATE_TARGETS=true to allow)`), '');
      }
      if (options.all) return callback(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}

/** The same check for a literal IP host, which http.request dials without calling lookup. */
export function refuseLiteralPrivateHost(hostname: string, allowPrivate: boolean): string | null {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && isIP(host) && isPrivateAddress(host)) {
    return `refused: ${host} is a private or internal address (set WEBHOOK_ALLOW_PRIVATE_TARGETS=true to allow)`;
  }
  return null;
}
