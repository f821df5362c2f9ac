import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import { SITREP_CONFIG, SitrepConfig } from '@sitrep/config';
import { addReadinessCheck } from '@sitrep/http';

const CACHE_MS = 60_000;
const TIMEOUT_MS = 5_000;

/**
 * With a real relay (SMTP_URL set), /health/ready also says whether it accepts a connection and
 * login. The answer is kept for a minute: probes come every few seconds and a relay may limit
 * connections. With the built-in catcher there is nothing to verify.
 */
@Injectable()
export class SmtpReadinessCheck implements OnModuleInit {
  private last: { at: number; ok: boolean } | null = null;
  private inFlight: Promise<boolean> | null = null;

  constructor(@Inject(SITREP_CONFIG) private readonly config: SitrepConfig) {}

  onModuleInit(): void {
    if (this.config.smtp.url) addReadinessCheck({ name: 'smtp', check: () => this.verify() });
  }

  verify(): Promise<boolean> | boolean {
    if (this.last && Date.now() - this.last.at < CACHE_MS) return this.last.ok;
    this.inFlight ??= this.probe().finally(() => (this.inFlight = null));
    return this.inFlight;
  }

  private async probe(): Promise<boolean> {
    const transport = createTransport(this.config.smtp.url!);
    const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), TIMEOUT_MS).unref());
    const ok = await Promise.race([transport.verify().then(() => true, () => false), timeout]);
    transport.close();
    this.last = { at: Date.now(), ok };
    return ok;
  }
}
