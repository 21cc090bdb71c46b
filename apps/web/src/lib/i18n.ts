import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import accountsZh from '../locales/accounts/zh-CN.json';
import zhCN from '../locales/zh-CN.json';
import eventsMenuEnUS from '../locales/events-menu.en-US.json';
import eventsMenuZhCN from '../locales/events-menu.zh-CN.json';

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
const ENGLISH: (() => Promise<Catalogue>)[] = [
  () => import('../locales/en-US.json'),
  () => import('../locales/accounts/en-US.json'),
  async () => ({ default: { events: eventsMenuEnUS } }),
];
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
  // Event pages keep their strings in their own catalogues under the `events` key; only the menu label is here.
  resources: { 'zh-CN': { translation: { ...zhCN, events: eventsMenuZhCN } } },
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
export const i18nReady: Promise<void> =
  typeof window === 'undefined' || storedLanguage() === 'zh-CN'
    ? Promise.resolve()
    : setLanguage('en-US', false).catch(() => undefined);

/** The event pages' strings, loaded with the first event page (they stay out of the sign-in bundle). */
export async function loadEventStrings(): Promise<void> {
  const [zh, en] = await Promise.all([import('../locales/events.zh-CN.json'), import('../locales/events.en-US.json')]);
  i18n.addResourceBundle('zh-CN', 'translation', { events: zh.default }, true, true);
  i18n.addResourceBundle('en-US', 'translation', { events: en.default }, true, true);
}
