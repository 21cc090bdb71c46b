import { Select } from 'antd';
import { useTranslation } from 'react-i18next';

export const TRL_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

/** TRL 1–9, each level with its plain explanation (trl.n.title / trl.n.help). */
export function TrlSelect(props: {
  id?: string;
  value?: number | null;
  onChange?: (v: number | null) => void;
  allowClear?: boolean;
  'aria-label'?: string;
}) {
  const { t } = useTranslation();
  return (
    <Select
      id={props.id}
      aria-label={props['aria-label']}
      value={props.value ?? undefined}
      onChange={(v: number | undefined) => props.onChange?.(v ?? null)}
      allowClear={props.allowClear}
      placeholder={t('trl.placeholder')}
      optionLabelProp="short"
      options={TRL_LEVELS.map((n) => ({
        value: n,
        short: t('trl.short', { level: n, title: t(`trl.${n}.title`) }),
        label: (
          <div style={{ whiteSpace: 'normal', lineHeight: 1.4, padding: '2px 0' }}>
            <strong>{t('trl.short', { level: n, title: t(`trl.${n}.title`) })}</strong>
            <div style={{ color: '#595959', fontSize: 12 }}>{t(`trl.${n}.help`)}</div>
          </div>
        ),
      }))}
    />
  );
}
