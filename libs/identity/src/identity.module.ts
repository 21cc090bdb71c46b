import { Module } from '@nestjs/common';
import { LoginFailureRepository } from './repositories/login-failure.repository';
import { OrganizationRepository } from './repositories/organization.repository';
import { RefreshTokenRepository } from './repositories/refresh-token.repository';
import { UserRepository } from './repositories/user.repository';
import { AuthService } from './services/auth.service';
import { BootstrapAdminService } from './services/bootstrap-admin.service';
import { OrganizationService } from './services/organization.service';
import { UserService } from './services/user.service';

@Module({
  providers: [
    OrganizationRepository,
    UserRepository,
    RefreshTokenRepository,
    LoginFailureRepository,
    AuthService,
    OrganizationService,
    UserService,
    BootstrapAdminService,
  ],
  exports: [AuthService, OrganizationService, UserService, OrganizationRepository, UserRepository],
})
export class IdentityModule {}
