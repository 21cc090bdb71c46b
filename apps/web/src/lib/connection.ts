interface Connection {
  edges: readonly unknown[];
}

/** `fetchMore`'s updateQuery for a Relay-style connection at `field`: the next page's edges go after the ones shown. */
export function appendEdges<K extends string>(field: K) {
  return <T extends { [P in K]: Connection }>(prev: T, { fetchMoreResult }: { fetchMoreResult: T }): T =>
    ({
      ...prev,
      [field]: { ...fetchMoreResult[field], edges: [...prev[field].edges, ...fetchMoreResult[field].edges] },
    }) as T;
}
