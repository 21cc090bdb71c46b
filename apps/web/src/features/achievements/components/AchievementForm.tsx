import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, type FormInstance, Input, InputNumber, Radio, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { TrlSelect } from '../../../components/TrlSelect';
import { COOPERATION_MODES, INDUSTRIES, IP_TYPES } from '../../../lib/enums';
import type { AchievementFormValues } from '../utils/formValues';

/** Every field of an achievement, with Chinese labels and help; the server validates, messages land on fields. */
export function AchievementForm({
  form,
  initialValues,
  onFinish,
}: {
  form: FormInstance<AchievementFormValues>;
  initialValues: Partial<AchievementFormValues>;
  onFinish: (v: AchievementFormValues) => void;
}) {
  const { t } = useTranslation();
  const negotiable = Form.useWatch('negotiable', form);
  const required = { required: true, message: t('form.required') };
  // Not `required`: it would put aria-required on the checkbox group's <div>, which ARIA does not allow there.
  const atLeastOne = { type: 'array' as const, min: 1, message: t('form.required') };
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onFinish}
      scrollToFirstError
      style={{ maxWidth: 760 }}
    >
      <Form.Item
        label={t('achievements.fields.title')}
        name="title"
        extra={t('achievements.help.title')}
        rules={[required]}
      >
        <Input maxLength={200} showCount />
      </Form.Item>
      <Form.Item
        label={t('achievements.fields.summary')}
        name="summary"
        extra={t('achievements.help.summary')}
        rules={[required]}
      >
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} />
      </Form.Item>
      <Form.Item label={t('achievements.fields.industry')} name="industry" rules={[required]}>
        <Select
          options={INDUSTRIES.map((v) => ({ value: v, label: t(`enums.industry.${v}`) }))}
          placeholder={t('form.choose')}
        />
      </Form.Item>
      <Form.Item label={t('achievements.fields.trl')} name="trl" extra={t('achievements.help.trl')} rules={[required]}>
        <TrlSelect />
      </Form.Item>
      <Form.Item
        label={t('achievements.fields.keywords')}
        name="keywords"
        extra={t('achievements.help.keywords')}
        rules={[required]}
      >
        <Select mode="tags" tokenSeparators={[',', '，', '、', ' ']} open={false} suffixIcon={null} />
      </Form.Item>
      <Form.Item
        label={t('achievements.fields.cooperationModes')}
        name="cooperationModes"
        extra={t('achievements.help.cooperationModes')}
        rules={[atLeastOne]}
      >
        <Checkbox.Group
          options={COOPERATION_MODES.map((v) => ({ value: v, label: t(`enums.cooperationMode.${v}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('achievements.fields.price')} name="negotiable" extra={t('achievements.help.price')}>
        <Radio.Group
          options={[
            { value: true, label: t('common.negotiable') },
            { value: false, label: t('achievements.fixedPrice') },
          ]}
        />
      </Form.Item>
      {negotiable === false ? (
        <Form.Item label={t('achievements.fields.askingPriceWan')} name="askingPriceWan" rules={[required]}>
          <InputNumber min={0} step={10} addonAfter={t('common.wanUnit')} style={{ width: 220 }} />
        </Form.Item>
      ) : null}
      <Form.List name="ip">
        {(fields, { add, remove }) => (
          <fieldset style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: '8px 12px 0', marginBottom: 24 }}>
            <legend style={{ fontSize: 14, width: 'auto', padding: '0 4px', marginBottom: 0, border: 0 }}>
              {t('achievements.fields.ip')}
            </legend>
            <p style={{ color: '#595959', marginTop: 0 }}>{t('achievements.help.ip')}</p>
            {fields.map((field, index) => (
              <Space key={field.key} align="baseline" wrap>
                <Form.Item
                  label={t('achievements.fields.ipType', { n: index + 1 })}
                  name={[field.name, 'type']}
                  rules={[required]}
                >
                  <Select
                    style={{ width: 180 }}
                    options={IP_TYPES.map((v) => ({ value: v, label: t(`enums.ipType.${v}`) }))}
                  />
                </Form.Item>
                <Form.Item label={t('achievements.fields.ipNumber', { n: index + 1 })} name={[field.name, 'number']}>
                  <Input style={{ width: 220 }} placeholder="ZL2023 1 0000000.0" />
                </Form.Item>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  onClick={() => remove(field.name)}
                  aria-label={t('achievements.removeIp', { n: index + 1 })}
                />
              </Space>
            ))}
            <Form.Item>
              <Button
                type="dashed"
                onClick={() => add({ type: 'INVENTION_PATENT', number: '' })}
                icon={<PlusOutlined />}
              >
                {t('achievements.addIp')}
              </Button>
            </Form.Item>
          </fieldset>
        )}
      </Form.List>
      <Form.Item label={t('achievements.fields.team')} name="team" extra={t('achievements.help.team')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Form.Item label={t('achievements.fields.contact')} name="contact" extra={t('achievements.help.contact')}>
        <Input />
      </Form.Item>
    </Form>
  );
}
