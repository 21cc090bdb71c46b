import { servingHeapFlag } from './heap-growth';

describe('servingHeapFlag', () => {
  it('leaves V8 alone unless HEAP_GROWING_PERCENT asks', () => {
    expect(servingHeapFlag(undefined, ['--liftoff-only'])).toBeNull();
    expect(servingHeapFlag('', [])).toBeNull();
    expect(servingHeapFlag('0', [])).toBeNull();
    expect(servingHeapFlag('lots', [])).toBeNull();
  });

  it('tightens the growth when asked', () => {
    expect(servingHeapFlag('30', ['--liftoff-only'])).toBe('--heap-growing-percent=30');
  });

  it.each([
    [['--heap-growing-percent=80'], ''],
    [['--heap_growing_percent=80'], ''],
    [[], '--max-old-space-size=512 --heap-growing-percent=80'],
  ])('leaves a factor chosen on the command line alone (%j, %j)', (execArgv, nodeOptions) => {
    expect(servingHeapFlag('30', execArgv, nodeOptions)).toBeNull();
  });
});
