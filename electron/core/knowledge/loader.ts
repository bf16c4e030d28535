import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { FrontMatterError, splitFrontMatter } from './frontMatter.js';
import { AUDIENCES, type KnowledgeDocument, type KnowledgeSection, type Passage } from './types.js';

/** A document that cannot be used: the knowledge base refuses to load rather than ship it. */
export class KnowledgeValidationError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
    this.name = 'KnowledgeValidationError';
  }
}

const isoDate = z
  .string({ error: 'date mangler (når fakta sist ble sjekket, ÅÅÅÅ-MM-DD)' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date må være ÅÅÅÅ-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'date er ikke en gyldig dato');

const url = z.string().regex(/^https?:\/\/[^\s]+\.[^\s]+$/, 'source må være en nettadresse (http/https)');

function list<T extends z.ZodType<string>>(item: T, message: string) {
  return z
    .union([item.transform((s): z.output<T>[] => [s]), z.array(item)], { error: message })
    .refine((l) => l.length > 0, message);
}

/** Front matter every document must have; a missing source or date is an error. */
export const frontMatterSchema = z.object({
  title: z.string({ error: 'title mangler' }).trim().min(3, 'title er for kort'),
  source: list(url, 'source mangler (minst én offentlig nettadresse)'),
  date: isoDate,
  audience: list(z.enum(AUDIENCES), `audience må være én eller flere av ${AUDIENCES.join(', ')}`),
  tags: list(z.string().trim().min(2), 'tags mangler'),
});

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const DOC_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface ParseOptions {
  /** Dates after this are refused (defaults to now). */
  now?: Date;
}

/** Parses and validates one document. Throws KnowledgeValidationError with every problem found. */
export function parseKnowledgeDocument(id: string, source: string, options: ParseOptions = {}): KnowledgeDocument {
  const file = `${id}.md`;
  if (!DOC_ID.test(id)) throw new KnowledgeValidationError(file, ['filnavnet må være små bokstaver, tall og bindestrek (a-z, 0-9, -)']);
  let split;
  try {
    split = splitFrontMatter(source);
  } catch (err) {
    throw new KnowledgeValidationError(file, [err instanceof FrontMatterError ? err.message : 'kunne ikke lese front matter']);
  }
  const parsed = frontMatterSchema.safeParse(split.data);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${issue.path.join('.') || 'front matter'}: ${issue.message}`);
  }
  const now = options.now ?? new Date();
  if (parsed.success && new Date(`${parsed.data.date}T00:00:00Z`).getTime() > now.getTime()) {
    problems.push('date: ligger fram i tid');
  }
  const { summary, sections, problems: bodyProblems } = splitSections(split.body);
  problems.push(...bodyProblems);
  if (problems.length > 0 || !parsed.success) throw new KnowledgeValidationError(file, problems);
  const fm = parsed.data;
  return {
    id,
    title: fm.title,
    sources: fm.source,
    date: fm.date,
    audience: fm.audience,
    tags: fm.tags,
    summary,
    sections,
  };
}

function cleanText(lines: readonly string[]): string {
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

function splitSections(body: string): { summary: string; sections: KnowledgeSection[]; problems: string[] } {
  const problems: string[] = [];
  const lines = body.split('\n');
  const lead: string[] = [];
  const raw: { heading: string; lines: string[] }[] = [];
  for (const line of lines) {
    const h2 = /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (h2 && !line.startsWith('###')) {
      raw.push({ heading: (h2[1] ?? '').trim(), lines: [] });
    } else if (/^#\s/.test(line)) {
      // A top-level heading repeats the title; it is not content.
      continue;
    } else if (raw.length === 0) {
      lead.push(line);
    } else {
      raw[raw.length - 1]?.lines.push(line);
    }
  }
  if (raw.length === 0) problems.push('dokumentet har ingen ##-seksjoner');
  const seen = new Map<string, number>();
  const sections: KnowledgeSection[] = [];
  for (const r of raw) {
    const text = cleanText(r.lines);
    if (text.length === 0) problems.push(`seksjonen «${r.heading}» er tom`);
    let slug = slugify(r.heading) || 'seksjon';
    const n = (seen.get(slug) ?? 0) + 1;
    seen.set(slug, n);
    if (n > 1) slug = `${slug}-${n}`;
    sections.push({ heading: r.heading, slug, text });
  }
  return { summary: cleanText(lead), sections, problems };
}

/** One passage per `##` section; the lead paragraph, when present, is its own passage. */
export function toPassages(doc: KnowledgeDocument): Passage[] {
  const base = { docId: doc.id, title: doc.title, sources: doc.sources, date: doc.date, tags: doc.tags };
  const passages: Passage[] = [];
  if (doc.summary) passages.push({ ...base, id: `${doc.id}#kort-fortalt`, heading: 'Kort fortalt', text: doc.summary });
  for (const s of doc.sections) passages.push({ ...base, id: `${doc.id}#${s.slug}`, heading: s.heading, text: s.text });
  return passages;
}

export interface KnowledgeBase {
  documents: readonly KnowledgeDocument[];
  passages: readonly Passage[];
}

/** Reads every `*.md` in the folder (README.md excepted). Any invalid document fails the load. */
export async function loadKnowledgeBase(dir: string, options: ParseOptions = {}): Promise<KnowledgeBase> {
  const names = (await fs.readdir(dir)).filter((n) => n.endsWith('.md') && n.toLowerCase() !== 'readme.md').sort();
  const documents: KnowledgeDocument[] = [];
  const errors: KnowledgeValidationError[] = [];
  for (const name of names) {
    const text = await fs.readFile(path.join(dir, name), 'utf8');
    try {
      documents.push(parseKnowledgeDocument(name.slice(0, -3), text, options));
    } catch (err) {
      if (err instanceof KnowledgeValidationError) errors.push(err);
      else throw err;
    }
  }
  if (errors.length > 0) {
    throw new KnowledgeValidationError(
      errors.map((e) => e.file).join(', '),
      errors.flatMap((e) => e.problems.map((p) => `${e.file}: ${p}`)),
    );
  }
  if (documents.length === 0) throw new KnowledgeValidationError(dir, ['ingen dokumenter funnet']);
  return { documents, passages: documents.flatMap(toPassages) };
}

/** Builds a knowledge base from in-memory sources (tests, imports). */
export function knowledgeBaseFromSources(sources: Readonly<Record<string, string>>, options: ParseOptions = {}): KnowledgeBase {
  const documents = Object.entries(sources).map(([id, text]) => parseKnowledgeDocument(id, text, options));
  return { documents, passages: documents.flatMap(toPassages) };
}
