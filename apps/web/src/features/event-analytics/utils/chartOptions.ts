/** ECharts options built from the analytics (pure: tested without a browser). */
export interface Analytics {
  requestsSent: number;
  requestsAccepted: number;
  coordinatorMeetings: number;
  meetingsScheduled: number;
  meetingsHeld: number;
  outcomes: { outcome: string; count: number }[];
  perParticipant: { participantId: string; meetings: number }[];
  matchesAdvanced: { total: number; byStage: { stage: string; count: number }[] };
}

export function funnelOption(a: Analytics, label: (key: string) => string) {
  const data = [
    { name: label('requestsSent'), value: a.requestsSent },
    { name: label('requestsAccepted'), value: a.requestsAccepted },
    { name: label('coordinatorMeetings'), value: a.coordinatorMeetings },
    { name: label('meetingsScheduled'), value: a.meetingsScheduled },
    { name: label('meetingsHeld'), value: a.meetingsHeld },
  ];
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 110, right: 24, top: 16, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: data.map((d) => d.name).reverse() },
    series: [{ type: 'bar', data: data.map((d) => d.value).reverse(), label: { show: true, position: 'right' } }],
  };
}

export function outcomesOption(a: Analytics, label: (outcome: string) => string) {
  return {
    tooltip: { trigger: 'item' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['40%', '70%'],
        data: a.outcomes.filter((o) => o.count > 0).map((o) => ({ name: label(o.outcome), value: o.count })),
      },
    ],
  };
}

/** How many participants had 0, 1, 2 … meetings. */
export function perParticipantHistogram(a: Analytics): { meetings: number; participants: number }[] {
  const max = a.perParticipant.reduce((m, p) => Math.max(m, p.meetings), 0);
  const counts = Array.from({ length: max + 1 }, (_, meetings) => ({ meetings, participants: 0 }));
  for (const p of a.perParticipant) counts[p.meetings].participants += 1;
  return counts;
}

export function perParticipantOption(a: Analytics, axis: (n: number) => string) {
  const h = perParticipantHistogram(a);
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 48, right: 16, top: 16, bottom: 32 },
    xAxis: { type: 'category', data: h.map((x) => axis(x.meetings)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: h.map((x) => x.participants), label: { show: true, position: 'top' } }],
  };
}

/** Matches the event moved forward, by the furthest stage reached, in the order of the funnel (zeros kept). */
export function advancedOption(a: Analytics, label: (stage: string) => string) {
  const stages = a.matchesAdvanced.byStage;
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 48, right: 16, top: 16, bottom: 32 },
    xAxis: { type: 'category', data: stages.map((s) => label(s.stage)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: stages.map((s) => s.count), label: { show: true, position: 'top' } }],
  };
}
