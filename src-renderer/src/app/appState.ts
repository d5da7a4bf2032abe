import type { AppErrorShape } from '@shared/errors';

/**
 * The whole app is one of these states. Everything a lawyer can see about their casefiles
 * lives under `unlocked`; leaving it unmounts that tree (router, view memory, forms), which is
 * how "lock drops all state" works. Where the lawyer is inside the unlocked app is the
 * router's business (navigation.tsx), not this reducer's.
 */
export type AppState =
  | { kind: 'loading' }
  | { kind: 'startupError'; error: AppErrorShape }
  | { kind: 'noVault' }
  | { kind: 'locked' }
  | { kind: 'unlocked' };

export type AppEvent =
  | { type: 'status'; exists: boolean; unlocked: boolean }
  | { type: 'startupFailed'; error: AppErrorShape }
  | { type: 'retry' }
  | { type: 'unlocked' }
  | { type: 'locked' };

export function appReducer(state: AppState, event: AppEvent): AppState {
  switch (event.type) {
    case 'status':
      if (!event.exists) return { kind: 'noVault' };
      return event.unlocked ? { kind: 'unlocked' } : { kind: 'locked' };
    case 'startupFailed':
      return { kind: 'startupError', error: event.error };
    case 'retry':
      return { kind: 'loading' };
    case 'unlocked':
      return { kind: 'unlocked' };
    case 'locked':
      // The create flow is the one exception: the recovery key must not vanish before it is
      // confirmed (it cannot be shown again); the flow ends with a status check that locks then.
      return state.kind === 'unlocked' ? { kind: 'locked' } : state;
  }
}
