import { useQuery } from '@apollo/client/react';
import { App, Button, Card, Col, Input, Row, Space, Statistic } from 'antd';
import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingBlock } from '../../../components/LoadingBlock';
import { PageHeader } from '../../../components/PageHeader';
import { currentAccessToken } from '../../../lib/session';
import { MATCH_DASHBOARD } from '../graphql/dashboard';
import { defaultRange } from '../utils/range';

// ECharts is large: it loads only with the dashboard's charts.
const DashboardCharts = lazy(() => import('./DashboardCharts'));

export default function DashboardPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const id = useId();
  const [range, setRange] = useState(defaultRange(new Date()));
  const { data, previousData, loading, error } = useQuery(MATCH_DASHBOARD, { variables: range });
  const d = (data ?? previousData)?.matchDashboard;
  const download = async () => {
    const token = await currentAccessToken();
    const res = await fetch(`/export/match-requests.csv?from=${range.from}&to=${range.to}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    if (!res.ok) {
      void message.error(t('dashboard.csvFailed'));
      return;
    }
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = `match-requests-${range.from}-${range.to}.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    URL.revokeObjectURL(url);
  };
  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        extra={<Button onClick={() => void download()}>{t('dashboard.downloadCsv')}</Button>}
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <label htmlFor={`${id}-from`}>{t('dashboard.from')}</label>
        <Input
          id={`${id}-from`}
          type="date"
          value={range.from}
          max={range.to}
          onChange={(e) => e.target.value && setRange({ ...range, from: e.target.value })}
          style={{ width: 170 }}
        />
        <label htmlFor={`${id}-to`}>{t('dashboard.to')}</label>
        <Input
          id={`${id}-to`}
          type="date"
          value={range.to}
          min={range.from}
          onChange={(e) => e.target.value && setRange({ ...range, to: e.target.value })}
          style={{ width: 170 }}
        />
      </Space>
      <ErrorAlert error={error} />
      {loading && !d ? <LoadingBlock /> : null}
      {d ? (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={t('dashboard.total')} value={d.total} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic
                  title={t('dashboard.acceptanceRate')}
                  value={
                    d.acceptanceRate === null || d.acceptanceRate === undefined
                      ? '—'
                      : `${Math.round(d.acceptanceRate * 100)}%`
                  }
                />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic
                  title={t('dashboard.medianHours')}
                  value={d.medianHoursToAnswer ?? '—'}
                  precision={d.medianHoursToAnswer ? 1 : undefined}
                />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={t('dashboard.signedAmount')} value={d.signedAmountWan} suffix={t('common.wanUnit')} />
              </Card>
            </Col>
          </Row>
          <Suspense fallback={<LoadingBlock />}>
            <DashboardCharts dashboard={d} />
          </Suspense>
        </>
      ) : null}
    </>
  );
}
