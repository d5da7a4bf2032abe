import { useTranslation } from 'react-i18next';
import { useInvokeQuery } from '../../api/query';
import { formatDate } from '../../components/format';
import './casework.css';

/**
 * The case's latest stay-of-execution request in the case header: whether removal may go ahead is
 * the first thing a lawyer checks. Shares its read (stays:list) with the casework section.
 */
export function StayBadge({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const stays = useInvokeQuery('stays:list', { caseId }).data?.stays ?? [];
  const latest = stays.reduce<(typeof stays)[number] | undefined>(
    (best, s) => (best === undefined || s.requestedOn > best.requestedOn ? s : best),
    undefined,
  );
  if (!latest) return null;
  return (
    <span className={`case-stay case-stay-${latest.decision}`} data-testid="case-stay">
      {t('casework.stayInHeader', {
        decision: t(`casework.stays.decisions.${latest.decision}`),
        date: formatDate(latest.decidedOn ?? latest.requestedOn),
      })}
    </span>
  );
}
