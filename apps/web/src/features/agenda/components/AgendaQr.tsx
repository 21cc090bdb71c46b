import { useTranslation } from 'react-i18next';
import { checkInUrl } from '../../../components/events/checkInCode';
import { useQrDataUrl } from '../hooks/useQrDataUrl';

export function AgendaQr({
  eventId,
  participantId,
  name,
  size = 120,
}: {
  eventId: string;
  participantId: string;
  name: string;
  size?: number;
}) {
  const { t } = useTranslation();
  const qr = useQrDataUrl(checkInUrl(window.location.origin, eventId, participantId));
  return qr ? (
    <figure className="agenda-qr">
      <img src={qr} alt={t('events.agenda.qrAlt', { name })} width={size} height={size} />
      <figcaption>{t('events.agenda.qrLabel')}</figcaption>
    </figure>
  ) : null;
}
