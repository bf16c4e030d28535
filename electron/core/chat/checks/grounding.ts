import fs from 'node:fs';
import path from 'node:path';
import { contentStems, defaultKnowledgeDir } from '../../knowledge/index.js';
import { HELP_LINES } from '../safety/helpLines.js';
import { sentences, u } from './text.js';

/**
 * Facts a reply may state without a passage cited in the turn's `sources`:
 *
 * - the help lines the app itself shows (safety/helpLines.ts): their numbers are no invented figures;
 * - in a reply checked as text alone (`inkludmi chat check`), a sentence that names where it comes
 *   from ("(Kilde: nav.no)", "ifølge kunnskapsbasen", "står på nav.no") and is found in the shipped
 *   knowledge base: its numbers and paragraphs in one passage with its topic, its words in the base.
 *   A source named over a figure or a topic the knowledge base does not hold is no citation of it.
 */

/**
 * A source named in the text: a parenthesis or a "Kilde:", "ifølge <site or the knowledge base>",
 * "står på <site>", or the knowledge base as the one who says it ("Kunnskapsbasen sier at …", "…,
 * står det i kunnskapsbasen", "I kunnskapsbasen står det at …").
 */
const SOURCE = String.raw`(?:kunnskapsbasen|kunnskapsbasen\s+min|\p{L}[\p{L}-]*\.no)`;
const CITATION = u(
  new RegExp(
    String.raw`\(\s*kjelde\s*:[^)]{2,80}\)|\(\s*kilde\s*:[^)]{2,80}\)|\b(?:kilde|kjelde)\s*:\s*\S|\b(?:ifølge|i\s+følge|etter)\s+${SOURCE}\b|\b(?:står|stå|står\s+oppgitt|finnes|finn|ligger)\s+(?:\p{L}+\s+){0,2}på\s+\p{L}[\p{L}-]*\.no\b` +
      String.raw`|\b${SOURCE}\s+(?:sier|seier|skriver|skriv|forteller|fortel|nevner|viser)\b|\b(?:står|stod|sto|heter)\s+det\s+(?:i|på)\s+${SOURCE}\b|\b(?:i|på)\s+${SOURCE}\s+(?:står|stod|sto)\s+det\b`,
    'iu',
  ),
);

const CITATION_G = new RegExp(CITATION.source, 'giu');

/**
 * A source that says it is no person whose words are reflected ("Kunnskapsbasen sier at fristen er
 * ti dager" claims as much as the bare sentence): the frame is left out before claims are read.
 */
const SOURCE_FRAME = u(
  new RegExp(
    String.raw`\b${SOURCE}\s+(?:sier|seier|skriver|skriv|forteller|fortel|nevner|viser)\s+(?:at\s+)?|,?\s*\b(?:står|stod|sto)\s+det\s+(?:i|på)\s+${SOURCE}\b`,
    'giu',
  ),
);
export function withoutSourceFrames(text: string): string {
  return text.replace(SOURCE_FRAME, ' ');
}

/** The help-line numbers as people write them and as dialled, longest first. */
const HELP_LINE_NUMBER = new RegExp(
  String.raw`(?<![\d])(?:${[...new Set(HELP_LINES.flatMap((l) => [l.number, l.dial]))]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/\s+/g, String.raw`\s?`))
    .join('|')})(?![\d])`,
  'gu',
);

/** The text with the help lines' numbers left out, for the claim checks. */
export function withoutHelpLineNumbers(text: string): string {
  return text.replace(HELP_LINE_NUMBER, ' ');
}

/** One passage of the knowledge base (a section under a "##" heading, or a document's lead). */
interface KnowledgePassage {
  /** The figures it states, its text in lower case, and its content words. */
  figures: ReadonlySet<string>;
  lower: string;
  stems: ReadonlySet<string>;
}
let passages: readonly KnowledgePassage[] | undefined;
function knowledgePassages(): readonly KnowledgePassage[] {
  if (passages !== undefined) return passages;
  try {
    const dir = defaultKnowledgeDir();
    passages = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.md') && f !== 'README.md')
      .flatMap((f) =>
        fs
          .readFileSync(path.join(dir, f), 'utf8')
          .replace(/^---[\s\S]*?\n---\n/, '')
          .split(/^##\s/mu),
      )
      .map((section) => {
        const text = section.replace(/\s+/g, ' ');
        return { figures: new Set(figuresOf(text)), lower: text.toLowerCase(), stems: new Set(contentStems(text)) };
      });
  } catch {
    passages = []; // no knowledge base: nothing counts as found in it
  }
  return passages;
}

/** Reads the knowledge base's passages now (the chat's warm-up), not on the first reply that cites one. */
export function prepareGrounding(): void {
  knowledgePassages();
}

/** Numbers ("22 40 00 40", "14.", "6,5") with their unit ("80 %", "12 000 kr"), and paragraphs ("§ 21-12"). */
const FIGURE = /§\s*\d+(?:\s*[a-z]\b)?(?:-\d+)?|\d+(?:[ .,]\d+)*(?:\s*(?:%|prosent\b|kr\b|kroner\b|G\b))?/gu;
/** An amount said in words with its unit ("seks uker", "tre år"): a figure too, kept as word and unit. */
const WORD_FIGURE = u(
  /\b(?:ett|ei|en|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|femten|atten|tjue|tretti|førti|femti|hundre)\s+(dag|døgn|uke|veke|måned|månad|år|time|prosent|krone|gang)/giu,
);
function figuresOf(text: string): string[] {
  const digits = (text.match(FIGURE) ?? []).map((f) =>
    f.replace(/\s+/g, ' ').replace(/[.,]$/, '').replace(/\s*%$/, ' prosent').trim(),
  );
  const words = [...text.matchAll(WORD_FIGURE)].map((m) => m[0].toLowerCase().replace(/\s+/g, ' '));
  return [...digits, ...words];
}
/**
 * Content words this short must be words of the knowledge base; a longer one may stand inside one,
 * less the last two letters its stem may keep of an ending ("veiledern" of "veilederne").
 */
const MIN_INSIDE = 6;

/** Content words of `stems` that `p` does not use. */
function unknownIn(p: KnowledgePassage, stems: readonly string[]): string[] {
  return stems.filter((s) => !p.stems.has(s) && !(s.length >= MIN_INSIDE && p.lower.includes(s.slice(0, -2))));
}

/**
 * Found in the knowledge base: a sentence with figures in one passage that states every one of
 * them and nearly all its words (a figure taken from another topic is none); a sentence without
 * figures in the words of the knowledge base, all but one short everyday word ("havnet").
 */
function foundInKnowledge(sentence: string): boolean {
  const figures = figuresOf(sentence);
  const stems = contentStems(sentence.replace(CITATION_G, ' ')).filter((s) => !/\d/.test(s));
  const all = knowledgePassages();
  if (figures.length > 0)
    return all.some(
      (p) => figures.every((f) => p.figures.has(f)) && unknownIn(p, stems).length <= Math.max(1, stems.length / 4),
    );
  const unknown = stems.filter((s) => all.every((p) => unknownIn(p, [s]).length > 0));
  return unknown.length === 0 || (unknown.length === 1 && (unknown[0] ?? '').length < MIN_INSIDE);
}

/**
 * The reply without its sentences that cite a source and are found in the knowledge base (a
 * citation in a sentence of its own, "Kilde: nav.no.", covers the sentence before it). Unchanged
 * when nothing is cited.
 */
export function withoutCitedFacts(text: string): string {
  if (!CITATION.test(text)) return text;
  const parts = sentences(text);
  const kept: string[] = [];
  // A sentence that goes on from a cited one found in the knowledge base is covered by its source
  // when it is found there too ("Klagefristen står i vedtaket, står det i kunnskapsbasen. For
  // dagpenger er den seks uker.").
  let covered = false;
  parts.forEach((s, i) => {
    const cited =
      covered || CITATION.test(s) || (i + 1 < parts.length && /^\(?\s*(?:kilde|kjelde)\s*:/iu.test(parts[i + 1] ?? ''));
    covered = cited && foundInKnowledge(s);
    if (!covered) kept.push(s);
  });
  return kept.join(' ');
}
