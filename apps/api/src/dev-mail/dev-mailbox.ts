import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { SITREP_CONFIG, SitrepConfig } from '@sitrep/config';

export interface CaughtMail {
  from: string;
  /** Recipients, comma-separated. */
  to: string;
  subject: string;
  text: string;
  html: string;
  receivedAt: string;
  /** The Message-ID header (the same on every resend of one delivery), or '' when none. */
  messageId: string;
  /** How many more times a message with this Message-ID arrived (a resend after a crash). */
  repeats: number;
}

const KEEP = 500;

/**
 * The built-in development SMTP server (only when SMTP_URL is unset): it accepts every message
 * on loopback and keeps the latest ones in memory for GET /v1/dev/mailbox and the dashboard.
 */
@Injectable()
export class DevMailbox implements OnModuleInit, OnApplicationShutdown {
  private readonly log = new Logger(DevMailbox.name);
  private readonly mails: CaughtMail[] = [];
  private server: SMTPServer | null = null;

  constructor(@Inject(SITREP_CONFIG) private readonly config: SitrepConfig) {}

  get enabled(): boolean {
    return this.config.smtp.url === null;
  }

  get listening(): boolean {
    return this.server !== null;
  }

  async onModuleInit(): Promise<void> {
    if (!this.enabled) return;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      size: 5 * 1024 * 1024,
      logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.keep({
              from: mail.from?.text ?? '',
              to: (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) => a.value.map((v) => v.address ?? '')).join(', '),
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              html: typeof mail.html === 'string' ? mail.html : '',
              receivedAt: new Date().toISOString(),
              messageId: mail.messageId ?? '',
              repeats: 0,
            });
            callback();
          })
          .catch((e: Error) => callback(e));
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.config.smtp.devPort, '127.0.0.1', () => resolve());
    });
    server.on('error', (e) => this.log.error({ msg: 'dev smtp error', error: String(e) }));
    this.server = server;
    this.log.log({ msg: 'development SMTP catcher listening', port: this.config.smtp.devPort });
  }

  async onApplicationShutdown(): Promise<void> {
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
    this.server = null;
  }

  list(): CaughtMail[] {
    return this.mails;
  }

  /**
   * Keeps a caught message; one whose Message-ID is already here (an alert resent after the
   * notifier died mid-send) is counted on the first one instead, as a mail client shows one.
   */
  keep(mail: CaughtMail): void {
    const seen = mail.messageId ? this.mails.find((m) => m.messageId === mail.messageId) : undefined;
    if (seen) {
      seen.repeats++;
      return;
    }
    this.mails.unshift(mail);
    this.mails.length = Math.min(this.mails.length, KEEP);
  }
}
