import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvokeMutation } from '../../api/query';
import { formatDate } from '../../components/format';
import type { TimelineItem } from '@shared/schemas/casefile-views';
import { RecordActions } from '../casework/RecordActions';
import type { Undo } from '../casework/useUndo';
import type { Saved } from './addForm';
import { AddActivityForm } from './AddActivityForm';
import { AddTaskForm } from './AddTaskForm';
import { AddTimeForm } from './AddTimeForm';
import { formatMinutes } from './format';

type Editable = Exclude<TimelineItem, { type: 'note' }>;

const ENTITY = { activity: 'activity', task: 'task', time: 'time-entry' } as const;

/** The name a timeline record goes by in its buttons' labels. */
function useEntryName(item: Editable): string {
  const { t } = useTranslation();
  if (item.type === 'task') return item.title;
  const what = item.type === 'activity' ? t(`activityKinds.${item.kind}`) : t('timeline.time');
  return `${what} ${formatDate(item.at)}`;
}

/**
 * An activity, task or time entry with its Edit and Delete: editing opens the form it was added
 * with, filled in; the Undo notice after a save puts the previous values back, after a delete
 * restores the record from the trash.
 */
export function EditableEntry({
  item,
  caseId,
  undo,
  children,
}: {
  item: Editable;
  caseId: string;
  undo: Undo;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const name = useEntryName(item);
  const updateActivity = useInvokeMutation('activities:update');
  const updateTask = useInvokeMutation('tasks:update');
  const updateTime = useInvokeMutation('time:update');

  const saved = (after: Saved): Promise<void> => {
    setEditing(false);
    const version = after.version;
    undo.saved(t('casework.saved'), () => {
      switch (item.type) {
        case 'activity':
          return updateActivity({
            id: item.id,
            version,
            kind: item.kind,
            occurredOn: item.at,
            durationMinutes: item.durationMinutes ?? undefined,
            summary: item.summary ?? '',
          });
        case 'task':
          return updateTask({ id: item.id, version, title: item.title, dueOn: item.dueOn ?? undefined });
        case 'time':
          return updateTime({
            id: item.id,
            version,
            workedOn: item.at,
            minutes: item.minutes,
            description: item.description ?? '',
            proBono: item.proBono,
          });
      }
    });
    return Promise.resolve();
  };
  const cancel = () => setEditing(false);

  return (
    <>
      {children}
      <RecordActions
        name={name}
        editing={editing}
        onEdit={() => setEditing(!editing)}
        onRemove={() => void undo.trash(ENTITY[item.type], item.id)}
      />
      {editing ? <EditForm item={item} caseId={caseId} onAdded={saved} onCancel={cancel} /> : null}
    </>
  );
}

/** The form the record was added with, filled in with its values. */
function EditForm({
  item,
  ...props
}: {
  item: Editable;
  caseId: string;
  onAdded: (saved: Saved) => Promise<void>;
  onCancel: () => void;
}) {
  const base = { id: item.id, version: item.version };
  switch (item.type) {
    case 'activity':
      return (
        <AddActivityForm
          {...props}
          editing={{
            ...base,
            values: {
              kind: item.kind,
              occurredOn: item.at,
              durationMinutes: item.durationMinutes === null ? '' : formatMinutes(item.durationMinutes),
              summary: item.summary ?? '',
            },
          }}
        />
      );
    case 'task':
      return <AddTaskForm {...props} editing={{ ...base, values: { title: item.title, dueOn: item.dueOn ?? '' } }} />;
    case 'time':
      return (
        <AddTimeForm
          {...props}
          editing={{
            ...base,
            values: {
              workedOn: item.at,
              minutes: formatMinutes(item.minutes),
              description: item.description ?? '',
              proBono: item.proBono,
            },
          }}
        />
      );
  }
}
