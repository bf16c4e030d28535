import { genitiveStem } from './names/wordShape.js';
import type { Span, SpanType } from './types.js';

/** Placeholder word per type, as the model sees it: [NAVN_1], [FNR_1], … */
export const PLACEHOLDER_LABELS: Readonly<Record<SpanType, string>> = {
  PERSON: 'NAVN',
  NATIONAL_ID: 'FNR',
  PHONE: 'TLF',
  EMAIL: 'EPOST',
  ADDRESS: 'ADRESSE',
  BANK_ACCOUNT: 'KONTO',
  IBAN: 'IBAN',
  DATE_OF_BIRTH: 'DATO',
  ORG_NUMBER: 'ORGNR',
  CAR_REG: 'REGNR',
};

const LABEL_TO_TYPE = new Map(Object.entries(PLACEHOLDER_LABELS).map(([type, label]) => [label, type as SpanType]));
const LABEL_ALT = [...LABEL_TO_TYPE.keys()].sort((a, b) => b.length - a.length).join('|');

/**
 * What counts as a placeholder when restoring model output: "[NAVN_1]", "[navn_1]", "[NAVN1]",
 * "[NAVN 1]", "[ NAVN_1 ]", and without brackets "NAVN_1" / "NAVN 1" (upper case only, so
 * ordinary words are left alone).
 */
const LABEL_ANY_CASE = [...LABEL_TO_TYPE.keys()]
  .sort((a, b) => b.length - a.length)
  .map((label) => [...label].map((c) => `[${c}${c.toLowerCase()}]`).join(''))
  .join('|');
const RESTORE = new RegExp(
  String.raw`\[\s*(${LABEL_ANY_CASE})\s*[_ ]?\s*(\d{1,4})\s*\]|(?<![\p{L}\d_])(${LABEL_ALT})[_ ](\d{1,4})(?![\p{L}\d_])`,
  'gu',
);
/** User text that looks like a placeholder (any of the forms restore accepts). */
export const PLACEHOLDER_LIKE = RESTORE;

export interface VaultEntry {
  type: SpanType;
  label: string;
  index: number;
  /** Identity of the entity: a known identity key, or type + normalised value. */
  key: string;
  /** The text as first written; what restore shows. */
  display: string;
  /** Lower-cased name tokens of a person (first name, surname, …). */
  nameTokens: string[];
}

interface SerialisedVault {
  version: 1;
  entries: VaultEntry[];
}

function normalise(type: SpanType, value: string): string {
  switch (type) {
    case 'NATIONAL_ID':
    case 'PHONE':
    case 'BANK_ACCOUNT':
    case 'ORG_NUMBER': {
      let d = value.replace(/\D/g, '');
      if (type === 'PHONE' && d.length === 10 && d.startsWith('47')) d = d.slice(2);
      if (type === 'PHONE' && d.length === 12 && d.startsWith('0047')) d = d.slice(4);
      return d;
    }
    case 'IBAN':
    case 'CAR_REG':
      return value.replace(/[\s\-]/g, '').toUpperCase();
    default:
      return value.toLowerCase().replace(/\s+/g, ' ').trim();
  }
}

export function personTokens(value: string): string[] {
  return value
    .toLowerCase()
    .split(/[\s\u00A0]+/)
    .map((t) => t.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((t) => t.length >= 2 && !/^(van|der|den|von|de|da|di|la|le|al|el|bin|ibn)$/.test(t));
}

/**
 * Per-conversation pseudonyms: the same person or number always gets the same placeholder.
 * Full name, first name and surname of one person share one entry. Lives in memory; the caller
 * stores `serialize()` encrypted with its conversation and calls `clear()` when it is deleted.
 */
export class PseudonymVault {
  private entries: VaultEntry[] = [];
  private readonly byKey = new Map<string, VaultEntry>();
  private readonly counters = new Map<string, number>();
  /** PERSON entries by name token, each list in the order the entries were made (O(1) look-ups per mention). */
  private readonly byToken = new Map<string, VaultEntry[]>();
  private readonly position = new Map<VaultEntry, number>();

  private indexPerson(entry: VaultEntry): void {
    this.position.set(entry, this.position.size);
    for (const t of entry.nameTokens) this.indexToken(entry, t);
  }

  private indexToken(entry: VaultEntry, token: string): void {
    const list = this.byToken.get(token);
    if (!list) this.byToken.set(token, [entry]);
    else if (!list.includes(entry)) {
      const pos = (e: VaultEntry) => this.position.get(e) ?? 0;
      const last = list[list.length - 1];
      list.push(entry);
      // Usually the newest entry; an older one that gained a token is put back in its place.
      if (last && pos(last) > pos(entry)) list.sort((a, b) => pos(a) - pos(b));
    }
  }

  private addNameToken(entry: VaultEntry, token: string): void {
    if (entry.nameTokens.includes(token)) return;
    entry.nameTokens.push(token);
    this.indexToken(entry, token);
  }

  /** The placeholder for a span (creating an entry the first time). */
  placeholderFor(span: Span, text: string): string {
    const surface = text.slice(span.start, span.end);
    const entry =
      span.type === 'PERSON'
        ? this.personEntry(surface, span.entityKey)
        : this.valueEntry(span.type, surface, span.entityKey);
    return `[${entry.label}_${entry.index}]`;
  }

  private create(type: SpanType, key: string, display: string, nameTokens: string[]): VaultEntry {
    const label = PLACEHOLDER_LABELS[type];
    const index = (this.counters.get(label) ?? 0) + 1;
    this.counters.set(label, index);
    const entry: VaultEntry = { type, label, index, key, display, nameTokens };
    this.entries.push(entry);
    this.byKey.set(key, entry);
    if (type === 'PERSON') this.indexPerson(entry);
    return entry;
  }

  private valueEntry(type: SpanType, surface: string, entityKey?: string): VaultEntry {
    const valueKey = `${type}:${normalise(type, surface)}`;
    const key = entityKey ?? valueKey;
    const found = this.byKey.get(key);
    if (found) return found;
    // A known identity's number may already be in the vault under its value.
    const byValue = entityKey ? this.byKey.get(valueKey) : undefined;
    if (byValue) {
      this.byKey.set(key, byValue);
      return byValue;
    }
    const entry = this.create(type, key, surface, []);
    this.byKey.set(valueKey, entry);
    return entry;
  }

  private personEntry(surface: string, entityKey?: string): VaultEntry {
    const tokens = personTokens(surface).map((t) => {
      // Store names without a genitive s when the stem is already known ("Borten" / "Bortens").
      const stem = genitiveStem(t);
      return stem !== null && this.hasNameToken(stem) ? stem : t;
    });
    if (entityKey) {
      const found = this.byKey.get(entityKey);
      if (found) {
        for (const t of tokens) this.addNameToken(found, t);
        return found;
      }
      return this.create('PERSON', entityKey, surface, tokens);
    }
    const exact = this.byKey.get(`PERSON:${tokens.join(' ')}`);
    if (exact) return exact;
    // Same person: every token of this mention belongs to one entry ("Kari" after "Kari Nordmann"),
    // or this mention completes an entry ("Kari Nordmann" after "Kari").
    // Only entries that share a token can match: looked up by token, kept in the order made.
    const subset =
      tokens.length > 0
        ? this.byToken.get(tokens[0] ?? '')?.find((e) => tokens.every((t) => e.nameTokens.includes(t)))
        : undefined;
    if (subset) return subset;
    const sharing = new Set<VaultEntry>();
    for (const t of tokens) for (const e of this.byToken.get(t) ?? []) sharing.add(e);
    const pos = (e: VaultEntry) => this.position.get(e) ?? 0;
    const superset = [...sharing]
      .sort((a, b) => pos(a) - pos(b))
      .find((e) => e.nameTokens.length > 0 && e.nameTokens.every((t) => tokens.includes(t)));
    if (superset) {
      for (const t of tokens) this.addNameToken(superset, t);
      this.byKey.set(`PERSON:${tokens.join(' ')}`, superset);
      return superset;
    }
    const genitiveMatch =
      tokens.length === 1 ? this.byToken.get(genitiveStem(tokens[0] ?? '') ?? '\u0000')?.[0] : undefined;
    if (genitiveMatch) return genitiveMatch;
    return this.create('PERSON', `PERSON:${tokens.join(' ')}`, surface, tokens);
  }

  private hasNameToken(token: string): boolean {
    return (this.byToken.get(token)?.length ?? 0) > 0;
  }

  /** Lower-cased name tokens of every person in this conversation (for lower-case and later mentions). */
  nameTokens(): Set<string> {
    return new Set(this.byToken.keys());
  }

  /** The name tokens in place, read-only (no copy): for one detection pass that adds nothing. */
  nameTokenSet(): { has(token: string): boolean; readonly size: number } {
    return this.byToken;
  }

  /** All entries (copies), for "Hva assistenten vet"-style displays and tests. */
  list(): VaultEntry[] {
    return this.entries.map((e) => ({ ...e, nameTokens: [...e.nameTokens] }));
  }

  /** True when this normalised value is in the vault (used to spot what the model made up). */
  hasValue(type: SpanType, value: string): boolean {
    if (type === 'PERSON') {
      const tokens = personTokens(value);
      return (
        tokens.length > 0 && tokens.every((t) => this.hasNameToken(t) || this.hasNameToken(genitiveStem(t) ?? '\u0000'))
      );
    }
    return this.byKey.has(`${type}:${normalise(type, value)}`);
  }

  /**
   * Replaces placeholders in model output with what they stand for, for display only. Accepts
   * the small variants models write; a placeholder with no entry (one the model invented) is
   * left exactly as written.
   */
  restore(modelText: string): string {
    return modelText.replace(RESTORE, (whole: string, l1?: string, i1?: string, l2?: string, i2?: string) => {
      const label = (l1 ?? l2 ?? '').toUpperCase();
      const index = Number(i1 ?? i2);
      const entry = this.entries.find((e) => e.label === label && e.index === index);
      return entry ? entry.display : whole;
    });
  }

  /** Placeholder-shaped parts of a text, with the placeholder they would restore (for output checks). */
  placeholdersIn(text: string): { start: number; end: number; known: boolean }[] {
    const out: { start: number; end: number; known: boolean }[] = [];
    for (const m of text.matchAll(RESTORE)) {
      const label = (m[1] ?? m[3] ?? '').toUpperCase();
      const index = Number(m[2] ?? m[4]);
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        known: this.entries.some((e) => e.label === label && e.index === index),
      });
    }
    return out;
  }

  serialize(): string {
    const data: SerialisedVault = { version: 1, entries: this.entries };
    return JSON.stringify(data);
  }

  static deserialize(serialised: string): PseudonymVault {
    const data = JSON.parse(serialised) as Partial<SerialisedVault>;
    if (data.version !== 1 || !Array.isArray(data.entries)) throw new Error('unknown vault format');
    const vault = new PseudonymVault();
    for (const raw of data.entries) {
      const type = raw.type;
      if (
        !LABEL_TO_TYPE.has(PLACEHOLDER_LABELS[type] ?? '') ||
        typeof raw.index !== 'number' ||
        typeof raw.key !== 'string'
      )
        throw new Error('bad vault entry');
      const entry: VaultEntry = {
        type,
        label: PLACEHOLDER_LABELS[type],
        index: raw.index,
        key: raw.key,
        display: String(raw.display ?? ''),
        nameTokens: Array.isArray(raw.nameTokens) ? raw.nameTokens.map(String) : [],
      };
      vault.entries.push(entry);
      vault.byKey.set(entry.key, entry);
      if (type === 'PERSON') vault.indexPerson(entry);
      if (type !== 'PERSON') vault.byKey.set(`${type}:${normalise(type, entry.display)}`, entry);
      else vault.byKey.set(`PERSON:${entry.nameTokens.join(' ')}`, entry);
      vault.counters.set(entry.label, Math.max(vault.counters.get(entry.label) ?? 0, entry.index));
    }
    return vault;
  }

  /** Forget everything (the conversation was deleted). */
  clear(): void {
    for (const e of this.entries) {
      e.display = '';
      e.nameTokens.length = 0;
    }
    this.entries = [];
    this.byKey.clear();
    this.counters.clear();
    this.byToken.clear();
    this.position.clear();
  }

  get size(): number {
    return this.entries.length;
  }
}
