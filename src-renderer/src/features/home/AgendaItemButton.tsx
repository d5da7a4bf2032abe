import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '@shared/schemas/deadline-views';
import { currentLanguage } from '../../i18n';
import { DaysLeft, urgencyOf } from '../deadlines/DaysLeft';
import { itemCase, itemWhat } from './agendaText';
import { formatDate } from '../../components/format';

/**
 * One agenda entry as a single button: one click (or Enter) opens the case. The kind and the
 * countdown are words, so urgency never depends on colour alone.
 */
export function AgendaItemButton({ item, onOpen }: { item: AgendaItem; onOpen: (caseId: string) => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <button
      type="button"
      className={`agenda-item agenda-item-${urgencyOf(item.daysLeft)}`}
      data-testid="agenda-item"
      data-kind={item.kind}
      onClick={() => onOpen(item.caseId)}
    >
      <span className="agenda-when">
        <span className="agenda-date">
          {formatDate(item.date)}
          {item.time ? ` ${item.time}` : ''}
        </span>
        <DaysLeft daysLeft={item.daysLeft} kind={item.kind === 'deadline' ? 'deadline' : 'event'} />
      </span>
      <span className="agenda-what">
        <span className={`agenda-kind agenda-kind-${item.kind}`}>{t(`agenda.kinds.${item.kind}`)}</span>
        <span className="agenda-title">{itemWhat(t, item, lang)}</span>
        {item.legalDue ? (
          <span className="agenda-legal-due">{t('agendaAids.legalDue', { date: formatDate(item.legalDue) })}</span>
        ) : null}
      </span>
      <span className="agenda-case">
        <span className="agenda-case-title">{itemCase(t, item)}</span>
        {item.clients.length > 0 ? <span className="agenda-clients">{item.clients.join(', ')}</span> : null}
      </span>
    </button>
  );
}
