import type { AppErrorShape } from '../../../src-main/shared/errors';
import type { Page } from '../components/AppShell';

/**
 * The whole app is one of these states. Everything a lawyer can see about their casefiles
 * lives under `unlocked`; leaving it unmounts that tree, which is how "lock drops all state" works.
 */
export type AppState =
  | { kind: 'loading' }
  | { kind: 'startupError'; error: AppErrorShape }
  | { kind: 'noVault' }
  | { kind: 'locked' }
  | { kind: 'unlocked'; page: Page };

export type AppEvent =
  | { type: 'status'; exists: boolean; unlocked: boolean }
  | { type: 'startupFailed'; error: AppErrorShape }
  | { type: 'retry' }
  | { type: 'unlocked' }
  | { type: 'locked' }
  | { type: 'navigate'; page: Page };

// Always through `locked` between two sessions, so the unlocked tree is unmounted in between.
const unlockedState = (): AppState => ({ kind: 'unlocked', page: 'home' });

export function appReducer(state: AppState, event: AppEvent): AppState {
  switch (event.type) {
    case 'status':
      if (!event.exists) return { kind: 'noVault' };
      return event.unlocked ? unlockedState() : { kind: 'locked' };
    case 'startupFailed':
      return { kind: 'startupError', error: event.error };
    case 'retry':
      return { kind: 'loading' };
    case 'unlocked':
      return unlockedState();
    case 'locked':
      // The create flow is the one exception: the recovery key must not vanish before it is
      // confirmed (it cannot be shown again); the flow ends with a status check that locks then.
      return state.kind === 'unlocked' ? { kind: 'locked' } : state;
    case 'navigate':
      return state.kind === 'unlocked' ? { ...state, page: event.page } : state;
  }
}
