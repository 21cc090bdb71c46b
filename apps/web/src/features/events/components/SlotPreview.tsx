import { Alert, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { gridCapacity, previewRows, previewSlots } from '../utils/slotPreview';
import type { EventFormValues } from '../utils/formValues';

/** The slot grid as it will be, recomputed on every keystroke of the form. */
export function SlotPreview({ values }: { values: Partial<EventFormValues> }) {
  const { t } = useTranslation();
  const slots = previewSlots(
    values.dayStart ?? '',
    values.dayEnd ?? '',
    Number(values.slotMinutes ?? 0),
    values.breaks ?? [],
  );
  const rows = previewRows(slots, values.breaks ?? []);
  const cap = gridCapacity(slots.length, values.tables ?? []);
  return (
    <section aria-labelledby="slot-preview-title" className="slot-preview">
      <h2 id="slot-preview-title" style={{ fontSize: 16 }}>
        {t('events.form.previewTitle')}
      </h2>
      <p aria-live="polite">
        {t('events.form.previewSummary', {
          slots: slots.length,
          tables: values.tables?.length ?? 0,
          meetings: cap.meetings,
        })}
      </p>
      {slots.length === 0 ? (
        <Alert type="warning" showIcon title={t('events.form.previewEmpty')} />
      ) : (
        <ol className="slot-preview-list">
          {rows.map((r) =>
            r.kind === 'slot' ? (
              <li key={`s${r.range.start}`}>
                <Tag color="blue">{t('events.form.slotN', { n: r.index + 1 })}</Tag>
                {r.range.start}–{r.range.end}
              </li>
            ) : (
              <li key={`b${r.range.start}`} className="slot-preview-break">
                <Tag>{t('events.form.break')}</Tag>
                {r.range.start}–{r.range.end}
              </li>
            ),
          )}
        </ol>
      )}
    </section>
  );
}
