import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import './MenuButton.css';

export interface MenuItem {
  key: string;
  label: string;
  onSelect: () => void;
  tone?: 'danger';
  /** Shown but not chosen (e.g. while the item's work already runs); still announced. */
  disabled?: boolean;
}

interface Props {
  /** The button's visible text. */
  label: string;
  /** Its accessible name when the visible text is not enough ("More actions for “Decision”"). */
  ariaLabel?: string;
  items: readonly MenuItem[];
  testId?: string;
}

/**
 * A menu button after the WAI-ARIA pattern: Enter, Space or ↓ open the menu on its first item, ↑
 * on its last; ↑/↓ move (wrapping), Home/End jump, Esc closes and returns to the button, Tab
 * closes and moves on, a click outside closes. Items are real buttons (role menuitem), so the
 * browser gives them Enter and Space. No library in the repository provides one; static CSS only.
 */
export function MenuButton({ label, ariaLabel, items, testId }: Props) {
  const [open, setOpen] = useState(false);
  const [focusIndex, setFocusIndex] = useState(0);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<Array<HTMLButtonElement | null>>([]);

  useEffect(() => {
    if (open) itemRefs.current[focusIndex]?.focus();
  }, [open, focusIndex]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const show = (index: number) => {
    setFocusIndex(index);
    setOpen(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) trigger.current?.focus();
  };
  const last = items.length - 1;

  const onTriggerKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      show(0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      show(last);
    }
  };
  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = {
      ArrowDown: focusIndex === last ? 0 : focusIndex + 1,
      ArrowUp: focusIndex === 0 ? last : focusIndex - 1,
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      setFocusIndex(next);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  return (
    <div className="menu-button" ref={root} data-testid={testId}>
      <button
        ref={trigger}
        type="button"
        className="button button-small menu-button-trigger"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={ariaLabel}
        onClick={() => (open ? close(false) : show(0))}
        onKeyDown={onTriggerKey}
      >
        {label}
        <span aria-hidden="true" className="menu-button-caret">
          ▾
        </span>
      </button>
      {open ? (
        <div id={menuId} role="menu" className="menu-button-menu" aria-label={ariaLabel ?? label} onKeyDown={onMenuKey}>
          {items.map((item, index) => (
            <button
              key={item.key}
              ref={(el) => {
                itemRefs.current[index] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={index === focusIndex ? 0 : -1}
              aria-disabled={item.disabled || undefined}
              className={`menu-button-item${item.tone === 'danger' ? ' menu-button-item-danger' : ''}`}
              onFocus={() => setFocusIndex(index)}
              onClick={() => {
                if (item.disabled) return;
                close(true);
                item.onSelect();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
