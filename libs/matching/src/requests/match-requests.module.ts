import { Module } from '@nestjs/common';
import { CatalogModule } from '@app/catalog';
import { NotificationsModule } from '../notifications';
import { MatchDashboardService } from './match-dashboard.service';
import { MatchExpiryService } from './match-expiry.service';
import { MatchNotices } from './match-notices';
import { MatchRequestViews } from './match-request-views';
import { MatchRequestRepository } from './match-request.repository';
import { MatchRequestService } from './match-request.service';

/** Match requests with their expiry timer (on when MATCH_EXPIRY_SWEEP_MS > 0) and the coordinators' dashboard. */
@Module({
  imports: [CatalogModule, NotificationsModule],
  providers: [
    MatchRequestRepository,
    MatchRequestViews,
    MatchNotices,
    MatchRequestService,
    MatchExpiryService,
    MatchDashboardService,
  ],
  exports: [
    MatchRequestService,
    MatchExpiryService,
    MatchDashboardService,
    MatchRequestRepository,
    NotificationsModule,
  ],
})
export class MatchRequestsModule {}
