/**
 * Readers for the NorNE files in ../shared/data/norne (build and benchmark only; the texts are
 * never copied into the repository).
 */
import fs from 'node:fs';

export interface LabelledToken {
  form: string;
  /** IOB2 label, e.g. B-PER, I-ORG, O. */
  label: string;
  start: number;
  end: number;
}

export interface LabelledSentence {
  text: string;
  tokens: LabelledToken[];
  /** A new paragraph starts here (CoNLL-U "# newpar"); always false for the train file. */
  newpar: boolean;
}

const NO_SPACE_BEFORE = new Set(['.', ',', ':', ';', '!', '?', ')', ']', '»', '%']);
const NO_SPACE_AFTER = new Set(['(', '[', '«']);

/** The two-column train file: token TAB label, blank line between sentences. Text is rebuilt from tokens. */
export function readConll(path: string): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  let forms: string[] = [];
  let labels: string[] = [];
  const flush = (): void => {
    if (forms.length === 0) return;
    let text = '';
    const tokens: LabelledToken[] = [];
    forms.forEach((form, i) => {
      const prev = forms[i - 1];
      if (i > 0 && !NO_SPACE_BEFORE.has(form) && !(prev !== undefined && NO_SPACE_AFTER.has(prev))) text += ' ';
      tokens.push({ form, label: labels[i] ?? 'O', start: text.length, end: text.length + form.length });
      text += form;
    });
    out.push({ text, tokens, newpar: false });
    forms = [];
    labels = [];
  };
  for (const line of fs.readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    const [form, label] = line.split('\t');
    forms.push(form ?? '');
    labels.push(label ?? 'O');
  }
  flush();
  return out;
}

/** CoNLL-U (dev file): the label is name=… in the last column; offsets are found in "# text". */
export function readConllu(path: string): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  let text = '';
  let newpar = false;
  let tokens: LabelledToken[] = [];
  let cursor = 0;
  const flush = (): void => {
    if (tokens.length > 0) out.push({ text, tokens, newpar });
    tokens = [];
    text = '';
    cursor = 0;
    newpar = false;
  };
  for (const line of fs.readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# newpar')) {
      newpar = true;
      continue;
    }
    if (line.startsWith('# text = ')) {
      text = line.slice('# text = '.length);
      continue;
    }
    if (line.startsWith('#')) continue;
    if (line.trim() === '') {
      flush();
      continue;
    }
    const cols = line.split('\t');
    if ((cols[0] ?? '').includes('-') || (cols[0] ?? '').includes('.')) continue;
    const form = cols[1] ?? '';
    const misc = cols[9] ?? '';
    const label =
      misc
        .split('|')
        .find((x) => x.startsWith('name='))
        ?.slice(5) ?? 'O';
    let start = text.indexOf(form, cursor);
    if (start < 0) start = cursor;
    const end = Math.min(text.length, start + form.length);
    tokens.push({ form, label, start, end });
    cursor = end;
  }
  flush();
  return out;
}

/** Entity mentions (type and token index range) from IOB2 labels. */
export function mentions(tokens: readonly LabelledToken[]): { type: string; from: number; to: number }[] {
  const out: { type: string; from: number; to: number }[] = [];
  tokens.forEach((t, i) => {
    if (t.label.startsWith('B-') || (t.label.startsWith('I-') && (i === 0 || tokens[i - 1]?.label === 'O'))) {
      const type = t.label.slice(2);
      let j = i + 1;
      while (j < tokens.length && tokens[j]?.label === `I-${type}`) j++;
      out.push({ type, from: i, to: j });
    }
  });
  return out;
}
