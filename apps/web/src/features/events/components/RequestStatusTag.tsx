import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  PENDING: 'blue',
  ACCEPTED: 'green',
  DECLINED: 'red',
  CANCELLED: 'default',
  EXPIRED: 'default',
};

export function RequestStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status] ?? 'default'}>{t(`events.requestStatus.${status}`)}</Tag>;
}
