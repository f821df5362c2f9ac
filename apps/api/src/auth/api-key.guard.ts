import { CanActivate, ExecutionContext, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Request } from 'express';
import { timingSafeEqual, createHash } from 'node:crypto';
import { SITREP_CONFIG, SitrepConfig } from '@sitrep/config';

export interface Principal {
  keyId: string;
  role: 'admin' | 'analyst';
}

/**
 * `Authorization: Bearer <key>`. SITREP_ADMIN_KEY is the bootstrap admin key. No key, no access.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(@Inject(SITREP_CONFIG) private readonly config: SitrepConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request & { principal?: Principal }>();
    const header = req.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new UnauthorizedException('missing API key: send Authorization: Bearer <key>');
    const admin = this.config.adminKey;
    if (admin && safeEqual(match[1], admin)) {
      req.principal = { keyId: 'admin', role: 'admin' };
      return true;
    }
    throw new UnauthorizedException('unknown API key');
  }
}

function safeEqual(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}
