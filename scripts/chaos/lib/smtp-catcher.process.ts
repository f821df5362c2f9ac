import { appendFileSync } from 'node:fs';
import { SMTPServer } from 'smtp-server';

/**
 * An SMTP catcher run as its own process (so "SMTP down" is a real kill, connections and all):
 * `smtp-catcher.process.ts <port> <file>` appends one line per accepted message: the
 * Sitrep-Alert-Id and Sitrep-Delivery-Id headers, tab-separated.
 */
const [port, file] = process.argv.slice(2);
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, _session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const head = raw.split(/\r?\n\r?\n/, 1)[0].replace(/\r?\n[ \t]+/g, ' ');
      const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
      appendFileSync(file, `${header('Sitrep-Alert-Id')}\t${header('Sitrep-Delivery-Id')}\n`);
      callback();
    });
  },
});
server.listen(Number(port), '127.0.0.1');
