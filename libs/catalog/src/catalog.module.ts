import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { MailModule } from '@app/mail';
import { CatalogImporter } from './import/catalog-importer';
import { AchievementRepository } from './repositories/achievement.repository';
import { NeedRepository } from './repositories/need.repository';
import { AchievementService } from './services/achievement.service';
import { NeedService } from './services/need.service';
import { ListingAuditService } from './services/listing-audit.service';
import { AuditTrailRepository } from './repositories/audit-trail.repository';
import {
  CatalogProjection,
  CatalogSearchService,
  ChangeLogRepository,
  OutboxRepository,
  SearchIndexService,
  SearchSyncRelay,
} from './search-sync';

@Module({
  imports: [IdentityModule, MailModule],
  providers: [
    AchievementRepository,
    NeedRepository,
    AuditTrailRepository,
    AchievementService,
    NeedService,
    ListingAuditService,
    CatalogImporter,
  ],
  exports: [
    AchievementService,
    NeedService,
    ListingAuditService,
    CatalogImporter,
    AchievementRepository,
    NeedRepository,
  ],
})
export class CatalogModule {}

/**
 * Keeps the search index in step with the catalog (outbox relay) and administers it. Needs a `SearchEngine`
 * provider in scope (the api's SearchEngineModule).
 */
@Module({
  imports: [CatalogModule, IdentityModule],
  providers: [
    OutboxRepository,
    ChangeLogRepository,
    CatalogProjection,
    SearchSyncRelay,
    SearchIndexService,
    CatalogSearchService,
  ],
  exports: [SearchSyncRelay, SearchIndexService, CatalogSearchService],
})
export class CatalogSearchModule {}
