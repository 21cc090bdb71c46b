import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = { DRAFT: 'default', PUBLISHED: 'green', ARCHIVED: 'default' };

export function AchievementStatusTag({ status, listed }: { status: string; listed: boolean }) {
  const { t } = useTranslation();
  if (status === 'PUBLISHED' && !listed) return <Tag color="orange">{t('achievements.expired')}</Tag>;
  return <Tag color={COLORS[status]}>{t(`enums.achievementStatus.${status}`)}</Tag>;
}
