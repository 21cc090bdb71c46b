import { Injectable } from '@nestjs/common';
import { Actor, badInput, bilingual, forbidden, Industry, INDUSTRY_LABELS, isAlliance } from '@app/core';
import { Database } from '@app/database';
import { toCsv } from './csv';
import { CSV_COLUMNS, reportLabels, ReportLang, shanghaiMinute } from './report-labels';
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
  if (!DAY.test(from) || Number.isNaN(Date.parse(from)))
    throw badInput('from', bilingual('开始日期须为 YYYY-MM-DD 格式', 'from must be a date in YYYY-MM-DD form'));
  if (!DAY.test(to) || Number.isNaN(Date.parse(to)))
    throw badInput('to', bilingual('结束日期须为 YYYY-MM-DD 格式', 'to must be a date in YYYY-MM-DD form'));
  if (to < from) throw badInput('to', bilingual('结束日期不能早于开始日期', 'to must not be before from'));
  return {
    start: new Date(`${from}T00:00:00+08:00`),
    end: new Date(new Date(`${to}T00:00:00+08:00`).getTime() + DAY_MS),
  };
}

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
      byIndustry: groupFigures(rows, (r) => ({
        key: r.industry,
        label: INDUSTRY_LABELS[r.industry as Industry] ?? r.industry,
      })),
      byUniversity: groupFigures(rows, (r) => ({ key: r.universityId, label: r.universityName })),
      byEnterprise: groupFigures(rows, (r) => ({ key: r.enterpriseId, label: r.enterpriseName })),
    };
  }

  /** Chinese column titles and labels unless `lang` is English; times in Asia/Shanghai to the minute. */
  async csv(actor: Actor, from: string, to: string, lang: ReportLang = 'zh-CN'): Promise<string> {
    const rows = await this.rows(actor, from, to);
    const l = reportLabels(lang);
    return toCsv(
      CSV_COLUMNS[lang],
      rows.map((r) => [
        r.id,
        shanghaiMinute(r.createdAt),
        l.status(r.status),
        l.direction(r.direction),
        l.industry(r.industry),
        r.universityName,
        r.enterpriseName,
        r.achievementKey,
        r.achievementTitle,
        r.needKey,
        r.needTitle,
        r.message,
        shanghaiMinute(r.answeredAt),
        l.declineReason(r.declineReason),
        r.declineNote,
        r.closeReason,
        r.contractAmountWan,
        r.contractNumber,
      ]),
    );
  }

  private rows(actor: Actor, from: string, to: string): Promise<MatchReportRow[]> {
    if (!isAlliance(actor))
      throw forbidden(
        bilingual('对接看板和导出仅供联盟协调员使用', 'The match dashboard and export are for alliance coordinators'),
      );
    const { start, end } = range(from, to);
    return this.db.read((em) => this.requests.reportRows(em, start, end));
  }
}
