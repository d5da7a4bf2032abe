import { useTranslation } from 'react-i18next';
import { AGENDA_BUCKETS, type AgendaItem } from '@shared/schemas/deadline-views';
import { AgendaItemButton } from './AgendaItemButton';
import { currentLanguage } from '../../i18n';
import type { Undo } from '../casework/useUndo';
import { DeadlineDone } from '../deadlines/DeadlineDone';
import { itemWhat } from './agendaText';

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
  return (
    <div className="agenda-groups">
      {AGENDA_BUCKETS.map((bucket) => {
        const inBucket = items.filter((item) => item.bucket === bucket);
        if (inBucket.length === 0) return null;
        const headingId = `agenda-${bucket}`;
        return (
          <section
            key={bucket}
            className={`agenda-group agenda-group-${bucket}`}
            aria-labelledby={headingId}
            data-testid={`agenda-group-${bucket}`}
          >
            <h2 id={headingId} className="agenda-group-title">
              {t(`agenda.groups.${bucket}`)} <span className="agenda-group-count">({inBucket.length})</span>
            </h2>
            <ul className="plain-list agenda-items">
              {inBucket.map((item) => (
                <li key={`${item.kind}:${item.id}`} className="agenda-row">
                  <AgendaItemButton item={item} onOpen={onOpen} />
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
