import { NotificationEntity } from '../notifications';
import { MatchRequestEntity } from './match-request.entity';

export { MatchRequestEntity };
export * from './match-request.types';
export {
  judgeTransition,
  sideOf,
  TRANSITIONS,
  type Side,
  type SigningInput,
  type TransitionVerdict,
} from './transitions';
export type { MatchContacts, MatchRequestView, PersonContact } from './match-request-views';
export { MatchRequestRepository, type MatchRequestFilter, type StageMoveRow } from './match-request.repository';
export { MatchRequestService, type ProposeMatchInput, type RequestMatchInput } from './match-request.service';
export { EXPIRY_WARNING_MS, MatchExpiryService } from './match-expiry.service';
export { MatchDashboardService, type MatchDashboard } from './match-dashboard.service';
export type { DashboardFigures, DashboardGroup } from './dashboard';
export { reportLang, type ReportLang } from './report-labels';
export { MatchRequestsModule } from './match-requests.module';

export const MATCH_REQUEST_ENTITIES = [MatchRequestEntity, NotificationEntity];
