import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvokeQuery } from '../api/query';
import './privacy.css';

/**
 * The privacy screen (UX.md): people read screens over shoulders in courthouses. The content
 * is hidden — blurred behind a plain panel, every name and text invisible, nothing focusable —
 * when the window loses focus (if the lawyer turned that on in Settings) or at once with
 * Ctrl/Cmd+Shift+H or View → Hide screen. It comes back when the lawyer returns: focus back
 * to the window, a click, or a key.
 */

export const HIDE_SCREEN_SHORTCUT = { key: 'h', shift: true } as const;

export function isHideScreenShortcut(event: KeyboardEvent): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    event.shiftKey &&
    !event.altKey &&
    event.key.toLowerCase() === HIDE_SCREEN_SHORTCUT.key
  );
}

type HideReason = 'focusLost' | 'asked';

interface PrivacyScreen {
  hidden: boolean;
  hide: () => void;
  reveal: () => void;
  /** The Settings toggle: hide whenever the window loses focus. */
  hideOnFocusLoss: boolean;
}

const PrivacyContext = createContext<PrivacyScreen | null>(null);

export function usePrivacyScreen(): PrivacyScreen {
  const value = useContext(PrivacyContext);
  if (!value) throw new Error('usePrivacyScreen outside PrivacyProvider');
  return value;
}

const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Meta', 'Alt', 'AltGraph', 'CapsLock']);

/** Follows the Settings toggle (the cached `settings:get`, which Settings updates after saving). */
export function PrivacyProvider({ children }: { children: ReactNode }) {
  // The cached settings read: Settings' save puts its answer there, so a change applies at once.
  const hideOnFocusLoss = useInvokeQuery('settings:get', {}, { select: (v) => v.privacyScreen }).data ?? false;
  const [reason, setReason] = useState<HideReason | null>(null);
  // Turning the option off lifts a screen that focus loss put up (the answer to the save can arrive
  // just after the window lost focus).
  const hidden = reason !== null && (reason !== 'focusLost' || hideOnFocusLoss);
  const hide = useCallback(() => setReason('asked'), []);
  const reveal = useCallback(() => setReason(null), []);

  // Focus leaves the window (another app, the task switcher, a screen share picker).
  useEffect(() => {
    const onBlur = (): void => {
      if (hideOnFocusLoss) setReason((current) => current ?? 'focusLost');
    };
    const onFocus = (): void => setReason((current) => (current === 'focusLost' ? null : current));
    window.addEventListener('blur', onBlur);
    window.addEventListener('focus', onFocus);
    return () => {
      window.removeEventListener('blur', onBlur);
      window.removeEventListener('focus', onFocus);
    };
  }, [hideOnFocusLoss]);

  // While hidden, the lawyer's first click or key brings the content back (not the shortcut itself).
  useEffect(() => {
    if (!hidden) return;
    const onKey = (event: KeyboardEvent): void => {
      if (MODIFIER_KEYS.has(event.key) || isHideScreenShortcut(event)) return;
      event.preventDefault();
      event.stopPropagation();
      reveal();
    };
    const onPointer = (event: PointerEvent): void => {
      event.preventDefault();
      event.stopPropagation();
      reveal();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    window.addEventListener('pointerdown', onPointer, { capture: true });
    return () => {
      window.removeEventListener('keydown', onKey, { capture: true });
      window.removeEventListener('pointerdown', onPointer, { capture: true });
    };
  }, [hidden, reveal]);

  return (
    <PrivacyContext.Provider value={{ hidden, hide, reveal, hideOnFocusLoss }}>{children}</PrivacyContext.Provider>
  );
}

/** Wraps the unlocked app: hidden content is invisible and inert; the panel says how to return. */
export function PrivacyScreenArea({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { hidden, reveal } = usePrivacyScreen();
  return (
    <>
      <div className={hidden ? 'privacy-area privacy-hidden' : 'privacy-area'} inert={hidden} aria-hidden={hidden}>
        {children}
      </div>
      {hidden ? (
        <div className="privacy-screen" data-testid="privacy-screen" role="status">
          <p className="privacy-screen-title">{t('privacy.hiddenTitle')}</p>
          <p className="privacy-screen-hint">{t('privacy.hiddenHint')}</p>
          <button type="button" className="button button-primary" onClick={reveal}>
            {t('privacy.show')}
          </button>
        </div>
      ) : null}
    </>
  );
}
