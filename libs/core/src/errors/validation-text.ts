import { getMetadataStorage, type ValidationError } from 'class-validator';
import { fieldLabel } from '../i18n/field-labels';
import { bilingual } from '../i18n/text';
import type { LocalFieldProblem } from './domain-error';

type Sentence = (label: string, args: readonly unknown[]) => string;

const list = (values: unknown): string =>
  (Array.isArray(values) ? values : Object.values(values ?? {})).map(String).join('、');

/** Chinese sentences for class-validator's checks and ours, by constraint name; `label` is the field's label. */
const CHINESE: Record<string, Sentence> = {
  isString: (l) => `${l}必须是文本`,
  isNotEmpty: (l) => `${l}不能为空`,
  isNotBlank: (l) => `${l}不能为空白`,
  isNotNull: (l) => `${l}不能为 null：省略该字段即保留原值`,
  isDefined: (l) => `${l}必须填写`,
  maxLength: (l, [max]) => `${l}最多 ${String(max)} 个字符`,
  minLength: (l, [min]) => `${l}至少 ${String(min)} 个字符`,
  isLength: (l, [min, max]) => `${l}的长度须在 ${String(min)} 到 ${String(max)} 个字符之间`,
  min: (l, [min]) => `${l}不能小于 ${String(min)}`,
  max: (l, [max]) => `${l}不能大于 ${String(max)}`,
  isInt: (l) => `${l}必须是整数`,
  isNumber: (l) => `${l}必须是数字`,
  isBoolean: (l) => `${l}必须是布尔值`,
  isEnum: (l, [, values]) => `${l}必须是以下之一：${list(values)}`,
  isIn: (l, [values]) => `${l}必须是以下之一：${list(values)}`,
  isUUID: (l) => `${l}必须是有效的 ID（UUID）`,
  isEmail: (l) => `${l}格式不正确`,
  isArray: (l) => `${l}必须是列表`,
  arrayMaxSize: (l, [max]) => `${l}最多 ${String(max)} 项`,
  arrayMinSize: (l, [min]) => `${l}至少 ${String(min)} 项`,
  arrayNotEmpty: (l) => `${l}不能为空`,
  matches: (l) => `${l}格式不正确`,
  isCalendarDate: (l) => `${l}必须是有效日期（YYYY-MM-DD）`,
  isDateString: (l) => `${l}必须是有效的日期时间（ISO 8601）`,
  isDate: (l) => `${l}必须是有效的日期时间`,
  nestedValidation: (l) => `${l}必须是对象或对象列表`,
  whitelistValidation: (l) => `不认识的字段：${l}`,
};

/** Field-specific sentences where a check means more than its name says. */
const SPECIFIC: Record<string, Record<string, Sentence>> = {
  key: { matches: (l) => `${l}只能包含 1-64 个字母、数字、_ 或 -` },
  contactPhone: { matches: (l) => `${l}只能包含数字、+、- 和空格（5-30 个字符）` },
};

/** The arguments and `each` of one failed check, from class-validator's metadata of the input type. */
function check(error: ValidationError, name: string): { args: readonly unknown[]; each: boolean } {
  const target = error.target?.constructor;
  if (!target) return { args: [], each: false };
  const meta = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === error.property && (m.name ?? m.type) === name);
  return { args: meta?.constraints ?? [], each: meta?.each ?? false };
}

/**
 * class-validator's error tree as flat field problems with full paths (`ip.0.number`), in Chinese and English. The
 * English is class-validator's own sentence (naming the field by its path); the Chinese names it by its label.
 */
export function localFieldProblems(errors: ValidationError[], prefix = ''): LocalFieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const scope = e.target?.constructor?.name;
    const own = Object.entries(e.constraints ?? {}).map(([name, message]) => {
      const en = prefix && message.startsWith(e.property) ? `${prefix}.${message}` : message;
      const { args, each } = check(e, name);
      const label = fieldLabel(field, scope);
      const sentence = SPECIFIC[e.property]?.[name] ?? CHINESE[name];
      const zh = sentence ? sentence(each ? `${label}中的每一项` : label, args) : `${label}的值无效`;
      return { field, message: bilingual(zh, en) };
    });
    return [...own, ...localFieldProblems(e.children ?? [], field)];
  });
}
