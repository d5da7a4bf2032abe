import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import type { DeadlineView } from '@shared/schemas/deadline-views';
import { onAgendaChanged } from './agendaEvents';
import { daysBetween, localToday, showDate } from './dates';
import { DaysLeft } from './DaysLeft';
import { deadlineName } from './DeadlineItem';
import { useRules } from './useRules';

/**
 * The case header's countdown: the earliest open deadline, refreshed whenever a deadline is
 * added, done or removed anywhere, because this is the first thing a lawyer looks at on a case.
 */
export function NextDeadline({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const rules = useRules();
  const [next, setNext] = useState<DeadlineView | null | undefined>(undefined);

  useEffect(() => {
    let current = true;
    const load = async () => {
      const result = await invoke('deadlines:list', { caseId });
      if (!current || !result.ok) return;
      const open = result.value.deadlines
        .filter((d) => d.doneAt === null)
        .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
      setNext(open[0] ?? null);
    };
    void load();
    const stop = onAgendaChanged(() => void load());
    return () => {
      current = false;
      stop();
    };
  }, [caseId]);

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
          <span className="case-subtle">{showDate(next.dueOn)}</span>{' '}
          <DaysLeft daysLeft={daysBetween(localToday(), next.dueOn)} />
        </>
      ) : (
        <span className="case-subtle">{t('deadlines.noOpenDeadline')}</span>
      )}
    </div>
  );
}
