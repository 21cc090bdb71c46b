import { useQuery } from '@apollo/client/react';
import { Alert, Button, Form, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ConflictDialog } from '../../../components/ConflictDialog';
import { changedFields } from '../../../components/diffValues';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingBlock } from '../../../components/LoadingBlock';
import { PageHeader } from '../../../components/PageHeader';
import { NEED } from '../graphql/needs';
import { useNeedSave } from '../hooks/useNeedSave';
import { NEED_FIELDS, type NeedFormValues, toFormValues } from '../utils/formValues';
import { NeedForm } from './NeedForm';

const EMPTY: Partial<NeedFormValues> = { keywords: [], cooperationModes: [], confidential: false, contact: '' };

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.join('、');
  return String(value);
}

export default function NeedFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<NeedFormValues>();
  const { data, loading, error } = useQuery(NEED, {
    variables: { id: id ?? '' },
    skip: !id,
    fetchPolicy: 'network-only',
  });
  const existing = data?.need ?? null;
  const { save, busy, error: saveError, conflict, setConflict } = useNeedSave(form, existing);
  if (id && loading && !existing) return <LoadingBlock />;
  if (id && error) return <ErrorAlert error={error} />;

  const submit = async (andOpen: boolean) => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const saved = await save(values, andOpen);
    if (saved) navigate(`/needs/${saved.id}`);
  };
  const reapply = async () => {
    if (!conflict) return;
    const saved = await save(conflict.mine, false, conflict.theirs);
    if (saved) navigate(`/needs/${saved.id}`);
  };
  const theirs = conflict ? toFormValues(conflict.theirs) : null;
  const rows =
    conflict && theirs
      ? changedFields(
          conflict.mine as unknown as Record<string, unknown>,
          theirs as unknown as Record<string, unknown>,
          [...NEED_FIELDS],
        ).map((field) => ({
          field,
          label: t(`needs.fields.${field}`),
          mine: show((conflict.mine as unknown as Record<string, unknown>)[field]),
          theirs: show((theirs as unknown as Record<string, unknown>)[field]),
        }))
      : [];

  return (
    <>
      <PageHeader title={existing ? t('needs.editTitle', { title: existing.title }) : t('needs.newTitle')} />
      {saveError ? <Alert type="error" showIcon title={saveError} role="alert" style={{ marginBottom: 16 }} /> : null}
      <NeedForm
        form={form}
        initialValues={existing ? toFormValues(existing) : EMPTY}
        onFinish={() => void submit(false)}
      />
      <Space wrap>
        <Button onClick={() => void submit(false)} loading={busy}>
          {t('needs.saveDraft')}
        </Button>
        <Button type="primary" onClick={() => void submit(true)} loading={busy}>
          {existing && existing.status !== 'DRAFT' ? t('needs.saveChanges') : t('needs.saveAndOpen')}
        </Button>
        <Button type="link" onClick={() => navigate(-1)}>
          {t('common.cancel')}
        </Button>
      </Space>
      <ConflictDialog
        open={!!conflict}
        rows={rows}
        busy={busy}
        onReapply={() => void reapply()}
        onDiscard={() => (conflict ? navigate(`/needs/${conflict.theirs.id}`) : setConflict(null))}
      />
    </>
  );
}
