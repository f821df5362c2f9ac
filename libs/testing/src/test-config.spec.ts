import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { freeClusterPort, freePort } from './test-config';

/** The low end of the kernel's ephemeral range, as the ports must stay below it. */
function ephemeralLow(): number {
  try {
    return Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
  } catch {
    return 49_152;
  }
}

function listenable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

describe('test ports', () => {
  it('gives Redis Cluster ports whose bus port (+10000) is free and below the ephemeral range, never twice', async () => {
    const ports = [await freeClusterPort(), await freeClusterPort(), await freeClusterPort()];
    expect(new Set(ports).size).toBe(3);
    for (const p of ports) {
      expect(p + 10_000).toBeLessThan(ephemeralLow());
      expect(await listenable(p)).toBe(true);
      expect(await listenable(p + 10_000)).toBe(true);
    }
  });

  it('keeps other ports apart from the cluster ports and their bus ports', async () => {
    const cluster = await freeClusterPort();
    for (let i = 0; i < 20; i++) {
      const p = await freePort();
      expect(p).not.toBe(cluster);
      expect(p).not.toBe(cluster + 10_000);
      expect(p).toBeLessThan(Math.min(ephemeralLow(), 30_000));
      expect(p).toBeGreaterThanOrEqual(21_000);
    }
  });
});
