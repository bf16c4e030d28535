/**
 * A deliberately small front-matter reader for the knowledge base: `---` fences, `key: value`,
 * inline lists `key: [a, b]` and block lists (`key:` followed by `  - item` lines). Values may be
 * quoted. Anything else is an error, so a typo never silently drops a field.
 */
export type FrontMatterValue = string | string[];

export class FrontMatterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FrontMatterError';
  }
}

export interface SplitDocument {
  data: Record<string, FrontMatterValue>;
  body: string;
}

export function splitFrontMatter(source: string): SplitDocument {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.startsWith('---\n')) throw new FrontMatterError('mangler front matter (--- øverst)');
  const end = text.indexOf('\n---', 4);
  if (end < 0) throw new FrontMatterError('front matter er ikke avsluttet med ---');
  const afterFence = text.indexOf('\n', end + 4);
  const head = text.slice(4, end);
  const body = afterFence < 0 ? '' : text.slice(afterFence + 1);
  return { data: parseFrontMatter(head), body };
}

function unquote(raw: string): string {
  const v = raw.trim();
  if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))) {
    return v.slice(1, -1);
  }
  return v;
}

function parseInlineList(raw: string): string[] {
  const inner = raw.trim().slice(1, -1);
  if (inner.trim() === '') return [];
  return inner
    .split(',')
    .map(unquote)
    .filter((s) => s.length > 0);
}

export function parseFrontMatter(head: string): Record<string, FrontMatterValue> {
  const data: Record<string, FrontMatterValue> = {};
  let listKey: string | null = null;
  const lines = head.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const item = /^\s+-\s+(.*)$/.exec(line);
    if (item) {
      if (!listKey) throw new FrontMatterError(`linje ${i + 1}: listepunkt uten nøkkel`);
      const list = data[listKey];
      if (!Array.isArray(list)) throw new FrontMatterError(`linje ${i + 1}: ${listKey} er ikke en liste`);
      list.push(unquote(item[1] ?? ''));
      continue;
    }
    const kv = /^([A-Za-z_][A-Za-z0-9_-]*):(?:\s+(.*))?$/.exec(line);
    if (!kv) throw new FrontMatterError(`linje ${i + 1}: forventet «nøkkel: verdi»`);
    const key = kv[1] ?? '';
    const value = (kv[2] ?? '').trim();
    if (key in data) throw new FrontMatterError(`linje ${i + 1}: ${key} står to ganger`);
    if (value === '') {
      data[key] = [];
      listKey = key;
    } else if (value.startsWith('[') && value.endsWith(']')) {
      data[key] = parseInlineList(value);
      listKey = null;
    } else {
      data[key] = unquote(value);
      listKey = null;
    }
  }
  return data;
}
