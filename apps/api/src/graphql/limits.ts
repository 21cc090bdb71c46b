import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { bilingual, currentLanguage, type LocalText, localise, MAX_PAGE_SIZE } from '@app/core';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getNullableType,
  GraphQLError,
  type GraphQLSchema,
  isListType,
  Kind,
  type SelectionNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { type ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';

/** The code clients see when a document asks for more than one request may cost. */
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

/**
 * What one document may ask for. Depth, aliases and directives are counted through fragment spreads by GraphQL
 * Armor's rules; tokens by graphql-js' parser; cost by graphql-query-complexity with list sizes as multipliers.
 */
export const LIMITS = {
  maxTokens: 5000,
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 20,
  /** Roughly the number of fields resolved: a page of 100 listings with 40 fields each costs ~4,000. */
  maxCost: 10_000,
  /** Search, matching, scheduling and the dashboard run the engine or the ranking: a handful per request. */
  maxExpensive: 5,
} as const;

const EXPENSIVE = new Set([
  'search',
  'matchesForNeed',
  'matchesForAchievement',
  'suggestMeetings',
  'scheduleEvent',
  'matchDashboard',
  'matchRequestsCsv',
]);
/** Base cost of an expensive field, beside what it returns. */
const EXPENSIVE_COST = 100;
/** Lists without a `first` argument: their known cap, or an assumed typical size. */
const LIST_SIZES: Record<string, number> = {
  events: 200,
  eventMeetings: 400,
  // A typical large event (the coordinators' console lists every participant with their listings: ~8,600).
  eventParticipants: 200,
  // Per parent type: a meeting has its two sides; a participant lists at most 20 achievements and 20 needs.
  'Meeting.participants': 2,
  'EventParticipant.achievements': 20,
  'EventParticipant.needs': 20,
};
const DEFAULT_LIST_SIZE = 20;
/** Lists whose length is the parent connection's `first`, already counted there. */
const PAGE_LISTS = new Set(['edges', 'nodes', 'hits']);

/** A refused query, in the request's language. */
export function limitError(message: LocalText): GraphQLError {
  return new GraphQLError(localise(message, currentLanguage()), {
    extensions: { code: QUERY_TOO_COMPLEX, limit: true, http: { status: 400 } },
  });
}

const report = (message: LocalText) => [(ctx: ValidationContext | null) => ctx?.reportError(limitError(message))];

/** Validation rules: they see the document only, so they run before variables are known. */
export function limitRules(): ValidationRule[] {
  const common = { exposeLimits: false, propagateOnRejection: false } as const;
  return [
    maxDepthRule({
      ...common,
      n: LIMITS.maxDepth,
      flattenFragments: true,
      onReject: report(
        bilingual(
          `查询嵌套过深：最多 ${LIMITS.maxDepth} 层`,
          `The query is nested too deeply: at most ${LIMITS.maxDepth} levels`,
        ),
      ),
    }),
    maxAliasesRule({
      ...common,
      n: LIMITS.maxAliases,
      onReject: report(
        bilingual(
          `别名过多：每个请求最多 ${LIMITS.maxAliases} 个`,
          `Too many aliases: at most ${LIMITS.maxAliases} per request`,
        ),
      ),
    }),
    maxDirectivesRule({
      ...common,
      n: LIMITS.maxDirectives,
      onReject: report(
        bilingual(
          `指令过多：每个请求最多 ${LIMITS.maxDirectives} 个`,
          `Too many directives: at most ${LIMITS.maxDirectives} per request`,
        ),
      ),
    }),
  ] as ValidationRule[];
}

/** A `first` beyond the page cap is refused by validation with the field named; the cost counts at most the cap. */
function requested(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.min(value, MAX_PAGE_SIZE) : null;
}

/** The page-list children (edges, hits, nodes) of a selection, through fragments. */
function pageChildren(
  selections: readonly SelectionNode[],
  fragments: Map<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): FieldNode[] {
  return selections.flatMap((s): FieldNode[] => {
    if (s.kind === Kind.FIELD) return PAGE_LISTS.has(s.name.value) ? [s] : [];
    if (s.kind === Kind.INLINE_FRAGMENT) return pageChildren(s.selectionSet.selections, fragments, seen);
    const fragment = fragments.get(s.name.value);
    if (!fragment || seen.has(s.name.value)) return [];
    seen.add(s.name.value);
    return pageChildren(fragment.selectionSet.selections, fragments, seen);
  });
}

/**
 * The cost of a document with its variables; throws QUERY_TOO_COMPLEX beyond a limit. A field costs 1 plus its
 * children; a list multiplies its children by its size (`first`, a known cap or 20); a connection or search
 * multiplies only its page list (edges, hits) by `first`, not its totalCount or facets.
 */
export function checkCost(options: Omit<Parameters<typeof getComplexity>[0], 'estimators'>): number {
  const fragments = new Map(
    options.query.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const pageCost = new Map<FieldNode, number>();
  let expensive = 0;
  const estimator = ({ type, field, node, args, childComplexity }: ComplexityEstimatorArgs): number => {
    // Introspection (developer tools; off in production) reads the schema in memory.
    if (field.name === '__schema' || field.name === '__type') return 0;
    const isExpensive = EXPENSIVE.has(field.name);
    if (isExpensive) expensive++;
    const base = isExpensive ? EXPENSIVE_COST : 1;
    let cost = base + childComplexity;
    if (childComplexity > 0) {
      const asked = requested(args.first) ?? requested((args.input as { first?: unknown } | undefined)?.first);
      if (isListType(getNullableType(field.type))) {
        if (!PAGE_LISTS.has(field.name))
          cost =
            base +
            (asked ?? LIST_SIZES[`${type.name}.${field.name}`] ?? LIST_SIZES[field.name] ?? DEFAULT_LIST_SIZE) *
              childComplexity;
      } else if (asked !== null && node.selectionSet) {
        const page = pageChildren(node.selectionSet.selections, fragments).reduce(
          (sum, child) => sum + (pageCost.get(child) ?? 0),
          0,
        );
        cost += (asked - 1) * page;
      }
    }
    if (PAGE_LISTS.has(field.name)) pageCost.set(node, cost);
    return cost;
  };
  let cost: number;
  try {
    cost = getComplexity({ ...options, estimators: [estimator] });
  } catch (error) {
    // Variables that do not fit the document are reported by execution with the field named; a node count
    // beyond the library's bound is refused here.
    if (error instanceof GraphQLError && /nodes|complexity/i.test(error.message))
      throw limitError(
        bilingual(
          '查询过于复杂，请减少字段或分页大小',
          'The query is too complex; ask for fewer fields or smaller pages',
        ),
      );
    return 0;
  }
  if (expensive > LIMITS.maxExpensive)
    throw limitError(
      bilingual(
        `每个请求最多 ${LIMITS.maxExpensive} 个搜索、匹配、排程或统计字段`,
        `At most ${LIMITS.maxExpensive} search, matching, scheduling or statistics fields per request`,
      ),
    );
  if (cost > LIMITS.maxCost)
    throw limitError(
      bilingual(
        `查询成本 ${cost} 超过上限 ${LIMITS.maxCost}：请减少字段、别名或每页条数（first）`,
        `The query costs ${cost}, over the limit of ${LIMITS.maxCost}: ask for fewer fields, aliases or a smaller first`,
      ),
    );
  return cost;
}

/** Documents whose cost was checked, per schema: the costs that passed, by operation name and variables. */
const passedCosts = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number>>>();
/** Outcomes remembered per document (a document asked with ever new variables stops being remembered past it). */
const COSTS_PER_DOCUMENT = 64;
/** Variables longer than this as JSON are not remembered (their cost is checked each time). */
const MAX_VARIABLES_KEY = 1024;

/**
 * checkCost, remembering the costs that passed: the cost is a pure function of the schema, the parsed document,
 * the operation name and the variables, and Apollo hands out the same parsed document object for the same query
 * text (its document cache), so a repeated request with the same variables skips the walk. A refusal is worked
 * out each time (its message is in the request's language), and so is anything not remembered.
 */
export function checkCostCached(options: Omit<Parameters<typeof getComplexity>[0], 'estimators'>): number {
  const { schema, query: document } = options;
  const variables = options.variables ?? {};
  // Without variable definitions the variables cannot change the cost.
  const usesVariables = document.definitions.some(
    (d) => d.kind === Kind.OPERATION_DEFINITION && (d.variableDefinitions?.length ?? 0) > 0,
  );
  const key = `${options.operationName ?? ''}\u0000${usesVariables ? JSON.stringify(variables) : ''}`;
  let byDocument = passedCosts.get(schema);
  if (!byDocument) passedCosts.set(schema, (byDocument = new WeakMap<DocumentNode, Map<string, number>>()));
  const known = byDocument.get(document)?.get(key);
  if (known !== undefined) return known;
  const cost = checkCost(options);
  if (key.length <= MAX_VARIABLES_KEY) {
    let costs = byDocument.get(document);
    if (!costs) byDocument.set(document, (costs = new Map<string, number>()));
    if (costs.size >= COSTS_PER_DOCUMENT) costs.clear();
    costs.set(key, cost);
  }
  return cost;
}

/** Apollo plugin: the cost needs the variables (`first: $n`), so it runs once the operation is resolved. */
export function costLimitPlugin(): ApolloServerPlugin {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ request, document, schema }) => {
        checkCostCached({
          schema,
          query: document,
          variables: request.variables ?? {},
          operationName: request.operationName ?? undefined,
        });
      },
    }),
  };
}
