import { useTranslation } from 'react-i18next';

/** 万元, or 面议 when there is no price. */
export function PriceText({ wan }: { wan: number | null | undefined }) {
  const { t } = useTranslation();
  return (
    <>{wan === null || wan === undefined ? t('common.negotiable') : t('common.wan', { value: wan.toLocaleString() })}</>
  );
}
