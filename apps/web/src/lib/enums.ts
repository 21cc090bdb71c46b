import type { CooperationMode, DeclineReason, Industry, IpType, MatchRequestStatus, Role } from '../gql/graphql';

// Value lists for pickers; their labels live in the catalogues (enums.<group>.<VALUE>).
export const INDUSTRIES: Industry[] = [
  'PHOTOVOLTAIC',
  'ENERGY_STORAGE',
  'HIGH_END_EQUIPMENT',
  'OPTOELECTRONICS',
  'AUTO_PARTS',
  'DIGITAL_ECONOMY',
  'LIFE_HEALTH',
  'NEW_MATERIALS',
];
export const COOPERATION_MODES: CooperationMode[] = ['TRANSFER', 'LICENSE', 'JOINT_DEVELOPMENT', 'EQUITY', 'SERVICE'];
export const IP_TYPES: IpType[] = ['INVENTION_PATENT', 'UTILITY_MODEL', 'SOFTWARE_COPYRIGHT', 'KNOW_HOW'];
export const DECLINE_REASONS: DeclineReason[] = [
  'NOT_RELEVANT',
  'TOO_EARLY',
  'PRICE',
  'IP_UNCLEAR',
  'CAPACITY',
  'OTHER',
];
export const ROLES: Role[] = ['OFFICER', 'RD_LEAD', 'COORDINATOR', 'ADMIN'];
export const PIPELINE: MatchRequestStatus[] = ['REQUESTED', 'ACCEPTED', 'MEETING', 'NEGOTIATING', 'SIGNED', 'LANDED'];
export const MATCH_STATUSES: MatchRequestStatus[] = [
  'REQUESTED',
  'ACCEPTED',
  'MEETING',
  'NEGOTIATING',
  'SIGNED',
  'LANDED',
  'DECLINED',
  'EXPIRED',
  'WITHDRAWN',
  'CLOSED',
];
