import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Route } from './routes';

/**
 * The in-memory router for the unlocked app, plus two things every page needs from it:
 *  - an unsaved-changes guard: a page with a dirty form registers itself, and any navigation
 *    (menu, Ctrl+K, a link) waits for the lawyer's decision instead of dropping what was typed;
 *  - view memory: list pages keep their filters, sort and scroll for the session. It lives in
 *    this provider, which is unmounted on lock, so nothing survives a lock.
 */

export interface Navigation {
  route: Route;
  navigate: (route: Route) => void;
  /** Back to the previous route (or `fallback` when there is none). */
  back: (fallback: Route) => void;
  /** Non-null while a navigation waits for the unsaved-changes decision. */
  pending: Route | null;
  confirmLeave: () => void;
  cancelLeave: () => void;
  setGuard: (dirty: boolean) => void;
  memory: Map<string, unknown>;
}

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider({ children, initial }: { children: ReactNode; initial: Route }) {
  const [stack, setStack] = useState<Route[]>([initial]);
  const [pending, setPending] = useState<{ route: Route; replaceBack: boolean } | null>(null);
  const dirty = useRef(false);
  const [memory] = useState(() => new Map<string, unknown>());
  const route = stack[stack.length - 1] ?? initial;

  const go = useCallback((target: Route, isBack: boolean) => {
    dirty.current = false;
    setStack((current) => {
      if (isBack) return current.length > 1 ? current.slice(0, -1) : [target];
      // Keep the history short: it only serves "back", not a full browser history.
      return [...current.slice(-19), target];
    });
  }, []);

  const request = useCallback(
    (target: Route, isBack: boolean) => {
      if (dirty.current) setPending({ route: target, replaceBack: isBack });
      else go(target, isBack);
    },
    [go],
  );

  const setGuard = useCallback((isDirty: boolean) => {
    dirty.current = isDirty;
  }, []);

  const value = useMemo<Navigation>(
    () => ({
      route,
      navigate: (target) => request(target, false),
      back: (fallback) => request(stack.length > 1 ? (stack[stack.length - 2] ?? fallback) : fallback, true),
      pending: pending?.route ?? null,
      confirmLeave: () => {
        if (pending) go(pending.route, pending.replaceBack);
        setPending(null);
      },
      cancelLeave: () => setPending(null),
      setGuard,
      memory,
    }),
    [route, request, stack, pending, go, setGuard, memory],
  );
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const nav = useContext(NavigationContext);
  if (!nav) throw new Error('useNavigation outside NavigationProvider');
  return nav;
}

/** Registers a dirty form with the router (and with the window, for a reload or close). */
export function useUnsavedChangesGuard(dirty: boolean): void {
  const { setGuard } = useNavigation();
  useEffect(() => {
    setGuard(dirty);
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent): void => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      setGuard(false);
    };
  }, [dirty, setGuard]);
}

/** State that survives leaving and coming back to a page, for this unlocked session only. */
export function useViewMemory<T>(key: string, initial: T): [T, (next: T) => void] {
  const { memory } = useNavigation();
  const [value, setValue] = useState<T>(() => (memory.has(key) ? (memory.get(key) as T) : initial));
  const update = useCallback(
    (next: T) => {
      memory.set(key, next);
      setValue(next);
    },
    [memory, key],
  );
  return [value, update];
}
