import { useApolloClient, useMutation } from '@apollo/client/react';
import type { FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readableError, setFieldErrors } from '../../../lib/errors';
import type { AchievementFieldsFragment } from '../../../gql/graphql';
import { ACHIEVEMENT, CREATE_ACHIEVEMENT, PUBLISH_ACHIEVEMENT, UPDATE_ACHIEVEMENT } from '../graphql/achievements';
import { type AchievementFormValues, toCreateInput, toUpdateInput } from '../utils/formValues';

export interface Conflict {
  mine: AchievementFormValues;
  theirs: AchievementFieldsFragment;
}

/** Create or update (optionally publishing after); a CONFLICT loads the newer version for the person to compare. */
export function useAchievementSave(form: FormInstance<AchievementFormValues>, existing: AchievementFieldsFragment | null) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [create] = useMutation(CREATE_ACHIEVEMENT);
  const [update] = useMutation(UPDATE_ACHIEVEMENT);
  const [publish] = useMutation(PUBLISH_ACHIEVEMENT);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);

  const save = async (values: AchievementFormValues, andPublish: boolean, base: AchievementFieldsFragment | null = existing): Promise<AchievementFieldsFragment | null> => {
    setBusy(true);
    setError(null);
    try {
      let saved: AchievementFieldsFragment;
      if (base) {
        const res = await update({ variables: { input: toUpdateInput(values, base.id, base.version) } });
        saved = res.data!.updateAchievement;
      } else {
        const res = await create({ variables: { input: toCreateInput(values) } });
        saved = res.data!.createAchievement;
      }
      if (andPublish && saved.status !== 'PUBLISHED') {
        const res = await publish({ variables: { input: { id: saved.id, version: saved.version } } });
        saved = res.data!.publishAchievement;
      }
      setConflict(null);
      return saved;
    } catch (e) {
      const readable = readableError(e, t);
      if (readable.code === 'CONFLICT' && base) {
        const latest = await client.query({ query: ACHIEVEMENT, variables: { id: base.id }, fetchPolicy: 'network-only' });
        if (latest.data) setConflict({ mine: values, theirs: latest.data.achievement });
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
