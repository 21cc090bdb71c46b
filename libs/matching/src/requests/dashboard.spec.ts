import { csvField, toCsv } from './csv';
import { dashboardFigures, groupFigures, median } from './dashboard';
import { MatchRequestStatus as S } from './match-request.types';

const t0 = new Date('2026-03-01T00:00:00Z');
const h = (hours: number) => new Date(t0.getTime() + hours * 3_600_000);
const row = (
  status: S,
  answeredAfter: number | null,
  accepted: boolean,
  amount: number | null = null,
  group = 'g1',
) => ({
  status,
  createdAt: t0,
  answeredAt: answeredAfter === null ? null : h(answeredAfter),
  acceptedAt: accepted ? h(answeredAfter ?? 0) : null,
  contractAmountWan: amount,
  group,
});

describe('dashboard figures', () => {
  const rows = [
    row(S.SIGNED, 10, true, 120.5),
    row(S.LANDED, 30, true, 80, 'g2'),
    row(S.DECLINED, 2, false),
    row(S.EXPIRED, null, false),
    row(S.WITHDRAWN, null, false),
    row(S.REQUESTED, null, false),
    row(S.CLOSED, 4, true),
  ];

  it('counts, acceptance rate, median hours and signed amount', () => {
    const f = dashboardFigures(rows);
    expect(f.total).toBe(7);
    expect(f.countsByStatus.find((c) => c.status === S.SIGNED)?.count).toBe(1);
    expect(f.countsByStatus.find((c) => c.status === S.MEETING)?.count).toBe(0);
    expect(f.acceptanceRate).toBe(0.6); // 3 accepted of 5 decided (3 + declined + expired)
    expect(f.medianHoursToAnswer).toBe(7); // answers after 2, 4, 10, 30 hours
    expect(f.signedAmountWan).toBe(200.5);
  });

  it('nothing decided or answered gives nulls, not zeros', () => {
    expect(dashboardFigures([row(S.REQUESTED, null, false)])).toMatchObject({
      acceptanceRate: null,
      medianHoursToAnswer: null,
      signedAmountWan: 0,
    });
  });

  it('groups, largest first', () => {
    const groups = groupFigures(rows, (r) => ({ key: r.group, label: r.group.toUpperCase() }));
    expect(groups.map((g) => [g.key, g.label, g.total, g.signedAmountWan])).toEqual([
      ['g1', 'G1', 6, 120.5],
      ['g2', 'G2', 1, 80],
    ]);
  });

  it.each([
    [[], null],
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
  ])('median of %j is %j', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('csv', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['-1+1,x', `"'-1+1,x"`],
    [null, ''],
    [12.5, '12.5'],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('rows end in CRLF after a BOM', () => {
    expect(toCsv(['a', 'b'], [[1, '对接']])).toBe('\uFEFFa,b\r\n1,对接\r\n');
  });
});
