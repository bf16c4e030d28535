import { PlusIcon } from '@navikt/aksel-icons';
import {
  Alert,
  BodyLong,
  BodyShort,
  Button,
  HStack,
  Link,
  Loader,
  Modal,
  Radio,
  RadioGroup,
  Table,
  Tag,
  VStack,
} from '@navikt/ds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useNavigate } from 'react-router-dom';
import { useApi, useQuery } from '../../api/ApiContext';
import { PageHeading } from '../../components/PageHeading';
import { DecisionsRefusal } from './FeatureUnavailable';
import { errorMessage, refusalMessage, type CaseSummary } from './shared';
import { formatDate } from '../../i18n/format';
import { useParticipantNames } from './useDecisionContext';
import './decisions.css';

/**
 * The counselor's dialogmøte 2 cases: due at week 17 (day 119), the meeting due by week 26. Sorted
 * by due date (the app sorts). Decided cases can get their outcome at week 26, for oversight of the model.
 */
export function DecisionCases() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const location = useLocation();
  const created = (location.state as { created?: string } | null)?.created ?? null;
  const cases = useQuery('decisions.listCases', {}, '', { keepData: true });
  const { nameOf } = useParticipantNames();
  const [outcomeFor, setOutcomeFor] = useState<CaseSummary | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  return (
    <VStack gap="space-24">
      <PageHeading>{t('decisions.cases.title')}</PageHeading>
      <BodyLong className="form-column">{t('decisions.cases.intro')}</BodyLong>
      <HStack gap="space-16" align="center">
        <Button type="button" icon={<PlusIcon aria-hidden />} onClick={() => void navigate('/dialogmote/ny')}>
          {t('decisions.cases.new')}
        </Button>
        <Link as={RouterLink} to="/beslutningsmodell">
          {t('decisions.cases.aboutModel')}
        </Link>
      </HStack>
      {created && !message && (
        <Alert variant="success" data-testid="cases-message">
          {t('decisions.cases.created', { name: created })}
        </Alert>
      )}
      {message && (
        <Alert variant="success" data-testid="cases-message">
          {message}
        </Alert>
      )}
      {cases.status === 'loading' && <Loader title={t('common.loading')} />}
      {cases.status === 'error' && <DecisionsRefusal error={cases.error} />}
      {cases.status === 'success' && cases.data.length === 0 && (
        <Alert variant="info" data-testid="cases-empty">
          {t('decisions.cases.empty')}
        </Alert>
      )}
      {cases.status === 'success' && cases.data.length > 0 && (
        <Table data-testid="decision-cases">
          <caption className="sr-only">{t('decisions.cases.caption', { count: cases.data.length })}</caption>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeader scope="col">{t('decisions.cases.participant')}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t('decisions.cases.since')}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t('decisions.cases.week')}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t('decisions.cases.status')}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t('decisions.cases.deadline')}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">
                <span className="sr-only">{t('decisions.cases.actions')}</span>
              </Table.ColumnHeader>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {cases.data.map((s) => {
              const name = nameOf(s.case.participantRef);
              return (
                <Table.Row key={s.case.id} data-testid={`case-row-${s.case.id}`}>
                  <Table.HeaderCell scope="row">{name}</Table.HeaderCell>
                  <Table.DataCell>{formatDate(s.case.startDate, lang)}</Table.DataCell>
                  <Table.DataCell className="numeric">{s.timing.weekOnLeave}</Table.DataCell>
                  <Table.DataCell>
                    <CaseStatus summary={s} />
                  </Table.DataCell>
                  <Table.DataCell>{formatDate(s.timing.meetingDeadline, lang)}</Table.DataCell>
                  <Table.DataCell>
                    <CaseAction summary={s} name={name} onOutcome={() => setOutcomeFor(s)} />
                  </Table.DataCell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      )}
      {outcomeFor && (
        <OutcomeDialog
          summary={outcomeFor}
          name={nameOf(outcomeFor.case.participantRef)}
          onClose={(saved) => {
            setOutcomeFor(null);
            if (saved) {
              setMessage(t('decisions.outcome.saved', { name: nameOf(outcomeFor.case.participantRef) }));
              cases.reload();
            }
          }}
        />
      )}
    </VStack>
  );
}

function CaseStatus({ summary: s }: { summary: CaseSummary }) {
  const { t, i18n } = useTranslation();
  if (s.stopped) {
    return (
      <VStack gap="space-4" data-testid="case-stopped">
        <Tag size="small" variant="error">
          {t('decisions.cases.statusStopped')}
        </Tag>
        <BodyShort size="small">{refusalMessage(t, s.stopped)}</BodyShort>
      </VStack>
    );
  }
  if (s.decision) {
    return (
      <VStack gap="space-4">
        <Tag size="small" variant={s.decision.kind === 'summon' ? 'info' : 'neutral'}>
          {s.decision.recordKind === 'assessmentForNav'
            ? t('decisions.cases.statusAssessedForNav')
            : s.decision.kind === 'summon'
              ? t('decisions.cases.statusSummoned')
              : t('decisions.cases.statusNotNeeded')}
        </Tag>
        {s.outcome && (
          <BodyShort size="small">
            {s.outcome.stillOnLeaveAtWeek26 ? t('decisions.cases.outcomeStill') : t('decisions.cases.outcomeBack')}
          </BodyShort>
        )}
      </VStack>
    );
  }
  if (s.timing.isDue) {
    return (
      <Tag size="small" variant="warning">
        {t('decisions.cases.statusDue')}
      </Tag>
    );
  }
  return (
    <Tag size="small" variant="neutral">
      {t('decisions.cases.statusNotDue', {
        date: formatDate(s.timing.dueDate, i18n.language),
        count: s.timing.daysUntilDue,
      })}
    </Tag>
  );
}

function CaseAction({ summary: s, name, onOutcome }: { summary: CaseSummary; name: string; onOutcome: () => void }) {
  const { t, i18n } = useTranslation();
  const assess = !s.decided && s.timing.isDue;
  if (s.stopped) return null;
  return (
    <VStack gap="space-4" align="start">
      <Link
        as={RouterLink}
        to={`/dialogmote/${s.case.id}`}
        aria-label={t(assess ? 'decisions.cases.assessFor' : 'decisions.cases.openFor', { name })}
      >
        {assess ? t('decisions.cases.assess') : t('decisions.cases.open')}
      </Link>
      {s.decided && !s.outcome && s.timing.daysUntilMeetingDeadline > 0 && (
        <BodyShort size="small">
          {t('decisions.cases.outcomeFrom', { date: formatDate(s.timing.meetingDeadline, i18n.language) })}
        </BodyShort>
      )}
      {s.decided && !s.outcome && s.timing.daysUntilMeetingDeadline <= 0 && (
        <Button
          type="button"
          size="small"
          variant="secondary"
          onClick={onOutcome}
          aria-label={t('decisions.cases.outcomeFor', { name })}
        >
          {t('decisions.cases.outcome')}
        </Button>
      )}
    </VStack>
  );
}

/** The actual outcome at week 26, recorded by the counselor: lets the monitor compare the model alone with the decisions made. */
function OutcomeDialog({
  summary,
  name,
  onClose,
}: {
  summary: CaseSummary;
  name: string;
  onClose: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [value, setValue] = useState<'still' | 'back' | ''>('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      open
      onClose={() => onClose(false)}
      header={{ heading: t('decisions.outcome.title', { name }) }}
      width="medium"
    >
      <Modal.Body>
        <VStack gap="space-16">
          <BodyLong>{t('decisions.outcome.intro')}</BodyLong>
          <RadioGroup
            legend={t('decisions.outcome.legend')}
            value={value}
            onChange={(v: 'still' | 'back') => setValue(v)}
            error={error ?? undefined}
          >
            <Radio value="still">{t('decisions.outcome.still')}</Radio>
            <Radio value="back">{t('decisions.outcome.back')}</Radio>
          </RadioGroup>
        </VStack>
      </Modal.Body>
      <Modal.Footer>
        <Button
          type="button"
          loading={busy}
          onClick={async () => {
            if (!value) return setError(t('decisions.outcome.missing'));
            setBusy(true);
            const result = await api.call('decisions.recordOutcome', {
              caseId: summary.case.id,
              stillOnLeaveAtWeek26: value === 'still',
            });
            setBusy(false);
            if (result.ok) onClose(true);
            else setError(errorMessage(t, result.error));
          }}
        >
          {t('decisions.outcome.save')}
        </Button>
        <Button type="button" variant="secondary" onClick={() => onClose(false)}>
          {t('common.cancel')}
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
