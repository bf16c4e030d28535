import { ArrowLeftIcon, PadlockLockedIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, BodyShort, Box, Button, Heading, HStack, Link, List, Loader, VStack } from '@navikt/ds-react';
import { useCallback, useEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import type { ApiErrorBody } from '../../../../electron/core/api/errors';
import type { InputOf, OutputOf, ProcedureName } from '../../../../electron/core/api/router';
import { useApi, useQuery } from '../../api/ApiContext';
import { PageHeading } from '../../components/PageHeading';
import { formatDateTime, formatDate } from '../../i18n/format';
import { AssessmentForNavText, DecisionDone, InformationLetter } from './DecisionDone';
import { AssessmentForNavForm, DecisionForm, SummonConfirmation } from './DecisionForm';
import { DecisionsRefusal } from './FeatureUnavailable';
import { OwnAssessmentForm } from './OwnAssessmentForm';
import { PredictionPanel } from './PredictionPanel';
import { errorMessage, type CaseSummary, type Calibration, type SessionView } from './shared';
import { useParticipantNames } from './useDecisionContext';

/**
 * One case, decided in the order the issue demands: (1) the counselor's own assessment, (2) the
 * prediction, shown honestly, with calibration and factors on demand, (3) the human decision —
 * summon with an explicit confirmation, or not needed with a reason code, a justification and the
 * information text to the person. Nothing is decided until the counselor does it.
 */
export function DecisionFlow() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  const cases = useQuery('decisions.listCases', {}, caseId);
  const { nameOf } = useParticipantNames();

  if (cases.status === 'loading') return <Loader title={t('common.loading')} />;
  if (cases.status === 'error') return <DecisionsRefusal error={cases.error} />;
  const summary = cases.data.find((c) => c.case.id === caseId);
  if (!summary) {
    return (
      <VStack gap="space-16">
        <PageHeading>{t('decisions.flow.notFoundTitle')}</PageHeading>
        <Alert variant="warning">{t('decisions.flow.notFound')}</Alert>
        <BackLink />
      </VStack>
    );
  }
  return <CaseDecision summary={summary} participantName={nameOf(summary.case.participantRef)} />;
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Link as={RouterLink} to="/dialogmote">
      <ArrowLeftIcon aria-hidden /> {t('decisions.flow.back')}
    </Link>
  );
}

function CaseDecision({ summary, participantName }: { summary: CaseSummary; participantName: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [session, setSession] = useState<SessionView | null>(null);
  const [calibration, setCalibration] = useState<Calibration | null>(null);
  const [realOutcomes, setRealOutcomes] = useState<{ n: number; needed: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const predictionHeading = useRef<HTMLHeadingElement>(null);
  const decisionHeading = useRef<HTMLHeadingElement>(null);
  const c = summary.case;
  const timing = summary.timing;

  /** One human step: call the procedure, show a refusal where the step is, return the answer or the error. */
  const run = useCallback(
    async <N extends ProcedureName>(
      name: N,
      input: InputOf<N>,
    ): Promise<{ ok: true; data: OutputOf<N> } | { ok: false; error: ApiErrorBody }> => {
      setBusy(true);
      const result = await api.call(name, input);
      setBusy(false);
      setError(result.ok ? null : result.error);
      return result;
    },
    [api],
  );

  const sessionStep = async <N extends ProcedureName>(name: N, input: InputOf<N>): Promise<ApiErrorBody | null> => {
    const result = await run(name, input);
    if (!result.ok) return result.error;
    setSession(result.data as unknown as SessionView);
    return null;
  };

  // Focus follows the flow: after the own assessment, the prediction's heading; after the prediction, the decision's.
  const stage = session?.stage;
  const shown = session?.prediction !== null && session?.prediction !== undefined;
  useEffect(() => {
    if (stage === 'assessed' && session?.ownAssessment) predictionHeading.current?.focus();
  }, [stage, session?.ownAssessment]);
  useEffect(() => {
    if (shown) predictionHeading.current?.focus();
  }, [shown]);

  const lang = i18n.language;
  const ownDone = session?.ownAssessment !== null && session?.ownAssessment !== undefined;
  const mayDecide = session !== null && (!session.cognitiveForcing || ownDone);

  return (
    <VStack gap="space-32">
      <VStack gap="space-12">
        <BackLink />
        <PageHeading>{t('decisions.flow.title', { name: participantName })}</PageHeading>
        <CaseFacts summary={summary} />
      </VStack>

      {summary.decision && !session?.decision && (
        <VStack gap="space-16" data-testid="case-already-decided">
          <Alert variant="info">
            {summary.decision.recordKind === 'assessmentForNav'
              ? t('decisions.nav.already', {
                  name: summary.decision.counselorName,
                  date: formatDateTime(summary.decision.decidedAt, lang),
                })
              : t(
                  summary.decision.kind === 'summon'
                    ? 'decisions.flow.decidedSummon'
                    : 'decisions.flow.decidedNotNeeded',
                  {
                    name: summary.decision.counselorName,
                    date: formatDateTime(summary.decision.decidedAt, lang),
                    reason: summary.decision.reasonCode ? t(`decisions.reason.${summary.decision.reasonCode}`) : '',
                  },
                )}
          </Alert>
          {summary.decision.informationText && (
            <InformationLetter
              caseId={summary.case.id}
              texts={{ nb: summary.decision.informationText, nn: summary.decision.informationTextNn }}
              participantName={participantName}
              handovers={summary.letterHandovers}
            />
          )}
          {summary.decision.assessmentText && (
            <AssessmentForNavText
              texts={{ nb: summary.decision.assessmentText, nn: summary.decision.assessmentTextNn }}
              participantName={participantName}
            />
          )}
        </VStack>
      )}

      {!summary.decided && !session && (
        <VStack gap="space-16" className="form-column" data-testid="flow-start">
          <Heading level="2" size="medium">
            {t('decisions.flow.howTitle')}
          </Heading>
          <List as="ol">
            <List.Item>{t('decisions.flow.how1')}</List.Item>
            <List.Item>{t('decisions.flow.how2')}</List.Item>
            <List.Item>
              {summary.authority === 'assessment-for-nav' ? t('decisions.nav.how3') : t('decisions.flow.how3')}
            </List.Item>
          </List>
          <BodyLong size="small">{t('decisions.flow.howRecorded')}</BodyLong>
          {!timing.isDue && (
            <Alert variant="info">
              {t('decisions.flow.notDue', { date: formatDate(timing.dueDate, lang), days: timing.daysUntilDue })}
            </Alert>
          )}
          {error && <Alert variant="error">{errorMessage(t, error)}</Alert>}
          <div>
            <Button
              type="button"
              loading={busy}
              onClick={async () => {
                const result = await run('decisions.openSession', { caseId: c.id });
                if (result.ok) setSession(result.data);
              }}
            >
              {t('decisions.flow.start')}
            </Button>
          </div>
        </VStack>
      )}

      {session && (
        <VStack gap="space-32" data-testid="decision-session" data-session-id={session.id}>
          <FlowSection number={1} title={t('decisions.own.title')} testId="step-own-assessment">
            {session.ownAssessment ? (
              <OwnAssessmentSummary session={session} />
            ) : session.stage === 'decided' ? null : (
              <OwnAssessmentForm
                participantName={participantName}
                cognitiveForcing={session.cognitiveForcing}
                busy={busy}
                onSubmit={(input) => sessionStep('decisions.recordOwnAssessment', { sessionId: session.id, ...input })}
              />
            )}
          </FlowSection>

          <FlowSection
            number={2}
            title={t('decisions.prediction.title')}
            headingRef={predictionHeading}
            testId="step-prediction"
          >
            {session.prediction ? (
              <PredictionPanel
                prediction={session.prediction}
                factors={session.factors}
                calibration={calibration}
                realOutcomes={realOutcomes}
                busy={busy}
                onOpenFactors={async () =>
                  (await sessionStep('decisions.openExplanation', { sessionId: session.id })) === null
                }
                onShowCalibration={async () => {
                  const result = await run('decisions.viewCalibration', { sessionId: session.id });
                  if (!result.ok) return false;
                  setSession(result.data.view);
                  setCalibration(result.data.calibration);
                  setRealOutcomes({ n: result.data.realOutcomes, needed: result.data.realOutcomesNeeded });
                  return true;
                }}
              />
            ) : session.predictionAvailable ? (
              <VStack gap="space-12" className="form-column">
                <BodyLong>{t('decisions.prediction.ready')}</BodyLong>
                <div>
                  <Button
                    type="button"
                    loading={busy}
                    onClick={() => void sessionStep('decisions.showPrediction', { sessionId: session.id })}
                  >
                    {t('decisions.prediction.show')}
                  </Button>
                </div>
              </VStack>
            ) : session.decision ? null : (
              <HStack gap="space-8" align="center" data-testid="prediction-locked">
                <PadlockLockedIcon aria-hidden />
                <BodyShort>{t('decisions.prediction.locked')}</BodyShort>
              </HStack>
            )}
          </FlowSection>

          <FlowSection
            number={3}
            title={session.authority === 'assessment-for-nav' ? t('decisions.nav.title') : t('decisions.decide.title')}
            headingRef={decisionHeading}
            testId="step-decision"
          >
            {session.decision ? (
              <DecisionDone decision={session.decision} participantName={participantName} />
            ) : session.stage === 'awaitingSummonConfirmation' ? (
              <SummonConfirmation
                participantName={participantName}
                justification={session.pendingSummon?.justification ?? ''}
                busy={busy}
                onConfirm={() => sessionStep('decisions.confirmSummon', { sessionId: session.id, confirm: true })}
                onCancel={() => sessionStep('decisions.cancelSummon', { sessionId: session.id })}
              />
            ) : mayDecide && session.authority === 'assessment-for-nav' ? (
              <AssessmentForNavForm
                participantName={participantName}
                busy={busy}
                onSubmit={(input) =>
                  sessionStep('decisions.completeAssessmentForNav', { sessionId: session.id, ...input })
                }
              />
            ) : mayDecide ? (
              <DecisionForm
                participantName={participantName}
                busy={busy}
                onNotNeeded={(input) => sessionStep('decisions.decideNotNeeded', { sessionId: session.id, ...input })}
                onProposeSummon={(input) => sessionStep('decisions.proposeSummon', { sessionId: session.id, ...input })}
              />
            ) : (
              <HStack gap="space-8" align="center">
                <PadlockLockedIcon aria-hidden />
                <BodyShort>{t('decisions.decide.locked')}</BodyShort>
              </HStack>
            )}
          </FlowSection>
          {error && !error.fields?.length && (
            <Alert variant="error" data-testid="flow-error">
              {errorMessage(t, error)}
            </Alert>
          )}
        </VStack>
      )}
    </VStack>
  );
}

function FlowSection({
  number,
  title,
  children,
  headingRef,
  testId,
}: {
  number: number;
  title: string;
  children: ReactNode;
  headingRef?: Ref<HTMLHeadingElement>;
  testId: string;
}) {
  return (
    <section aria-labelledby={`${testId}-heading`} data-testid={testId} className="flow-section">
      <Heading
        ref={headingRef}
        tabIndex={-1}
        id={`${testId}-heading`}
        level="2"
        size="medium"
        spacing
        className="page-heading"
      >
        <span className="flow-number" aria-hidden="true">
          {number}
        </span>
        {title}
      </Heading>
      {children}
    </section>
  );
}

function OwnAssessmentSummary({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const own = session.ownAssessment!;
  return (
    <Box background="neutral-soft" padding="space-16" borderRadius="8" data-testid="own-assessment-summary">
      <dl className="info-list">
        <dt>{t('decisions.own.summaryExpectation')}</dt>
        <dd>{t(`decisions.own.expectation.${own.expectation}`)}</dd>
        <dt>{t('decisions.own.summaryEstimate')}</dt>
        <dd>{own.estimatePercent === null ? t('decisions.own.noEstimate') : `${own.estimatePercent} %`}</dd>
        <dt>{t('decisions.own.summaryLeaning')}</dt>
        <dd>{t(`decisions.own.leaning.${own.leaningTowards}`)}</dd>
      </dl>
      <BodyShort size="small" className="summary-note">
        {own.beforePrediction ? t('decisions.own.recordedBefore') : t('decisions.own.recordedAfter')}
      </BodyShort>
    </Box>
  );
}

/** The case as recorded: only what the decision needs (no diagnosis beyond the chapter letter). */
export function CaseFacts({ summary }: { summary: CaseSummary }) {
  const { t, i18n } = useTranslation();
  const c = summary.case;
  const timing = summary.timing;
  const lang = i18n.language;
  return (
    <dl className="info-list" data-testid="case-facts">
      <dt>{t('decisions.case.startDate')}</dt>
      <dd>{formatDate(c.startDate, lang)}</dd>
      <dt>{t('decisions.case.onLeave')}</dt>
      <dd>{t('decisions.case.weeksDays', { weeks: timing.weekOnLeave, days: timing.daysOnLeave })}</dd>
      <dt>{t('decisions.case.dueDate')}</dt>
      <dd>{formatDate(timing.dueDate, lang)}</dd>
      <dt>{t('decisions.case.meetingDeadline')}</dt>
      <dd>{formatDate(timing.meetingDeadline, lang)}</dd>
      <dt>{t('decisions.case.grading')}</dt>
      <dd>
        {c.sickLeavePercent >= 100
          ? t('decisions.case.full')
          : t('decisions.case.graded', { percent: c.sickLeavePercent })}
      </dd>
      <dt>{t('decisions.case.chapter')}</dt>
      <dd>
        {c.icpc2Chapter} – {t(`decisions.icpc2.${c.icpc2Chapter}`)}
      </dd>
      <dt>{t('decisions.case.ageBand')}</dt>
      <dd>{t(`decisions.ageBand.${c.ageBand}`)}</dd>
      <dt>{t('decisions.case.previousSpells')}</dt>
      <dd>{c.previousSpells3y}</dd>
      {c.counselorNotes && (
        <>
          <dt>{t('decisions.case.notes')}</dt>
          <dd className="preserve-lines">{c.counselorNotes}</dd>
        </>
      )}
    </dl>
  );
}
