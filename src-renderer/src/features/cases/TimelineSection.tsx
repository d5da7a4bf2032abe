import { useRef, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { AppErrorShape } from '@shared/errors';
import type { TimelineItem } from '@shared/schemas/casefile-views';
import { AddActivityForm } from './AddActivityForm';
import { AddNoteForm } from './AddNoteForm';
import { AddTaskForm } from './AddTaskForm';
import { AddTimeForm } from './AddTimeForm';
import { formatMinutes } from './format';
import { TimelineEntry } from './TimelineEntry';
import { sortTimeline } from './useCaseData';
import { useUndo } from '../casework/useUndo';
import { BusyNote } from '../../components/BusyNote';

type AddKind = 'note' | 'activity' | 'task' | 'time';
const ADD_KINDS: readonly AddKind[] = ['note', 'activity', 'task', 'time'];
const ADD_LABEL = {
  note: 'timeline.addNote',
  activity: 'timeline.addActivity',
  task: 'timeline.addTask',
  time: 'timeline.addTime',
} as const;
/** The form each Add button opens; each calls back when saved or cancelled. */
const ADD_FORM: Record<
  AddKind,
  ComponentType<{ caseId: string; onAdded: () => Promise<void>; onCancel: () => void }>
> = { note: AddNoteForm, activity: AddActivityForm, task: AddTaskForm, time: AddTimeForm };

interface Props {
  caseId: string;
  items: readonly TimelineItem[] | null;
  error: AppErrorShape | null;
  onChanged: () => Promise<void>;
}

export function TimelineSection({ caseId, items, error, onChanged }: Props) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState<AddKind | null>(null);
  const undo = useUndo();
  const buttons = useRef(new Map<AddKind, HTMLButtonElement>());
  const sorted = items ? sortTimeline(items) : [];
  const AddForm = adding ? ADD_FORM[adding] : null;

  const time = (items ?? []).filter((i): i is Extract<TimelineItem, { type: 'time' }> => i.type === 'time');
  const total = time.reduce((sum, i) => sum + i.minutes, 0);
  const proBono = time.filter((i) => i.proBono).reduce((sum, i) => sum + i.minutes, 0);

  // Closing a form returns focus to the button that opened it, so the keyboard user stays put.
  const close = (kind: AddKind): void => {
    setAdding(null);
    requestAnimationFrame(() => buttons.current.get(kind)?.focus());
  };
  const added = async (kind: AddKind): Promise<void> => {
    await onChanged();
    undo.saved(t('timeline.added'));
    close(kind);
  };

  return (
    <section className="case-section" aria-labelledby="timeline-title">
      <div className="case-section-head">
        <h2 id="timeline-title">{t('timeline.title')}</h2>
        <p className="case-total" data-testid="time-total">
          {t('timeline.totalTime', { total: formatMinutes(total), proBono: formatMinutes(proBono) })}
        </p>
      </div>
      <p className="case-subtle">{t('timeline.intro')}</p>
      <div className="case-add-bar" role="group" aria-label={t('timeline.addLabel')}>
        {ADD_KINDS.map((kind) => (
          <button
            key={kind}
            ref={(el) => {
              if (el) buttons.current.set(kind, el);
            }}
            type="button"
            className="button button-quiet"
            aria-expanded={adding === kind}
            aria-controls="timeline-add-panel"
            onClick={() => {
              undo.saved('');
              setAdding(adding === kind ? null : kind);
            }}
          >
            {t(ADD_LABEL[kind])}
          </button>
        ))}
      </div>
      {undo.notice}
      <ErrorMessage error={undo.error} />
      <div id="timeline-add-panel" className={adding ? 'case-add-panel' : undefined}>
        {AddForm && adding ? (
          <AddForm caseId={caseId} onAdded={() => added(adding)} onCancel={() => close(adding)} />
        ) : null}
      </div>
      {error ? (
        <>
          <p>{t('timeline.loadFailed')}</p>
          <ErrorMessage error={error} />
        </>
      ) : items === null ? (
        <BusyNote>{t('app.loading')}</BusyNote>
      ) : sorted.length === 0 ? (
        <p className="case-empty">{t('timeline.empty')}</p>
      ) : (
        <ol className="timeline" aria-label={t('timeline.listLabel')} data-testid="timeline">
          {sorted.map((item) => (
            <li key={`${item.type}:${item.id}`} className={`timeline-item timeline-${item.type}`} data-type={item.type}>
              <TimelineEntry item={item} caseId={caseId} undo={undo} onChanged={onChanged} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
