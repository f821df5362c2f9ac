import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Response } from 'express';
import path from 'node:path';
import { openApiDocument } from '../openapi';

const UI_DIR = path.dirname(require.resolve('swagger-ui-dist/package.json'));
const ASSETS = new Set(['swagger-ui.css', 'swagger-ui-bundle.js', 'swagger-ui-standalone-preset.js', 'favicon-32x32.png']);

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>Sitrep API</title>
<link rel="stylesheet" href="/docs/swagger-ui.css"><link rel="icon" href="/docs/favicon-32x32.png"></head>
<body><div id="swagger-ui"></div>
<script src="/docs/swagger-ui-bundle.js"></script>
<script src="/docs/swagger-ui-standalone-preset.js"></script>
<script>window.ui = SwaggerUIBundle({ url: '/docs-json', dom_id: '#swagger-ui', persistAuthorization: true });</script>
</body></html>`;

/** The OpenAPI document and the Swagger UI (from the installed swagger-ui-dist, nothing from the internet). */
@ApiExcludeController()
@Controller()
export class DocsController {
  @Get('docs-json')
  json(): object {
    const doc = openApiDocument();
    if (!doc) throw new NotFoundException('the OpenAPI document is not set up in this process');
    return doc;
  }

  @Get('docs')
  page(@Res() res: Response): void {
    res.type('html').send(PAGE);
  }

  @Get('docs/:file')
  asset(@Param('file') file: string, @Res() res: Response): void {
    if (!ASSETS.has(file)) throw new NotFoundException(`no ${file}`);
    res.sendFile(path.join(UI_DIR, file));
  }
}
