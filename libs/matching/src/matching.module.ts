import { Module } from '@nestjs/common';
import { CatalogModule } from '@app/catalog';
import { MatchingService } from './matching.service';

/** Needs a SearchEngine provider in scope (the api's global SearchEngineModule). */
@Module({
  imports: [CatalogModule],
  providers: [MatchingService],
  exports: [MatchingService],
})
export class MatchingModule {}
