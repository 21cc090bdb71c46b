/** The last 90 days up to today (Asia/Shanghai dates), as the API's YYYY-MM-DD range. */
export function defaultRange(now: Date): { from: string; to: string } {
  const day = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  return { from: day(new Date(now.getTime() - 89 * 86_400_000)), to: day(now) };
}
