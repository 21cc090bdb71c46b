import { Checkbox, Col, Form, type FormInstance, Input, InputNumber, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { TrlSelect } from '../../../components/TrlSelect';
import { COOPERATION_MODES, INDUSTRIES } from '../../../lib/enums';
import type { NeedFormValues } from '../utils/formValues';
import { TeaserPreview } from './TeaserPreview';

export function NeedForm({
  form,
  initialValues,
  onFinish,
}: {
  form: FormInstance<NeedFormValues>;
  initialValues: Partial<NeedFormValues>;
  onFinish: (v: NeedFormValues) => void;
}) {
  const { t } = useTranslation();
  const watched = Form.useWatch([], form) as Partial<NeedFormValues> | undefined;
  const required = { required: true, message: t('form.required') };
  // Not `required`: it would put aria-required on the checkbox group's <div>, which ARIA does not allow there.
  const atLeastOne = { type: 'array' as const, min: 1, message: t('form.required') };
  return (
    <Row gutter={24}>
      <Col xs={24} lg={15}>
        <Form form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish} scrollToFirstError>
          <Form.Item label={t('needs.fields.title')} name="title" extra={t('needs.help.title')} rules={[required]}>
            <Input maxLength={200} showCount />
          </Form.Item>
          <Form.Item
            label={t('needs.fields.description')}
            name="description"
            extra={t('needs.help.description')}
            rules={[required]}
          >
            <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} />
          </Form.Item>
          <Form.Item label={t('needs.fields.industry')} name="industry" rules={[required]}>
            <Select
              options={INDUSTRIES.map((v) => ({ value: v, label: t(`enums.industry.${v}`) }))}
              placeholder={t('form.choose')}
            />
          </Form.Item>
          <Form.Item
            label={t('needs.fields.keywords')}
            name="keywords"
            extra={t('needs.help.keywords')}
            rules={[required]}
          >
            <Select mode="tags" tokenSeparators={[',', '，', '、', ' ']} open={false} suffixIcon={null} />
          </Form.Item>
          <Form.Item label={t('needs.fields.cooperationModes')} name="cooperationModes" rules={[atLeastOne]}>
            <Checkbox.Group
              options={COOPERATION_MODES.map((v) => ({ value: v, label: t(`enums.cooperationMode.${v}`) }))}
            />
          </Form.Item>
          <Form.Item label={t('needs.fields.minTrl')} name="minTrl" extra={t('needs.help.minTrl')}>
            <TrlSelect allowClear />
          </Form.Item>
          <Form.Item label={t('needs.fields.budgetWan')} name="budgetWan" extra={t('needs.help.budgetWan')}>
            <InputNumber min={0} step={10} addonAfter={t('common.wanUnit')} style={{ width: 220 }} />
          </Form.Item>
          <Form.Item label={t('needs.fields.deadline')} name="deadline">
            <Input type="date" style={{ width: 220 }} />
          </Form.Item>
          <Form.Item label={t('needs.fields.contact')} name="contact" extra={t('needs.help.contact')}>
            <Input />
          </Form.Item>
          <Form.Item
            label={t('needs.fields.confidential')}
            name="confidential"
            valuePropName="checked"
            extra={t('needs.help.confidential')}
          >
            <Switch checkedChildren={t('needs.confidentialOn')} unCheckedChildren={t('needs.confidentialOff')} />
          </Form.Item>
        </Form>
      </Col>
      <Col xs={24} lg={9}>
        <div style={{ position: 'sticky', top: 16, marginBottom: 24 }}>
          <TeaserPreview values={watched ?? initialValues} />
        </div>
      </Col>
    </Row>
  );
}
