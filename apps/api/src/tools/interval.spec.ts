import { meanInterval95 } from './interval';

describe('meanInterval95', () => {
  it("gives the mean and Student's t interval of the values", () => {
    // n = 4: mean 2.5, sample sd 1.2910, t(3) = 3.182 → half-width 3.182 × 1.2910 / 2 = 2.0540
    const { mean, low, high } = meanInterval95([1, 2, 3, 4]);
    expect(mean).toBeCloseTo(2.5, 10);
    expect(low).toBeCloseTo(2.5 - 2.054, 3);
    expect(high).toBeCloseTo(2.5 + 2.054, 3);
  });

  it('narrows as the rounds agree and as there are more of them', () => {
    const spread = meanInterval95([0.02, 0.06, 0.03, 0.05]);
    const tight = meanInterval95([0.039, 0.041, 0.04, 0.04]);
    const more = meanInterval95([0.02, 0.06, 0.03, 0.05, 0.02, 0.06, 0.03, 0.05]);
    expect(tight.high - tight.low).toBeLessThan(spread.high - spread.low);
    expect(more.high - more.low).toBeLessThan(spread.high - spread.low);
    expect(more.mean).toBeCloseTo(spread.mean, 10);
  });

  it('uses the normal 1.96 beyond 30 degrees of freedom', () => {
    const values = Array.from({ length: 40 }, (_, i) => (i % 2 ? 1 : -1)); // mean 0, sample variance 40 / 39
    const { mean, high } = meanInterval95(values);
    expect(mean).toBeCloseTo(0, 10);
    expect(high).toBeCloseTo((1.96 * Math.sqrt(40 / 39)) / Math.sqrt(40), 10);
  });

  it('has no width with a single value', () => {
    expect(meanInterval95([0.05])).toEqual({ mean: 0.05, low: 0.05, high: 0.05 });
  });
});
