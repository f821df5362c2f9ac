import { CanActivate, ExecutionContext, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Request } from 'express';
import { timingSafeEqual, createHash } from 'node:crypto';
import { SITREP_CONFIG, SitrepConfig } from '@sitrep/config';
import { ApiKeyStore } from '@sitrep/rule-store';
import { Principal } from './principal';

export type { Principal } from './principal';

/**
 * `Authorization: Bearer <key>`. SITREP_ADMIN_KEY is the bootstrap admin key; other keys are
 * created by admins (POST /v1/keys) and stored as SHA-256 hashes. No key, no access.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(@Inject(SITREP_CONFIG) private readonly config: SitrepConfig, private readonly keys: ApiKeyStore) {}

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
    const record = this.keys.findByKey(match[1]);
    if (record) {
      req.principal = { keyId: record.id, role: record.role };
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
