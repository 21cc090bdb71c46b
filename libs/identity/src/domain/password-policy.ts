import { createRequire } from 'node:module';
import type * as ZxcvbnCore from '@zxcvbn-ts/core';
import type * as ZxcvbnCommon from '@zxcvbn-ts/language-common';
import { bilingual, type LocalText } from '@app/core';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
/** zxcvbn's scale: 3 = "safely unguessable" for an online attack with throttling; 0–2 are common or near-common. */
const MIN_SCORE = 3;

let zxcvbn: ZxcvbnCore.ZxcvbnFactory | undefined;

/**
 * zxcvbn-ts's common-password list (the top of several breach corpora) and keyboard patterns, loaded on the first
 * password checked: its dictionaries cost ~13 MB of heap and ~200 ms, and most starts never set a password.
 */
function strengthChecker(): ZxcvbnCore.ZxcvbnFactory {
  if (!zxcvbn) {
    const load = createRequire(__filename);
    const { ZxcvbnFactory } = load('@zxcvbn-ts/core') as typeof ZxcvbnCore;
    const { adjacencyGraphs, dictionary } = load('@zxcvbn-ts/language-common') as typeof ZxcvbnCommon;
    zxcvbn = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  }
  return zxcvbn;
}

/** Whether the strength checker's dictionaries are loaded yet (they are loaded on first use only). */
export function passwordDictionariesLoaded(): boolean {
  return zxcvbn !== undefined;
}

/**
 * Why a password is refused, or null. `userInputs` are the person's own words (e-mail, name, organisation): a
 * password built from them scores low. Pure: no I/O.
 */
export function passwordProblem(password: string, userInputs: readonly string[] = []): LocalText | null {
  if (password.length < PASSWORD_MIN_LENGTH)
    return bilingual(
      `密码至少需要 ${PASSWORD_MIN_LENGTH} 个字符`,
      `The password needs at least ${PASSWORD_MIN_LENGTH} characters`,
    );
  if (password.length > PASSWORD_MAX_LENGTH)
    return bilingual(
      `密码最多 ${PASSWORD_MAX_LENGTH} 个字符`,
      `The password may have at most ${PASSWORD_MAX_LENGTH} characters`,
    );
  const inputs = userInputs.flatMap((s) => s.toLowerCase().split(/[@.\s_-]+/)).filter((s) => s.length >= 3);
  const result = strengthChecker().check(password, [...inputs, 'xiushui', '秀水', 'jiaxing', '嘉兴']);
  if (result.score < MIN_SCORE) {
    return bilingual(
      '密码太容易被猜到（常见密码、键盘序列或包含您的姓名/邮箱），请使用更长、更独特的密码',
      'The password is too easy to guess (a common password, a keyboard pattern or your name or e-mail); choose a longer, more unusual one',
    );
  }
  return null;
}
