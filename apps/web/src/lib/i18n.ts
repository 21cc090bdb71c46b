import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import enUS from '../locales/en-US.json';
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

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  // Event pages keep their strings in their own catalogues under the `events` key; only the menu label is here.
  resources: { 'zh-CN': { translation: { ...zhCN, events: eventsMenuZhCN } }, 'en-US': { translation: { ...enUS, events: eventsMenuEnUS } } },
  lng: typeof window === 'undefined' ? 'zh-CN' : storedLanguage(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function setLanguage(lang: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
  void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}

/** The event pages' strings, loaded with the first event page (they stay out of the sign-in bundle). */
export async function loadEventStrings(): Promise<void> {
  const [zh, en] = await Promise.all([import('../locales/events.zh-CN.json'), import('../locales/events.en-US.json')]);
  i18n.addResourceBundle('zh-CN', 'translation', { events: zh.default }, true, true);
  i18n.addResourceBundle('en-US', 'translation', { events: en.default }, true, true);
}
