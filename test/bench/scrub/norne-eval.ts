/**
 * NorNE dev evaluation of the person-name part of tekstvask (benchmark only).
 * Each "# newpar" block is one conversation (one vault); each sentence is one message.
 */
import { mentions, readConllu, type LabelledSentence } from '../../../scripts/scrub/norne.js';
import { PseudonymVault } from '../../../electron/core/scrub/vault.js';
import type { Scrubber } from '../../../electron/core/scrub/scrubber.js';

export interface NorneFigures {
  perMentions: number;
  perCaught: number;
  outsideTokens: number;
  outsideReplaced: number;
  outsideWordTokens: number;
  outsideWordReplaced: number;
  entityTokensReplaced: Record<string, number>;
  missed: string[];
  falsePositives: string[];
  /** Place, organisation … tokens that were replaced (not counted against the scrubber). */
  entityExamples: string[];
  /** Sentences with no entity mention at all, and how many of them the scrubber changed. */
  entityFreeSentences: number;
  entityFreeAltered: number;
}

/**
 * A NorNE sentence as young people type it: lower case, punctuation dropped, one space between
 * words; labels and positions follow the kept tokens.
 */
export function chatStyleSentence(sentence: LabelledSentence): LabelledSentence {
  let text = '';
  const tokens: LabelledSentence['tokens'] = [];
  for (const t of sentence.tokens) {
    if (!/[\p{L}\p{N}]/u.test(t.form)) continue;
    const form = t.form.toLowerCase().replace(/[^\p{L}\p{N}'-]+/gu, '');
    if (form.length === 0) continue;
    if (text.length > 0) text += ' ';
    tokens.push({ form, label: t.label, start: text.length, end: text.length + form.length });
    text += form;
  }
  return { text, tokens, newpar: sentence.newpar };
}

function covered(spans: readonly { start: number; end: number }[], from: number, to: number): boolean[] {
  const mask: boolean[] = [];
  for (let i = from; i < to; i++) mask.push(spans.some((s) => s.start <= i && i < s.end));
  return mask;
}

/** A token survives unless every letter/digit in it is covered (a genitive s/'s may remain). */
function tokenRemoved(
  text: string,
  spans: readonly { start: number; end: number }[],
  start: number,
  end: number,
): boolean {
  const mask = covered(spans, start, end);
  const form = text.slice(start, end);
  let last = form.length;
  if (/['’]s$/u.test(form) && mask[form.length - 3]) last = form.length - 2;
  else if (/s$/u.test(form) && mask[form.length - 2]) last = form.length - 1;
  for (let i = 0; i < last; i++) if (/[\p{L}\d]/u.test(form[i] ?? '') && !mask[i]) return false;
  return true;
}

export function evaluateNorne(
  path: string,
  scrubber: Scrubber,
  transform?: (s: LabelledSentence) => LabelledSentence,
): NorneFigures {
  const sentences: LabelledSentence[] = readConllu(path).map((s) => (transform ? transform(s) : s));
  const fig: NorneFigures = {
    perMentions: 0,
    perCaught: 0,
    outsideTokens: 0,
    outsideReplaced: 0,
    outsideWordTokens: 0,
    outsideWordReplaced: 0,
    entityTokensReplaced: {},
    missed: [],
    falsePositives: [],
    entityExamples: [],
    entityFreeSentences: 0,
    entityFreeAltered: 0,
  };
  let vault = new PseudonymVault();
  for (const sentence of sentences) {
    if (sentence.newpar) vault = new PseudonymVault();
    const result = scrubber.scrub(sentence.text, { vault });
    const spans = result.spans;
    if (sentence.tokens.every((t) => t.label === 'O')) {
      fig.entityFreeSentences++;
      if (spans.length > 0) fig.entityFreeAltered++;
    }
    for (const m of mentions(sentence.tokens)) {
      if (m.type !== 'PER') continue;
      fig.perMentions++;
      const toks = sentence.tokens.slice(m.from, m.to);
      if (toks.every((t) => tokenRemoved(sentence.text, spans, t.start, t.end))) fig.perCaught++;
      else
        fig.missed.push(
          `${toks.map((t) => t.form).join(' ')}  ⟨${sentence.text.slice(Math.max(0, (toks[0]?.start ?? 0) - 40), (toks[toks.length - 1]?.end ?? 0) + 30)}⟩`,
        );
    }
    for (const t of sentence.tokens) {
      const hit = covered(spans, t.start, t.end).some(Boolean);
      if (t.label === 'O') {
        fig.outsideTokens++;
        const word = /[\p{L}\d]/u.test(t.form);
        if (word) fig.outsideWordTokens++;
        if (hit) {
          fig.outsideReplaced++;
          if (word) fig.outsideWordReplaced++;
          fig.falsePositives.push(`${t.form}  ⟨${sentence.text.slice(Math.max(0, t.start - 40), t.end + 30)}⟩`);
        }
      } else if (hit && !t.label.endsWith('PER')) {
        const type = t.label.slice(2);
        fig.entityTokensReplaced[type] = (fig.entityTokensReplaced[type] ?? 0) + 1;
        fig.entityExamples.push(`${type} ${t.form}`);
      }
    }
  }
  return fig;
}
