import { MatchRequestStatus } from './match-request.types';

/** What the figures need of one request. */
export interface DashboardRow {
  status: MatchRequestStatus;
  createdAt: Date;
  answeredAt: Date | null;
  acceptedAt: Date | null;
  contractAmountWan: number | null;
}

export interface DashboardFigures {
  total: number;
  countsByStatus: { status: MatchRequestStatus; count: number }[];
  /** accepted ÷ (accepted + declined + expired); null when nothing was decided yet. */
  acceptanceRate: number | null;
  /** Median hours from request to accept or decline; null when none was answered. */
  medianHoursToAnswer: number | null;
  /** Sum of contract amounts (万元) of every request that reached SIGNED. */
  signedAmountWan: number;
}

export interface DashboardGroup extends DashboardFigures {
  key: string;
  label: string;
}

const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Pure: the dashboard figures of a set of requests. Withdrawn and still-pending requests do not count as decided. */
export function dashboardFigures(rows: readonly DashboardRow[]): DashboardFigures {
  const counts = new Map<MatchRequestStatus, number>(Object.values(MatchRequestStatus).map((s) => [s, 0]));
  for (const r of rows) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const accepted = rows.filter((r) => r.acceptedAt !== null).length;
  const decided =
    accepted +
    rows.filter((r) => r.status === MatchRequestStatus.DECLINED || r.status === MatchRequestStatus.EXPIRED).length;
  const hours = rows
    .filter((r) => r.answeredAt !== null)
    .map((r) => ((r.answeredAt as Date).getTime() - r.createdAt.getTime()) / 3_600_000);
  const mid = median(hours);
  return {
    total: rows.length,
    countsByStatus: [...counts].map(([status, count]) => ({ status, count })),
    acceptanceRate: decided ? round(accepted / decided, 4) : null,
    medianHoursToAnswer: mid === null ? null : round(mid, 2),
    signedAmountWan: round(
      rows.reduce((sum, r) => sum + (r.contractAmountWan ?? 0), 0),
      4,
    ),
  };
}

/** Pure: figures per group, largest group first, then by label. */
export function groupFigures<T extends DashboardRow>(
  rows: readonly T[],
  keyOf: (row: T) => { key: string; label: string },
): DashboardGroup[] {
  const groups = new Map<string, { label: string; rows: T[] }>();
  for (const row of rows) {
    const { key, label } = keyOf(row);
    const group = groups.get(key) ?? { label, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  return [...groups]
    .map(([key, g]) => ({ key, label: g.label, ...dashboardFigures(g.rows) }))
    .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
}
