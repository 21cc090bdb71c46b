import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@app/core';
import { MAX_VOCABULARY_PAGE, VocabularyService } from '@app/matching';
import { CurrentActor } from '../graphql/auth';
import { UuidPipe } from '../graphql/uuid.pipe';
import { VocabularyFilterInput, VocabularyGroupInput } from './dto/vocabulary.inputs';
import { VocabularyGroupModel, VocabularyGroupPageModel } from './models/vocabulary-group.model';

/** The search and matching vocabulary, maintained by coordinators and administrators (rights in the service). */
@Resolver()
export class VocabularyResolver {
  constructor(private readonly vocabulary: VocabularyService) {}

  @Query(() => VocabularyGroupPageModel, {
    description: `Shipped and alliance groups, alliance first (first ≤ ${MAX_VOCABULARY_PAGE})`,
  })
  async vocabularyGroups(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => VocabularyFilterInput, nullable: true }) filter?: VocabularyFilterInput | null,
    @Args('offset', { type: () => Int, nullable: true }) offset?: number | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
  ): Promise<VocabularyGroupPageModel> {
    const page = await this.vocabulary.list(
      actor,
      {
        text: filter?.text ?? undefined,
        source: filter?.source ?? undefined,
        kind: filter?.kind ?? undefined,
        industry: filter?.industry ?? undefined,
      },
      offset ?? 0,
      first ?? 50,
    );
    return { total: page.total, items: page.items.map(VocabularyGroupModel.from) };
  }

  @Mutation(() => VocabularyGroupModel, { description: 'Adds an alliance group; search and matching use it at once' })
  async addVocabularyGroup(
    @CurrentActor() actor: Actor,
    @Args('input') input: VocabularyGroupInput,
  ): Promise<VocabularyGroupModel> {
    return VocabularyGroupModel.from(await this.vocabulary.add(actor, input));
  }

  @Mutation(() => VocabularyGroupModel, { description: 'Replaces an alliance group; `version` is the one you read' })
  async updateVocabularyGroup(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: VocabularyGroupInput,
  ): Promise<VocabularyGroupModel> {
    return VocabularyGroupModel.from(await this.vocabulary.update(actor, id, version, input));
  }

  @Mutation(() => Boolean, { description: 'Removes an alliance group (shipped groups are disabled instead)' })
  removeVocabularyGroup(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<boolean> {
    return this.vocabulary.remove(actor, id);
  }

  @Mutation(() => VocabularyGroupModel, {
    description: 'Turns a shipped group off or on again; the files are never changed',
  })
  async setShippedVocabularyGroupEnabled(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('enabled') enabled: boolean,
  ): Promise<VocabularyGroupModel> {
    return VocabularyGroupModel.from(await this.vocabulary.setShippedEnabled(actor, id, enabled));
  }
}
