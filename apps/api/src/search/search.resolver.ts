import { Args, Context, Info, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { type Actor, invalidCursor, isAlliance } from '@app/core';
import { CatalogSearchService } from '@app/catalog';
import type { FacetName } from '@app/search';
import { AchievementModel } from '../catalog/models/achievement.model';
import { needModel } from '../catalog/need.resolver';
import { CurrentActor } from '../graphql/auth';
import type { RequestContext } from '../graphql/context';
import { FacetCounts, ListingKind, SearchFacet, SearchHitModel, SearchInput, SearchResult } from './search.types';
import { requestedFields } from '../graphql/selection';

/** Hit fields the engine's copy answers by itself; asking for anything else hydrates every hit from the database. */
const ENGINE_FIELDS = new Set(['key', 'kind', 'score', 'titleHighlight', 'summaryHighlight', '__typename']);

const encodeOffset = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');
function decodeOffset(cursor: string): number {
  const match = /^o:(\d{1,7})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw invalidCursor();
  return Number(match[1]);
}

@Resolver(() => SearchResult)
export class SearchResolver {
  constructor(private readonly service: CatalogSearchService) {}

  @Query(() => SearchResult, { description: 'Full-text search over achievements and needs you may see' })
  async search(
    @CurrentActor() actor: Actor,
    @Args('input') input: SearchInput,
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchResult> {
    const offset = input.after ? decodeOffset(input.after) : input.page ? (input.page - 1) * input.first : 0;
    const requested = requestedFields(info, ['hits']);
    const page = await this.service.search(actor, {
      ...input,
      orgIds: input.organizations,
      orgKinds: input.organizationKinds,
      offset,
      facets: input.facets as FacetName[] | undefined,
      // Highlights cost a good part of a search: only when asked for (hydrated hits do not carry them otherwise).
      highlight: requested.has('titleHighlight') || requested.has('summaryHighlight'),
    });
    const engineOnly = [...requested].every((name) => ENGINE_FIELDS.has(name));
    // Hydrate through the request's loaders, which apply visibility (and teasers) once more. The engine query already
    // left out what the caller may not see, lagging copies included (CatalogSearchService), so a hit that asks only
    // for what the engine's copy holds is answered from it. A confidential need's copy is a teaser: its key is for
    // the alliance and its owner only, and its owner (which never changes) is read from the database once.
    const alliance = isAlliance(actor);
    const confidential = page.hits.filter((h) => h.confidential && h.kind === 'NEED').map((h) => h.id);
    const owners = engineOnly && !alliance && confidential.length ? await this.service.needOwners(confidential) : null;
    const hits = await Promise.all(
      page.hits.map(async (h): Promise<SearchHitModel | null> => {
        const base = {
          kind: h.kind as ListingKind,
          key: h.key,
          score: h.score,
          titleHighlight: h.titleHighlight ?? null,
          summaryHighlight: h.summaryHighlight ?? null,
        };
        if (engineOnly && (!h.confidential || alliance)) return { ...base, achievement: null, need: null };
        if (owners && h.kind === 'NEED') {
          if (!owners.has(h.id)) return null; // gone from the database
          if (owners.get(h.id) === actor.orgId) return { ...base, achievement: null, need: null };
          return { ...base, key: null, summaryHighlight: null, achievement: null, need: null };
        }
        if (h.kind === 'ACHIEVEMENT') {
          const a = await ctx.loaders.achievement.load(h.id);
          return a ? { ...base, achievement: AchievementModel.from(a, actor), need: null } : null;
        }
        const n = await ctx.loaders.need.load(h.id);
        if (!n) return null;
        return {
          ...base,
          key: n.teaser ? null : base.key,
          summaryHighlight: n.teaser ? null : base.summaryHighlight,
          achievement: null,
          need: needModel(actor, n),
        };
      }),
    );
    const facets: FacetCounts[] = Object.entries(page.facets).map(([name, values]) => ({
      name: name as SearchFacet,
      values: Object.entries(values ?? {})
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count),
    }));
    const next = offset + page.hits.length;
    return {
      totalCount: page.total,
      hits: hits.filter((h): h is SearchHitModel => h !== null),
      facets,
      pageInfo: { hasNextPage: next < page.total, endCursor: page.hits.length ? encodeOffset(next) : null },
    };
  }
}
