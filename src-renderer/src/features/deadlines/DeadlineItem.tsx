import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeadlineView } from '@shared/schemas/deadline-views';
import type { DeadlineRuleView } from './types';
import { currentLanguage } from '../../i18n';
import { ConfidenceBadge } from './ConfidenceBadge';
import { daysBetween } from './dates';
import { DaysLeft, urgencyOf } from './DaysLeft';
import { Explanation } from './Explanation';
import { formatDate } from '../../components/format';
import type { DeadlineDetails } from '@shared/schemas/casework';
import { RecordActions } from '../casework/RecordActions';
import type { Undo } from '../casework/useUndo';
import { DeadlineDone } from './DeadlineDone';
import { DeadlineEditForm, DeadlineHistory } from './DeadlineEdit';

interface Props {
  deadline: DeadlineView;
  rule: DeadlineRuleView | undefined;
  today: string;
  /** Its done note and earlier versions (deadlines:details). */
  details: DeadlineDetails | undefined;
  /** The section's notice: edits and deletes (to the trash) with Undo, done and reopened. */
  undo: Undo;
}

/** The name a deadline goes by: its rule's name in the UI language, or the manual title. */
export function deadlineName(deadline: DeadlineView, rule: DeadlineRuleView | undefined): string {
  if (deadline.title) return deadline.title;
  if (rule) return currentLanguage() === 'en' ? rule.nameEn : rule.nameTr;
  return deadline.ruleId ?? '';
}

export function DeadlineItem({ deadline, rule, today, details, undo }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const done = deadline.doneAt !== null;
  const daysLeft = daysBetween(today, deadline.dueOn);
  const overridden = deadline.computedDue !== null && deadline.computedDue !== deadline.dueOn;
  const name = deadlineName(deadline, rule);
  const detailsId = `deadline-why-${deadline.id}`;
  return (
    <li
      className={`deadline-item deadline-${done ? 'done' : urgencyOf(daysLeft)}`}
      data-testid="deadline-item"
      aria-label={name}
    >
      <div className="deadline-main">
        <DeadlineDone
          id={deadline.id}
          version={deadline.version}
          name={name}
          done={done}
          onChanged={(message, reopen) => undo.saved(message, reopen)}
        />
        <div className="deadline-date">
          <span className="deadline-due">{formatDate(deadline.dueOn)}</span>
          {done ? (
            <span className="days-left days-left-done">{t('deadlines.doneState')}</span>
          ) : (
            <DaysLeft daysLeft={daysLeft} />
          )}
        </div>
        <div className="deadline-what">
          <span className="deadline-name">{name}</span>
          <span className="deadline-meta">
            {deadline.confidence ? <ConfidenceBadge confidence={deadline.confidence} /> : null}
            {deadline.ruleId === null ? <span className="tag">{t('deadlines.manual')}</span> : null}
            {overridden && deadline.computedDue ? (
              <span className="tag tag-warning">
                {t('deadlines.overridden', { date: formatDate(deadline.computedDue) })}
              </span>
            ) : null}
          </span>
          {deadline.internalDueOn && !done ? (
            <p className="deadline-internal" data-testid="deadline-internal" title={t('deadlines.internalHint')}>
              {t('deadlines.internalDue', { date: formatDate(deadline.internalDueOn) })}
            </p>
          ) : null}
          {deadline.reviews.length > 0 && !done ? (
            <p className="deadline-reviews" data-testid="deadline-reviews">
              {t('deadlines.reviewsTitle')}: {deadline.reviews.map((r) => formatDate(r.dueOn)).join(', ')}
            </p>
          ) : null}
          {done && details?.doneNote ? (
            <p className="deadline-reason">{t('casework.done.noteShown', { note: details.doneNote })}</p>
          ) : null}
          {deadline.overrideReason ? (
            <p className="deadline-reason">
              <strong>{t('deadlines.reasonLabel')}:</strong> {deadline.overrideReason}
            </p>
          ) : null}
        </div>
        <div className="deadline-actions">
          {deadline.explanation ? (
            <button
              type="button"
              className="button button-small button-quiet"
              aria-expanded={open}
              aria-controls={detailsId}
              onClick={() => setOpen(!open)}
            >
              {t('deadlines.why')}
            </button>
          ) : null}
          <RecordActions
            name={name}
            editing={editing}
            onEdit={() => setEditing(!editing)}
            onRemove={() => void undo.trash('deadline', deadline.id)}
          />
        </div>
      </div>
      <DeadlineHistory details={details} />
      {editing ? (
        <DeadlineEditForm
          deadline={deadline}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            undo.saved(t('casework.saved'));
          }}
        />
      ) : null}
      {open && deadline.explanation ? (
        <div id={detailsId} className="deadline-details">
          <Explanation preview={deadline.explanation} />
        </div>
      ) : null}
    </li>
  );
}
