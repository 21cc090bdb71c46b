import { ASTVisitor, GraphQLError, ValidationContext } from 'graphql';

/** Fields that run the search engine or the ranking: a handful per request is plenty for any client. */
const EXPENSIVE = new Set(['search', 'matchesForNeed', 'matchesForAchievement', 'suggestMeetings', 'scheduleEvent', 'matchDashboard', 'matchRequestsCsv']);

/**
 * Bounds what one document may ask for, so a single request cannot alias an expensive field a hundred times
 * or nest without end. Runs as a GraphQL validation rule, before any resolver.
 */
export function queryLimits(maxDepth = 12, maxExpensive = 5, maxFields = 500) {
  return (context: ValidationContext): ASTVisitor => {
    let depth = 0;
    let expensive = 0;
    let fields = 0;
    return {
      Field: {
        enter(node) {
          depth++;
          fields++;
          if (EXPENSIVE.has(node.name.value)) expensive++;
          if (depth > maxDepth) context.reportError(new GraphQLError(`Query is nested deeper than ${maxDepth} levels`, { nodes: [node] }));
          if (expensive === maxExpensive + 1) context.reportError(new GraphQLError(`At most ${maxExpensive} search, matching or scheduling fields per request`, { nodes: [node] }));
          if (fields === maxFields + 1) context.reportError(new GraphQLError(`At most ${maxFields} fields per request`, { nodes: [node] }));
        },
        leave() {
          depth--;
        },
      },
    };
  };
}
