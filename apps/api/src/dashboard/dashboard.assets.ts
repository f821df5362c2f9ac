import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { buildWorldMap } from './world-map.data';

export interface Asset {
  body: Buffer;
  type: string;
  etag: string;
}

/**
 * The dashboard's files, built in memory when the api starts: the browser code bundled by esbuild
 * (a fraction of a second; nothing to keep in step on disk), the stylesheet, the page and the
 * world map. Everything is served by the api itself: the page needs no other host.
 */
@Injectable()
export class DashboardAssets implements OnModuleInit {
  private readonly log = new Logger(DashboardAssets.name);
  private readonly files = new Map<string, Asset>();

  async onModuleInit(): Promise<void> {
    const started = Date.now();
    const dir = webDir();
    const bundle = await build({
      entryPoints: [join(dir, 'main.ts')],
      bundle: true,
      format: 'iife',
      target: 'es2020',
      minify: true,
      write: false,
      logLevel: 'silent',
      legalComments: 'none',
    });
    this.put('app.js', Buffer.from(bundle.outputFiles[0].contents), 'text/javascript; charset=utf-8');
    this.put('app.css', readFileSync(join(dir, 'styles.css')), 'text/css; charset=utf-8');
    this.put('index.html', readFileSync(join(dir, 'index.html')), 'text/html; charset=utf-8');
    this.put('world.json', Buffer.from(JSON.stringify(buildWorldMap())), 'application/json');
    this.log.log({ msg: 'dashboard built', ms: Date.now() - started, jsBytes: bundle.outputFiles[0].contents.length });
  }

  get(name: string): Asset | undefined {
    return this.files.get(name);
  }

  private put(name: string, body: Buffer, type: string): void {
    this.files.set(name, { body, type, etag: `"${createHash('sha1').update(body).digest('base64url')}"` });
  }
}

/** The browser sources: beside this file when run from source, under the repo when run compiled. */
function webDir(): string {
  const here = join(__dirname, 'web');
  return existsSync(join(here, 'main.ts')) ? here : resolve(process.cwd(), 'apps/api/src/dashboard/web');
}
