import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ALLIANCE_NAME, APP_CONFIG, type AppConfig, OrganizationKind, Role } from '@app/core';
import { appendAudit, Database } from '@app/database';
import { OrganizationRepository } from '../repositories/organization.repository';
import { UserRepository } from '../repositories/user.repository';
import { hashPassword } from './password-hasher';

/** Creates the first administrator from BOOTSTRAP_ADMIN_* when absent; running it again changes nothing. */
@Injectable()
export class BootstrapAdminService implements OnApplicationBootstrap {
  private readonly logger = new Logger(BootstrapAdminService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Database,
    private readonly orgs: OrganizationRepository,
    private readonly users: UserRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { bootstrapAdminEmail: email, bootstrapAdminPassword: password } = this.config;
    if (!email || !password) return;
    const passwordHash = await hashPassword(password);
    const created = await this.db.transaction(async (em) => {
      if (await this.users.findByEmail(em, email)) return false;
      const alliance =
        (await this.orgs.findFirstOfKind(em, OrganizationKind.ALLIANCE)) ??
        (await this.orgs.insert(em, {
          key: 'alliance',
          name: ALLIANCE_NAME,
          kind: OrganizationKind.ALLIANCE,
          region: '浙江省嘉兴市',
          creditCode: null,
        }));
      const user = await this.users.insert(em, {
        orgId: alliance.id,
        email,
        displayName: 'Administrator',
        role: Role.ADMIN,
        passwordHash,
      });
      await appendAudit(em, {
        actorUserId: null,
        entityType: 'USER',
        entityId: user.id,
        action: 'BOOTSTRAP_ADMIN',
        changes: { email },
      });
      return true;
    });
    if (created) this.logger.log(`Bootstrap administrator ${email} created`);
  }
}
