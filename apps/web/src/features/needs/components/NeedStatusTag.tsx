import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = { DRAFT: 'default', OPEN: 'green', CLOSED: 'default' };

export function NeedStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`enums.needStatus.${status}`)}</Tag>;
}
