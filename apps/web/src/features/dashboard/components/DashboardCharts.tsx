import { BarChart, FunnelChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { Card, Col, Row } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchDashboardQuery } from '../../../gql/graphql';
import { funnel } from '../utils/funnel';

echarts.use([FunnelChart, BarChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

type Dashboard = MatchDashboardQuery['matchDashboard'];

function Chart({ option, label }: { option: echarts.EChartsCoreOption; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
    chart.setOption(option);
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [option]);
  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height: 300 }} />;
}

export default function DashboardCharts({ dashboard: d }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const reached = funnel(d.total, d.countsByStatus).map((f) => ({
    name: t(`enums.matchStatus.${f.status}`),
    value: f.reached,
  }));
  const bars = (groups: Dashboard['byIndustry']) => ({
    tooltip: { trigger: 'axis' },
    legend: { data: [t('dashboard.acceptanceRate'), t('dashboard.signedAmount')] },
    grid: { left: 48, right: 48, bottom: 80 },
    xAxis: { type: 'category', data: groups.map((g) => g.label), axisLabel: { rotate: 30, interval: 0 } },
    yAxis: [
      { type: 'value', name: '%', max: 100 },
      { type: 'value', name: t('common.wanUnit') },
    ],
    series: [
      {
        name: t('dashboard.acceptanceRate'),
        type: 'bar',
        data: groups.map((g) =>
          g.acceptanceRate === null || g.acceptanceRate === undefined ? 0 : Math.round(g.acceptanceRate * 100),
        ),
      },
      { name: t('dashboard.signedAmount'), type: 'bar', yAxisIndex: 1, data: groups.map((g) => g.signedAmountWan) },
    ],
  });
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('dashboard.funnel')}>
          <Chart
            label={t('dashboard.funnel')}
            option={{
              tooltip: { trigger: 'item' },
              series: [{ type: 'funnel', sort: 'none', data: reached, label: { formatter: '{b}: {c}' } }],
            }}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('dashboard.byIndustry')}>
          <Chart
            label={t('dashboard.byIndustry')}
            option={bars(
              d.byIndustry.map((g) => ({ ...g, label: t(`enums.industry.${g.key}`, { defaultValue: g.label }) })),
            )}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('dashboard.byUniversity')}>
          <Chart label={t('dashboard.byUniversity')} option={bars(d.byUniversity)} />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('dashboard.byEnterprise')}>
          <Chart label={t('dashboard.byEnterprise')} option={bars(d.byEnterprise)} />
        </Card>
      </Col>
    </Row>
  );
}
