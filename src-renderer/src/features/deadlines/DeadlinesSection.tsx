import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvalidate, useInvokeMutation, useInvokeQuery } from '../../api/query';
import { useUndo } from '../casework/useUndo';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { Envelope } from '@shared/errors';
import type { RecessChoice } from '@shared/schemas/deadlines';
import { AddDeadlineDialog } from './AddDeadlineDialog';
import { AddHearingDialog } from './AddHearingDialog';
import { DeadlineItem } from './DeadlineItem';
import { HearingItem } from './HearingItem';
import { useDeadlineData } from './useDeadlineData';
import { useRules } from './useRules';
import './deadlines.css';
import { localCivilDate } from '../../components/format';

/** A heading and its list, or what to say when the list is empty. */
function SubList({ heading, none, children }: { heading: string; none: string; children: ReactNode[] }) {
  return (
    <>
      <h3 className="deadlines-subhead">{heading}</h3>
      {children.length === 0 ? (
        <p className="muted">{none}</p>
      ) : (
        <ul className="plain-list deadline-list" aria-label={heading}>
          {children}
        </ul>
      )}
    </>
  );
}

interface Props {
  caseId: string;
  caseType: string;
  /** Whether the case's court takes the judicial recess (İYUK 61(1)), when recorded. */
  courtRecess?: RecessChoice | undefined;
}

type Open = 'none' | 'deadline' | 'hearing';

/** A case's deadlines and hearings: countdowns, the explained dates, done, add and remove. */
export function DeadlinesSection({ caseId, caseType, courtRecess }: Props) {
  const { t } = useTranslation();
  const data = useDeadlineData(caseId);
  const setHearingDone = useInvokeMutation('hearings:setDone');
  const invalidate = useInvalidate();
  const rules = useRules();
  const deadlineDetails = useInvokeQuery('deadlines:details', { caseId }).data?.deadlines;
  const hearingDetails = useInvokeQuery('hearings:details', { caseId }).data?.hearings;
  const undo = useUndo();
  const [open, setOpen] = useState<Open>('none');
  const [busyId, setBusyId] = useState<string | null>(null);
  const today = localCivilDate();
  const close = () => setOpen('none');
  const saved = (message: string) => {
    setOpen('none');
    undo.saved(message);
  };
  const ruleOf = (id: string | null) => rules?.find((r) => r.id === id);

  const run = async (id: string, action: () => Promise<Envelope<unknown>>, message: string): Promise<void> => {
    setBusyId(id);
    // A success refetches what it changed (the mutation's invalidations) before resolving.
    const result = await action();
    if (!result.ok) {
      undo.setError(result.error);
      // A CONFLICT (changed in another window) is settled by showing the current state.
      await invalidate(['deadlines:list', 'hearings:list', 'agenda:get']);
    }
    if (result.ok) undo.saved(message);
    // Busy until the list is reloaded, so a checkbox never flips back to its old state meanwhile.
    setBusyId(null);
  };

  return (
    <section
      className="case-section deadlines-section"
      aria-labelledby="deadlines-title"
      data-testid="deadlines-section"
    >
      <div className="deadlines-head">
        <h2 id="deadlines-title">{t('deadlines.sectionTitle')}</h2>
        <div className="actions">
          <button
            type="button"
            className="button button-primary button-small"
            disabled={rules === null}
            onClick={() => setOpen('deadline')}
          >
            {t('deadlines.add')}
          </button>
          <button type="button" className="button button-small" onClick={() => setOpen('hearing')}>
            {t('hearings.add')}
          </button>
        </div>
      </div>
      {undo.notice}
      <ErrorMessage error={undo.error} />
      {data.kind === 'loading' ? <p className="muted">{t('app.loading')}</p> : null}
      {data.kind === 'error' ? <ErrorMessage error={data.error} /> : null}
      {data.kind === 'ready' ? (
        <>
          <SubList heading={t('deadlines.deadlinesHeading')} none={t('deadlines.none')}>
            {data.value.deadlines.map((deadline) => (
              <DeadlineItem
                key={deadline.id}
                deadline={deadline}
                rule={ruleOf(deadline.ruleId)}
                today={today}
                details={deadlineDetails?.find((d) => d.id === deadline.id)}
                undo={undo}
              />
            ))}
          </SubList>
          <SubList heading={t('hearings.heading')} none={t('hearings.none')}>
            {data.value.hearings.map((hearing) => (
              <HearingItem
                key={hearing.id}
                hearing={hearing}
                today={today}
                busy={busyId === hearing.id}
                details={hearingDetails?.find((d) => d.id === hearing.id)}
                undo={undo}
                onToggleDone={(done) =>
                  void run(
                    hearing.id,
                    () => setHearingDone({ id: hearing.id, version: hearing.version, done }),
                    done ? t('deadlines.markedDone') : t('deadlines.markedOpen'),
                  )
                }
              />
            ))}
          </SubList>
        </>
      ) : null}
      {open === 'deadline' && rules ? (
        <AddDeadlineDialog
          caseId={caseId}
          caseType={caseType}
          courtRecess={courtRecess}
          rules={rules}
          onClose={close}
          onSaved={() => saved(t('deadlines.saved'))}
        />
      ) : null}
      {open === 'hearing' ? (
        <AddHearingDialog caseId={caseId} onClose={close} onSaved={() => saved(t('hearings.saved'))} />
      ) : null}
    </section>
  );
}
