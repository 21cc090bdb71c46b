import { useApolloClient, useMutation } from '@apollo/client/react';
import type { FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedFieldsFragment } from '../../../gql/graphql';
import { readableError, setFieldErrors } from '../../../lib/errors';
import { CREATE_NEED, NEED, OPEN_NEED, UPDATE_NEED } from '../graphql/needs';
import { type NeedFormValues, toCreateInput, toUpdateInput } from '../utils/formValues';

export function useNeedSave(form: FormInstance<NeedFormValues>, existing: NeedFieldsFragment | null) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [create] = useMutation(CREATE_NEED);
  const [update] = useMutation(UPDATE_NEED);
  const [open] = useMutation(OPEN_NEED);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<{ mine: NeedFormValues; theirs: NeedFieldsFragment } | null>(null);

  const save = async (values: NeedFormValues, andOpen: boolean, base: NeedFieldsFragment | null = existing): Promise<NeedFieldsFragment | null> => {
    setBusy(true);
    setError(null);
    try {
      let saved: NeedFieldsFragment;
      if (base) saved = (await update({ variables: { input: toUpdateInput(values, base.id, base.version ?? 0) } })).data!.updateNeed;
      else saved = (await create({ variables: { input: toCreateInput(values) } })).data!.createNeed;
      if (andOpen && saved.status === 'DRAFT') saved = (await open({ variables: { input: { id: saved.id, version: saved.version ?? 0 } } })).data!.openNeed;
      setConflict(null);
      return saved;
    } catch (e) {
      const readable = readableError(e, t);
      if (readable.code === 'CONFLICT' && base) {
        const latest = await client.query({ query: NEED, variables: { id: base.id }, fetchPolicy: 'network-only' });
        if (latest.data) setConflict({ mine: values, theirs: latest.data.need });
      } else {
        setFieldErrors(form, readable.fields);
        setError(readable.message);
      }
      return null;
    } finally {
      setBusy(false);
    }
  };
  return { save, busy, error, conflict, setConflict };
}
