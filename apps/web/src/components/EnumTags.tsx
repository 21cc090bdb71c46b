import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Enum values as tags with their catalogue labels (enums.<group>.<VALUE>). */
export function EnumTags({
  group,
  values,
  color,
}: {
  group: string;
  values: readonly string[] | null | undefined;
  color?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      {(values ?? []).map((v) => (
        <Tag key={v} color={color}>
          {t(`enums.${group}.${v}`)}
        </Tag>
      ))}
    </>
  );
}
