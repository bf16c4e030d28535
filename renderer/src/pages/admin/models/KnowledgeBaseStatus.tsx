import { Alert, BodyLong, Heading, Loader, Table, Tag } from '@navikt/ds-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../../api/ApiContext';
import { formatDate } from '../../../i18n/format';

/**
 * "Kunnskapsbase" on the admin's Modeller page: every knowledge document with when it was checked
 * and when it must be checked again, those past review first and marked, so the organisation
 * knows which pages to check (the routine is in docs/knowledge.md).
 */
export function KnowledgeBaseStatus() {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const documents = useQuery('knowledge.documents', {}, '', { keepData: true });
  const day = (d: string | null) => (d ? formatDate(d, i18n.language) : '–');
  return (
    <section aria-labelledby={headingId} data-testid="knowledge-base-status">
      <Heading level="2" size="medium" id={headingId} spacing>
        {t('models.knowledgeBase.title')}
      </Heading>
      <BodyLong spacing>{t('models.knowledgeBase.intro')}</BodyLong>
      {documents.status === 'loading' && <Loader title={t('common.loading')} />}
      {documents.status === 'error' && <Alert variant="error">{documents.error.message}</Alert>}
      {documents.status === 'success' && (
        <>
          {(() => {
            const past = documents.data.filter((d) => d.pastReview).length;
            return past > 0 ? (
              <Alert variant="warning" size="small" data-testid="knowledge-past-review-count">
                {t('models.knowledgeBase.pastReviewCount', { count: past })}
              </Alert>
            ) : (
              <Alert variant="success" size="small">
                {t('models.knowledgeBase.allCurrent')}
              </Alert>
            );
          })()}
          <Table size="small">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('models.knowledgeBase.colTitle')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('models.knowledgeBase.colChecked')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('models.knowledgeBase.colReviewAfter')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('models.knowledgeBase.colStatus')}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {documents.data.map((d) => (
                <Table.Row
                  key={d.id}
                  data-testid="knowledge-document"
                  data-past-review={d.pastReview ? 'true' : 'false'}
                >
                  <Table.HeaderCell scope="row">{d.title}</Table.HeaderCell>
                  <Table.DataCell>{day(d.checked)}</Table.DataCell>
                  <Table.DataCell>{day(d.reviewAfter)}</Table.DataCell>
                  <Table.DataCell>
                    {d.pastReview ? (
                      <Tag variant="warning" size="small">
                        {t('models.knowledgeBase.pastReview')}
                      </Tag>
                    ) : d.reviewAfter ? (
                      <Tag variant="success" size="small">
                        {t('models.knowledgeBase.current')}
                      </Tag>
                    ) : (
                      <Tag variant="neutral" size="small">
                        {t('models.knowledgeBase.noReviewDate')}
                      </Tag>
                    )}
                  </Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </>
      )}
    </section>
  );
}
