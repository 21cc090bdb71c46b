import { OrganizationEntity } from './organization.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { UserEntity } from './user.entity';
import { RegistrationApplicationEntity, RegistrationStatus } from './registration-application.entity';

export { OrganizationEntity, RefreshTokenEntity, UserEntity, RegistrationApplicationEntity, RegistrationStatus };
export const IDENTITY_ENTITIES = [OrganizationEntity, UserEntity, RefreshTokenEntity, RegistrationApplicationEntity];
