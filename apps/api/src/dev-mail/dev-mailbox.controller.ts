import { Controller, Get, NotFoundException } from '@nestjs/common';
import { CaughtMail, DevMailbox } from './dev-mailbox';

@Controller('v1/dev/mailbox')
export class DevMailboxController {
  constructor(private readonly mailbox: DevMailbox) {}

  /** Mail caught by the built-in SMTP server, newest first. */
  @Get()
  list(): { items: CaughtMail[] } {
    if (!this.mailbox.enabled) throw new NotFoundException('the built-in SMTP catcher is off (SMTP_URL is set)');
    return { items: this.mailbox.list() };
  }
}
