import { Card, Empty, Progress, Space, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Reason } from '../utils/reasons';
import { scorePercent } from '../utils/reasons';
import { ReasonBreakdown } from './ReasonBreakdown';

export interface MatchItem {
  id: string;
  title: string;
  href: string;
  subtitle: ReactNode;
  score: number;
  reasons: readonly Reason[];
}

/** Matches best first: score, the listing on the other side, the reasons, and an action slot. */
export function MatchList({
  items,
  loading,
  action,
}: {
  items: MatchItem[];
  loading: boolean;
  action?: (item: MatchItem) => ReactNode;
}) {
  const { t } = useTranslation();
  if (!loading && items.length === 0) return <Empty description={t('matches.empty')} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={12}>
      {items.map((m) => (
        <Card key={m.id} size="small" loading={loading}>
          <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start', flexWrap: 'wrap' }}>
            <Progress
              type="circle"
              size={56}
              percent={scorePercent(m.score)}
              aria-label={t('matches.score', { percent: scorePercent(m.score) })}
            />
            <div style={{ flex: 1, minWidth: 220 }}>
              <Link to={m.href} style={{ fontWeight: 600 }}>
                {m.title}
              </Link>
              <div style={{ color: '#595959', margin: '2px 0 8px' }}>{m.subtitle}</div>
              <ReasonBreakdown reasons={m.reasons} />
            </div>
            {action ? <div>{action(m)}</div> : null}
          </div>
        </Card>
      ))}
      {loading ? <Tag>{t('common.loading')}</Tag> : null}
    </Space>
  );
}
