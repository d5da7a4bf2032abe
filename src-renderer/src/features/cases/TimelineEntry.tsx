import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvokeMutation } from '../../api/query';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { AppErrorShape } from '@shared/errors';
import type { TimelineItem } from '@shared/schemas/casefile-views';
import { Countdown } from './Countdown';
import { formatDateTime, formatMinutes } from './format';
import { NoteEntry } from './NoteEntry';
import { EditableEntry } from './EditableEntry';
import type { Undo } from '../casework/useUndo';
import { formatDate } from '../../components/format';

interface Props {
  item: TimelineItem;
  caseId: string;
  undo: Undo;
  onChanged: () => Promise<void>;
}

/** One entry of the timeline; free text (summaries, titles) is always rendered as text. */
export function TimelineEntry({ item, caseId, undo, onChanged }: Props) {
  if (item.type === 'note') return <NoteEntry note={item} onChanged={onChanged} />;
  return (
    <EditableEntry item={item} caseId={caseId} undo={undo}>
      <EntryBody item={item} onChanged={onChanged} />
    </EditableEntry>
  );
}

function EntryBody({ item, onChanged }: { item: Exclude<TimelineItem, { type: 'note' }> } & Pick<Props, 'onChanged'>) {
  const { t } = useTranslation();
  switch (item.type) {
    case 'activity':
      return (
        <>
          <div className="timeline-meta">
            <span className="timeline-kind">{t(`activityKinds.${item.kind}`)}</span>
            <time dateTime={item.at}>{formatDate(item.at)}</time>
            {item.durationMinutes !== null ? (
              <span>{t('timeline.durationShown', { duration: formatMinutes(item.durationMinutes) })}</span>
            ) : null}
          </div>
          {item.summary ? <p className="timeline-text">{item.summary}</p> : null}
        </>
      );
    case 'task':
      return <TaskEntry task={item} onChanged={onChanged} />;
    case 'time':
      return (
        <>
          <div className="timeline-meta">
            <span className="timeline-kind">{t('timeline.time')}</span>
            <time dateTime={item.at}>{formatDate(item.at)}</time>
            <span>{t('timeline.timeEntry', { duration: formatMinutes(item.minutes) })}</span>
            <span className={item.proBono ? 'case-badge case-badge-probono' : 'case-badge'}>
              {item.proBono ? t('timeline.proBonoBadge') : t('timeline.paidBadge')}
            </span>
          </div>
          {item.description ? <p className="timeline-text">{item.description}</p> : null}
        </>
      );
  }
}

function TaskEntry({ task, onChanged }: { task: Extract<TimelineItem, { type: 'task' }> } & Pick<Props, 'onChanged'>) {
  const { t } = useTranslation();
  // The box follows the click at once (the lawyer sees it ticked), then the stored state wins.
  const [pending, setPending] = useState<boolean | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const setDone = useInvokeMutation('tasks:setDone');
  const done = pending ?? task.doneAt !== null;

  const toggle = async (next: boolean): Promise<void> => {
    setPending(next);
    setError(null);
    const result = await setDone({ id: task.id, version: task.version, done: next });
    if (!result.ok) {
      setError(result.error);
      // A CONFLICT (changed elsewhere) is settled by showing the stored state.
      await onChanged();
    }
    setPending(null);
  };

  return (
    <>
      <div className="timeline-meta">
        <span className="timeline-kind">{t('timeline.task')}</span>
        <time dateTime={task.at}>{formatDateTime(task.at)}</time>
        {task.dueOn && !done ? (
          <span>
            {t('timeline.taskDue', { date: formatDate(task.dueOn) })} —{' '}
            <Countdown dueOn={task.dueOn} withDate={false} />
          </span>
        ) : null}
        {task.doneAt ? <span>{t('timeline.taskDoneAt', { date: formatDateTime(task.doneAt) })}</span> : null}
      </div>
      <div className="case-checkbox timeline-task-row">
        <input
          id={`task-${task.id}`}
          type="checkbox"
          checked={done}
          disabled={pending !== null}
          aria-label={t('timeline.taskDone', { title: task.title })}
          onChange={(event) => void toggle(event.target.checked)}
        />
        <label htmlFor={`task-${task.id}`} className={done ? 'timeline-task-done' : undefined}>
          {task.title}
        </label>
      </div>
      <ErrorMessage error={error} />
    </>
  );
}
