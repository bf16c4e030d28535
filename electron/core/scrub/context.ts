/** Small helpers for looking at the text around a candidate. */

/** Lower-cased text up to `maxChars` before `index`, cut at the last line break. */
export function before(text: string, index: number, maxChars: number): string {
  const from = Math.max(0, index - maxChars);
  let slice = text.slice(from, index);
  const nl = slice.lastIndexOf('\n');
  if (nl >= 0) slice = slice.slice(nl + 1);
  return slice.toLowerCase();
}

/** Lower-cased text up to `maxChars` after `index`, cut at the next line break. */
export function after(text: string, index: number, maxChars: number): string {
  let slice = text.slice(index, index + maxChars);
  const nl = slice.indexOf('\n');
  if (nl >= 0) slice = slice.slice(0, nl);
  return slice.toLowerCase();
}

/** True when `text` holds at least `n` ASCII digits (a cheap check before a number pattern runs). */
export function hasDigits(text: string, n: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++count >= n) return true;
  }
  return false;
}
