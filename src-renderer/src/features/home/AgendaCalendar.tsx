import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '@shared/schemas/deadline-views';
import { currentLanguage } from '../../i18n';
import { addDays } from '../deadlines/dates';
import { urgencyOf } from '../deadlines/DaysLeft';
import { WEEKDAYS, weekdayOf } from '../deadlines/weekday';
import { itemCase, itemWhat } from './agendaText';
import { monthGrid, monthStart, weekOf } from './calendar';
import { formatDate } from '../../components/format';

export type CalendarMode = 'month' | 'week';

interface Props {
  mode: CalendarMode;
  today: string;
  items: AgendaItem[];
  onOpen: (caseId: string) => void;
  onShowWeek: (day: string) => void;
  /** The day the view is centred on (kept by the page so switching month/week keeps the place). */
  anchor: string;
  onAnchor: (day: string) => void;
}

/** In the month view a busy day shows this many items and a "+N more" that opens its week. */
const MONTH_CELL_ITEMS = 3;

/**
 * A plain table, Monday first: screen readers announce the weekday column with every day, and
 * each item is a button to its case. The words (kind, countdown) carry urgency; colour repeats it.
 */
export function AgendaCalendar({ mode, today, items, onOpen, onShowWeek, anchor, onAnchor }: Props) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const weeks = mode === 'month' ? monthGrid(monthStart(anchor)) : [weekOf(anchor)];
  const month = monthStart(anchor).slice(0, 7);
  const byDay = new Map<string, AgendaItem[]>();
  for (const item of items) byDay.set(item.date, [...(byDay.get(item.date) ?? []), item]);

  const caption =
    mode === 'month'
      ? `${t(`agenda.months.m${Number(anchor.slice(5, 7))}` as 'agenda.months.m1')} ${anchor.slice(0, 4)}`
      : t('agenda.calendar.weekRange', {
          from: formatDate(weeks[0]?.[0] ?? anchor),
          to: formatDate(weeks[0]?.[6] ?? anchor),
        });
  const step = (direction: 1 | -1): void =>
    onAnchor(mode === 'month' ? monthStart(anchor, direction) : addDays(anchor, 7 * direction));

  return (
    <div className={`calendar calendar-${mode}`} data-testid={`calendar-${mode}`}>
      <div className="cluster calendar-nav">
        <button type="button" className="button button-small" onClick={() => step(-1)}>
          {mode === 'month' ? t('agenda.calendar.prevMonth') : t('agenda.calendar.prevWeek')}
        </button>
        <h2 className="calendar-caption" aria-live="polite">
          {caption}
        </h2>
        <button type="button" className="button button-small" onClick={() => step(1)}>
          {mode === 'month' ? t('agenda.calendar.nextMonth') : t('agenda.calendar.nextWeek')}
        </button>
        <button type="button" className="button button-small button-quiet" onClick={() => onAnchor(today)}>
          {t('agenda.calendar.backToToday')}
        </button>
      </div>
      <table className="calendar-grid">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {WEEKDAYS.map((day) => (
              <th key={day} scope="col" abbr={t(`agenda.weekdays.long.${day}`)}>
                {t(`agenda.weekdays.short.${day}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]}>
              {week.map((day) => {
                const dayItems = byDay.get(day) ?? [];
                const shown = mode === 'month' ? dayItems.slice(0, MONTH_CELL_ITEMS) : dayItems;
                const outside = mode === 'month' && day.slice(0, 7) !== month;
                return (
                  <td
                    key={day}
                    className={[
                      'calendar-day',
                      outside ? 'calendar-outside' : '',
                      day === today ? 'calendar-today' : '',
                    ]
                      .filter(Boolean)
                      .join(' ')}
                    aria-current={day === today ? 'date' : undefined}
                    data-date={day}
                  >
                    <div className="calendar-day-head">
                      <span
                        className="calendar-day-number"
                        aria-label={`${formatDate(day)} ${t(`agenda.weekdays.long.${weekdayOf(day)}`)}`}
                      >
                        {mode === 'month' ? Number(day.slice(8, 10)) : formatDate(day)}
                      </span>
                      {day === today ? <span className="calendar-today-label">{t('deadlines.today')}</span> : null}
                    </div>
                    {shown.length > 0 ? (
                      <ul className="calendar-items">
                        {shown.map((item) => (
                          <li key={`${item.kind}:${item.id}`}>
                            <button
                              type="button"
                              className={`calendar-item agenda-item-${urgencyOf(item.daysLeft)}`}
                              data-testid="calendar-item"
                              // Month cells cut long names; the full line is one hover away.
                              title={`${itemWhat(t, item, lang)} · ${itemCase(t, item)}`}
                              onClick={() => onOpen(item.caseId)}
                            >
                              <span className="calendar-item-kind">{t(`agenda.kinds.${item.kind}`)}</span>{' '}
                              {item.time ? `${item.time} ` : ''}
                              {itemWhat(t, item, lang)}
                              <span className="calendar-item-case"> · {itemCase(t, item)}</span>
                            </button>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                    {dayItems.length > shown.length ? (
                      <button type="button" className="button-link calendar-more" onClick={() => onShowWeek(day)}>
                        {t('agenda.calendar.more', { count: dayItems.length - shown.length })}
                      </button>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
