import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '@shared/schemas/deadline-views';
import { currentLanguage } from '../../i18n';
import { DaysLeft, urgencyOf } from '../deadlines/DaysLeft';
import { itemCase, itemWhat } from './agendaText';
import { formatDate } from '../../components/format';

/**
 * One agenda entry as a single button: one click (or Enter) opens the case. The kind and the
 * countdown are words, so urgency never depends on colour alone. `compact` lays the same parts
 * on one dense line (the overdue block, issue 14: every overdue legal deadline stays listed and
 * "Today" still fits on the first screen).
 */
export function AgendaItemButton({
  item,
  onOpen,
  compact = false,
}: {
  item: AgendaItem;
  onOpen: (caseId: string) => void;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const what = itemWhat(t, item, lang);
  const caseText = itemCase(t, item);
  const clients = item.clients.join(', ');
  return (
    <button
      type="button"
      className={`agenda-item agenda-item-${urgencyOf(item.daysLeft)}${compact ? ' agenda-item-compact' : ''}`}
      // A compact line cuts long texts with an ellipsis: the whole line stays readable on hover.
      title={compact ? [what, caseText, clients].filter(Boolean).join(' · ') : undefined}
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
        <span className="agenda-title">{what}</span>
        {item.legalDue ? (
          <span className="agenda-legal-due">{t('agendaAids.legalDue', { date: formatDate(item.legalDue) })}</span>
        ) : null}
      </span>
      <span className="agenda-case">
        <span className="agenda-case-title">{caseText}</span>
        {clients ? <span className="agenda-clients">{clients}</span> : null}
      </span>
    </button>
  );
}
