import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Empty, Space, Table, Tag, Tooltip } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { unscheduledText } from '../../../components/events/unscheduled';
import type { EventFieldsFragment } from '../../../gql/graphql';
import { readableError } from '../../../lib/errors';
import { ADD_MEETING, EVENT_REQUESTS, SUGGEST_MEETINGS } from '../graphql/events';
import { useRoster } from '../hooks/useRoster';
import { pairKey, suggestionsToAccept } from '../utils/suggestions';
import { RequestStatusTag } from './RequestStatusTag';

/** Coordinators: every meeting request by name, and the matching engine's suggestions to accept one by one or in bulk. */
export function RequestsPanel({ event }: { event: EventFieldsFragment }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const roster = useRoster(event.id);
  const requests = useQuery(EVENT_REQUESTS, { variables: { eventId: event.id } });
  const suggestions = useQuery(SUGGEST_MEETINGS, {
    variables: { eventId: event.id, first: 50 },
    skip: !['OPEN', 'SCHEDULED', 'PUBLISHED'].includes(event.status),
  });
  const [add] = useMutation(ADD_MEETING);
  const [selected, setSelected] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const existing = useMemo(
    () =>
      new Set(
        (requests.data?.meetingRequests ?? [])
          .filter((r) => r.status === 'ACCEPTED' || r.status === 'PENDING')
          .map((r) => pairKey(r.fromParticipantId, r.toParticipantId)),
      ),
    [requests.data],
  );
  const rows = (suggestions.data?.suggestMeetings ?? []).map((s) => ({
    ...s,
    key: pairKey(s.enterpriseParticipantId, s.instituteParticipantId),
  }));

  const accept = async (keys: string[]) => {
    const todo = suggestionsToAccept(rows, keys, existing);
    setBusy(true);
    let ok = 0;
    for (const s of todo) {
      try {
        await add({
          variables: {
            input: {
              eventId: event.id,
              participantA: s.enterpriseParticipantId,
              participantB: s.instituteParticipantId,
              score: s.score,
            },
          },
        });
        ok += 1;
      } catch (e) {
        void message.error(
          t('events.requests.acceptFailed', {
            a: roster.nameOf(s.enterpriseParticipantId),
            b: roster.nameOf(s.instituteParticipantId),
            reason: readableError(e, t).message,
          }),
        );
      }
    }
    setBusy(false);
    setSelected([]);
    if (ok) void message.success(t('events.requests.accepted', { count: ok }));
    await requests.refetch();
  };

  return (
    <>
      <section aria-labelledby="suggestions-title" style={{ marginBottom: 24 }}>
        <h2 id="suggestions-title" style={{ fontSize: 16 }}>
          {t('events.requests.suggestionsTitle')}
        </h2>
        <Space style={{ marginBottom: 8 }} wrap>
          <Button type="primary" disabled={!selected.length} loading={busy} onClick={() => void accept(selected)}>
            {t('events.requests.acceptSelected', { count: selected.length })}
          </Button>
          <Button disabled={!rows.length} loading={busy} onClick={() => void accept(rows.map((r) => r.key))}>
            {t('events.requests.acceptAll')}
          </Button>
        </Space>
        <ErrorAlert error={suggestions.error} />
        <Table
          rowKey="key"
          size="small"
          loading={suggestions.loading && !suggestions.data}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 760 }}
          rowSelection={{
            selectedRowKeys: selected,
            onChange: (keys) => setSelected(keys.map(String)),
            getCheckboxProps: (r) => ({
              disabled: existing.has(r.key),
              'aria-label': t('events.requests.selectSuggestion', {
                a: roster.nameOf(r.enterpriseParticipantId),
                b: roster.nameOf(r.instituteParticipantId),
              }),
            }),
          }}
          locale={{ emptyText: <Empty description={t('events.requests.noSuggestions')} /> }}
          columns={[
            {
              title: t('events.requests.enterprise'),
              key: 'e',
              render: (_: unknown, s) => roster.nameOf(s.enterpriseParticipantId),
            },
            {
              title: t('events.requests.institute'),
              key: 'i',
              render: (_: unknown, s) => roster.nameOf(s.instituteParticipantId),
            },
            {
              title: t('events.requests.listings'),
              key: 'l',
              render: (_: unknown, s) => (
                <ul className="compact-list">
                  {s.need ? (
                    <li>
                      {t('events.directory.need')}：{s.need.title}
                    </li>
                  ) : null}
                  {s.achievement ? (
                    <li>
                      {t('events.directory.achievement')}：{s.achievement.title}
                    </li>
                  ) : null}
                </ul>
              ),
            },
            { title: t('events.requests.score'), dataIndex: 'score', width: 80, render: (v: number) => v.toFixed(2) },
            {
              title: t('events.requests.reasons'),
              dataIndex: 'reasons',
              render: (rs: string[]) => (
                <ul className="compact-list">
                  {rs.slice(0, 4).map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              ),
            },
            {
              title: t('events.requests.action'),
              key: 'a',
              width: 110,
              render: (_: unknown, s) =>
                existing.has(s.key) ? (
                  <Tag color="green">{t('events.requests.alreadyRequested')}</Tag>
                ) : (
                  <Button
                    size="small"
                    disabled={busy}
                    onClick={() => void accept([s.key])}
                    aria-label={t('events.requests.acceptOne', {
                      a: roster.nameOf(s.enterpriseParticipantId),
                      b: roster.nameOf(s.instituteParticipantId),
                    })}
                  >
                    {t('events.requests.accept')}
                  </Button>
                ),
            },
          ]}
        />
      </section>
      <section aria-labelledby="requests-title">
        <h2 id="requests-title" style={{ fontSize: 16 }}>
          {t('events.requests.title')}
        </h2>
        <ErrorAlert error={requests.error} />
        <Table
          rowKey="id"
          size="small"
          loading={requests.loading && !requests.data}
          dataSource={requests.data?.meetingRequests ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: 760 }}
          locale={{ emptyText: <Empty description={t('events.requests.empty')} /> }}
          columns={[
            {
              title: t('events.requests.from'),
              key: 'f',
              render: (_: unknown, r) => roster.nameOf(r.fromParticipantId),
            },
            { title: t('events.requests.to'), key: 't', render: (_: unknown, r) => roster.nameOf(r.toParticipantId) },
            {
              title: t('events.requests.source'),
              dataIndex: 'source',
              width: 90,
              render: (s: string) => t(`events.requestSource.${s}`),
            },
            {
              title: t('events.fields.status'),
              dataIndex: 'status',
              width: 90,
              render: (s: string) => <RequestStatusTag status={s} />,
            },
            { title: t('events.requests.message'), dataIndex: 'message', render: (m: string) => m || '—' },
            {
              title: t('events.requests.unscheduled'),
              key: 'u',
              render: (_: unknown, r) => {
                const text = unscheduledText(
                  r.unscheduledCode,
                  r.unscheduledReason,
                  { a: roster.nameOf(r.fromParticipantId), b: roster.nameOf(r.toParticipantId) },
                  t,
                );
                return text ? (
                  <Tooltip title={r.unscheduledReason}>
                    <span>{text}</span>
                  </Tooltip>
                ) : (
                  '—'
                );
              },
            },
          ]}
        />
      </section>
    </>
  );
}
