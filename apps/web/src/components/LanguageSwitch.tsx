import { useTranslation } from 'react-i18next';
import { type Language, setLanguage } from '../lib/i18n';

/** A native select: on every page including sign-in, where Ant Design's Select would add ~25 KB gzip. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <select
      className="language-switch"
      aria-label={t('layout.language')}
      value={i18n.language}
      onChange={(e) => void setLanguage(e.target.value as Language)}
    >
      <option value="zh-CN">中文</option>
      <option value="en-US">English</option>
    </select>
  );
}
