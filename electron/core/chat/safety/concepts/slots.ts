import { HARM_SLOT_WORDS, type HarmSlot } from './slotWordsHarm.js';
import { SELF_SLOT_WORDS, type SelfSlot } from './slotWordsSelf.js';

/** A concept slot: a meaning that many words fill (see ../concepts.ts). */
export type Slot = SelfSlot | HarmSlot;

/** Words (canonical, folded) and prefixes ("pille*") that fill each slot, in bit order. */
export const SLOT_WORDS: Readonly<Record<Slot, readonly string[]>> = { ...SELF_SLOT_WORDS, ...HARM_SLOT_WORDS };

export const SLOT_NAMES = Object.keys(SLOT_WORDS) as Slot[];
// One bit per slot in a 32-bit integer (1 << 31 is negative; beyond that the bits wrap).
if (SLOT_NAMES.length > 31) throw new Error('too many concept slots for one bit mask');
export const SLOT_BIT: Readonly<Record<Slot, number>> = Object.fromEntries(
  SLOT_NAMES.map((s, i) => [s, 1 << i]),
) as Record<Slot, number>;

const exact = new Map<string, number>();
const prefixes: { prefix: string; bit: number }[] = [];
for (const slot of SLOT_NAMES) {
  for (const w of SLOT_WORDS[slot]) {
    if (w.endsWith('*')) prefixes.push({ prefix: w.slice(0, -1), bit: SLOT_BIT[slot] });
    else exact.set(w, (exact.get(w) ?? 0) | SLOT_BIT[slot]);
  }
}
const bitCache = new Map<string, number>();

export function slotsOf(word: string): number {
  const cached = bitCache.get(word);
  if (cached !== undefined) return cached;
  let bits = exact.get(word) ?? 0;
  for (const p of prefixes) if (word.startsWith(p.prefix)) bits |= p.bit;
  if (bitCache.size < 50_000) bitCache.set(word, bits);
  return bits;
}
