import { CombinedGraphQLErrors } from '@apollo/client';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import zhCN from '../locales/zh-CN.json';
import { readableError } from './errors';

// The real catalogue, looked up the way i18next does (with {{x}} interpolation).
const t = ((key: string, opts?: Record<string, unknown>) => {
  const value = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], zhCN);
  if (typeof value !== 'string') return key;
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(opts?.[name] ?? ''));
}) as unknown as TFunction;

function gqlError(errors: { message: string; extensions?: Record<string, unknown> }[]) {
  return new CombinedGraphQLErrors({ errors });
}

describe('readableError', () => {
  it.each([
    ['NOT_FOUND', '找不到'],
    ['FORBIDDEN', '没有权限'],
    ['CONFLICT', '已被他人修改'],
  ])('%s becomes a Chinese sentence', (code, words) => {
    const r = readableError(gqlError([{ message: 'x', extensions: { code } }]), t);
    expect(r.code).toBe(code);
    expect(r.message).toContain(words);
  });

  it('puts BAD_USER_INPUT fields on form paths', () => {
    const r = readableError(
      gqlError([
        {
          message: 'bad',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'title', message: '标题不能为空' },
              { field: 'ip.1.number', message: '专利号格式不对' },
            ],
          },
        },
      ]),
      t,
    );
    expect(r.fields).toEqual([
      { name: ['title'], errors: ['标题不能为空'] },
      { name: ['ip', 1, 'number'], errors: ['专利号格式不对'] },
    ]);
    expect(r.message).toContain('填写');
  });

  it('never shows an internal error text', () => {
    const r = readableError(
      gqlError([{ message: 'Internal server error: pg blew up', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]),
      t,
    );
    expect(r.code).toBe('INTERNAL');
    expect(r.message).not.toContain('pg');
  });

  it('a failed fetch is a network error', () => {
    expect(readableError(new TypeError('Failed to fetch'), t).code).toBe('NETWORK');
  });
});
