import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';

/** The card of the signed-out pages: plain markup, so the sign-in page does not load Ant Design's Card (and Tabs). */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <main className="auth-page">
      <section className="auth-card" aria-labelledby="auth-title">
        <div className="auth-card-top">
          <div style={{ fontWeight: 600, fontSize: 16 }}>{t('app.name')}</div>
          <LanguageSwitch />
        </div>
        <h1 id="auth-title" style={{ fontSize: 20, marginTop: 0 }}>
          {title}
        </h1>
        {children}
      </section>
    </main>
  );
}
