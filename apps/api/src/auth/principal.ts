import { createParamDecorator, ExecutionContext, ForbiddenException } from '@nestjs/common';
import { Request } from 'express';

/** Who is calling: the API key's id and role (set by ApiKeyGuard). */
export interface Principal {
  keyId: string;
  role: 'admin' | 'analyst';
}

/** The caller of a route behind ApiKeyGuard. */
export const Caller = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const req = ctx.switchToHttp().getRequest<Request & { principal?: Principal }>();
  if (!req.principal) throw new ForbiddenException('no principal: the route is missing ApiKeyGuard');
  return req.principal;
});

export function requireAdmin(p: Principal): void {
  if (p.role !== 'admin') throw new ForbiddenException('this needs an admin API key');
}

/** Admins see everything; analysts what their key owns. */
export function canSee(p: Principal, ownerKeyId: string | undefined): boolean {
  return p.role === 'admin' || ownerKeyId === p.keyId;
}
