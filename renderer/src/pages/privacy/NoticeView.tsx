import { BodyLong, BodyShort, Heading, List, VStack } from '@navikt/ds-react';
import type { OutputOf } from '../../../../electron/core/api/router';

export type Notice = OutputOf<'me.notice'>['notice'];
type NoticeText = NonNullable<Notice['nn']>;

/** The notice in the UI's language: nynorsk where the version has it, else bokmål (also for English). */
export function noticeForLanguage(notice: Notice, language: string): NoticeText {
  if (language.startsWith('nn') && notice.nn) return notice.nn;
  return { title: notice.title, summary: notice.summary ?? [], sections: notice.sections };
}

/** The language the notice PDF is asked for, and the other one. */
export function noticeLanguages(language: string): { current: 'nb' | 'nn'; other: 'nb' | 'nn' } {
  return language.startsWith('nn') ? { current: 'nn', other: 'nb' } : { current: 'nb', other: 'nn' };
}

/**
 * The short layer of the notice (generated from the register in core/privacy): six points in plain
 * words, laid out in columns so it fits the first screen.
 */
export function NoticeSummary({ notice, language }: { notice: Notice; language: string }) {
  const text = noticeForLanguage(notice, language);
  if (text.summary.length === 0) return null;
  return (
    <dl className="notice-summary" data-testid="notice-summary">
      {text.summary.map((item) => (
        <div key={item.id} className="notice-summary-item" data-item={item.id}>
          <dt>
            <BodyShort weight="semibold">{item.title}</BodyShort>
          </dt>
          <dd>
            <BodyShort size="small">{item.text}</BodyShort>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The full privacy notice as the register generated it, in the UI's language. Headings start at
 * `level`, so the notice fits under the page's own headings.
 */
export function NoticeView({
  notice,
  level = '2',
  language = 'nb',
}: {
  notice: Notice;
  level?: '2' | '3';
  language?: string;
}) {
  const sub = level === '2' ? '3' : '4';
  const text = noticeForLanguage(notice, language);
  return (
    <VStack gap="space-16" data-testid="notice" data-version={notice.version}>
      <Heading level={level} size="medium">
        {text.title}
      </Heading>
      {text.sections.map((s) => (
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
