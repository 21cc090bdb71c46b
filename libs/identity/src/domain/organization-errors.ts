import { badInput, bilingual, conflict } from '@app/core';

/** The answer to a 统一社会信用代码 whose form or check character is wrong (GB 32100-2015). */
export const badCreditCode = () =>
  badInput(
    'creditCode',
    bilingual(
      '统一社会信用代码无效（应为 18 位，且校验位须正确）',
      'creditCode is not a valid 统一社会信用代码 (GB 32100-2015: 18 characters, check character mismatch or wrong format)',
    ),
  );

/** Organisation names are unique. */
export const nameTaken = (name: string) =>
  conflict(bilingual(`名为“${name}”的机构已存在`, `An organization named ${name} already exists`));
