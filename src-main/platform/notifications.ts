import { Notification } from 'electron';
import type { Notifier } from '../services/deadlines/reminder-service';

/**
 * Desktop notifications through Electron. Text arrives already neutral (no client names);
 * notifications are silent so that a reminder in a courtroom does not make a sound.
 */
export function electronNotifier(): Notifier {
  return {
    show({ title, body }) {
      if (!Notification.isSupported()) return;
      new Notification({ title, body, silent: true }).show();
    },
  };
}
