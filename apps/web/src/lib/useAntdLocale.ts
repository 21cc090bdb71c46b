import type { Locale } from 'antd/es/locale';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useState } from 'react';

/** Ant Design's Chinese texts ship with the app; the English ones load only when someone chooses English. */
export function useAntdLocale(language: string): Locale {
  const [english, setEnglish] = useState<Locale | null>(null);
  useEffect(() => {
    if (language !== 'en-US' || english) return;
    let live = true;
    void import('antd/locale/en_US').then((m) => live && setEnglish(m.default));
    return () => {
      live = false;
    };
  }, [language, english]);
  return language === 'en-US' && english ? english : zhCN;
}
