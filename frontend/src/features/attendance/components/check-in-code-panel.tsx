import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/alert';
import { errorMessage } from '@/lib/error-message';
import { useCheckInCode } from '../api/get-check-in-code';

// The QR encoder is loaded only when a trainer opens the panel.
const QrCode = lazy(() => import('./qr-code'));

const timeOfDay = (instant: string, language: string) =>
  new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit', second: '2-digit' }).format(new Date(instant));

/** The session's current code, big enough to read across a room, and a QR code that carries it. */
export function CheckInCodePanel({ sessionId, checkInUrl }: { sessionId: string; checkInUrl: (code: string) => string }) {
  const { t, i18n } = useTranslation('attendance');
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const code = useCheckInCode(sessionId, open);

  return (
    <section className="attendance-code" aria-label={t('code.title')}>
      <button type="button" className="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {open ? t('code.hide') : t('code.show')}
      </button>
      <div id={panelId} hidden={!open}>
        {open &&
          (code.isPending ? (
            <p aria-busy="true">{t('code.loading')}</p>
          ) : code.isError ? (
            <ErrorAlert>{errorMessage(code.error)}</ErrorAlert>
          ) : (
            <div className="check-in-code">
              <h2>{t('code.title')}</h2>
              <p className="check-in-code__digits" aria-live="polite" data-testid="check-in-code">
                {code.data.code}
              </p>
              <p className="field__hint">{t('code.changesAt', { time: timeOfDay(code.data.changesAt, i18n.language) })}</p>
              <Suspense fallback={<p aria-busy="true">{t('code.loading')}</p>}>
                <QrCode value={checkInUrl(code.data.code)} label={t('code.qr')} />
              </Suspense>
              <p className="field__hint">{t('code.hint', { url: checkInUrl('').replace(/\?code=$/, '') })}</p>
            </div>
          ))}
      </div>
    </section>
  );
}
