import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';

/**
 * "Nothing typed is ever lost": the case page has several forms (edit case, add note, edit a
 * note, add person…) but the router's guard holds one flag. Each form reports here; the page
 * hands the combined answer to the router's `useUnsavedChangesGuard`. Only a change between
 * "something unsaved" and "nothing unsaved" re-renders the page, not every keystroke.
 */
interface Registry {
  set(id: string, dirty: boolean): void;
}

const UnsavedContext = createContext<Registry | null>(null);

export function UnsavedProvider({ registry, children }: { registry: Registry; children: ReactNode }) {
  return <UnsavedContext.Provider value={registry}>{children}</UnsavedContext.Provider>;
}

export function useUnsavedRegistry(): { registry: Registry; anyDirty: boolean } {
  const dirtyIds = useRef(new Set<string>());
  const [anyDirty, setAnyDirty] = useState(false);
  const set = useCallback((id: string, dirty: boolean) => {
    if (dirty) dirtyIds.current.add(id);
    else dirtyIds.current.delete(id);
    setAnyDirty(dirtyIds.current.size > 0);
  }, []);
  const registry = useMemo(() => ({ set }), [set]);
  return { registry, anyDirty };
}

/** Reports this form's unsaved state; clears it when the form goes away (saved or cancelled). */
export function useReportUnsaved(dirty: boolean): void {
  const registry = useContext(UnsavedContext);
  const id = useId();
  useEffect(() => {
    registry?.set(id, dirty);
  }, [registry, id, dirty]);
  useEffect(() => () => registry?.set(id, false), [registry, id]);
}
