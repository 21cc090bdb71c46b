import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  DRAFT: 'default',
  OPEN: 'blue',
  SCHEDULED: 'gold',
  PUBLISHED: 'green',
  CLOSED: 'purple',
  CANCELLED: 'red',
};

export function EventStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status] ?? 'default'}>{t(`events.status.${status}`)}</Tag>;
}
