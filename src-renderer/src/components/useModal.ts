import { useEffect, useRef, type SyntheticEvent } from 'react';

/**
 * Opens a native <dialog> as a modal while it is mounted (the browser provides the focus trap,
 * the inert background and Esc), closes it on unmount and gives the focus back to the element
 * that opened it, where a keyboard user expects to be. Spread the returned props on the <dialog>.
 */
export function useModal(onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      opener?.focus();
    };
  }, []);
  return {
    ref,
    onCancel: (event: SyntheticEvent<HTMLDialogElement>): void => {
      // Esc: let React decide (unmounting closes it), so state and DOM never disagree.
      event.preventDefault();
      onClose();
    },
  };
}
