/**
 * What an agenda's QR code holds: the check-in page's own URL for that participant, so a phone's camera app opens
 * it too. The check-in page reads it back (also from a bare "eventId:participantId" typed in by hand).
 */
export function checkInUrl(origin: string, eventId: string, participantId: string): string {
  return `${origin.replace(/\/$/, '')}/events/${encodeURIComponent(eventId)}/check-in?participant=${encodeURIComponent(participantId)}`;
}

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const FROM_URL = new RegExp(`/events/(${UUID})/check-in\\?(?:.*&)?participant=(${UUID})`);
const BARE = new RegExp(`^(${UUID}):(${UUID})$`);

export function parseCheckInCode(text: string): { eventId: string; participantId: string } | null {
  const s = text.trim();
  const m = s.match(FROM_URL) ?? s.match(BARE);
  return m ? { eventId: m[1].toLowerCase(), participantId: m[2].toLowerCase() } : null;
}
