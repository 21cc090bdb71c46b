import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Form, Input, Modal, Popconfirm, Radio, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import type { Industry, VocabularyGroupsQuery, VocabularyKind, VocabularySource } from '../../../gql/graphql';
import { INDUSTRIES } from '../../../lib/enums';
import { readableError, setFieldErrors } from '../../../lib/errors';
import {
  ADD_VOCABULARY_GROUP,
  REMOVE_VOCABULARY_GROUP,
  SET_SHIPPED_VOCABULARY_GROUP_ENABLED,
  UPDATE_VOCABULARY_GROUP,
  VOCABULARY_GROUPS,
} from '../graphql/vocabulary';
import { TERM_SEPARATORS, splitTerms, termFieldErrors } from '../utils/terms';

type Group = VocabularyGroupsQuery['vocabularyGroups']['items'][number];
interface FormValues {
  terms: string[];
  kind: VocabularyKind;
  industry?: Industry | null;
}

const KINDS: VocabularyKind[] = ['SYNONYM', 'RELATED'];
const SOURCES: VocabularySource[] = ['ALLIANCE', 'SHIPPED'];
const PAGE_SIZE = 20;

/** Coordinators keep the search and matching vocabulary: shipped groups (disable only) and the alliance's own. */
export default function VocabularyPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [source, setSource] = useState<VocabularySource | undefined>();
  const [kind, setKind] = useState<VocabularyKind | undefined>();
  const [industry, setIndustry] = useState<Industry | undefined>();
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Group | 'new' | null>(null);
  const [form] = Form.useForm<FormValues>();
  const filter = { text: text || null, source: source ?? null, kind: kind ?? null, industry: industry ?? null };
  const { data, loading, error } = useQuery(VOCABULARY_GROUPS, {
    variables: { filter, offset: (page - 1) * PAGE_SIZE, first: PAGE_SIZE },
  });
  const refetchQueries = [VOCABULARY_GROUPS];
  const [add, a] = useMutation(ADD_VOCABULARY_GROUP, { refetchQueries });
  const [update, u] = useMutation(UPDATE_VOCABULARY_GROUP, { refetchQueries });
  const [remove] = useMutation(REMOVE_VOCABULARY_GROUP, { refetchQueries });
  const [setEnabled] = useMutation(SET_SHIPPED_VOCABULARY_GROUP_ENABLED, { refetchQueries });

  const filtered =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(1);
    };
  const open = (group: Group | 'new') => {
    form.resetFields();
    if (group !== 'new')
      form.setFieldsValue({ terms: [...group.terms], kind: group.kind, industry: group.industry ?? undefined });
    setEditing(group);
  };
  const fail = (e: unknown) => void message.error(readableError(e, t).message);
  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values || !editing) return;
    const input = { terms: splitTerms(values.terms ?? []), kind: values.kind, industry: values.industry ?? null };
    try {
      if (editing === 'new') await add({ variables: { input } });
      else await update({ variables: { id: editing.id, version: editing.version ?? 0, input } });
      setEditing(null);
      void message.success(t(editing === 'new' ? 'vocabulary.added' : 'vocabulary.saved'));
    } catch (e) {
      const readable = readableError(e, t);
      setFieldErrors(form, termFieldErrors(readable.fields));
      void message.error(readable.message);
    }
  };

  return (
    <>
      <PageHeader
        title={t('vocabulary.title')}
        extra={
          <Button type="primary" onClick={() => open('new')}>
            {t('vocabulary.add')}
          </Button>
        }
      />
      <p>{t('vocabulary.intro')}</p>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          aria-label={t('vocabulary.searchTerms')}
          placeholder={t('vocabulary.searchTerms')}
          allowClear
          style={{ width: 220 }}
          onSearch={filtered(setText)}
        />
        <Select
          aria-label={t('vocabulary.source')}
          placeholder={t('vocabulary.source')}
          allowClear
          style={{ width: 140 }}
          value={source}
          onChange={filtered(setSource)}
          options={SOURCES.map((v) => ({ value: v, label: t(`vocabulary.sources.${v}`) }))}
        />
        <Select
          aria-label={t('vocabulary.kind')}
          placeholder={t('vocabulary.kind')}
          allowClear
          style={{ width: 140 }}
          value={kind}
          onChange={filtered(setKind)}
          options={KINDS.map((v) => ({ value: v, label: t(`vocabulary.kinds.${v}`) }))}
        />
        <Select
          aria-label={t('filters.industry')}
          placeholder={t('filters.industry')}
          allowClear
          style={{ width: 160 }}
          value={industry}
          onChange={filtered(setIndustry)}
          options={INDUSTRIES.map((v) => ({ value: v, label: t(`enums.industry.${v}`) }))}
        />
      </Space>
      <ErrorAlert error={error} />
      <Table
        rowKey="id"
        loading={loading}
        dataSource={data?.vocabularyGroups.items ?? []}
        scroll={{ x: 760 }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.vocabularyGroups.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
          showTotal: (count) => t('common.total', { count }),
        }}
        columns={[
          {
            title: t('vocabulary.terms'),
            dataIndex: 'terms',
            render: (terms: string[], g) => (
              <span>
                {terms.map((term) => (
                  <Tag key={term} color={g.oneWayFrom?.includes(term) ? 'blue' : undefined}>
                    {term}
                  </Tag>
                ))}
                {g.oneWayFrom ? <span>{t('vocabulary.oneWay')}</span> : null}
              </span>
            ),
          },
          {
            title: t('vocabulary.kind'),
            dataIndex: 'kind',
            width: 90,
            render: (v: VocabularyKind) => t(`vocabulary.kinds.${v}`),
          },
          {
            title: t('filters.industry'),
            dataIndex: 'industry',
            width: 120,
            render: (v: Industry | null) => (v ? t(`enums.industry.${v}`) : t('vocabulary.allIndustries')),
          },
          {
            title: t('vocabulary.source'),
            dataIndex: 'source',
            width: 200,
            render: (v: VocabularySource, g) =>
              v === 'SHIPPED'
                ? `${t('vocabulary.sources.SHIPPED')} · ${g.origin ?? ''}`
                : t('vocabulary.sources.ALLIANCE'),
          },
          {
            title: t('common.status'),
            dataIndex: 'enabled',
            width: 90,
            render: (v: boolean) =>
              v ? <Tag color="green">{t('vocabulary.enabled')}</Tag> : <Tag>{t('vocabulary.disabled')}</Tag>,
          },
          {
            title: t('vocabulary.actions'),
            key: 'actions',
            width: 150,
            render: (_: unknown, g) =>
              g.source === 'ALLIANCE' ? (
                <Space>
                  <Button
                    size="small"
                    onClick={() => open(g)}
                    aria-label={t('vocabulary.editGroup', { terms: g.terms.join('、') })}
                  >
                    {t('common.edit')}
                  </Button>
                  <Popconfirm
                    title={t('vocabulary.removeConfirm')}
                    okText={t('vocabulary.remove')}
                    cancelText={t('common.cancel')}
                    onConfirm={() =>
                      remove({ variables: { id: g.id } }).then(() => message.success(t('vocabulary.removed')), fail)
                    }
                  >
                    <Button size="small" danger aria-label={t('vocabulary.removeGroup', { terms: g.terms.join('、') })}>
                      {t('vocabulary.remove')}
                    </Button>
                  </Popconfirm>
                </Space>
              ) : (
                <Button
                  size="small"
                  onClick={() => setEnabled({ variables: { id: g.id, enabled: !g.enabled } }).catch(fail)}
                >
                  {g.enabled ? t('vocabulary.disable') : t('vocabulary.enable')}
                </Button>
              ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('vocabulary.add') : t('vocabulary.edit')}
        onOk={() => void submit()}
        onCancel={() => setEditing(null)}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={a.loading || u.loading}
      >
        <Form form={form} layout="vertical" initialValues={{ kind: 'SYNONYM' }}>
          <Form.Item
            label={t('vocabulary.terms')}
            name="terms"
            extra={t('vocabulary.termsHelp')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Select mode="tags" open={false} tokenSeparators={TERM_SEPARATORS} suffixIcon={null} />
          </Form.Item>
          <Form.Item
            label={t('vocabulary.kind')}
            name="kind"
            extra={t('vocabulary.kindHelp')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Radio.Group options={KINDS.map((v) => ({ value: v, label: t(`vocabulary.kinds.${v}`) }))} />
          </Form.Item>
          <Form.Item label={t('filters.industry')} name="industry">
            <Select
              allowClear
              placeholder={t('vocabulary.allIndustries')}
              options={INDUSTRIES.map((v) => ({ value: v, label: t(`enums.industry.${v}`) }))}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
