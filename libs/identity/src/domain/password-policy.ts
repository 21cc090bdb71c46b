import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
/** zxcvbn's scale: 3 = "safely unguessable" for an online attack with throttling; 0–2 are common or near-common. */
const MIN_SCORE = 3;

// zxcvbn-ts's common-password list (the top of several breach corpora) and keyboard patterns.
const zxcvbn = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });

/**
 * Why a password is refused, or null. `userInputs` are the person's own words (e-mail, name, organisation): a
 * password built from them scores low. Pure: no I/O.
 */
export function passwordProblem(password: string, userInputs: readonly string[] = []): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `密码至少需要 ${PASSWORD_MIN_LENGTH} 个字符`;
  if (password.length > PASSWORD_MAX_LENGTH) return `密码最多 ${PASSWORD_MAX_LENGTH} 个字符`;
  const inputs = userInputs.flatMap((s) => s.toLowerCase().split(/[@.\s_-]+/)).filter((s) => s.length >= 3);
  const result = zxcvbn.check(password, [...inputs, 'xiushui', '秀水', 'jiaxing', '嘉兴']);
  if (result.score < MIN_SCORE) return '密码太容易被猜到（常见密码、键盘序列或包含您的姓名/邮箱），请使用更长、更独特的密码';
  return null;
}
