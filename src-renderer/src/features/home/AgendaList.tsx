import { useTranslation } from 'react-i18next';
import { AGENDA_BUCKETS, type AgendaItem } from '@shared/schemas/deadline-views';
import { AgendaItemButton } from './AgendaItemButton';

/** Overdue, today, the next 7 days, later: the backend buckets, each under its own heading. */
export function AgendaList({ items, onOpen }: { items: AgendaItem[]; onOpen: (caseId: string) => void }) {
  const { t } = useTranslation();
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
                <li key={`${item.kind}:${item.id}`}>
                  <AgendaItemButton item={item} onOpen={onOpen} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
