import { BodyLong, Box, Heading, List } from '@navikt/ds-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** One line of the fixed crisis message: "• 113 – Medisinsk nødhjelp: når det er akutt …". */
const HELP_LINE = /^•\s*([0-9][0-9 ]*[0-9])\s*[–-]\s*(.+)$/u;

/**
 * The fixed crisis message, shown calmly: the caring words as they are, the help lines as a list
 * with the numbers easy to see. Nothing here is written by the model; the text comes from core.
 */
export function CrisisReply({ text }: { text: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const blocks: ({ kind: 'text'; text: string } | { kind: 'lines'; lines: { number: string; rest: string }[] })[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const match = HELP_LINE.exec(line);
    const last = blocks[blocks.length - 1];
    if (match) {
      const entry = { number: match[1] ?? '', rest: match[2] ?? '' };
      if (last?.kind === 'lines') last.lines.push(entry);
      else blocks.push({ kind: 'lines', lines: [entry] });
    } else blocks.push({ kind: 'text', text: line });
  }
  return (
    <Box
      as="section"
      aria-labelledby={headingId}
      className="crisis-reply"
      padding="space-16"
      borderRadius="8"
      data-testid="crisis-reply"
    >
      <Heading level="4" size="xsmall" id={headingId} spacing>
        {t('chat.crisis.heading')}
      </Heading>
      {blocks.map((block, i) =>
        block.kind === 'text' ? (
          <BodyLong key={i} spacing>
            {block.text}
          </BodyLong>
        ) : (
          <List key={i} className="help-lines" data-testid="help-lines" aria-label={t('chat.crisis.helpLines')}>
            {block.lines.map((line) => (
              <List.Item key={line.number}>
                <strong className="help-line-number">{line.number}</strong> – {line.rest}
              </List.Item>
            ))}
          </List>
        ),
      )}
    </Box>
  );
}
