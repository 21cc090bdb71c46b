import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Language, setLanguage } from '../lib/i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Select
      aria-label={t('layout.language')}
      size="small"
      value={i18n.language as Language}
      onChange={(lang: Language) => setLanguage(lang)}
      options={[
        { value: 'zh-CN', label: '中文' },
        { value: 'en-US', label: 'English' },
      ]}
      style={{ width: 92 }}
    />
  );
}
