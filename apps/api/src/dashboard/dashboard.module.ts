import { Module } from '@nestjs/common';
import { DashboardAssets } from './dashboard.assets';
import { DashboardController } from './dashboard.controller';

/** The ops dashboard page, served by the api. */
@Module({ controllers: [DashboardController], providers: [DashboardAssets] })
export class DashboardModule {}
