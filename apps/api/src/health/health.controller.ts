import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { Database } from '@app/database';
import { Public } from '../graphql/auth';

/** Probes for load balancers and orchestrators: no sign-in. */
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly db: Database) {}

  @Get('live')
  @HttpCode(200)
  live() {
    return { status: 'ok' };
  }

  /** Ready when the database answers; a load balancer stops sending traffic otherwise. */
  @Get('ready')
  async ready() {
    if (!(await this.db.ping())) throw new ServiceUnavailableException({ status: 'unavailable', database: 'down' });
    return { status: 'ok', database: 'up', mode: this.db.embedded ? 'embedded' : 'postgres' };
  }
}
