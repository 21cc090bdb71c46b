import { App as AntApp, ConfigProvider } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { i18n } from '../lib/i18n';
import { useAntdLocale } from '../lib/useAntdLocale';
import { refresh, watchVisibility } from '../lib/session';

const FONT =
  "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Segoe UI', Roboto, Arial, sans-serif";

// Darker secondary text, placeholders, links and status colours than Ant Design's defaults: WCAG AA contrast (axe in the browser suite).
const THEME = {
  token: {
    fontFamily: FONT,
    colorPrimary: '#1559c7',
    colorLink: '#1559c7',
    // Hovered buttons and links keep AA contrast too (the derived hover blue is too light on white).
    colorPrimaryHover: '#1d4fa3',
    colorLinkHover: '#1d4fa3',
    colorError: '#b3151f',
    colorSuccess: '#2b7a0b',
    colorWarning: '#8a5a00',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.65)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
    colorTextQuaternary: 'rgba(0, 0, 0, 0.58)',
  },
};

function Localised({ children }: { children: ReactNode }) {
  const { i18n: current } = useTranslation();
  const locale = useAntdLocale(current.language);
  useEffect(() => {
    document.documentElement.lang = current.language;
    document.title = current.t('app.title');
  }, [current.language, current]);
  return (
    <ConfigProvider button={{ autoInsertSpace: false }} locale={locale} theme={THEME}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

let started = false;
/** Restores the session from the refresh cookie once per page load. */
function startSession(): void {
  if (started) return;
  started = true;
  watchVisibility();
  void refresh();
}

export function AppProviders({ children }: { children: ReactNode }) {
  startSession();
  return (
    <I18nextProvider i18n={i18n}>
      <Localised>{children}</Localised>
    </I18nextProvider>
  );
}
