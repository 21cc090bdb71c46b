import { chunks, TimeSlice, yieldToEventLoop } from './yield';

describe('chunks', () => {
  it.each([
    [[], 3, []],
    [[1, 2, 3, 4, 5], 2, [[1, 2], [3, 4], [5]]],
    [[1, 2, 3], 3, [[1, 2, 3]]],
    [[1, 2], 5, [[1, 2]]],
  ])('splits %j by %i', (items, size, expected) => {
    expect(chunks(items, size)).toEqual(expected);
  });

  it('refuses a size below 1', () => {
    expect(() => chunks([1], 0)).toThrow(RangeError);
  });
});

describe('yieldToEventLoop', () => {
  it('resumes after callbacks already queued for the event loop, not as a microtask', async () => {
    const order: string[] = [];
    setImmediate(() => order.push('immediate queued before'));
    const done = yieldToEventLoop().then(() => order.push('resumed'));
    void Promise.resolve().then(() => order.push('microtask'));
    await done;
    expect(order).toEqual(['microtask', 'immediate queued before', 'resumed']);
  });
});

describe('TimeSlice', () => {
  const busy = (ms: number) => {
    const until = performance.now() + ms;
    while (performance.now() < until);
  };

  it('is due once its budget of work has passed, and pausing starts a new slice', async () => {
    const slice = new TimeSlice(20);
    expect(slice.due()).toBe(false);
    busy(25);
    expect(slice.due()).toBe(true);
    await slice.pause();
    expect(slice.due()).toBe(false);
  });

  it('a loop pausing when due lets a waiting callback run after one slice of steps, not at the end', async () => {
    const slice = new TimeSlice(5);
    let steps = 0;
    let stepsBeforeCallback = -1;
    setImmediate(() => (stepsBeforeCallback = steps));
    for (let i = 0; i < 40; i++) {
      busy(1);
      steps++;
      if (slice.due()) await slice.pause();
    }
    // 1 ms steps against a 5 ms budget: the first pause comes after at most 5 steps (fewer if the process was
    // descheduled meanwhile).
    expect(stepsBeforeCallback).toBeGreaterThan(0);
    expect(stepsBeforeCallback).toBeLessThanOrEqual(5);
  });
});
