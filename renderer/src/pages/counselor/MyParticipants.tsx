import { Alert, BodyLong, Loader, Table, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/ApiContext';
import { PageHeading } from '../../components/PageHeading';
import { formatDate } from '../../i18n/format';

/** A counselor's caseload: only the participants assigned to them (the app decides, not the screen). */
export function MyParticipants() {
  const { t, i18n } = useTranslation();
  const list = useQuery('participants.list', { limit: 500 });

  return (
    <VStack gap="space-24">
      <PageHeading>{t('caseload.title')}</PageHeading>
      <BodyLong>{t('caseload.intro')}</BodyLong>
      {list.status === 'loading' && <Loader title={t('common.loading')} />}
      {list.status === 'error' && <Alert variant="error">{list.error.message}</Alert>}
      {list.status === 'success' && list.data.length === 0 && (
        <Alert variant="info" data-testid="caseload-empty">
          {t('caseload.empty')}
        </Alert>
      )}
      {list.status === 'success' && list.data.length > 0 && (
        <Table data-testid="caseload">
          <caption className="sr-only">{t('caseload.caption', { count: list.data.length })}</caption>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeader scope="col">{t('caseload.name')}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t('caseload.since')}</Table.ColumnHeader>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {list.data.map((p) => (
              <Table.Row key={p.id}>
                <Table.HeaderCell scope="row">{p.displayName}</Table.HeaderCell>
                <Table.DataCell>{formatDate(p.createdAt, i18n.language)}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </VStack>
  );
}
