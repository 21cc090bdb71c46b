import { describe, expect, it } from 'vitest';
import { auditValue } from './auditValue';

describe('auditValue', () => {
  it.each([
    [null, '—'],
    ['"新标题"', '新标题'],
    ['6', '6'],
    ['true', 'true'],
    ['null', '—'],
    ['["光伏","钝化"]', '光伏、钝化'],
    ['[{"type":"INVENTION_PATENT"}]', '[{"type":"INVENTION_PATENT"}]'],
    ['not json', 'not json'],
  ])('%s → %s', (json, text) => {
    expect(auditValue(json)).toBe(text);
  });
});
