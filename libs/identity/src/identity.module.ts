import { Module } from '@nestjs/common';
import { MailModule } from '@app/mail';
import { PasswordResetRepository } from './repositories/password-reset.repository';
import { PasswordService } from './services/password.service';
import { InvitationService } from './services/invitation.service';
import { RegistrationService } from './services/registration.service';
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
  imports: [MailModule],
  providers: [
    PasswordResetRepository,
    PasswordService,
    InvitationService,
    RegistrationService,
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
  exports: [
    RegistrationService,
    InvitationService,
    PasswordService,
    AuthService,
    OrganizationService,
    UserService,
    OrganizationRepository,
    UserRepository,
  ],
})
export class IdentityModule {}
