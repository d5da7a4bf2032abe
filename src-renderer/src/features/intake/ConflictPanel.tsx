import { useTranslation } from 'react-i18next';
import type { ConflictMatchView } from '@shared/schemas/casefile-views';
import { CONFLICT_REASONS, NAME_REASONS } from '@shared/schemas/conflict-reasons';
import type { ConflictState } from './useConflictCheck';

// The same lists the domain produces (shared/), so every code the backend sends is translated.
const REASONS = CONFLICT_REASONS;

function known<T extends string>(list: readonly T[], code: string): T | 'other' {
  return (list as readonly string[]).includes(code) ? (code as T) : 'other';
}

const isStrong = (m: ConflictMatchView): boolean => m.reasons.includes('identityNumberExact');

/**
 * Possible conflicts, each with why it matched. An identical identity number is a strong
 * warning (an alert); name-based matches are a calm notice the lawyer reads before saving.
 */
export function ConflictPanel({
  state,
  onOpenClient,
  onNewCaseFor,
}: {
  state: ConflictState;
  onOpenClient: (id: string) => void;
  /** "This is the same person": the new case goes on the existing client (issue 14). */
  onNewCaseFor?: (id: string) => void;
}) {
  const { t } = useTranslation();
  if (!state.active) return null;
  const reasonText = (code: string): string => t(`intake.reasons.${known(REASONS, code)}`);
  const nameReasonText = (code: string): string => t(`intake.nameReasons.${known(NAME_REASONS, code)}`);
  const strong = state.matches.some(isStrong);
  return (
    <section
      className={strong ? 'case-section conflict-panel conflict-strong' : 'case-section conflict-panel'}
      aria-labelledby="conflict-title"
      data-testid="conflict-panel"
    >
      <h2 id="conflict-title">{t('intake.conflictTitle')}</h2>
      <div aria-live="polite">
        {state.failed ? (
          <p>{t('intake.conflictFailed')}</p>
        ) : state.matches.length === 0 ? (
          <p className="muted">{state.checking ? t('intake.conflictChecking') : t('intake.conflictNone')}</p>
        ) : (
          <p>{t('intake.conflictIntro')}</p>
        )}
      </div>
      {strong ? (
        <p className="conflict-alert" role="alert" data-testid="conflict-strong">
          {t('intake.conflictStrong')}
        </p>
      ) : null}
      {state.matches.length > 0 ? (
        <ul className="plain-list conflict-list">
          {state.matches.map((m) => (
            <li
              key={`${m.kind}-${m.id}`}
              className={isStrong(m) ? 'case-section conflict-match strong' : 'case-section conflict-match'}
              data-testid="conflict-match"
            >
              <div className="conflict-head">
                <strong>{m.name}</strong>
                <span className="muted">
                  {m.kind === 'client' ? t('intake.conflictKindClient') : t('intake.conflictKindPerson')}
                </span>
                {m.kind === 'client' ? (
                  <button type="button" className="button button-link" onClick={() => onOpenClient(m.id)}>
                    {t('intake.openMatch', { name: m.name })}
                  </button>
                ) : null}
                {m.kind === 'client' && onNewCaseFor ? (
                  <button type="button" className="button" onClick={() => onNewCaseFor(m.id)}>
                    {t('casework.newCaseForClient', { name: m.name })}
                  </button>
                ) : null}
              </div>
              {m.matchedName && m.matchedName !== m.name ? (
                <p className="muted">{t('intake.conflictMatchedName', { name: m.matchedName })}</p>
              ) : null}
              <ul className="reason-chips">
                {m.reasons.map((r) => (
                  <li key={r} className={r === 'identityNumberExact' ? 'reason-chip strong' : 'reason-chip'}>
                    {reasonText(r)}
                  </li>
                ))}
                {m.nameReasons
                  .filter((r) => r !== 'exactName')
                  .map((r) => (
                    <li key={`n-${r}`} className="reason-chip subtle">
                      {nameReasonText(r)}
                    </li>
                  ))}
              </ul>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
