import { useApolloClient, useMutation } from '@apollo/client/react';
import type { FormInstance } from 'antd';
import type { NeedFieldsFragment } from '../../../gql/graphql';
import { useVersionedSave } from '../../../lib/useVersionedSave';
import { CREATE_NEED, NEED, OPEN_NEED, UPDATE_NEED } from '../graphql/needs';
import { type NeedFormValues, toCreateInput, toUpdateInput } from '../utils/formValues';

/** Create or update a need (optionally opening a draft after); a CONFLICT loads the newer version to compare. */
export function useNeedSave(form: FormInstance<NeedFormValues>, existing: NeedFieldsFragment | null) {
  const client = useApolloClient();
  const [create] = useMutation(CREATE_NEED);
  const [update] = useMutation(UPDATE_NEED);
  const [open] = useMutation(OPEN_NEED);
  return useVersionedSave<NeedFormValues, NeedFieldsFragment>(form, existing, {
    create: async (values) => (await create({ variables: { input: toCreateInput(values) } })).data!.createNeed,
    update: async (values, base) =>
      (await update({ variables: { input: toUpdateInput(values, base.id, base.version ?? 0) } })).data!.updateNeed,
    publish: (saved) =>
      saved.status !== 'DRAFT'
        ? null
        : open({ variables: { input: { id: saved.id, version: saved.version ?? 0 } } }).then(
            (res) => res.data!.openNeed,
          ),
    reload: async (id) =>
      (await client.query({ query: NEED, variables: { id }, fetchPolicy: 'network-only' })).data?.need ?? null,
  });
}
