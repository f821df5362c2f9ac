import { Controller, Get, Header, NotFoundException, Param, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { Asset, DashboardAssets } from './dashboard.assets';

/**
 * Same-origin only, no inline script: even if some text slipped into the page as markup, the
 * browser would not run it. (All article text is inserted with textContent in the first place.)
 */
const CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'",
].join('; ');

/** The dashboard: one page at `/`, its bundled files under `/assets/`. */
@Controller()
export class DashboardController {
  constructor(private readonly assets: DashboardAssets) {}

  @Get()
  @Header('Content-Security-Policy', CSP)
  page(@Req() req: Request, @Res() res: Response): void {
    this.send(this.assets.get('index.html'), req, res);
  }

  @Get('assets/:name')
  asset(@Param('name') name: string, @Req() req: Request, @Res() res: Response): void {
    this.send(name === 'index.html' ? undefined : this.assets.get(name), req, res);
  }

  private send(asset: Asset | undefined, req: Request, res: Response): void {
    if (!asset) throw new NotFoundException('no such dashboard file');
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('ETag', asset.etag);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (req.headers['if-none-match'] === asset.etag) {
      res.status(304).end();
      return;
    }
    res.type(asset.type).send(asset.body);
  }
}
