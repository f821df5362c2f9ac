import { Body, Controller, Delete, Get, HttpCode, NotFoundException, Param, Post, UseGuards } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Rule, RuleInput } from '@sitrep/contracts';
import { RuleStore } from '@sitrep/rule-store';
import { ApiKeyGuard } from '../auth/api-key.guard';

@Controller('v1/rules')
@UseGuards(ApiKeyGuard)
export class RulesController {
  constructor(private readonly store: RuleStore) {}

  @Post()
  @HttpCode(201)
  create(@Body() input: RuleInput): Promise<Rule> {
    const rule = Object.assign(new Rule(), input, { id: `r-${randomUUID()}`, createdAt: new Date().toISOString() });
    return this.store.save(rule);
  }

  @Get()
  list(): { items: Rule[] } {
    return { items: this.store.list() };
  }

  @Get(':id')
  get(@Param('id') id: string): Rule {
    const rule = this.store.get(id);
    if (!rule) throw new NotFoundException(`no rule ${id}`);
    return rule;
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('id') id: string): Promise<void> {
    if (!(await this.store.remove(id))) throw new NotFoundException(`no rule ${id}`);
  }
}
