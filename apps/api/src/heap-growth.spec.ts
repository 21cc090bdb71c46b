import { SERVING_HEAP_GROWING_PERCENT, servingHeapFlag } from './heap-growth';

describe('servingHeapFlag', () => {
  it('tightens the heap growth by default', () => {
    expect(servingHeapFlag(['--liftoff-only'])).toBe(`--heap-growing-percent=${SERVING_HEAP_GROWING_PERCENT}`);
  });

  it.each([
    [['--heap-growing-percent=80'], ''],
    [['--heap_growing_percent=80'], ''],
    [[], '--max-old-space-size=512 --heap-growing-percent=80'],
  ])('leaves a factor chosen by the operator alone (%j, %j)', (execArgv, nodeOptions) => {
    expect(servingHeapFlag(execArgv, nodeOptions)).toBeNull();
  });
});
