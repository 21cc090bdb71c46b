import { OrganizationEntity } from './organization.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { UserEntity } from './user.entity';

export { OrganizationEntity, RefreshTokenEntity, UserEntity };
export const IDENTITY_ENTITIES = [OrganizationEntity, UserEntity, RefreshTokenEntity];
