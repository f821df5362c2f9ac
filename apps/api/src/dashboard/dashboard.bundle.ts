import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The dashboard's files by name, as the api serves them under /assets/ (and index.html at /). */
export const DASHBOARD_FILES = {
  'app.js': 'text/javascript; charset=utf-8',
  'app.css': 'text/css; charset=utf-8',
  'index.html': 'text/html; charset=utf-8',
  'world.json': 'application/json',
} as const;

export type DashboardFile = keyof typeof DASHBOARD_FILES;

/** Where `npm run build` writes the bundled dashboard, relative to the compiled dashboard module. */
export const PREBUILT_DIR = 'public';

/** The browser sources (TypeScript, stylesheet, page) beside this file. */
export const WEB_DIR = join(__dirname, 'web');

/**
 * Bundles the dashboard from its sources: the browser code with esbuild, the stylesheet, the page
 * and the world map. `npm run build` runs this once and writes the files to dist; an api run from
 * source runs it at start. What it needs (esbuild, world-atlas, and d3-geo and topojson-client in
 * the browser code) are build-time dependencies, loaded only here, never by the compiled api.
 */
export async function bundleDashboard(webDir = WEB_DIR): Promise<Record<DashboardFile, Buffer>> {
  const [{ build }, { buildWorldMap }] = await Promise.all([import('esbuild'), import('./world-map.data')]);
  const bundle = await build({
    entryPoints: [join(webDir, 'main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  });
  return {
    'app.js': Buffer.from(bundle.outputFiles[0].contents),
    'app.css': readFileSync(join(webDir, 'styles.css')),
    'index.html': readFileSync(join(webDir, 'index.html')),
    'world.json': Buffer.from(JSON.stringify(buildWorldMap())),
  };
}
