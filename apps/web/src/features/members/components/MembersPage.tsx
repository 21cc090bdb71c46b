import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingBlock } from '../../../components/LoadingBlock';
import { PageHeader } from '../../../components/PageHeader';
import { useSession } from '../../../lib/useSession';
import { MEMBERS } from '../graphql/members';
import { InvitationsTable } from './InvitationsTable';
import { InviteMemberDialog } from './InviteMemberDialog';
import { MembersTable } from './MembersTable';
import { rolesFor } from '../utils/roles';

/**
 * An organisation's people: invite by e-mail, resend / reissue / revoke invitations (expired ones listed),
 * deactivate and reactivate, set roles. Coordinators reach any organisation (`/admin/organizations/:id`),
 * organisation admins their own (`/members`); the server decides who may do what.
 */
export default function MembersPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { user } = useSession();
  const orgId = id ?? user?.orgId ?? '';
  const { message } = App.useApp();
  const [inviting, setInviting] = useState(false);
  const [devLink, setDevLink] = useState<string | null>(null);
  const { data, loading, error } = useQuery(MEMBERS, { variables: { orgId } });
  if (loading && !data) return <LoadingBlock />;
  if (!data) return <ErrorAlert error={error} />;
  const roles = rolesFor(data.organization.kind);
  /** Without SMTP (development) the server hands back the token; with SMTP the link went by e-mail. */
  const sent = (token: string | null | undefined, done: string) => {
    setDevLink(token ? `${window.location.origin}/invite?token=${encodeURIComponent(token)}` : null);
    void message.success(done);
  };
  const invited = new Set(data.invitations.map((i) => i.user.id));
  return (
    <>
      <PageHeader
        title={t('members.title', { name: data.organization.name })}
        extra={
          <Button type="primary" onClick={() => setInviting(true)}>
            {t('members.invite')}
          </Button>
        }
      />
      {devLink ? (
        <Alert
          type="info"
          showIcon
          closable
          onClose={() => setDevLink(null)}
          style={{ marginBottom: 16 }}
          title={t('members.devLink')}
          description={
            <Typography.Paragraph
              copyable={{ text: devLink, tooltips: [t('common.copy'), t('common.copied')] }}
              style={{ marginBottom: 0, wordBreak: 'break-all' }}
              data-testid="invite-link"
            >
              {devLink}
            </Typography.Paragraph>
          }
        />
      ) : null}
      <h2 className="section-title">{t('members.users')}</h2>
      <MembersTable users={data.users.filter((u) => !invited.has(u.id))} roles={roles} selfId={user?.id} />
      <h2 className="section-title">{t('members.invitations')}</h2>
      <InvitationsTable invitations={data.invitations} onSent={sent} />
      <InviteMemberDialog
        open={inviting}
        orgId={orgId}
        roles={roles}
        onClose={() => setInviting(false)}
        onSent={(token) => sent(token, t('members.invited'))}
      />
    </>
  );
}
