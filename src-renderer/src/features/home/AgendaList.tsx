import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGENDA_BUCKETS, type AgendaItem } from '@shared/schemas/deadline-views';
import { AgendaItemButton } from './AgendaItemButton';
import { currentLanguage } from '../../i18n';
import type { Undo } from '../casework/useUndo';
import { DeadlineDone } from '../deadlines/DeadlineDone';
import { itemWhat } from './agendaText';

/** Overdue tasks older than this many days are collapsed behind a count. */
const OLD_DAYS = 7;

/** Overdue, today, the next 7 days, later: the backend buckets, each under its own heading. */
export function AgendaList({
  items,
  onOpen,
  undo,
}: {
  items: AgendaItem[];
  onOpen: (caseId: string) => void;
  /** The agenda's notice: marking a deadline done takes it off the list, Undo reopens it. */
  undo: Undo;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  // Tasks overdue for more than a week wait behind a count, so "Today" stays on the first screen.
  const [showOld, setShowOld] = useState(false);
  const old = (item: AgendaItem) => item.bucket === 'overdue' && item.kind === 'task' && item.daysLeft < -OLD_DAYS;
  const oldCount = items.filter(old).length;
  return (
    <div className="agenda-groups">
      {AGENDA_BUCKETS.map((bucket) => {
        const inBucket = items.filter((item) => item.bucket === bucket && (showOld || !old(item)));
        const hidden = bucket === 'overdue' && !showOld ? oldCount : 0;
        if (inBucket.length === 0 && hidden > 0) {
          return <OlderTasks key={bucket} count={hidden} onShow={() => setShowOld(true)} />;
        }
        if (inBucket.length === 0) return null;
        const headingId = `agenda-${bucket}`;
        // Overdue items are one dense line each: all of them listed, Today still on the first screen.
        const compact = bucket === 'overdue';
        return (
          <section
            key={bucket}
            className={`agenda-group agenda-group-${bucket}`}
            aria-labelledby={headingId}
            data-testid={`agenda-group-${bucket}`}
          >
            <div className="agenda-group-head">
              <h2 id={headingId} className="agenda-group-title">
                {t(`agenda.groups.${bucket}`)} <span className="agenda-group-count">({inBucket.length + hidden})</span>
              </h2>
              {hidden > 0 ? <OlderTasks count={hidden} onShow={() => setShowOld(true)} /> : null}
            </div>
            <ul className={`plain-list agenda-items${compact ? ' agenda-items-compact' : ''}`}>
              {inBucket.map((item) => (
                <li key={`${item.kind}:${item.id}`} className="agenda-row">
                  <AgendaItemButton item={item} onOpen={onOpen} compact={compact} />
                  {item.kind === 'deadline' ? (
                    <DeadlineDone
                      id={item.id}
                      version={item.version}
                      name={itemWhat(t, item, lang)}
                      done={false}
                      onChanged={(message, reopen) => undo.saved(message, reopen)}
                    />
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function OlderTasks({ count, onShow }: { count: number; onShow: () => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button-small agenda-older"
      data-testid="agenda-older-tasks"
      onClick={onShow}
    >
      {t('casework.agenda.olderTasks', { count })}
    </button>
  );
}
