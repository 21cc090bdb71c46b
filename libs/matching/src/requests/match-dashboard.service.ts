import { Injectable } from '@nestjs/common';
import { Actor, badInput, forbidden, Industry, INDUSTRY_LABELS, isAlliance } from '@app/core';
import { Database } from '@app/database';
import { toCsv } from './csv';
import { DashboardFigures, dashboardFigures, DashboardGroup, groupFigures } from './dashboard';
import { MatchReportRow, MatchRequestRepository } from './match-request.repository';

export interface MatchDashboard extends DashboardFigures {
  from: string;
  to: string;
  byIndustry: DashboardGroup[];
  byUniversity: DashboardGroup[];
  byEnterprise: DashboardGroup[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** [from, to] as whole days of the alliance's calendar (Asia/Shanghai), both included. */
function range(from: string, to: string): { start: Date; end: Date } {
  if (!DAY.test(from) || Number.isNaN(Date.parse(from))) throw badInput('from', 'must be a date in YYYY-MM-DD form');
  if (!DAY.test(to) || Number.isNaN(Date.parse(to))) throw badInput('to', 'must be a date in YYYY-MM-DD form');
  if (to < from) throw badInput('to', 'must not be before from');
  return { start: new Date(`${from}T00:00:00+08:00`), end: new Date(new Date(`${to}T00:00:00+08:00`).getTime() + DAY_MS) };
}

const CSV_HEADER = [
  'id', 'created_at', 'status', 'direction', 'industry', 'university', 'enterprise', 'achievement_key', 'achievement_title', 'need_key', 'need_title',
  'message', 'answered_at', 'decline_reason', 'decline_note', 'close_reason', 'contract_amount_wan', 'contract_number',
];

/** Coordinators' view of what came of the requests: figures over a date range and a CSV export. */
@Injectable()
export class MatchDashboardService {
  constructor(
    private readonly db: Database,
    private readonly requests: MatchRequestRepository,
  ) {}

  async dashboard(actor: Actor, from: string, to: string): Promise<MatchDashboard> {
    const rows = await this.rows(actor, from, to);
    return {
      from,
      to,
      ...dashboardFigures(rows),
      byIndustry: groupFigures(rows, (r) => ({ key: r.industry, label: INDUSTRY_LABELS[r.industry as Industry] ?? r.industry })),
      byUniversity: groupFigures(rows, (r) => ({ key: r.universityId, label: r.universityName })),
      byEnterprise: groupFigures(rows, (r) => ({ key: r.enterpriseId, label: r.enterpriseName })),
    };
  }

  async csv(actor: Actor, from: string, to: string): Promise<string> {
    const rows = await this.rows(actor, from, to);
    return toCsv(
      CSV_HEADER,
      rows.map((r) => [
        r.id, r.createdAt, r.status, r.direction, r.industry, r.universityName, r.enterpriseName, r.achievementKey, r.achievementTitle, r.needKey, r.needTitle,
        r.message, r.answeredAt, r.declineReason, r.declineNote, r.closeReason, r.contractAmountWan, r.contractNumber,
      ]),
    );
  }

  private rows(actor: Actor, from: string, to: string): Promise<MatchReportRow[]> {
    if (!isAlliance(actor)) throw forbidden('The match dashboard and export are for alliance coordinators');
    const { start, end } = range(from, to);
    return this.db.read((em) => this.requests.reportRows(em, start, end));
  }
}
