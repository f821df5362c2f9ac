import { Body, Controller, Delete, Get, HttpCode, NotFoundException, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { randomBytes, randomUUID } from 'node:crypto';
import { ApiKeyRecord, ApiKeyStore, hashApiKey } from '@sitrep/rule-store';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { Caller, Principal, requireAdmin } from '../auth/principal';

export class CreateKeyInput {
  @IsString() @IsNotEmpty() @MaxLength(200) name!: string;
  @IsOptional() @IsIn(['analyst', 'admin'], { message: 'role must be "analyst" or "admin"' }) role?: 'analyst' | 'admin';
}

export type KeyView = Omit<ApiKeyRecord, 'hash'>;

function view(r: ApiKeyRecord): KeyView {
  const { hash: _hash, ...rest } = r;
  return rest;
}

/** API keys (admins only). The key itself is returned once, at creation; only its hash is kept. */
@ApiTags('keys')
@ApiBearerAuth()
@Controller('v1/keys')
@UseGuards(ApiKeyGuard)
export class KeysController {
  constructor(private readonly keys: ApiKeyStore) {}

  @Post()
  @HttpCode(201)
  async create(@Caller() caller: Principal, @Body() input: CreateKeyInput): Promise<KeyView & { key: string }> {
    requireAdmin(caller);
    const key = `sk_${randomBytes(32).toString('base64url')}`;
    const record: ApiKeyRecord = {
      id: `k-${randomUUID()}`, name: input.name, role: input.role ?? 'analyst', hash: hashApiKey(key),
      createdAt: new Date().toISOString(), createdBy: caller.keyId,
    };
    await this.keys.save(record);
    return { ...view(record), key };
  }

  @Get()
  list(@Caller() caller: Principal): { items: KeyView[] } {
    requireAdmin(caller);
    return { items: this.keys.list().map(view) };
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@Caller() caller: Principal, @Param('id') id: string): Promise<void> {
    requireAdmin(caller);
    if (!(await this.keys.remove(id))) throw new NotFoundException(`no key ${id}`);
  }
}
