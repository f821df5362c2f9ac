import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleDashboard, DASHBOARD_FILES, DashboardFile, PREBUILT_DIR } from './dashboard.bundle';

export interface Asset {
  body: Buffer;
  type: string;
  etag: string;
}

/**
 * The dashboard's files, served by the api itself (the page needs no other host). Compiled
 * (`npm run build`), the api reads the bundle built once into dist; run from source (tests,
 * development), it bundles in memory at start (a fraction of a second).
 */
@Injectable()
export class DashboardAssets implements OnModuleInit {
  private readonly log = new Logger(DashboardAssets.name);
  private readonly files = new Map<string, Asset>();
  private readonly prebuiltDir = join(__dirname, PREBUILT_DIR);

  async onModuleInit(): Promise<void> {
    const started = Date.now();
    const prebuilt = existsSync(join(this.prebuiltDir, 'app.js'));
    const files = prebuilt ? readPrebuilt(this.prebuiltDir) : await bundleDashboard();
    for (const name of Object.keys(DASHBOARD_FILES) as DashboardFile[]) this.put(name, files[name], DASHBOARD_FILES[name]);
    this.log.log({ msg: prebuilt ? 'dashboard loaded' : 'dashboard built', ms: Date.now() - started, jsBytes: files['app.js'].length });
  }

  get(name: string): Asset | undefined {
    return this.files.get(name);
  }

  private put(name: string, body: Buffer, type: string): void {
    this.files.set(name, { body, type, etag: `"${createHash('sha1').update(body).digest('base64url')}"` });
  }
}

function readPrebuilt(dir: string): Record<DashboardFile, Buffer> {
  const entries = (Object.keys(DASHBOARD_FILES) as DashboardFile[]).map((name) => [name, readFileSync(join(dir, name))] as const);
  return Object.fromEntries(entries) as Record<DashboardFile, Buffer>;
}
