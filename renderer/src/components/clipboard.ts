/**
 * Copying a sensitive value (a national id) and clearing it again. The async Clipboard API first;
 * where the shell refuses it, the older copy command on a hidden field. Clearing only empties the
 * clipboard if it still holds our value (when it can be read; when it cannot, it empties anyway:
 * better to lose a later copy than to leave a national id behind).
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyWithCommand(text);
  }
}

export async function clearClipboard(expected: string): Promise<void> {
  // The desktop shell clears it itself: that works while another program has the focus.
  if (window.inkludmi?.clearClipboard && (await window.inkludmi.clearClipboard(expected).catch(() => false))) return;
  let current: string | null = null;
  try {
    current = await navigator.clipboard.readText();
  } catch {
    current = null;
  }
  if (current !== null && current !== expected) return;
  try {
    await navigator.clipboard.writeText('');
  } catch {
    const empty = (event: ClipboardEvent) => {
      event.clipboardData?.setData('text/plain', '');
      event.preventDefault();
    };
    document.addEventListener('copy', empty);
    try {
      document.execCommand('copy');
    } finally {
      document.removeEventListener('copy', empty);
    }
  }
}

function copyWithCommand(text: string): boolean {
  const focused = document.activeElement as HTMLElement | null;
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.setAttribute('aria-hidden', 'true');
  field.style.position = 'fixed';
  field.style.opacity = '0';
  document.body.appendChild(field);
  field.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } finally {
    field.remove();
    focused?.focus();
  }
  return ok;
}
