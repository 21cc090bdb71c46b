import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@app/core';
import { ListingAuditService } from '@app/catalog';
import { CurrentActor } from '../graphql/auth';
import { UuidPipe } from '../graphql/uuid.pipe';
import { ListingKind } from '../search/search.types';
import { AuditEntryModel } from './models/audit-entry.model';

@Resolver()
export class ListingAuditResolver {
  constructor(private readonly audit: ListingAuditService) {}

  @Query(() => [AuditEntryModel], {
    description: "A listing's audit trail, newest first (coordinators and administrators; first ≤ 200)",
  })
  async listingAuditTrail(
    @CurrentActor() actor: Actor,
    @Args('kind', { type: () => ListingKind }) kind: ListingKind,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
  ): Promise<AuditEntryModel[]> {
    return (await this.audit.trailOf(actor, kind, id, first ?? 50)).map(AuditEntryModel.from);
  }
}
