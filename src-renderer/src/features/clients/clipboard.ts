/**
 * Copying identity numbers: they are sensitive, and a clipboard is readable by every program
 * and often synced to phones. So the clipboard is overwritten with '' 30 s after our last copy.
 * We cannot read the clipboard to check that it still holds our value (that needs a permission
 * we do not ask for), so we clear it regardless. The timer is module-level on purpose: leaving
 * the client page must not cancel the clearing.
 */
export const CLIPBOARD_CLEAR_MS = 30_000;

let clearTimer: number | undefined;

export async function copySensitive(value: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(value);
  } catch {
    return false;
  }
  window.clearTimeout(clearTimer);
  clearTimer = window.setTimeout(() => {
    clearTimer = undefined;
    void navigator.clipboard.writeText('').catch(() => undefined);
  }, CLIPBOARD_CLEAR_MS);
  return true;
}
