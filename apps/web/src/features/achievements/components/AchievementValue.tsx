import { useTranslation } from 'react-i18next';
import { EnumTags } from '../../../components/EnumTags';
import { PriceText } from '../../../components/PriceText';
import type { AchievementFormValues } from '../utils/formValues';

/** One field of an achievement as a person reads it (for the conflict comparison). */
export function AchievementValue({ field, values }: { field: string; values: AchievementFormValues }) {
  const { t } = useTranslation();
  switch (field) {
    case 'industry':
      return <>{t(`enums.industry.${values.industry}`)}</>;
    case 'trl':
      return <>{t('trl.short', { level: values.trl, title: t(`trl.${values.trl}.title`) })}</>;
    case 'keywords':
      return <>{values.keywords.join('、')}</>;
    case 'cooperationModes':
      return <EnumTags group="cooperationMode" values={values.cooperationModes} />;
    case 'askingPriceWan':
      return <PriceText wan={values.negotiable ? null : values.askingPriceWan} />;
    case 'ip':
      return <>{values.ip.map((i) => `${t(`enums.ipType.${i.type}`)} ${i.number ?? ''}`).join('；') || '—'}</>;
    default:
      return <>{String((values as unknown as Record<string, unknown>)[field] ?? '') || '—'}</>;
  }
}
