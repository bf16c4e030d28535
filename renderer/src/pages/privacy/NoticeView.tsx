import { BodyLong, Heading, List, VStack } from '@navikt/ds-react';
import type { OutputOf } from '../../../../electron/core/api/router';

export type Notice = OutputOf<'me.notice'>['notice'];

/**
 * The privacy notice as the register generated it (plain bokmål from core/privacy). Headings start
 * at `level`, so the notice fits under the page's own headings.
 */
export function NoticeView({ notice, level = '2' }: { notice: Notice; level?: '2' | '3' }) {
  const sub = level === '2' ? '3' : '4';
  return (
    <VStack gap="space-16" data-testid="notice" data-version={notice.version}>
      <Heading level={level} size="medium">
        {notice.title}
      </Heading>
      {notice.sections.map((s) => (
        <VStack gap="space-8" key={s.id} as="section" data-section={s.id}>
          <Heading level={sub} size="small">
            {s.title}
          </Heading>
          {s.paragraphs.map((p) => (
            <BodyLong key={p}>{p}</BodyLong>
          ))}
          {s.items && s.items.length > 0 && (
            <List>
              {s.items.map((item) => (
                <List.Item key={item}>{item}</List.Item>
              ))}
            </List>
          )}
        </VStack>
      ))}
    </VStack>
  );
}
