/**
 * "Something with a date changed" (a deadline added, done or removed; a hearing added). The
 * overdue banner lives outside the page that changed it, so it listens here instead of
 * waiting for the next navigation to notice.
 */
type Listener = () => void;
const listeners = new Set<Listener>();

export function onAgendaChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notifyAgendaChanged(): void {
  for (const listener of [...listeners]) listener();
}
