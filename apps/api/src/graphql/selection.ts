import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Names of the fields asked for under `path` (e.g. `['hits']`) of the field being resolved, through inline fragments
 * and fragment spreads. A directive (@include/@skip) is read as "asked for", which errs on the side of loading.
 */
export function requestedFields(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, depth: number, out: (node: FieldNode) => void): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) out(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, depth, out);
      else visit(info.fragments[selection.name.value]?.selectionSet, depth, out);
    }
  };
  let level: SelectionSetNode[] = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    const next: SelectionSetNode[] = [];
    for (const set of level)
      visit(set, 0, (node) => node.name.value === name && node.selectionSet && next.push(node.selectionSet));
    level = next;
  }
  for (const set of level) visit(set, 0, (node) => names.add(node.name.value));
  return names;
}
