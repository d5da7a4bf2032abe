import { useTranslation } from 'react-i18next';
import type { HearingView } from '@shared/schemas/deadline-views';
import { daysBetween, showDateTime } from './dates';
import { DaysLeft, urgencyOf } from './DaysLeft';
import type { HearingDetails } from '@shared/schemas/casework';
import { HearingActions } from '../casework/HearingActions';
import type { Undo } from '../casework/useUndo';

interface Props {
  hearing: HearingView;
  today: string;
  busy: boolean;
  onToggleDone: (done: boolean) => void;
  /** Postponements and outcome (hearings:details). */
  details: HearingDetails | undefined;
  undo: Undo;
}

export function HearingItem({ hearing, today, busy, onToggleDone, details, undo }: Props) {
  const { t } = useTranslation();
  const done = hearing.doneAt !== null;
  const daysLeft = daysBetween(today, hearing.startsAt.slice(0, 10));
  const name = `${t(`hearings.kinds.${hearing.kind}`)} ${showDateTime(hearing.startsAt)}`;
  return (
    <li className={`deadline-item deadline-${done ? 'done' : urgencyOf(daysLeft)}`} data-testid="hearing-item">
      <div className="deadline-main">
        <label className="done-toggle">
          <input
            type="checkbox"
            // While the change is being saved, show the state the lawyer asked for.
            checked={busy ? !done : done}
            disabled={busy}
            aria-label={t('deadlines.markDone', { name })}
            onChange={(event) => onToggleDone(event.target.checked)}
          />
          <span aria-hidden="true">{t('casework.done.label')}</span>
        </label>
        <div className="deadline-date">
          <span className="deadline-due">{showDateTime(hearing.startsAt)}</span>
          {done ? (
            <span className="days-left days-left-done">{t('deadlines.doneState')}</span>
          ) : (
            <DaysLeft daysLeft={daysLeft} kind="event" />
          )}
        </div>
        <div className="deadline-what">
          <span className="deadline-name">
            {t(`hearings.kinds.${hearing.kind}`)}
            {hearing.court ? ` · ${hearing.court}` : ''}
          </span>
          <dl className="hearing-facts">
            {(['hall', 'fileNumber'] as const).map((fact) =>
              hearing[fact] ? (
                <div key={fact}>
                  <dt>{t(`hearings.${fact}`)}</dt>
                  <dd>{hearing[fact]}</dd>
                </div>
              ) : null,
            )}
          </dl>
          {hearing.preparation ? (
            <p className="deadline-reason">
              <strong>{t('hearings.preparation')}:</strong> {hearing.preparation}
            </p>
          ) : null}
          <HearingActions hearing={hearing} details={details} undo={undo} />
        </div>
      </div>
    </li>
  );
}
