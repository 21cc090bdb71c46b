import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { Card, Col, Empty, Row } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  advancedOption,
  funnelOption,
  outcomesOption,
  perParticipantOption,
  type Analytics,
} from '../utils/chartOptions';

echarts.use([BarChart, PieChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

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

/** Loaded on its own (React.lazy): ECharts is downloaded only when analytics are opened. */
export default function AnalyticsCharts({ analytics }: { analytics: Analytics }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card title={t('events.analytics.funnel')} size="small">
          <Chart
            option={funnelOption(analytics, (k) => t(`events.analytics.${k}`))}
            label={t('events.analytics.funnel')}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title={t('events.analytics.outcomes')} size="small">
          {analytics.outcomes.some((o) => o.count > 0) ? (
            <Chart
              option={outcomesOption(analytics, (o) => t(`events.outcome.${o}`))}
              label={t('events.analytics.outcomes')}
            />
          ) : (
            <Empty description={t('events.analytics.noOutcomes')} style={{ height: 268 }} />
          )}
        </Card>
      </Col>
      <Col xs={24}>
        <Card title={t('events.analytics.advancedByStage')} size="small">
          <p>{t('events.analytics.advancedHelp')}</p>
          {analytics.matchesAdvanced.total > 0 ? (
            <Chart
              option={advancedOption(analytics, (s) => t(`enums.matchStatus.${s}`))}
              label={t('events.analytics.advancedByStage')}
            />
          ) : (
            <Empty description={t('events.analytics.noAdvanced')} />
          )}
        </Card>
      </Col>
      <Col xs={24}>
        <Card title={t('events.analytics.perParticipant')} size="small">
          <Chart
            option={perParticipantOption(analytics, (n) => t('events.analytics.meetingsN', { count: n }))}
            label={t('events.analytics.perParticipant')}
          />
        </Card>
      </Col>
    </Row>
  );
}
