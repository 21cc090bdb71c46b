import { Factory, Person } from './factories';
import { TestApp } from './test-app';

export const DAY = 86_400_000;

/** The people and listings the match-request specs share, made in this order through the public API. */
export interface MatchCast {
  officer: Person; // the university's officers
  officer2: Person;
  rd: Person; // the enterprise's R&D leads
  rd2: Person;
  otherRd: Person;
  otherOfficer: Person;
  coordinator: Person;
  achievement: { id: string };
  need: { id: string };
  secret: { id: string };
}

export async function matchCast(f: Factory): Promise<MatchCast> {
  const officer = await f.person('OFFICER');
  const officer2 = await f.person('OFFICER', officer.orgId);
  const rd = await f.person('RD_LEAD');
  const rd2 = await f.person('RD_LEAD', rd.orgId);
  const otherRd = await f.person('RD_LEAD');
  const otherOfficer = await f.person('OFFICER');
  const coordinator = await f.person('COORDINATOR');
  const achievement = await f.achievement(officer, { contact: '王老师 13800000000' });
  const need = await f.need(rd, { contact: '李工 13900000000' });
  const secret = await f.need(rd, {
    title: '机密：双面组件背面增益',
    description: '机密描述：良率数据',
    contact: '机密联系人',
    confidential: true,
    budgetWan: 888.25,
  });
  return { officer, officer2, rd, rd2, otherRd, otherOfficer, coordinator, achievement, need, secret };
}

/** A match request's audit trail, oldest first. */
export const matchAudit = (t: TestApp, id: string) =>
  t.db.read((em) =>
    em.query(
      `SELECT action, actor_user_id AS "actor" FROM audit_log WHERE entity_type = 'MATCH_REQUEST' AND entity_id = $1 ORDER BY id`,
      [id],
    ),
  ) as Promise<{ action: string; actor: string | null }[]>;
