import { Checkbox } from 'antd';
import { useTranslation } from 'react-i18next';

/** One facet: values with counts as checkboxes in a labelled group. */
export function FacetGroup({
  title,
  group,
  values,
  selected,
  onChange,
}: {
  title: string;
  group?: string;
  values: { value: string; count: number }[];
  selected: string[];
  onChange: (v: string[]) => void;
}) {
  const { t } = useTranslation();
  const shown = [...values];
  for (const s of selected) if (!shown.some((v) => v.value === s)) shown.push({ value: s, count: 0 });
  if (shown.length === 0) return null;
  return (
    <fieldset style={{ border: 0, padding: 0, margin: '0 0 16px' }}>
      <legend style={{ fontWeight: 500, fontSize: 14, marginBottom: 4, border: 0 }}>{title}</legend>
      <Checkbox.Group
        value={selected}
        onChange={(v) => onChange(v as string[])}
        style={{ display: 'flex', flexDirection: 'column', gap: 2 }}
        options={shown.map((v) => ({
          value: v.value,
          label: `${group ? t(`enums.${group}.${v.value}`, { defaultValue: v.value }) : v.value} (${v.count})`,
        }))}
      />
    </fieldset>
  );
}
