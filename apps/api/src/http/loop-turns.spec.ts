import { LoopTurns } from './loop-turns';

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('LoopTurns', () => {
  it('runs tasks in arrival order, one per turn of the event loop', async () => {
    const turns = new LoopTurns();
    const ran: string[] = [];
    for (const name of ['a', 'b', 'c']) turns.run(() => ran.push(name));
    expect(ran).toEqual([]); // never in the caller's own turn
    await nextTurn();
    expect(ran).toEqual(['a']);
    await nextTurn();
    expect(ran).toEqual(['a', 'b']);
    await nextTurn();
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(turns.waiting).toBe(0);
  });

  it('lets I/O and timers due meanwhile run between tasks, not after the whole queue', async () => {
    const turns = new LoopTurns();
    const ran: string[] = [];
    for (let i = 0; i < 5; i++) turns.run(() => ran.push(`task ${i}`));
    setImmediate(() => ran.push('other work queued after the tasks'));
    while (turns.waiting > 0) await nextTurn();
    await nextTurn();
    expect(ran.indexOf('other work queued after the tasks')).toBeLessThan(ran.indexOf('task 4'));
  });

  it('compacts a long queue without losing or repeating a task', async () => {
    const turns = new LoopTurns();
    const seen: number[] = [];
    const n = 3000;
    for (let i = 0; i < n; i++) turns.run(() => seen.push(i));
    while (turns.waiting > 0) await nextTurn();
    await nextTurn();
    expect(seen).toEqual(Array.from({ length: n }, (_, i) => i));
  });
});
