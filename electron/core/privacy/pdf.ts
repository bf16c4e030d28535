import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';

/** A block of a readable document (exports, the notice, the records of processing). */
export type PdfBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'small'; text: string }
  | { kind: 'list'; items: readonly string[] }
  /** Label–value pairs (one record of a table). */
  | { kind: 'fields'; rows: readonly (readonly [string, string])[] }
  | { kind: 'rule' };

export interface PdfDocumentSpec {
  title: string;
  subject?: string;
  blocks: readonly PdfBlock[];
  /** Printed at the foot of every page, e.g. "Fortrolig – inneholder personopplysninger". */
  footer?: string;
}

const requireHere = createRequire(import.meta.url);

type Weight = 400 | 600;

interface Subset {
  name: string;
  ranges: [number, number][];
}

/** The bundled Source Sans 3 (OFL) from @fontsource: one file per subset and weight, read from disk (no network). */
function fontFile(subset: string, weight: Weight): string {
  return requireHere.resolve(`@fontsource/source-sans-3/files/source-sans-3-${subset}-${weight}-normal.woff`);
}

let subsets: Subset[] | undefined;
function fontSubsets(): Subset[] {
  if (subsets) return subsets;
  const file = path.join(path.dirname(requireHere.resolve('@fontsource/source-sans-3/package.json')), 'unicode.json');
  const table = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
  // Latin first: it covers æ, ø, å and nearly all Norwegian text; the others fill in (Sámi letters, …).
  const order = ['latin', 'latin-ext', 'vietnamese', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext'].filter(
    (s) => s in table,
  );
  subsets = order.map((name) => ({
    name,
    ranges: table[name]!.split(',').map((r) => {
      const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
      const lo = parseInt(a!, 16);
      return [lo, b ? parseInt(b, 16) : lo] as [number, number];
    }),
  }));
  return subsets;
}

function subsetOf(codePoint: number): string | null {
  for (const s of fontSubsets()) if (s.ranges.some(([lo, hi]) => codePoint >= lo && codePoint <= hi)) return s.name;
  return null;
}

/** Splits text into runs that one font file can draw; characters no subset has become "?". */
export function fontRuns(text: string): { subset: string; text: string }[] {
  const runs: { subset: string; text: string }[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const subset = cp === 0x0a ? 'latin' : subsetOf(cp);
    const piece = subset ? ch : '?';
    const name = subset ?? 'latin';
    const last = runs.at(-1);
    if (last && last.subset === name) last.text += piece;
    else runs.push({ subset: name, text: piece });
  }
  return runs;
}

const MARGIN = 56;

/** Renders a document to PDF bytes, fonts embedded (subsetted), A4, with page numbers. */
export function renderPdf(spec: PdfDocumentSpec): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN, bottom: MARGIN + 14, left: MARGIN, right: MARGIN },
      font: fontFile('latin', 400),
      bufferPages: true,
      lang: 'nb-NO',
      displayTitle: true,
      info: { Title: spec.title, Subject: spec.subject ?? spec.title, Creator: 'InkludMI', Producer: 'InkludMI' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    const registered = new Set<string>();
    const useFont = (subset: string, weight: Weight) => {
      const name = `${subset}-${weight}`;
      if (!registered.has(name)) {
        doc.registerFont(name, fontFile(subset, weight));
        registered.add(name);
      }
      doc.font(name);
    };
    const write = (
      text: string,
      options: { size: number; weight?: Weight; color?: string; gapAfter?: number; indent?: number },
    ) => {
      const runs = fontRuns(text.length > 0 ? text : ' ');
      doc.fontSize(options.size).fillColor(options.color ?? '#1a1a1a');
      runs.forEach((run, i) => {
        useFont(run.subset, options.weight ?? 400);
        doc.text(run.text, {
          continued: i < runs.length - 1,
          ...(options.indent ? { indent: options.indent } : {}),
          lineGap: 2,
        });
      });
      if (options.gapAfter) doc.moveDown(options.gapAfter);
    };
    try {
      for (const block of spec.blocks) {
        switch (block.kind) {
          case 'title':
            write(block.text, { size: 20, weight: 600, gapAfter: 0.6 });
            break;
          case 'heading':
            if (doc.y > doc.page.height - 140) doc.addPage();
            doc.moveDown(0.4);
            write(block.text, { size: 14, weight: 600, gapAfter: 0.3 });
            break;
          case 'subheading':
            if (doc.y > doc.page.height - 120) doc.addPage();
            write(block.text, { size: 11.5, weight: 600, gapAfter: 0.2 });
            break;
          case 'paragraph':
            write(block.text, { size: 10.5, gapAfter: 0.4 });
            break;
          case 'small':
            write(block.text, { size: 8.5, color: '#555555', gapAfter: 0.3 });
            break;
          case 'list':
            for (const item of block.items) write(`•  ${item}`, { size: 10.5, gapAfter: 0.15 });
            doc.moveDown(0.3);
            break;
          case 'fields':
            for (const [label, value] of block.rows) {
              write(`${label}: ${value}`, { size: 9.5 });
            }
            doc.moveDown(0.4);
            break;
          case 'rule': {
            const y = doc.y + 2;
            doc
              .moveTo(MARGIN, y)
              .lineTo(doc.page.width - MARGIN, y)
              .lineWidth(0.5)
              .strokeColor('#999999')
              .stroke();
            doc.moveDown(0.6);
            break;
          }
        }
      }
      const range = doc.bufferedPageRange();
      for (let i = range.start; i < range.start + range.count; i++) {
        doc.switchToPage(i);
        const footer = `${spec.footer ? `${spec.footer}  ·  ` : ''}Side ${i + 1} av ${range.count}`;
        const bottom = doc.page.margins.bottom;
        doc.page.margins.bottom = 0;
        useFont('latin', 400);
        doc
          .fontSize(8)
          .fillColor('#555555')
          .text(
            fontRuns(footer)
              .map((r) => r.text)
              .join(''),
            MARGIN,
            doc.page.height - MARGIN + 10,
            { width: doc.page.width - 2 * MARGIN, align: 'center', lineBreak: false },
          );
        doc.page.margins.bottom = bottom;
      }
      doc.end();
    } catch (err) {
      reject(err instanceof Error ? err : new Error('pdf failed'));
    }
  });
}

/** A value of an exported row as text for the PDF. */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Uint8Array) return `(${value.length} byte)`;
  return JSON.stringify(value);
}
