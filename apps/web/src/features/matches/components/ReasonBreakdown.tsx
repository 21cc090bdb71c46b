import { useTranslation } from 'react-i18next';
import { type Reason, reasonRows } from '../utils/reasons';

const COLORS = { positive: '#237804', negative: '#a8071a', neutral: '#8c8c8c' };

/** Each factor on its own line: name, signed points with a bar, and the server's explanation. */
export function ReasonBreakdown({ reasons }: { reasons: readonly Reason[] }) {
  const { t } = useTranslation();
  const rows = reasonRows(reasons);
  if (rows.length === 0) return <p>{t('matches.noReasons')}</p>;
  return (
    <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('matches.reasonsLabel')}>
      {rows.map((r) => (
        <li
          key={r.factor}
          style={{
            display: 'grid',
            gridTemplateColumns: '88px 64px 1fr',
            gap: 8,
            alignItems: 'center',
            padding: '4px 0',
          }}
        >
          <span style={{ fontWeight: 500 }}>{t(`enums.matchFactor.${r.factor}`)}</span>
          <span
            style={{ color: COLORS[r.effect], fontVariantNumeric: 'tabular-nums' }}
            aria-label={t(`matches.effect.${r.effect}`, { points: Math.abs(r.points) })}
          >
            {r.points > 0 ? '+' : r.points < 0 ? '−' : '±'}
            {Math.abs(r.points)}
          </span>
          <span style={{ minWidth: 0 }}>
            <span
              aria-hidden
              style={{
                display: 'block',
                height: 6,
                width: `${r.barPercent}%`,
                background: COLORS[r.effect],
                borderRadius: 3,
                marginBottom: 2,
              }}
            />
            <span style={{ color: '#434343', fontSize: 13 }}>{r.message}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
