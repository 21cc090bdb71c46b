import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import enUS from '../locales/en-US.json';
import zhCN from '../locales/zh-CN.json';
import eventsEnUS from '../locales/events.en-US.json';
import eventsZhCN from '../locales/events.zh-CN.json';

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
  // Event pages keep their strings in their own catalogues, under the `events` key.
  resources: { 'zh-CN': { translation: { ...zhCN, events: eventsZhCN } }, 'en-US': { translation: { ...enUS, events: eventsEnUS } } },
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
