import { Model } from './model';
import { State } from './state';

/**
 * Maximum-cardinality matching inside one slot (Edmonds' blossom algorithm: requests pair any two people, so
 * the slot's graph is general, not bipartite). With the other slots fixed, it finds the most meetings slot s
 * can hold: people free for it are those meeting in s already or still under their maximum; edges are the
 * requests scheduled in s or not at all. Starting from the slot's current meetings, each augmenting path adds
 * one meeting while keeping everybody who met in s busy in s. Only used without table capacities (one level).
 */
export class SlotMatcher {
  private readonly slotRequests: Int32Array[];
  private readonly local: Int32Array;
  private readonly verts: Int32Array;
  private readonly match: Int32Array;
  private readonly parent: Int32Array;
  private readonly base: Int32Array;
  private readonly used: Uint8Array;
  private readonly mark: Uint8Array;
  private readonly blossom: Uint8Array;
  private readonly queue: Int32Array;
  private start = new Int32Array(1);
  private adj = new Int32Array(1);
  private readonly pairRequest = new Map<number, number>();
  private n = 0;

  constructor(
    private readonly m: Model,
    private readonly st: State,
  ) {
    const lists: number[][] = Array.from({ length: m.S }, () => []);
    for (let r = 0; r < m.R; r++) for (const s of m.reqSlots[r]) lists[s].push(r);
    this.slotRequests = lists.map((l) => Int32Array.from(l));
    this.local = new Int32Array(m.P).fill(-1);
    this.verts = new Int32Array(m.P);
    this.match = new Int32Array(m.P);
    this.parent = new Int32Array(m.P);
    this.base = new Int32Array(m.P);
    this.used = new Uint8Array(m.P);
    this.mark = new Uint8Array(m.P);
    this.blossom = new Uint8Array(m.P);
    this.queue = new Int32Array(m.P);
  }

  /** Adds up to `limit` meetings to slot s by augmenting its matching; returns how many were added. */
  augmentSlot(s: number, limit = Infinity): number {
    const { m, st } = this;
    if (m.L !== 1) return 0;
    const room = Math.min(limit, m.poolAtLeast[s] - st.size[s]);
    if (room <= 0) return 0;
    this.build(s);
    let gained = 0;
    for (let root = 0; root < this.n && gained < room; root++) {
      if (this.match[root] !== -1) continue;
      let v = this.findPath(root);
      if (v < 0) continue;
      while (v !== -1) {
        const pv = this.parent[v];
        const next = this.match[pv];
        this.match[v] = pv;
        this.match[pv] = v;
        v = next;
      }
      gained++;
    }
    if (gained > 0) this.apply(s);
    for (let i = 0; i < this.n; i++) this.local[this.verts[i]] = -1;
    return gained;
  }

  private build(s: number): void {
    const { m, st } = this;
    const S = m.S;
    let n = 0;
    for (let p = 0; p < m.P; p++) {
      if (!m.avail[p * S + s]) continue;
      const busy = st.busy[p * S + s];
      if (busy >= 0 ? st.fixed[busy] === 1 : st.atMax(p)) continue;
      this.local[p] = n;
      this.verts[n++] = p;
    }
    this.n = n;
    const degree = new Int32Array(n + 1);
    const edges: number[] = [];
    this.pairRequest.clear();
    for (const r of this.slotRequests[s]) {
      const own = st.slotOf[r];
      if (own >= 0 && own !== s) continue;
      const a = this.local[m.reqA[r]];
      const b = this.local[m.reqB[r]];
      if (a < 0 || b < 0) continue;
      const key = Math.min(a, b) * n + Math.max(a, b);
      const known = this.pairRequest.get(key);
      if (known === undefined) {
        edges.push(a, b);
        degree[a]++;
        degree[b]++;
      }
      // One request per pair of people: the one already in the slot, else the heaviest.
      if (known === undefined || (st.slotOf[known] !== s && (own === s || m.weight[r] > m.weight[known]))) {
        this.pairRequest.set(key, r);
      }
    }
    if (this.start.length < n + 1) this.start = new Int32Array(m.P + 1);
    if (this.adj.length < edges.length) this.adj = new Int32Array(edges.length);
    this.start[0] = 0;
    for (let v = 0; v < n; v++) this.start[v + 1] = this.start[v] + degree[v];
    const fill = this.start.slice(0, n);
    for (let i = 0; i < edges.length; i += 2) {
      this.adj[fill[edges[i]]++] = edges[i + 1];
      this.adj[fill[edges[i + 1]]++] = edges[i];
    }
    this.match.fill(-1, 0, n);
    for (let i = 0; i < st.size[s]; i++) {
      const r = st.members[s][i];
      const a = this.local[m.reqA[r]];
      const b = this.local[m.reqB[r]];
      this.match[a] = b;
      this.match[b] = a;
    }
  }

  /** Replaces the slot's meetings by the matching: removals first, so the additions always fit. */
  private apply(s: number): void {
    const { st, match, n } = this;
    const chosen = new Set<number>();
    for (let v = 0; v < n; v++) {
      const w = match[v];
      if (w > v) chosen.add(this.pairRequest.get(v * n + w) as number);
    }
    const old = Array.from(st.members[s].subarray(0, st.size[s]));
    for (const r of old) if (!chosen.has(r)) st.remove(r);
    for (const r of chosen) if (st.slotOf[r] !== s) st.place(r, s);
  }

  /** Breadth-first search for an augmenting path from root, contracting odd cycles (blossoms) on the way. */
  private findPath(root: number): number {
    const { match, parent, base, used, queue, adj, start, n } = this;
    used.fill(0, 0, n);
    parent.fill(-1, 0, n);
    for (let i = 0; i < n; i++) base[i] = i;
    used[root] = 1;
    let head = 0;
    let tail = 0;
    queue[tail++] = root;
    while (head < tail) {
      const v = queue[head++];
      for (let e = start[v]; e < start[v + 1]; e++) {
        const to = adj[e];
        if (base[v] === base[to] || match[v] === to) continue;
        if (to === root || (match[to] !== -1 && parent[match[to]] !== -1)) {
          const b = this.commonBase(v, to);
          this.blossom.fill(0, 0, n);
          this.markPath(v, b, to);
          this.markPath(to, b, v);
          for (let i = 0; i < n; i++) {
            if (!this.blossom[base[i]]) continue;
            base[i] = b;
            if (!used[i]) {
              used[i] = 1;
              queue[tail++] = i;
            }
          }
        } else if (parent[to] === -1) {
          parent[to] = v;
          if (match[to] === -1) return to;
          used[match[to]] = 1;
          queue[tail++] = match[to];
        }
      }
    }
    return -1;
  }

  private commonBase(a: number, b: number): number {
    const { match, parent, base, mark } = this;
    mark.fill(0, 0, this.n);
    for (;;) {
      a = base[a];
      mark[a] = 1;
      if (match[a] === -1) break;
      a = parent[match[a]];
    }
    for (;;) {
      b = base[b];
      if (mark[b]) return b;
      b = parent[match[b]];
    }
  }

  private markPath(v: number, b: number, child: number): void {
    const { match, parent, base, blossom } = this;
    while (base[v] !== b) {
      blossom[base[v]] = 1;
      blossom[base[match[v]]] = 1;
      parent[v] = child;
      child = match[v];
      v = parent[match[v]];
    }
  }
}
