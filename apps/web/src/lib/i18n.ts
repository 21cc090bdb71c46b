import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import accountsZh from '../locales/accounts/zh-CN.json';
import zhCN from '../locales/zh-CN.json';

export type Language = 'zh-CN' | 'en-US';
export const LANGUAGES: Language[] = ['zh-CN', 'en-US'];
const STORAGE_KEY = 'xiushui.lang';

function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === 'en-US' ? 'en-US' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

type Catalogue = { default: Record<string, unknown> };
/** English is the second language: its catalogues load only when someone chooses it (not on every sign-in page). */
const ENGLISH: (() => Promise<Catalogue>)[] = [() => import('../locales/en-US.json'), () => import('../locales/accounts/en-US.json')];
let english: Promise<void> | null = null;

/** Features with their own catalogues add their English loader here. */
export function addEnglishCatalogue(load: () => Promise<Catalogue>): void {
  ENGLISH.push(load);
  english = null;
}

function loadEnglish(): Promise<void> {
  english ??= Promise.all(ENGLISH.map((load) => load())).then((parts) => {
    for (const part of parts) i18n.addResourceBundle('en-US', 'translation', part.default, true, true);
  });
  return english;
}

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN } },
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
});
i18n.addResourceBundle('zh-CN', 'translation', accountsZh, true, true);

export async function setLanguage(lang: Language, remember = true): Promise<void> {
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }
  if (lang === 'en-US') await loadEnglish();
  await i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}

/** Resolves once the remembered language is ready (English may need its catalogue first). */
export const i18nReady: Promise<void> = typeof window === 'undefined' || storedLanguage() === 'zh-CN' ? Promise.resolve() : setLanguage('en-US', false).catch(() => undefined);
