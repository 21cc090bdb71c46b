import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Empty, Input, List, Modal, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { participantLabel, participantMatches } from '../../../components/events/participants';
import type {
  EventFieldsFragment,
  EventParticipantFieldsFragment,
  MeetingRequestFieldsFragment,
} from '../../../gql/graphql';
import { readableError } from '../../../lib/errors';
import { PARTICIPANT_LISTINGS, SEND_MEETING_REQUEST } from '../graphql/events';
import { pairKey } from '../utils/suggestions';

/** Participants: the other registered organisations with their listings; ask any of them for a meeting. */
export function ParticipantDirectory({
  event,
  me,
  participants,
  requests,
  onSent,
}: {
  event: EventFieldsFragment;
  me: EventParticipantFieldsFragment | undefined;
  participants: EventParticipantFieldsFragment[];
  requests: MeetingRequestFieldsFragment[];
  onSent: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [query, setQuery] = useState('');
  const [to, setTo] = useState<EventParticipantFieldsFragment | null>(null);
  const [text, setText] = useState('');
  const others = participants.filter((p) => p.id !== me?.id);
  const orgIds = others.map((p) => p.orgId).filter((id): id is string => !!id);
  const listings = useQuery(PARTICIPANT_LISTINGS, { variables: { orgIds }, skip: orgIds.length === 0 });
  const [send, sendState] = useMutation(SEND_MEETING_REQUEST);
  const asked = useMemo(
    () =>
      new Set(
        requests
          .filter((r) => r.status === 'PENDING' || r.status === 'ACCEPTED')
          .map((r) => pairKey(r.fromParticipantId, r.toParticipantId)),
      ),
    [requests],
  );
  const byOrg = (orgId: string | null | undefined) => ({
    achievements: (listings.data?.achievements.edges ?? [])
      .map((e) => e.node)
      .filter((a) => !!orgId && a.organization?.id === orgId),
    needs: (listings.data?.needs.edges ?? []).map((e) => e.node).filter((n) => !!orgId && n.organization?.id === orgId),
  });
  const open = event.status === 'OPEN' || event.status === 'SCHEDULED' || event.status === 'PUBLISHED';

  const submit = async () => {
    if (!to) return;
    try {
      await send({ variables: { input: { eventId: event.id, toParticipantId: to.id, message: text.trim() } } });
      void message.success(t('events.directory.sent', { name: participantLabel(to) }));
      setTo(null);
      setText('');
      onSent();
    } catch (e) {
      void message.error(readableError(e, t).message);
    }
  };

  return (
    <>
      <label htmlFor="directory-search" className="visually-hidden">
        {t('events.directory.search')}
      </label>
      <Input
        id="directory-search"
        type="search"
        role="searchbox"
        allowClear
        placeholder={t('events.directory.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        style={{ maxWidth: 320, marginBottom: 12 }}
      />
      <List
        dataSource={others.filter((p) => participantMatches(p, query))}
        locale={{ emptyText: <Empty description={t('events.directory.empty')} /> }}
        renderItem={(p) => {
          const l = byOrg(p.orgId);
          const already = me ? asked.has(pairKey(me.id, p.id)) : false;
          return (
            <List.Item
              actions={[
                already ? (
                  <Tag key="asked" color="blue">
                    {t('events.directory.alreadyAsked')}
                  </Tag>
                ) : (
                  <Button
                    key="ask"
                    disabled={!me || !open}
                    onClick={() => setTo(p)}
                    aria-label={t('events.directory.askFor', { name: participantLabel(p) })}
                  >
                    {t('events.directory.ask')}
                  </Button>
                ),
              ]}
            >
              <List.Item.Meta
                title={
                  <>
                    {participantLabel(p)}{' '}
                    {p.organization ? <Tag>{t(`events.orgKind.${p.organization.kind}`)}</Tag> : null}
                  </>
                }
                description={
                  l.achievements.length + l.needs.length ? (
                    <ul className="compact-list">
                      {l.achievements.map((a) => (
                        <li key={a.id}>
                          <Tag color="green">{t('events.directory.achievement')}</Tag>
                          <Link to={`/achievements/${a.id}`}>{a.title}</Link>
                        </li>
                      ))}
                      {l.needs.map((n) => (
                        <li key={n.id}>
                          <Tag color="blue">{t('events.directory.need')}</Tag>
                          <Link to={`/needs/${n.id}`}>{n.title}</Link>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    t('events.directory.noListings')
                  )
                }
              />
            </List.Item>
          );
        }}
      />
      <Modal
        open={!!to}
        title={t('events.directory.askTitle', { name: participantLabel(to ?? undefined) })}
        okText={t('events.directory.send')}
        cancelText={t('common.cancel')}
        onOk={() => void submit()}
        okButtonProps={{ loading: sendState.loading }}
        onCancel={() => setTo(null)}
      >
        <label htmlFor="request-message">{t('events.directory.message')}</label>
        <Input.TextArea
          id="request-message"
          value={text}
          onChange={(e) => setText(e.target.value)}
          maxLength={1000}
          autoSize={{ minRows: 3 }}
        />
      </Modal>
    </>
  );
}
