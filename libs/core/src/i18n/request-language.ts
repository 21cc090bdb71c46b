import { AsyncLocalStorage } from 'node:async_hooks';
import { DEFAULT_LANGUAGE, type Language } from './language';

const store = new AsyncLocalStorage<Language>();

/** Runs `fn` (and everything it awaits) in a person's language; the API's edge sets it from Accept-Language. */
export const runInLanguage = <T>(lang: Language, fn: () => T): T => store.run(lang, fn);

/** The language of the request being served; zh-CN outside a request. */
export const currentLanguage = (): Language => store.getStore() ?? DEFAULT_LANGUAGE;
