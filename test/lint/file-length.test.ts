/**
 * Files in electron/ stay at most 450 lines (ARCHITECTURE.md "Small modules with one reason to
 * change"; issue 15, acceptance 5): a file that grows past it is split by responsibility, not
 * into parts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const MAX_LINES = 450;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : entry.isFile() ? [full] : [];
  });
}

/** Lines as an editor numbers them: a final newline does not start another line. */
function lineCount(file: string): number {
  const text = fs.readFileSync(file, 'utf8');
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

describe('file length in electron/', () => {
  it('counts lines as an editor does (the checker itself works)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'file-length-'));
    try {
      const cases: [string, number][] = [
        ['', 0],
        ['one', 1],
        ['one\n', 1],
        ['one\ntwo\n\nfour\n', 4],
        ['one\r\ntwo', 2],
      ];
      for (const [i, [text, lines]] of cases.entries()) {
        const file = path.join(dir, `${i}.ts`);
        fs.writeFileSync(file, text);
        expect(lineCount(file), JSON.stringify(text)).toBe(lines);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it(`no file under electron/ is longer than ${MAX_LINES} lines`, () => {
    const files = filesUnder(path.join(root, 'electron'));
    expect(files.length).toBeGreaterThan(100);
    const tooLong = files
      .map((file) => ({ file: path.relative(root, file), lines: lineCount(file) }))
      .filter((f) => f.lines > MAX_LINES)
      .map((f) => `${f.file}: ${f.lines} lines`);
    expect(tooLong).toEqual([]);
  });
});
