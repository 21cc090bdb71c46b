import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  REQUESTED: 'gold',
  ACCEPTED: 'blue',
  MEETING: 'blue',
  NEGOTIATING: 'geekblue',
  SIGNED: 'green',
  LANDED: 'green',
  DECLINED: 'red',
  EXPIRED: 'default',
  WITHDRAWN: 'default',
  CLOSED: 'default',
};

export function MatchStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`enums.matchStatus.${status}`)}</Tag>;
}
