import { Module } from '@nestjs/common';
import { OrganizationRepository } from './repositories/organization.repository';
import { RefreshTokenRepository } from './repositories/refresh-token.repository';
import { UserRepository } from './repositories/user.repository';
import { AuthService } from './services/auth.service';
import { BootstrapAdminService } from './services/bootstrap-admin.service';
import { OrganizationService } from './services/organization.service';
import { UserService } from './services/user.service';
import { JwtSecretStore } from './services/jwt-secret.store';
import { TokenStateCache } from './services/token-state';
import { LoginThrottleRepository } from './throttle/login-throttle.repository';
import { LoginThrottle } from './throttle/login-throttle.service';

@Module({
  providers: [
    OrganizationRepository,
    UserRepository,
    RefreshTokenRepository,
    LoginThrottleRepository,
    LoginThrottle,
    JwtSecretStore,
    TokenStateCache,
    AuthService,
    OrganizationService,
    UserService,
    BootstrapAdminService,
  ],
  exports: [AuthService, OrganizationService, UserService, OrganizationRepository],
})
export class IdentityModule {}
