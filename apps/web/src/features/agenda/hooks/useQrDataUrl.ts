import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** A QR code as a data URL (drawn in the browser; nothing is fetched). */
export function useQrDataUrl(text: string | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    if (!text) {
      setUrl(null);
      return;
    }
    void QRCode.toDataURL(text, { width: 240, margin: 1, errorCorrectionLevel: 'M' }).then((u) => live && setUrl(u));
    return () => {
      live = false;
    };
  }, [text]);
  return url;
}

export function dataUrlBytes(dataUrl: string): Uint8Array {
  const bin = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}
