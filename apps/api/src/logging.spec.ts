import { SLOW_REQUEST_MS, requestSampler } from './logging';

describe('requestSampler', () => {
  it('logs 1 in N quick successful requests, exactly', () => {
    const logged = requestSampler(10);
    const picks = Array.from({ length: 100 }, () => logged(200, false, 3)).filter(Boolean).length;
    expect(picks).toBe(10);
  });

  it('always logs failures, errors and slow requests', () => {
    const logged = requestSampler(1000);
    logged(200, false, 1); // the first of each thousand is logged; what follows is not sampled in
    expect(logged(200, false, 1)).toBe(false);
    expect(logged(404, false, 1)).toBe(true);
    expect(logged(401, false, 1)).toBe(true);
    expect(logged(200, true, 1)).toBe(true);
    expect(logged(200, false, SLOW_REQUEST_MS)).toBe(true);
  });

  it('a sample of 1 logs every request', () => {
    const logged = requestSampler(1);
    expect([1, 2, 3].map(() => logged(200, false, 1))).toEqual([true, true, true]);
  });
});
