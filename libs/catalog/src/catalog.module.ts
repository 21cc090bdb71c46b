import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { CatalogImporter } from './import/catalog-importer';
import { AchievementRepository } from './repositories/achievement.repository';
import { NeedRepository } from './repositories/need.repository';
import { AchievementService } from './services/achievement.service';
import { NeedService } from './services/need.service';

@Module({
  imports: [IdentityModule],
  providers: [AchievementRepository, NeedRepository, AchievementService, NeedService, CatalogImporter],
  exports: [AchievementService, NeedService, CatalogImporter, AchievementRepository, NeedRepository],
})
export class CatalogModule {}
