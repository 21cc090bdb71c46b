import { Field, GraphQLISODateTime, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@app/core';
import { SearchIndexService } from '@app/catalog';
import { CurrentActor } from '../graphql/auth';

@ObjectType()
export class SearchIndexStatusModel {
  @Field() engine: string;
  @Field() healthy: boolean;
  @Field(() => String, { nullable: true }) detail: string | null;
  @Field(() => Int, { nullable: true }) documents: number | null;
  @Field(() => Int, { description: 'Catalog changes waiting to be indexed' }) pending: number;
  @Field(() => Int) deadLetters: number;
}

@ObjectType()
export class SearchDeadLetterModel {
  @Field() entityType: string;
  @Field() entityId: string;
  @Field(() => Int) attempts: number;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field(() => GraphQLISODateTime) failedAt: Date;
}

@Resolver()
export class SearchAdminResolver {
  constructor(private readonly index: SearchIndexService) {}

  @Query(() => SearchIndexStatusModel, { description: 'Alliance only' })
  async searchIndexStatus(@CurrentActor() actor: Actor): Promise<SearchIndexStatusModel> {
    const s = await this.index.status(actor);
    return {
      engine: s.health.engine,
      healthy: s.health.ok,
      detail: s.health.detail ?? null,
      documents: s.health.documents ?? null,
      pending: s.pending,
      deadLetters: s.deadLetters,
    };
  }

  @Query(() => [SearchDeadLetterModel], { description: 'Alliance only: listings the relay gave up on' })
  async searchDeadLetters(@CurrentActor() actor: Actor): Promise<SearchDeadLetterModel[]> {
    return (await this.index.deadLetters(actor)).map((d) => ({
      entityType: d.entity_type,
      entityId: d.entity_id,
      attempts: d.attempts,
      lastError: d.last_error,
      failedAt: d.failed_at,
    }));
  }

  @Mutation(() => Int, { description: 'Alliance only: queue dead letters again; returns how many' })
  requeueSearchDeadLetters(@CurrentActor() actor: Actor): Promise<number> {
    return this.index.requeueDeadLetters(actor);
  }
}
