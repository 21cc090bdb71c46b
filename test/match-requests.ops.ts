import type { TestApp } from './support/test-app';

/** GraphQL operations for the match-request specs, as small builders. */
export const VIEW = `id status side direction version message expiresAt answeredAt declineReason declineNote closeReason contractAmountWan contractNumber
  enterpriseLabel enterprise { id name } university { id name }
  achievement { id title contact } need { id teaser title description budgetWan contact ownerLabel }
  contacts { achievementContact needContact requester { name email } responder { name email } }`;

export interface MatchView {
  id: string;
  status: string;
  side: string;
  version: number;
  expiresAt: string;
  contacts: null | {
    achievementContact: string;
    needContact: string | null;
    requester: { email: string } | null;
    responder: { email: string } | null;
  };
  need: null | { teaser: boolean; description: string | null; contact: string | null; ownerLabel: string };
  enterprise: null | { id: string; name: string };
  enterpriseLabel: string;
  [field: string]: unknown;
}

export type Gql = {
  data: Record<string, MatchView> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
};

export function matchOps(t: TestApp) {
  const run = (op: string, inputType: string, input: Record<string, unknown>, token: string) =>
    t.gql(`mutation($input: ${inputType}!) { r: ${op}(input: $input) { ${VIEW} } }`, { input }, token) as Promise<Gql>;
  return {
    request: (input: Record<string, unknown>, token: string) => run('requestMatch', 'RequestMatchInput', input, token),
    propose: (input: Record<string, unknown>, token: string) => run('proposeMatch', 'ProposeMatchInput', input, token),
    accept: (r: { id: string; version: number }, token: string) =>
      run('acceptMatchRequest', 'VersionedRefInput', { id: r.id, version: r.version }, token),
    withdraw: (r: { id: string; version: number }, token: string) =>
      run('withdrawMatchRequest', 'VersionedRefInput', { id: r.id, version: r.version }, token),
    decline: (r: { id: string; version: number }, extra: Record<string, unknown>, token: string) =>
      run('declineMatchRequest', 'DeclineMatchRequestInput', { id: r.id, version: r.version, ...extra }, token),
    advance: (r: { id: string; version: number }, extra: Record<string, unknown>, token: string) =>
      run('advanceMatchRequest', 'AdvanceMatchRequestInput', { id: r.id, version: r.version, ...extra }, token),
    close: (r: { id: string; version: number }, reason: string, token: string) =>
      run('closeMatchRequest', 'CloseMatchRequestInput', { id: r.id, version: r.version, reason }, token),
    get: (id: string, token: string) =>
      t.gql(`query($id: ID!) { r: matchRequest(id: $id) { ${VIEW} } }`, { id }, token) as Promise<Gql>,
    list: async (token: string, filter: Record<string, unknown> = {}) => {
      const res = await t.gql(
        `query($filter: MatchRequestFilterInput) { matchRequests(first: 100, filter: $filter) { totalCount edges { node { id status } } } }`,
        { filter },
        token,
      );
      return res.data?.matchRequests as { totalCount: number; edges: { node: { id: string; status: string } }[] };
    },
    notifications: async (token: string, unreadOnly = false) => {
      const res = await t.gql(
        `query($u: Boolean) { notifications(unreadOnly: $u, first: 100) { id kind message matchRequestId read } }`,
        { u: unreadOnly },
        token,
      );
      return res.data?.notifications as {
        id: string;
        kind: string;
        message: string;
        matchRequestId: string;
        read: boolean;
      }[];
    },
  };
}

/** The request in a result, failing loudly with the errors when there is none. */
export function ok(res: Gql): MatchView {
  if (!res.data?.r) throw new Error(`expected a match request, got ${JSON.stringify(res.errors)}`);
  return res.data.r;
}
