export * from './entities';
export * from './identity.module';
export * from './services/auth.service';
export * from './services/organization.service';
export * from './services/user.service';
export { ALLIANCE_NAME, BootstrapAdminService } from './services/bootstrap-admin.service';
export { OrganizationRepository } from './repositories/organization.repository';
export { UserRepository } from './repositories/user.repository';
export { hashPassword } from './services/password-hasher';
