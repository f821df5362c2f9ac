import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import { SITREP_CONFIG, SitrepConfig } from '@sitrep/config';

export interface MailMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The Message-ID header, `<id@domain>`: the same for every resend of one delivery. */
  messageId?: string;
  headers?: Record<string, string>;
}

/** The nodemailer adapter: one pooled SMTP transport (SMTP_URL, else the built-in catcher). */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly transporter: Transporter;

  constructor(@Inject(SITREP_CONFIG) config: SitrepConfig) {
    const url = config.smtp.url ?? `smtp://127.0.0.1:${config.smtp.devPort}`;
    this.transporter = nodemailer.createTransport(url, {
      pool: true,
      maxConnections: 5,
      connectionTimeout: 5000,
      greetingTimeout: 5000,
      socketTimeout: 10000,
      // The built-in catcher speaks plain SMTP on loopback.
      ignoreTLS: !config.smtp.url,
    } as never);
  }

  async send(message: MailMessage): Promise<void> {
    await this.transporter.sendMail(message);
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }
}
