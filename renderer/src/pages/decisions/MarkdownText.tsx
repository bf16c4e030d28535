import { BodyLong, Heading, List, Table } from '@navikt/ds-react';
import type { ReactNode } from 'react';

/**
 * A small, safe reader for the model card's markdown (headings, paragraphs, lists, tables,
 * **bold** and `code`). It builds React elements, never HTML from the text, and shows links as
 * plain text: the app is offline and opens nothing by itself.
 */
type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] };

function splitRow(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim());
}

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === '') {
      i++;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', level: heading[1]!.length, text: heading[2]!.trim() });
      i++;
      continue;
    }
    if (line.trim().startsWith('|') && i + 1 < lines.length && /^\s*\|?\s*:?-{3,}/.test(lines[i + 1]!)) {
      const header = splitRow(line);
      const rows: string[][] = [];
      i += 2;
      while (i < lines.length && lines[i]!.trim().startsWith('|')) rows.push(splitRow(lines[i++]!));
      blocks.push({ kind: 'table', header, rows });
      continue;
    }
    const bullet = /^\s*([-*]|\d+\.)\s+(.*)$/.exec(line);
    if (bullet) {
      const ordered = /\d+\./.test(bullet[1]!);
      const items: string[] = [];
      while (i < lines.length) {
        const item = /^\s*([-*]|\d+\.)\s+(.*)$/.exec(lines[i]!);
        if (item) items.push(item[2]!);
        else if (lines[i]!.trim() !== '' && /^\s{2,}/.test(lines[i]!) && items.length)
          items[items.length - 1] += ` ${lines[i]!.trim()}`;
        else break;
        i++;
      }
      blocks.push({ kind: 'list', ordered, items });
      continue;
    }
    const paragraph: string[] = [];
    while (
      i < lines.length &&
      lines[i]!.trim() !== '' &&
      !/^(#{1,6})\s/.test(lines[i]!) &&
      !/^\s*([-*]|\d+\.)\s+/.test(lines[i]!) &&
      !lines[i]!.trim().startsWith('|')
    )
      paragraph.push(lines[i++]!.trim());
    blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
  }
  return blocks;
}

/** **bold**, `code` and [text](url) (shown as "text (url)"). */
function inline(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  const pattern = /\*\*([^*]+)\*\*|`([^`]+)`|\[([^\]]+)\]\(([^)]+)\)/g;
  let last = 0;
  let match: RegExpExecArray | null;
  let key = 0;
  while ((match = pattern.exec(text))) {
    if (match.index > last) out.push(text.slice(last, match.index));
    if (match[1] !== undefined) out.push(<strong key={key++}>{match[1]}</strong>);
    else if (match[2] !== undefined) out.push(<code key={key++}>{match[2]}</code>);
    else out.push(`${match[3]} (${match[4]})`);
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

const HEADING_SIZE = { 2: 'medium', 3: 'small', 4: 'xsmall', 5: 'xsmall', 6: 'xsmall' } as const;

/** Renders markdown with its headings moved down `shift` levels (the page keeps its own h1). */
export function MarkdownText({
  source,
  shift = 1,
  caption,
}: {
  source: string;
  shift?: number;
  caption: (index: number) => string;
}) {
  let tables = 0;
  return (
    <div className="markdown-text">
      {parseMarkdown(source).map((block, index) => {
        switch (block.kind) {
          case 'heading': {
            const level = Math.min(6, block.level + shift) as 2 | 3 | 4 | 5 | 6;
            return (
              <Heading
                key={index}
                level={String(level) as '2' | '3' | '4' | '5' | '6'}
                size={HEADING_SIZE[level]}
                spacing
              >
                {inline(block.text)}
              </Heading>
            );
          }
          case 'paragraph':
            return (
              <BodyLong key={index} spacing>
                {inline(block.text)}
              </BodyLong>
            );
          case 'list':
            return (
              <List key={index} as={block.ordered ? 'ol' : 'ul'}>
                {block.items.map((item, j) => (
                  <List.Item key={j}>{inline(item)}</List.Item>
                ))}
              </List>
            );
          case 'table': {
            const n = tables++;
            const hasHeader = block.header.some((cell) => cell !== '');
            return (
              <div key={index} className="markdown-table" tabIndex={0} role="region" aria-label={caption(n)}>
                <Table size="small">
                  <caption className="sr-only">{caption(n)}</caption>
                  {hasHeader && (
                    <Table.Header>
                      <Table.Row>
                        {block.header.map((cell, j) => (
                          <Table.ColumnHeader key={j} scope="col">
                            {inline(cell)}
                          </Table.ColumnHeader>
                        ))}
                      </Table.Row>
                    </Table.Header>
                  )}
                  <Table.Body>
                    {block.rows.map((row, j) => (
                      <Table.Row key={j}>
                        {row.map((cell, k) =>
                          k === 0 && !hasHeader ? (
                            <Table.HeaderCell key={k} scope="row">
                              {inline(cell)}
                            </Table.HeaderCell>
                          ) : (
                            <Table.DataCell key={k}>{inline(cell)}</Table.DataCell>
                          ),
                        )}
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </div>
            );
          }
        }
      })}
    </div>
  );
}
