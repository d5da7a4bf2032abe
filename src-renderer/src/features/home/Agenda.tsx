import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewMemory } from '../../app/navigation';
import { ChoiceButtons } from '../../components/ChoiceButtons';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FocusedHeading } from '../../components/ScreenHeading';
import { optionsOf } from '../../components/ValueFields';
import { LastBackup } from '../backup/LastBackup';
import { AgendaCalendar, type CalendarMode } from './AgendaCalendar';
import { AgendaExport } from './AgendaExport';
import { AgendaList } from './AgendaList';
import { HearingPrint } from './HearingPrint';
import { useAgenda } from './useAgenda';
import { useUndo } from '../casework/useUndo';
import './agenda.css';

type View = 'list' | CalendarMode;
const VIEWS: readonly View[] = ['list', 'month', 'week'];

/** How far ahead the list looks: a month by default, then a quarter, then a year ("show more"). */
const RANGES = [30, 90, 365] as const;
/** The calendar can be paged a year ahead, so it loads everything the backend allows. */
const CALENDAR_DAYS = 366;

interface Props {
  onNewClient: () => void;
  onOpenCase: (caseId: string) => void;
  /** Where the "back up now" nudge leads. */
  onOpenSettings?: () => void;
}

/** Home after unlock: what is overdue, due today, this week and later, across all cases. */
export function Agenda({ onNewClient, onOpenCase, onOpenSettings }: Props) {
  const { t } = useTranslation();
  const [view, setView] = useViewMemory<View>('agenda.view', 'list');
  const [rangeIndex, setRangeIndex] = useViewMemory<number>('agenda.range', 0);
  const days = view === 'list' ? (RANGES[rangeIndex] ?? RANGES[0]) : CALENDAR_DAYS;
  const agenda = useAgenda(days);
  const [anchor, setAnchor] = useState<string | null>(null);
  // Here, not in the list: the list goes when its last item is marked done, the Undo must stay.
  const undo = useUndo();

  return (
    <section aria-labelledby="agenda-title" className="agenda">
      <div className="page-header">
        <FocusedHeading id="agenda-title">{t('home.title')}</FocusedHeading>
        <button type="button" className="button button-primary" onClick={onNewClient}>
          {t('clients.newClient')}
        </button>
      </div>
      {/* Views and the calendar export share one line: what is due comes right below. */}
      <div className="agenda-top-tools">
        <ChoiceButtons
          label={t('agenda.viewLabel')}
          className="agenda-toolbar"
          buttonClassName="button button-small agenda-view-button"
          options={optionsOf(VIEWS, (v) => t(`agenda.views.${v}`))}
          value={view}
          onChange={setView}
        />
        <div className="agenda-top-actions">
          {agenda.kind === 'ready' ? <HearingPrint items={agenda.items} today={agenda.today} /> : null}
          <AgendaExport />
        </div>
      </div>
      {agenda.kind === 'loading' ? (
        <p className="busy" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('app.loading')}
        </p>
      ) : null}
      {agenda.kind === 'error' ? (
        <>
          <p>{t('agenda.loadFailed')}</p>
          <ErrorMessage error={agenda.error} />
        </>
      ) : null}
      {undo.notice}
      <ErrorMessage error={undo.error} />
      {agenda.kind === 'ready' && view === 'list' ? (
        <>
          {agenda.items.length === 0 ? (
            <div className="empty-state" data-testid="agenda-empty">
              <h2>{t('agenda.emptyTitle')}</h2>
              <p>{t('agenda.emptyBody', { days: String(days) })}</p>
              <p>{t('agenda.emptyNext')}</p>
            </div>
          ) : (
            <AgendaList items={agenda.items} onOpen={onOpenCase} undo={undo} />
          )}
          <div className="cluster agenda-range">
            <p className="muted">{t('agenda.range', { days: String(days) })}</p>
            {rangeIndex < RANGES.length - 1 ? (
              <button type="button" className="button button-small" onClick={() => setRangeIndex(rangeIndex + 1)}>
                {t('agenda.showMore', { days: String(RANGES[rangeIndex + 1] ?? '') })}
              </button>
            ) : null}
          </div>
        </>
      ) : null}
      {agenda.kind === 'ready' && view !== 'list' ? (
        <AgendaCalendar
          mode={view}
          today={agenda.today}
          items={agenda.items}
          onOpen={onOpenCase}
          anchor={anchor ?? agenda.today}
          onAnchor={setAnchor}
          onShowWeek={(day) => {
            setAnchor(day);
            setView('week');
          }}
        />
      ) : null}
      {/* The backup nudge stays on the agenda, after what is due today (issue 14). */}
      {onOpenSettings ? (
        <div className="agenda-after">
          <LastBackup onBackUp={onOpenSettings} />
        </div>
      ) : null}
    </section>
  );
}
