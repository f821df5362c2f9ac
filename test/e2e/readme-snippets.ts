import { readFileSync } from 'node:fs';
import path from 'node:path';

export type SnippetRequest = { body: Buffer; headers: Record<string, string | string[] | undefined> };

/**
 * The `js` code blocks of README.md right under `heading` (up to the next heading), as written, each turned into a receiver: the
 * block runs with a fake Express `app` (its handler is captured), `express.raw` and a `process`
 * whose `SITREP_SECRET` is `secret`; calling the receiver answers the status the block sends.
 * So a test checks the snippet users copy, not a copy of it.
 */
export function readmeReceivers(heading: string, secret: string): ((req: SnippetRequest) => number)[] {
  const readme = readFileSync(path.join(__dirname, '../../README.md'), 'utf8');
  const start = readme.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README has no heading ${heading}`);
  // The section runs to the next heading of any level.
  const next = readme.slice(start + heading.length + 2).search(/\n#+ /);
  const section = readme.slice(start, next < 0 ? undefined : start + heading.length + 2 + next);
  const blocks = [...section.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]);
  if (!blocks.length) throw new Error(`README section ${heading} has no js block`);
  return blocks.map((code) => {
    let handler: ((req: unknown, res: unknown) => void) | null = null;
    const app = { post: (_path: string, _raw: unknown, h: (req: unknown, res: unknown) => void) => (handler = h) };
    const express = { raw: () => undefined };
    const fakeProcess = { env: { SITREP_SECRET: secret } };
    new Function('require', 'app', 'express', 'process', code)(require, app, express, fakeProcess);
    if (!handler) throw new Error('the README snippet registered no handler');
    const h: (req: unknown, res: unknown) => void = handler;
    return (req: SnippetRequest) => {
      let status = 0;
      const get = (name: string) => {
        const v = req.headers[name.toLowerCase()];
        return Array.isArray(v) ? v[0] : v;
      };
      h({ body: req.body, headers: req.headers, get }, { sendStatus: (code: number) => (status = code) });
      return status;
    };
  });
}
