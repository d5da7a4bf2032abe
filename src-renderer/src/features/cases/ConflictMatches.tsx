import { useTranslation } from 'react-i18next';
import type { ConflictMatchView } from '@shared/schemas/casefile-views';

/** Why each existing record resembles the new name, in words, before anything is saved. */
export function ConflictMatches({ matches }: { matches: readonly ConflictMatchView[] }) {
  const { t, i18n } = useTranslation();
  const reason = (code: string, group: 'conflictReasons' | 'nameReasons'): string => {
    const key = `persons.${group}.${code}`;
    // Codes come from the backend; an unknown one is shown as a generic "similar" rather than raw.
    return i18n.exists(key)
      ? t(key as 'persons.nameReasons.similarSpelling')
      : t('persons.nameReasons.similarSpelling');
  };
  const strong = matches.some((m) => m.reasons.includes('identityNumberExact'));
  return (
    <div className="case-conflicts" role="alert" data-testid="conflict-matches">
      <h3>{t('persons.matchesTitle')}</h3>
      {strong ? <p className="case-conflict-strong">{t('persons.strongWarning')}</p> : null}
      <p>{t('persons.matchesIntro')}</p>
      <ul className="case-conflict-list">
        {matches.map((m) => (
          <li key={`${m.kind}:${m.id}`}>
            <strong>{m.name}</strong>{' '}
            <span className="case-subtle">
              ({m.kind === 'client' ? t('persons.kindClient') : t('persons.kindPerson')},{' '}
              {t('persons.matchScore', { score: String(Math.round(m.score * 100)) })})
            </span>
            {m.matchedName && m.matchedName !== m.name ? (
              <div className="case-subtle">{t('persons.matchedAs', { name: m.matchedName })}</div>
            ) : null}
            <ul className="case-reason-list">
              {m.reasons
                .filter((r) => r !== 'nameVariant' || m.nameReasons.length === 0)
                .map((r) => (
                  <li key={r}>{reason(r, 'conflictReasons')}</li>
                ))}
              {m.nameReasons.map((r) => (
                <li key={`name:${r}`}>{reason(r, 'nameReasons')}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
