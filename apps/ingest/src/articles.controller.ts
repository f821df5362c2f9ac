import { BadRequestException, Body, Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { ArticleIntakeService, IntakeResult } from './article-intake.service';
import { requestItems } from './request-items';

@Controller('v1/articles')
export class ArticlesController {
  constructor(private readonly intake: ArticleIntakeService) {}

  /** 202 with accepted ids and, per rejected item, its index and what is wrong; 400 when nothing is valid. */
  @Post()
  @HttpCode(202)
  async create(@Body() body: unknown, @Headers('content-type') contentType?: string): Promise<IntakeResult> {
    const result = await this.intake.intake(requestItems(body, contentType));
    if (result.accepted.length === 0) {
      throw new BadRequestException({ message: 'no valid article in the request', ...result });
    }
    return result;
  }
}
