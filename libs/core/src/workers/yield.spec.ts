import { chunks, yieldToEventLoop } from './yield';

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
