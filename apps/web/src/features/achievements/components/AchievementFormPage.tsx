import { useQuery } from '@apollo/client/react';
import { Alert, Button, Form, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ConflictDialog } from '../../../components/ConflictDialog';
import { changedFields } from '../../../components/diffValues';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingBlock } from '../../../components/LoadingBlock';
import { PageHeader } from '../../../components/PageHeader';
import { ACHIEVEMENT } from '../graphql/achievements';
import { useAchievementSave } from '../hooks/useAchievementSave';
import { ACHIEVEMENT_FIELDS, type AchievementFormValues, toFormValues } from '../utils/formValues';
import { AchievementForm } from './AchievementForm';
import { AchievementValue } from './AchievementValue';

const EMPTY: Partial<AchievementFormValues> = {
  keywords: [],
  cooperationModes: [],
  negotiable: true,
  ip: [],
  team: '',
  contact: '',
};

export default function AchievementFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<AchievementFormValues>();
  const { data, loading, error } = useQuery(ACHIEVEMENT, {
    variables: { id: id ?? '' },
    skip: !id,
    fetchPolicy: 'network-only',
  });
  const existing = data?.achievement ?? null;
  const { save, busy, error: saveError, conflict, setConflict } = useAchievementSave(form, existing);

  if (id && loading && !existing) return <LoadingBlock />;
  if (id && error) return <ErrorAlert error={error} />;

  const submit = async (andPublish: boolean) => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const saved = await save(values, andPublish);
    if (saved) navigate(`/achievements/${saved.id}`);
  };

  const reapply = async () => {
    if (!conflict) return;
    const saved = await save(conflict.mine, false, conflict.theirs);
    if (saved) navigate(`/achievements/${saved.id}`);
  };

  const conflictRows = conflict
    ? changedFields(
        {
          ...conflict.mine,
          askingPriceWan: conflict.mine.negotiable ? null : conflict.mine.askingPriceWan,
        } as unknown as Record<string, unknown>,
        toFormValues(conflict.theirs) as unknown as Record<string, unknown>,
        [...ACHIEVEMENT_FIELDS],
      ).map((field) => ({
        field,
        label: t(`achievements.fields.${field}`),
        mine: <AchievementValue field={field} values={conflict.mine} />,
        theirs: <AchievementValue field={field} values={toFormValues(conflict.theirs)} />,
      }))
    : [];

  return (
    <>
      <PageHeader
        title={existing ? t('achievements.editTitle', { title: existing.title }) : t('achievements.newTitle')}
      />
      {saveError ? <Alert type="error" showIcon title={saveError} role="alert" style={{ marginBottom: 16 }} /> : null}
      <AchievementForm
        form={form}
        initialValues={existing ? toFormValues(existing) : EMPTY}
        onFinish={() => void submit(false)}
      />
      <Space wrap>
        <Button onClick={() => void submit(false)} loading={busy}>
          {t('achievements.saveDraft')}
        </Button>
        <Button type="primary" onClick={() => void submit(true)} loading={busy}>
          {existing?.status === 'PUBLISHED' ? t('achievements.saveChanges') : t('achievements.saveAndPublish')}
        </Button>
        <Button type="link" onClick={() => navigate(-1)}>
          {t('common.cancel')}
        </Button>
      </Space>
      <ConflictDialog
        open={!!conflict}
        rows={conflictRows}
        busy={busy}
        onReapply={() => void reapply()}
        onDiscard={() => (conflict ? navigate(`/achievements/${conflict.theirs.id}`) : setConflict(null))}
      />
    </>
  );
}
