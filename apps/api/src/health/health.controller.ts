import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { SearchSyncRelay } from '@app/catalog';
import { Database } from '@app/database';
import { Public } from '../graphql/auth';

/** Probes for load balancers and orchestrators: no sign-in. */
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly db: Database,
    private readonly relay: SearchSyncRelay,
  ) {}

  @Get('live')
  @HttpCode(200)
  live() {
    return { status: 'ok' };
  }

  /**
   * Ready when the database answers and the search index is current (built or loaded and caught up, or the search
   * server verified); a load balancer stops sending traffic otherwise.
   */
  @Get('ready')
  async ready() {
    if (!(await this.db.ping())) throw new ServiceUnavailableException({ status: 'unavailable', database: 'down' });
    if (!this.relay.ready)
      throw new ServiceUnavailableException({ status: 'unavailable', database: 'up', search: 'index not current' });
    return { status: 'ok', database: 'up', search: 'current', mode: this.db.embedded ? 'embedded' : 'postgres' };
  }
}
