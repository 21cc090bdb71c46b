import { describe, expect, it } from 'vitest';
import { reasonRows, scorePercent } from './reasons';

describe('reasonRows', () => {
  it('orders by size of effect, keeps signs and scales bars to the largest', () => {
    const rows = reasonRows([
      { factor: 'TRL', contribution: -0.05, message: 'TRL 5 低于要求的 7' },
      { factor: 'TEXT', contribution: 0.42, message: '共同术语：钝化' },
      { factor: 'INDUSTRY', contribution: 0.21, message: '同属光伏新能源' },
      { factor: 'PRICE', contribution: 0, message: '面议' },
    ]);
    expect(rows.map((r) => r.factor)).toEqual(['TEXT', 'INDUSTRY', 'TRL', 'PRICE']);
    expect(rows.map((r) => r.effect)).toEqual(['positive', 'positive', 'negative', 'neutral']);
    expect(rows.map((r) => r.points)).toEqual([42, 21, -5, 0]);
    expect(rows.map((r) => r.barPercent)).toEqual([100, 50, 12, 0]);
  });

  it('points add up to the score when contributions do', () => {
    const reasons = [
      { factor: 'TEXT' as const, contribution: 0.333, message: '' },
      { factor: 'FRESHNESS' as const, contribution: 0.111, message: '' },
    ];
    expect(reasonRows(reasons).reduce((s, r) => s + r.points, 0)).toBeCloseTo(44.4, 5);
  });

  it('empty reasons give no rows', () => {
    expect(reasonRows([])).toEqual([]);
  });
});

describe('scorePercent', () => {
  it.each([
    [0.874, 87],
    [0, 0],
    [1.2, 100],
    [-0.1, 0],
  ])('%s → %s', (score, percent) => expect(scorePercent(score)).toBe(percent));
});
