import { useTranslation } from 'react-i18next';
import { useInvokeQuery } from '../../api/query';
import type { DeadlineView } from '@shared/schemas/deadline-views';
import { daysBetween } from './dates';
import { DaysLeft } from './DaysLeft';
import { deadlineName } from './DeadlineItem';
import { useRules } from './useRules';
import { formatDate, localCivilDate } from '../../components/format';

/**
 * The case header's countdown: the earliest open deadline, refreshed whenever a deadline is
 * added, done or removed anywhere (a cached read the changes invalidate), because this is the first thing a lawyer looks at on a case.
 */
export function NextDeadline({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const rules = useRules();
  // The same cached read as the deadlines section: a change there shows here at once.
  const next = useInvokeQuery(
    'deadlines:list',
    { caseId },
    {
      select: (v): DeadlineView | null =>
        v.deadlines.filter((d) => d.doneAt === null).sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0] ?? null,
    },
  ).data;

  if (next === undefined) return null;
  return (
    <div className="case-next-deadline" data-testid="next-deadline" aria-live="polite">
      <span className="case-next-label">{t('deadlines.nextDeadline')}:</span>{' '}
      {next ? (
        <>
          <span className="case-next-title">
            {deadlineName(
              next,
              rules?.find((r) => r.id === next.ruleId),
            )}
          </span>{' '}
          <span className="case-subtle">{formatDate(next.dueOn)}</span>{' '}
          <DaysLeft daysLeft={daysBetween(localCivilDate(), next.dueOn)} />
        </>
      ) : (
        <span className="case-subtle">{t('deadlines.noOpenDeadline')}</span>
      )}
    </div>
  );
}
