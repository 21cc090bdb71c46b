import { useApolloClient, useMutation } from '@apollo/client/react';
import type { FormInstance } from 'antd';
import type { AchievementFieldsFragment } from '../../../gql/graphql';
import { useVersionedSave } from '../../../lib/useVersionedSave';
import { ACHIEVEMENT, CREATE_ACHIEVEMENT, PUBLISH_ACHIEVEMENT, UPDATE_ACHIEVEMENT } from '../graphql/achievements';
import { type AchievementFormValues, toCreateInput, toUpdateInput } from '../utils/formValues';

/** Create or update an achievement (optionally publishing after); a CONFLICT loads the newer version to compare. */
export function useAchievementSave(
  form: FormInstance<AchievementFormValues>,
  existing: AchievementFieldsFragment | null,
) {
  const client = useApolloClient();
  const [create] = useMutation(CREATE_ACHIEVEMENT);
  const [update] = useMutation(UPDATE_ACHIEVEMENT);
  const [publish] = useMutation(PUBLISH_ACHIEVEMENT);
  return useVersionedSave<AchievementFormValues, AchievementFieldsFragment>(form, existing, {
    create: async (values) => (await create({ variables: { input: toCreateInput(values) } })).data!.createAchievement,
    update: async (values, base) =>
      (await update({ variables: { input: toUpdateInput(values, base.id, base.version) } })).data!.updateAchievement,
    publish: (saved) =>
      saved.status === 'PUBLISHED'
        ? null
        : publish({ variables: { input: { id: saved.id, version: saved.version } } }).then(
            (res) => res.data!.publishAchievement,
          ),
    reload: async (id) =>
      (await client.query({ query: ACHIEVEMENT, variables: { id }, fetchPolicy: 'network-only' })).data?.achievement ??
      null,
  });
}
