import '../../../components/events/events.css';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Col, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingBlock } from '../../../components/LoadingBlock';
import { PageHeader } from '../../../components/PageHeader';
import { readableError, setFieldErrors } from '../../../lib/errors';
import { CREATE_EVENT, EVENT, UPDATE_EVENT } from '../graphql/events';
import { gridEditable } from '../utils/eventActions';
import {
  EMPTY_EVENT,
  fromEvent,
  moreTables,
  toCreateInput,
  toUpdateInput,
  type EventFormValues,
} from '../utils/formValues';
import { SlotPreview } from './SlotPreview';

/** The guided event form: set-up, day and grid, tables, roadshows; the slot grid is previewed as it is edited. */
export default function EventFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<EventFormValues>();
  const values = Form.useWatch([], form) as Partial<EventFormValues> | undefined;
  const { data, loading } = useQuery(EVENT, { variables: { id: id ?? '' }, skip: !id, fetchPolicy: 'network-only' });
  const [create, createState] = useMutation(CREATE_EVENT);
  const [update, updateState] = useMutation(UPDATE_EVENT);
  const [error, setError] = useState<unknown>();
  const [bulk, setBulk] = useState({ count: 3, capacity: 4 });
  const event = data?.event;
  const grid = gridEditable(event?.status);

  useEffect(() => {
    form.setFieldsValue(event ? fromEvent(event) : EMPTY_EVENT);
  }, [event, form]);

  if (id && loading && !event) return <LoadingBlock />;

  const onFinish = async (v: EventFormValues) => {
    setError(undefined);
    try {
      if (event) {
        await update({ variables: { input: toUpdateInput(event.id, event.version, v, grid) } });
        navigate(`/events/${event.id}`);
      } else {
        const res = await create({ variables: { input: toCreateInput(v) } });
        if (res.data) navigate(`/events/${res.data.createEvent.id}`);
      }
    } catch (e) {
      setError(e);
      setFieldErrors(form, readableError(e, t).fields);
    }
  };

  const addTables = () => {
    const tables = form.getFieldValue('tables') ?? [];
    form.setFieldValue('tables', [
      ...tables,
      ...moreTables(tables.length, bulk.count, bulk.capacity, (n) => t('events.form.tableName', { n })),
    ]);
  };

  return (
    <>
      <PageHeader title={event ? t('events.form.editTitle', { title: event.title }) : t('events.form.createTitle')} />
      <ErrorAlert error={error} />
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void onFinish(v)}
        initialValues={EMPTY_EVENT}
        scrollToFirstError
      >
        <Row gutter={16}>
          <Col xs={24} lg={15}>
            <Card title={t('events.form.stepBasics')} style={{ marginBottom: 16 }}>
              <Form.Item
                name="title"
                label={t('events.fields.title')}
                rules={[{ required: true, whitespace: true, message: t('events.form.required') }]}
              >
                <Input maxLength={200} />
              </Form.Item>
              <Form.Item name="theme" label={t('events.fields.theme')}>
                <Input.TextArea maxLength={500} autoSize={{ minRows: 2 }} />
              </Form.Item>
              <Form.Item
                name="organisers"
                label={t('events.fields.organisers')}
                extra={t('events.form.organisersHelp')}
                rules={[{ required: true, message: t('events.form.required') }]}
              >
                <Select
                  mode="tags"
                  aria-label={t('events.fields.organisers')}
                  open={false}
                  tokenSeparators={[',', '，', '、']}
                />
              </Form.Item>
              <Form.Item name="venue" label={t('events.fields.venue')}>
                <Input maxLength={200} />
              </Form.Item>
              <Row gutter={12}>
                <Col xs={24} sm={12}>
                  <Form.Item
                    name="date"
                    label={t('events.fields.date')}
                    rules={[{ required: true, message: t('events.form.required') }]}
                  >
                    <Input type="date" disabled={!grid} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item
                    name="registrationDeadline"
                    label={t('events.fields.registrationDeadline')}
                    rules={[{ required: true, message: t('events.form.required') }]}
                  >
                    <Input type="date" />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
            <Card title={t('events.form.stepDay')} style={{ marginBottom: 16 }}>
              {!grid ? <p role="note">{t('events.form.gridLocked')}</p> : null}
              <Row gutter={12}>
                <Col xs={12} sm={8}>
                  <Form.Item
                    name="dayStart"
                    label={t('events.fields.dayStart')}
                    rules={[{ required: true, message: t('events.form.required') }]}
                  >
                    <Input type="time" disabled={!grid} />
                  </Form.Item>
                </Col>
                <Col xs={12} sm={8}>
                  <Form.Item
                    name="dayEnd"
                    label={t('events.fields.dayEnd')}
                    rules={[{ required: true, message: t('events.form.required') }]}
                  >
                    <Input type="time" disabled={!grid} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={8}>
                  <Form.Item name="slotMinutes" label={t('events.fields.slotMinutes')}>
                    <Select
                      aria-label={t('events.fields.slotMinutes')}
                      disabled={!grid}
                      options={[15, 20, 30].map((m) => ({ value: m, label: t('events.form.minutes', { count: m }) }))}
                    />
                  </Form.Item>
                </Col>
              </Row>
              <Form.List name="breaks">
                {(fields, { add, remove }) => (
                  <fieldset className="form-fieldset">
                    <legend>{t('events.fields.breaks')}</legend>
                    {fields.map((f, i) => (
                      <Space key={f.key} wrap align="end">
                        <Form.Item name={[f.name, 'start']} label={t('events.form.breakStart', { n: i + 1 })}>
                          <Input type="time" disabled={!grid} />
                        </Form.Item>
                        <Form.Item name={[f.name, 'end']} label={t('events.form.breakEnd', { n: i + 1 })}>
                          <Input type="time" disabled={!grid} />
                        </Form.Item>
                        <Form.Item>
                          <Button
                            onClick={() => remove(f.name)}
                            disabled={!grid}
                            aria-label={t('events.form.removeBreak', { n: i + 1 })}
                          >
                            {t('events.common.remove')}
                          </Button>
                        </Form.Item>
                      </Space>
                    ))}
                    <Button onClick={() => add({ start: '', end: '' })} disabled={!grid}>
                      {t('events.form.addBreak')}
                    </Button>
                  </fieldset>
                )}
              </Form.List>
            </Card>
            <Card title={t('events.form.stepTables')} style={{ marginBottom: 16 }}>
              <Space wrap align="end" style={{ marginBottom: 12 }}>
                <label>
                  {t('events.form.bulkCount')}
                  <InputNumber
                    min={1}
                    max={100}
                    value={bulk.count}
                    onChange={(v) => setBulk((b) => ({ ...b, count: Number(v ?? 1) }))}
                    style={{ marginLeft: 8 }}
                    disabled={!grid}
                  />
                </label>
                <label>
                  {t('events.form.bulkSeats')}
                  <InputNumber
                    min={2}
                    max={50}
                    value={bulk.capacity}
                    onChange={(v) => setBulk((b) => ({ ...b, capacity: Number(v ?? 4) }))}
                    style={{ marginLeft: 8 }}
                    disabled={!grid}
                  />
                </label>
                <Button onClick={addTables} disabled={!grid}>
                  {t('events.form.addTables')}
                </Button>
              </Space>
              <Form.List name="tables">
                {(fields, { add, remove }) => (
                  <>
                    {fields.map((f, i) => (
                      <Space key={f.key} wrap align="end">
                        <Form.Item
                          name={[f.name, 'name']}
                          label={t('events.form.tableNameLabel', { n: i + 1 })}
                          rules={[{ required: true, whitespace: true, message: t('events.form.required') }]}
                        >
                          <Input maxLength={50} disabled={!grid} />
                        </Form.Item>
                        <Form.Item name={[f.name, 'capacity']} label={t('events.form.tableSeatsLabel', { n: i + 1 })}>
                          <InputNumber min={2} max={50} disabled={!grid} />
                        </Form.Item>
                        <Form.Item>
                          <Button
                            onClick={() => remove(f.name)}
                            disabled={!grid}
                            aria-label={t('events.form.removeTable', { n: i + 1 })}
                          >
                            {t('events.common.remove')}
                          </Button>
                        </Form.Item>
                      </Space>
                    ))}
                    <div>
                      <Button
                        onClick={() =>
                          add({ name: t('events.form.tableName', { n: fields.length + 1 }), capacity: bulk.capacity })
                        }
                        disabled={!grid}
                      >
                        {t('events.form.addTable')}
                      </Button>
                    </div>
                  </>
                )}
              </Form.List>
            </Card>
            <Card title={t('events.form.stepRoadshows')} style={{ marginBottom: 16 }}>
              <Form.List name="roadshows">
                {(fields, { add, remove }) => (
                  <>
                    {fields.map((f, i) => (
                      <Space key={f.key} wrap align="end">
                        <Form.Item name={[f.name, 'start']} label={t('events.form.roadshowStart', { n: i + 1 })}>
                          <Input type="time" />
                        </Form.Item>
                        <Form.Item name={[f.name, 'end']} label={t('events.form.roadshowEnd', { n: i + 1 })}>
                          <Input type="time" />
                        </Form.Item>
                        <Form.Item
                          name={[f.name, 'speaker']}
                          label={t('events.form.roadshowSpeaker', { n: i + 1 })}
                          rules={[{ required: true, whitespace: true, message: t('events.form.required') }]}
                        >
                          <Input maxLength={100} />
                        </Form.Item>
                        <Form.Item name={[f.name, 'title']} label={t('events.form.roadshowTitle', { n: i + 1 })}>
                          <Input maxLength={200} />
                        </Form.Item>
                        <Form.Item>
                          <Button
                            onClick={() => remove(f.name)}
                            aria-label={t('events.form.removeRoadshow', { n: i + 1 })}
                          >
                            {t('events.common.remove')}
                          </Button>
                        </Form.Item>
                      </Space>
                    ))}
                    <div>
                      <Button onClick={() => add({ start: '', end: '', speaker: '', title: '' })}>
                        {t('events.form.addRoadshow')}
                      </Button>
                    </div>
                  </>
                )}
              </Form.List>
            </Card>
            <Space>
              <Button type="primary" htmlType="submit" loading={createState.loading || updateState.loading}>
                {event ? t('events.form.save') : t('events.form.create')}
              </Button>
              <Button onClick={() => navigate(event ? `/events/${event.id}` : '/events')}>{t('common.cancel')}</Button>
            </Space>
          </Col>
          <Col xs={24} lg={9}>
            <Card className="sticky-card">
              <SlotPreview values={values ?? EMPTY_EVENT} />
            </Card>
          </Col>
        </Row>
      </Form>
    </>
  );
}
