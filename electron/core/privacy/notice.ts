import { createHash } from 'node:crypto';
import type { LegalBasisRecord, OrganisationRole } from './legalBasis.js';
import { buildText } from './noticeSections.js';
import { PURPOSES, type Purpose } from './purposes.js';
import type { RetentionMonths } from './retentionRules.js';

export interface NoticeSection {
  id: string;
  title: string;
  paragraphs: string[];
  /** A list under the paragraphs (what is processed, the rights). */
  items?: string[];
}

/** One point of the short notice: what is stored, who sees it, what the assistant gets, how long, rights, whom to ask. */
export interface NoticeSummaryItem {
  id: 'stored' | 'who' | 'assistant' | 'howLong' | 'rights' | 'ask';
  title: string;
  text: string;
}

/** The notice in one language: the short layer first, then the full text. */
export interface NoticeText {
  title: string;
  summary: NoticeSummaryItem[];
  sections: NoticeSection[];
}

export type NoticeLanguage = 'nb' | 'nn';
export const NOTICE_LANGUAGES: readonly NoticeLanguage[] = ['nb', 'nn'];

/**
 * The privacy notice to participants, generated from the register. The top-level title, summary
 * and sections are bokmål; `nn` is the same notice in nynorsk. (Versions stored before the short
 * layer and nynorsk existed lack `summary` and `nn`.)
 */
export interface NoticeContent {
  title: string;
  organisationName: string;
  /** The purposes it tells about (a training export needs a notice that covers it). */
  purposes: Purpose[];
  sections: NoticeSection[];
  summary?: NoticeSummaryItem[];
  nn?: NoticeText;
}

export interface Notice extends NoticeContent {
  version: number;
  createdAt: string;
}

export interface NoticeInput {
  organisationName: string;
  organisation: OrganisationRole | null;
  bases: ReadonlyMap<Purpose, LegalBasisRecord>;
  /** The purposes that run: a recorded basis and, where there is a switch, switched on. */
  running: ReadonlySet<Purpose>;
  retention: RetentionMonths;
}

/** The notice in the language asked for (bokmål when a stored version has no nynorsk). */
export function noticeIn(notice: NoticeContent, lang: NoticeLanguage): NoticeText {
  if (lang === 'nn' && notice.nn) return notice.nn;
  return { title: notice.title, summary: notice.summary ?? [], sections: notice.sections };
}

/** Writes the notice from the register, in bokmål and nynorsk, each with its short layer. */
export function buildNotice(input: NoticeInput): NoticeContent {
  const covered = PURPOSES.filter((p) => input.running.has(p) && input.bases.has(p));
  const nb = buildText(input, covered, 'nb');
  const nn = buildText(input, covered, 'nn');
  return {
    title: nb.title,
    organisationName: input.organisationName,
    purposes: covered,
    sections: nb.sections,
    summary: nb.summary,
    nn,
  };
}

export function noticeHash(content: NoticeContent): string {
  return createHash('sha256').update(JSON.stringify(content), 'utf8').digest('hex');
}

/** The short layer as plain text (the readability test and the printed page read it). */
export function summaryText(text: NoticeText): string {
  return text.summary.map((i) => `${i.title}\n${i.text}`).join('\n');
}

/** The notice as plain text (the PDF and the acceptance test read it): the short layer, then the full text. */
export function noticeText(notice: NoticeContent, lang: NoticeLanguage = 'nb'): string {
  const t = noticeIn(notice, lang);
  return [
    t.title,
    ...(t.summary.length ? [summaryText(t)] : []),
    ...t.sections.flatMap((s) => [s.title, ...s.paragraphs, ...(s.items ?? []).map((i) => `• ${i}`)]),
  ].join('\n');
}
