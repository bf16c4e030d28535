import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { TALK_CLASSES, type TalkClass } from '../talk/types.js';
import { MOVE_KINDS, MOVE_VARIANTS, type Move, type MoveKind } from './moves.js';

/**
 * The MI phrase library (resources/mi/phrases.nb.json): Norwegian templates per move and
 * variant, used as the fallback when a generated reply fails its checks twice. Loaded and
 * validated once; rendering is pure apart from the random choice, which the caller supplies.
 */
export const PHRASE_LIBRARY_FILE = path.join('mi', 'phrases.nb.json');

export const FALLBACK_SLOTS = [
  'goal',
  'step',
  'topic',
  'passage_excerpt',
  'statement_paraphrase',
  'change_talk_paraphrase',
  'sustain_paraphrase',
] as const;
export type FallbackSlot = (typeof FALLBACK_SLOTS)[number];
export type FallbackSlots = Partial<Record<FallbackSlot, string>>;

const SLOT_PATTERN = /\{([A-Za-z_]+)\}/g;

const templateSchema = z
  .object({
    id: z.string().min(1),
    variant: z.string().min(1),
    text: z.string().min(5).max(900),
    fits: z.array(z.enum(TALK_CLASSES)).min(1).optional(),
    /**
     * May open a conversation: the first one with this person, a later one («siden sist»), or any.
     * The opening question is chosen only among templates that say so.
     */
    opens: z.enum(['first', 'later', 'any']).optional(),
  })
  .strict();

const librarySchema = z
  .object({
    version: z.literal(1),
    language: z.literal('nb'),
    about: z.string().optional(),
    templates: z.record(z.enum(MOVE_KINDS), z.array(templateSchema).min(1)),
  })
  .strict()
  .superRefine((lib, ctx) => {
    for (const kind of MOVE_KINDS) {
      const list = lib.templates[kind];
      if (!list) {
        ctx.addIssue({ code: 'custom', message: `no templates for ${kind}`, path: ['templates', kind] });
        continue;
      }
      const variants: readonly string[] = MOVE_VARIANTS[kind];
      for (const [i, t] of list.entries()) {
        if (!variants.includes(t.variant)) {
          ctx.addIssue({
            code: 'custom',
            message: `unknown variant ${t.variant} for ${kind}`,
            path: ['templates', kind, i, 'variant'],
          });
        }
        for (const slot of slotsOf(t.text)) {
          if (!(FALLBACK_SLOTS as readonly string[]).includes(slot)) {
            ctx.addIssue({ code: 'custom', message: `unknown slot {${slot}}`, path: ['templates', kind, i, 'text'] });
          }
        }
      }
    }
  });

export type PhraseTemplate = z.infer<typeof templateSchema>;
export interface PhraseLibrary {
  version: 1;
  language: 'nb';
  templates: Record<MoveKind, PhraseTemplate[]>;
}

/** Slot names used by a template, lower-cased ("{Statement_paraphrase}" → "statement_paraphrase"). */
export function slotsOf(text: string): string[] {
  return [...text.matchAll(SLOT_PATTERN)].map((m) => (m[1] ?? '').toLowerCase());
}

export function parsePhraseLibrary(value: unknown): PhraseLibrary {
  const lib = librarySchema.parse(value);
  return {
    version: lib.version,
    language: lib.language,
    templates: lib.templates as Record<MoveKind, PhraseTemplate[]>,
  };
}

/** Reads and validates the library file. Throws with the validation error when it is broken. */
export function loadPhraseLibrary(file: string): PhraseLibrary {
  return parsePhraseLibrary(JSON.parse(fs.readFileSync(file, 'utf8')) as unknown);
}

/**
 * Finds resources/mi/phrases.nb.json: $INKLUDMI_RESOURCES_DIR, then the packaged app's resources
 * folder (process.resourcesPath/resources), then upwards from this module and the working folder.
 */
export function locatePhraseLibrary(env: NodeJS.ProcessEnv = process.env): string {
  const candidates: string[] = [];
  const fromEnv = env['INKLUDMI_RESOURCES_DIR'];
  if (fromEnv) candidates.push(path.join(fromEnv, PHRASE_LIBRARY_FILE));
  const resourcesPath = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) candidates.push(path.join(resourcesPath, 'resources', PHRASE_LIBRARY_FILE));
  for (const start of [path.dirname(fileURLToPath(import.meta.url)), process.cwd()]) {
    let dir = start;
    for (let i = 0; i < 8; i++) {
      candidates.push(path.join(dir, 'resources', PHRASE_LIBRARY_FILE));
      const up = path.dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  const found = candidates.find((c) => fs.existsSync(c));
  if (!found) throw new Error('MI phrase library not found (resources/mi/phrases.nb.json)');
  return found;
}

let cached: PhraseLibrary | null = null;

/** The shipped library, loaded once. */
export function defaultPhraseLibrary(): PhraseLibrary {
  cached ??= loadPhraseLibrary(locatePhraseLibrary());
  return cached;
}

export interface RenderOptions {
  /** Talk class of the participant's last turn, to prefer templates that fit it. */
  talk?: TalkClass;
  /** Passage ids behind {passage_excerpt} (provide_information 'grounded' needs at least one). */
  sources?: readonly string[];
  library?: PhraseLibrary;
  /**
   * Whether a filled-in text may be sent (the MI checks): a template whose slots, filled with the
   * participant's own words, read as advice or a warning gives way to the next one.
   */
  accept?: (text: string, variant: string) => boolean;
  /** Renders the opening question of the person's first conversation, or of a later one (see `opens`). */
  opening?: 'first' | 'later';
}

export interface RenderedFallback {
  move: MoveKind;
  /** The variant actually rendered (grounded information without a passage becomes 'no_knowledge'). */
  variant: string;
  text: string;
  sources: string[];
  templateId: string;
}

const SLOT_MAX = 160;
const EXCERPT_MAX = 600;

function cleanSlot(slot: FallbackSlot, value: string | undefined): string | null {
  if (value === undefined) return null;
  let v = value.replace(/\s+/g, ' ').trim();
  if (slot === 'passage_excerpt') {
    // A quoted excerpt must not ask anything or run on: whole statements only, within the bound.
    const sentences = v.split(/(?<=[.!?])\s+/).filter((s) => !s.trim().endsWith('?'));
    v = '';
    for (const s of sentences) {
      if ((v + ' ' + s).trim().length > EXCERPT_MAX) break;
      v = (v + ' ' + s).trim();
    }
    v = v.replace(/[«»]/g, '"');
  } else {
    v = v.replace(/[?«»]/g, '').replace(/[.!,;:\s]+$/u, '');
    if (v.length > SLOT_MAX) v = v.slice(0, SLOT_MAX).replace(/\s+\S*$/u, '');
  }
  return v.length > 0 ? v : null;
}

function fill(text: string, slots: Partial<Record<FallbackSlot, string>>): string {
  return text.replace(SLOT_PATTERN, (_m, name: string) => {
    const value = slots[name.toLowerCase() as FallbackSlot] ?? '';
    const capital = /^[A-Z]/.test(name);
    return capital ? value.charAt(0).toUpperCase() + value.slice(1) : value;
  });
}

/**
 * Renders a fallback for the move: a template of that move and variant whose slots are all
 * given (preferring ones that fit the participant's talk class), chosen with `rng` (0 ≤ rng() < 1).
 * Every variant has templates without slots, so there is always an answer; grounded information
 * without an excerpt and a source falls back to the honest "I don't know – ask your counselor".
 */
export function renderFallback(
  m: Pick<Move, 'kind' | 'variant'>,
  slots: FallbackSlots = {},
  rng: () => number = Math.random,
  options: RenderOptions = {},
): RenderedFallback {
  const library = options.library ?? defaultPhraseLibrary();
  const clean: Partial<Record<FallbackSlot, string>> = {};
  for (const slot of FALLBACK_SLOTS) {
    const v = cleanSlot(slot, slots[slot]);
    if (v) clean[slot] = v;
  }
  const sources = [...new Set(options.sources ?? [])];
  let variant: string = m.variant;
  if (m.kind === 'provide_information' && variant === 'grounded' && (!clean.passage_excerpt || sources.length === 0)) {
    variant = 'no_knowledge';
  }
  const all = library.templates[m.kind];
  const ofVariant = all.filter((t) => t.variant === variant);
  const pool = (ofVariant.length > 0 ? ofVariant : all).filter(
    (t) => !options.opening || t.opens === 'any' || t.opens === options.opening,
  );
  const usable = pool.filter((t) => slotsOf(t.text).every((s) => clean[s as FallbackSlot] !== undefined));
  const fitting = options.talk ? usable.filter((t) => !t.fits || t.fits.includes(options.talk as TalkClass)) : usable;
  const choice = fitting.length > 0 ? fitting : usable;
  if (choice.length === 0) throw new Error(`no usable fallback for ${m.kind}:${variant}`);
  const r = Math.min(Math.max(rng(), 0), 0.999999);
  const first = Math.floor(r * choice.length);
  // The random pick first, then the others in turn, then the slot-free ones of the whole pool.
  const order = [
    ...choice.slice(first),
    ...choice.slice(0, first),
    ...usable.filter((t) => slotsOf(t.text).length === 0 && !choice.includes(t)),
  ];
  const render = (template: PhraseTemplate) => ({
    template,
    text: fill(template.text, clean).replace(/\s+/g, ' ').trim(),
  });
  const accepted = options.accept
    ? order.map(render).find((c) => options.accept!(c.text, c.template.variant))
    : undefined;
  const { template, text } = accepted ?? render(order[0] as PhraseTemplate);
  return {
    move: m.kind,
    variant: template.variant,
    text,
    sources: m.kind === 'provide_information' && template.variant === 'grounded' ? sources : [],
    templateId: template.id,
  };
}
