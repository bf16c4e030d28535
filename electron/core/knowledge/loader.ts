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

const isoDate = (field: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${field} må være ÅÅÅÅ-MM-DD`)
    .refine(
      (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
      `${field} er ikke en gyldig dato`,
    );

const url = z.string().regex(/^https?:\/\/[^\s]+\.[^\s]+$/, 'source må være en nettadresse (http/https)');

function list<T extends z.ZodType<string>>(item: T, message: string) {
  return z
    .union([item.transform((s): z.output<T>[] => [s]), z.array(item)], { error: message })
    .refine((l) => l.length > 0, message);
}

/**
 * Front matter every document must have; a missing source or check date is an error. `checked`
 * is when the facts were last verified against the sources (`date` is its older name);
 * `reviewAfter` is when the organisation must check them again. `everyday` lists the words
 * people use for the topic when they do not know its name, and `questions` the questions it
 * answers in a participant's own words: both are indexed with the document, never shown.
 */
export const frontMatterSchema = z
  .object({
    title: z.string({ error: 'title mangler' }).trim().min(3, 'title er for kort'),
    source: list(url, 'source mangler (minst én offentlig nettadresse)'),
    checked: isoDate('checked').optional(),
    date: isoDate('date').optional(),
    reviewAfter: isoDate('reviewAfter').optional(),
    audience: list(z.enum(AUDIENCES), `audience må være én eller flere av ${AUDIENCES.join(', ')}`),
    tags: list(z.string().trim().min(2), 'tags mangler'),
    everyday: list(z.string().trim().min(2), 'everyday må være en liste med ord').optional(),
    questions: list(z.string().trim().min(5), 'questions må være en liste med spørsmål').optional(),
  })
  .refine((fm) => fm.checked !== undefined || fm.date !== undefined, {
    message: 'checked mangler (når fakta sist ble sjekket, ÅÅÅÅ-MM-DD; eldre navn: date)',
    path: ['checked'],
  })
  .refine((fm) => !fm.reviewAfter || fm.reviewAfter > (fm.checked ?? fm.date ?? ''), {
    message: 'reviewAfter må være etter checked',
    path: ['reviewAfter'],
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
  if (!DOC_ID.test(id))
    throw new KnowledgeValidationError(file, ['filnavnet må være små bokstaver, tall og bindestrek (a-z, 0-9, -)']);
  let split;
  try {
    split = splitFrontMatter(source);
  } catch (err) {
    throw new KnowledgeValidationError(file, [
      err instanceof FrontMatterError ? err.message : 'kunne ikke lese front matter',
    ]);
  }
  const parsed = frontMatterSchema.safeParse(split.data);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      problems.push(`${issue.path.join('.') || 'front matter'}: ${issue.message}`);
  }
  const now = options.now ?? new Date();
  const checked = parsed.success ? (parsed.data.checked ?? parsed.data.date ?? '') : '';
  if (parsed.success && new Date(`${checked}T00:00:00Z`).getTime() > now.getTime()) {
    problems.push('checked: ligger fram i tid');
  }
  const declaredSources = parsed.success ? parsed.data.source : [];
  const { lead, sections, problems: bodyProblems } = splitSections(split.body, declaredSources);
  problems.push(...bodyProblems);
  if (problems.length > 0 || !parsed.success) throw new KnowledgeValidationError(file, problems);
  const fm = parsed.data;
  return {
    id,
    title: fm.title,
    sources: fm.source,
    date: checked,
    reviewAfter: fm.reviewAfter ?? null,
    audience: fm.audience,
    tags: fm.tags,
    everyday: fm.everyday ?? [],
    questions: fm.questions ?? [],
    summary: lead.text,
    summarySources: lead.sources,
    summaryNoSource: lead.noSource,
    summaryDescribesApp: lead.describesApp,
    sections,
  };
}

/**
 * The last line of the lead and of every `##` section says where its facts come from:
 *
 *   Kilde: https://www.nav.no/meldekort https://lovdata.no/...   (one or more, each also in `source`)
 *   Kilde: ingen – råd om hvordan du forbereder deg, ingen regler   (advice or encouragement, no rules)
 *   Kilde: InkludMI – teksten lages fra appens kode                 (describes the app itself)
 *
 * The line is not part of the passage text (it is neither indexed nor quoted); the first address
 * is what the chat's citation shows for that passage.
 */
export const SOURCE_LINE = /^Kilde:\s*(.*?)\s*$/;
const NO_SOURCE = /^ingen\s*[–—-]\s*(.*)$/i;
const APP_SOURCE = /^InkludMI\s*[–—-]\s*(.*)$/;

interface SourceDeclaration {
  sources: string[];
  noSource: string | null;
  describesApp: boolean;
}

function parseSourceLine(
  value: string,
  declared: readonly string[],
  where: string,
): { declaration: SourceDeclaration; problems: string[] } {
  const app = APP_SOURCE.exec(value);
  const none = NO_SOURCE.exec(value);
  if (app || none || /^ingen\b/i.test(value) || /^InkludMI\b/.test(value)) {
    const reason = (app?.[1] ?? none?.[1] ?? '').trim();
    const describesApp = app !== null || /^InkludMI\b/.test(value);
    if (reason.length < 10) {
      return {
        declaration: { sources: [], noSource: null, describesApp: false },
        problems: [
          `${where}: «Kilde: ${describesApp ? 'InkludMI' : 'ingen'}» må si hvorfor delen ikke har kilde («Kilde: ingen – råd om …»)`,
        ],
      };
    }
    return { declaration: { sources: [], noSource: reason, describesApp }, problems: [] };
  }
  const urls = value.split(/[\s,]+/).filter((u) => u.length > 0);
  const problems: string[] = [];
  if (urls.length === 0) problems.push(`${where}: «Kilde:» er tom`);
  for (const u of urls) {
    if (!url.safeParse(u).success) problems.push(`${where}: «${u}» i «Kilde:» er ikke en nettadresse`);
    else if (!declared.includes(u)) problems.push(`${where}: ${u} står i «Kilde:», men ikke i source`);
  }
  return { declaration: { sources: urls, noSource: null, describesApp: false }, problems };
}

/** Takes the «Kilde:» line off the end of a block of lines. */
function takeSourceLine(
  lines: readonly string[],
  declared: readonly string[],
  where: string,
): { text: string } & SourceDeclaration & { problems: string[] } {
  const body = [...lines];
  while (body.length > 0 && (body[body.length - 1] ?? '').trim() === '') body.pop();
  const last = SOURCE_LINE.exec((body[body.length - 1] ?? '').trim());
  const problems: string[] = [];
  let declaration: SourceDeclaration = { sources: [], noSource: null, describesApp: false };
  if (last) {
    body.pop();
    const parsed = parseSourceLine(last[1] ?? '', declared, where);
    declaration = parsed.declaration;
    problems.push(...parsed.problems);
  } else {
    problems.push(`${where}: mangler «Kilde:»-linje til slutt (primærkilde for fakta, eller «Kilde: ingen – grunn»)`);
  }
  if (body.some((l) => SOURCE_LINE.test(l.trim())))
    problems.push(`${where}: «Kilde:» skal stå som siste linje, én gang`);
  return { text: cleanText(body), ...declaration, problems };
}

function cleanText(lines: readonly string[]): string {
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function splitSections(
  body: string,
  declared: readonly string[],
): { lead: { text: string } & SourceDeclaration; sections: KnowledgeSection[]; problems: string[] } {
  const problems: string[] = [];
  const lines = body.split('\n');
  const leadLines: string[] = [];
  const raw: { heading: string; lines: string[] }[] = [];
  for (const line of lines) {
    const h2 = /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (h2 && !line.startsWith('###')) {
      raw.push({ heading: (h2[1] ?? '').trim(), lines: [] });
    } else if (/^#\s/.test(line)) {
      // A top-level heading repeats the title; it is not content.
      continue;
    } else if (raw.length === 0) {
      leadLines.push(line);
    } else {
      raw[raw.length - 1]?.lines.push(line);
    }
  }
  if (raw.length === 0) problems.push('dokumentet har ingen ##-seksjoner');
  let lead: { text: string } & SourceDeclaration = { text: '', sources: [], noSource: null, describesApp: false };
  if (cleanText(leadLines).length > 0) {
    const taken = takeSourceLine(leadLines, declared, 'innledningen');
    problems.push(...taken.problems);
    if (taken.text.length === 0) problems.push('innledningen har bare en «Kilde:»-linje');
    lead = { text: taken.text, sources: taken.sources, noSource: taken.noSource, describesApp: taken.describesApp };
  }
  const seen = new Map<string, number>();
  const sections: KnowledgeSection[] = [];
  for (const r of raw) {
    const taken = takeSourceLine(r.lines, declared, `seksjonen «${r.heading}»`);
    const text = taken.text;
    if (text.length === 0) problems.push(`seksjonen «${r.heading}» er tom`);
    else problems.push(...taken.problems);
    let slug = slugify(r.heading) || 'seksjon';
    const n = (seen.get(slug) ?? 0) + 1;
    seen.set(slug, n);
    if (n > 1) slug = `${slug}-${n}`;
    sections.push({
      heading: r.heading,
      slug,
      text,
      sources: taken.sources,
      noSource: taken.noSource,
      describesApp: taken.describesApp,
    });
  }
  return { lead, sections, problems };
}

/** One passage per `##` section, citing that section's own sources; the lead paragraph, when present, is its own passage. */
export function toPassages(doc: KnowledgeDocument): Passage[] {
  const base = {
    docId: doc.id,
    title: doc.title,
    date: doc.date,
    reviewAfter: doc.reviewAfter,
    tags: doc.tags,
    everyday: doc.everyday,
    questions: doc.questions,
  };
  const passages: Passage[] = [];
  if (doc.summary) {
    passages.push({
      ...base,
      id: `${doc.id}#kort-fortalt`,
      heading: 'Kort fortalt',
      text: doc.summary,
      sources: doc.summarySources,
      noSource: doc.summaryNoSource,
      describesApp: doc.summaryDescribesApp,
    });
  }
  for (const s of doc.sections)
    passages.push({
      ...base,
      id: `${doc.id}#${s.slug}`,
      heading: s.heading,
      text: s.text,
      sources: s.sources,
      noSource: s.noSource,
      describesApp: s.describesApp,
    });
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
export function knowledgeBaseFromSources(
  sources: Readonly<Record<string, string>>,
  options: ParseOptions = {},
): KnowledgeBase {
  const documents = Object.entries(sources).map(([id, text]) => parseKnowledgeDocument(id, text, options));
  return { documents, passages: documents.flatMap(toPassages) };
}
