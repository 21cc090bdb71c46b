import { AchievementEntity } from './achievement.entity';
import { NeedEntity } from './need.entity';

export { AchievementEntity, NeedEntity };
export type { IpItem } from './achievement.entity';
export const CATALOG_ENTITIES = [AchievementEntity, NeedEntity];
