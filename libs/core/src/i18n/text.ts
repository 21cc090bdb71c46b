import { DEFAULT_LANGUAGE, type Language } from './language';

/** A sentence a person reads, in each of our languages. */
export type LocalText = Readonly<Record<Language, string>>;

/** Text for a person: one string for every language, or a sentence per language. */
export type Message = string | LocalText;

/** A sentence in Simplified Chinese and English. */
export const bilingual = (zh: string, en: string): LocalText => ({ 'zh-CN': zh, en });

/** A message in a person's language; a plain string reads the same in every language. */
export const localise = (message: Message, lang: Language = DEFAULT_LANGUAGE): string =>
  typeof message === 'string' ? message : message[lang];
