import { CombinedGraphQLErrors } from '@apollo/client';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { moveErrorText } from './moveErrors';

const t = ((key: string, v?: Record<string, string>) =>
  v && Object.keys(v).length ? `${key}:${JSON.stringify(v)}` : key) as unknown as TFunction;

function apiError(code: string, message: string): unknown {
  return new CombinedGraphQLErrors({ errors: [{ message, extensions: { code } }] });
}

describe('moveErrorText', () => {
  it.each([
    ['CONFLICT', '该洽谈的一方在这个时段已有其他洽谈'],
    ['CONFLICT', 'That table is already taken in that slot'],
    ['BAD_USER_INPUT', '这张洽谈桌只有 2 个座位，这场洽谈需要 4 个'],
  ])('a %s refusal reads as the server words it: %s', (code, message) => {
    expect(moveErrorText(apiError(code, message), t)).toBe(message);
  });

  it('falls back to the general text for other errors', () => {
    expect(moveErrorText(apiError('FORBIDDEN', 'Coordinators only'), t)).toBe(
      'errors.withDetail:{"base":"errors.FORBIDDEN","detail":"Coordinators only"}',
    );
    expect(moveErrorText(new Error('Failed to fetch'), t)).toBe('errors.NETWORK');
  });
});
