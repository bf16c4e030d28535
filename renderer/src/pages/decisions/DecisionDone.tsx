import { FilesIcon, PrinterSmallIcon } from '@navikt/aksel-icons';
import {
  Alert,
  BodyLong,
  BodyShort,
  Box,
  Button,
  Heading,
  HStack,
  List,
  Radio,
  RadioGroup,
  VStack,
} from '@navikt/ds-react';
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { formatDateTime } from '../../i18n/format';
import { copyText } from '../../components/clipboard';
import { errorMessage, formatDuration, formatPercent, type CaseSummary, type DecisionRecord } from './shared';

/** What was recorded, for the counselor to check: the decision, its reason and what the record says about how it was made. */
export function DecisionDone({ decision, participantName }: { decision: DecisionRecord; participantName: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const yesNo = (v: boolean) => (v ? t('decisions.done.yes') : t('decisions.done.no'));

  if (decision.kind === 'assessmentForNav') {
    return (
      <VStack gap="space-20" data-testid="assessment-for-nav-done">
        <Alert variant="success">
          <Heading ref={heading} tabIndex={-1} level="3" size="small" spacing className="page-heading">
            {t('decisions.nav.doneTitle')}
          </Heading>
          <BodyLong>{t('decisions.nav.doneNext')}</BodyLong>
        </Alert>
        <dl className="info-list" data-testid="decision-record">
          <dt>{t('decisions.nav.recommended')}</dt>
          <dd>{decision.decision === 'summon' ? t('decisions.nav.summon') : t('decisions.nav.notNeeded')}</dd>
          <dt>{t('decisions.done.ownFirst')}</dt>
          <dd>
            {decision.ownAssessment
              ? t(`decisions.own.expectation.${decision.ownAssessment.expectation}`)
              : t('decisions.done.none')}
          </dd>
          <dt>{t('decisions.done.predictionShown')}</dt>
          <dd>{yesNo(decision.predictionShown)}</dd>
        </dl>
        {decision.assessmentText && (
          <AssessmentForNavText
            texts={{ nb: decision.assessmentText, nn: decision.assessmentTextNn ?? null }}
            participantName={participantName}
          />
        )}
      </VStack>
    );
  }

  return (
    <VStack gap="space-20" data-testid="decision-done">
      <Alert variant="success">
        <Heading ref={heading} tabIndex={-1} level="3" size="small" spacing className="page-heading">
          {decision.decision === 'summon'
            ? t('decisions.done.summonTitle', { name: participantName })
            : t('decisions.done.notNeededTitle', { name: participantName })}
        </Heading>
        <BodyLong>
          {decision.decision === 'summon' ? t('decisions.done.summonNext') : t('decisions.done.notNeededNext')}
        </BodyLong>
      </Alert>
      <dl className="info-list" data-testid="decision-record">
        <dt>{t('decisions.done.decision')}</dt>
        <dd>{decision.decision === 'summon' ? t('decisions.decide.summon') : t('decisions.decide.notNeeded')}</dd>
        {decision.reasonCode && (
          <>
            <dt>{t('decisions.done.reason')}</dt>
            <dd>{t(`decisions.reason.${decision.reasonCode}`)}</dd>
          </>
        )}
        {decision.justification && (
          <>
            <dt>{t('decisions.done.justification')}</dt>
            <dd>{decision.justification}</dd>
          </>
        )}
        <dt>{t('decisions.done.by')}</dt>
        <dd>
          {decision.counselorName}, {formatDateTime(decision.decidedAt, lang)}
        </dd>
        <dt>{t('decisions.done.timeSpent')}</dt>
        <dd>{formatDuration(t, decision.timeSpentMs / 1000, lang)}</dd>
        <dt>{t('decisions.done.model')}</dt>
        <dd>
          {decision.modelVersion} ·{' '}
          {t('decisions.done.predictionWas', { percent: formatPercent(decision.prediction.probability, lang) })}
        </dd>
        <dt>{t('decisions.done.ownFirst')}</dt>
        <dd>
          {decision.ownAssessment
            ? t(`decisions.own.expectation.${decision.ownAssessment.expectation}`)
            : t('decisions.done.none')}
        </dd>
        <dt>{t('decisions.done.predictionShown')}</dt>
        <dd>{yesNo(decision.predictionShown)}</dd>
        <dt>{t('decisions.done.explanationOpened')}</dt>
        <dd>{yesNo(decision.explanationOpened)}</dd>
      </dl>
      {decision.decision === 'notNeeded' && decision.informationText && (
        <InformationLetter
          caseId={decision.caseId}
          texts={{ nb: decision.informationText, nn: decision.informationTextNn ?? null }}
          participantName={participantName}
          handovers={[]}
        />
      )}
    </VStack>
  );
}

/** The plain-language information to the person about their right to ask for a dialogmøte: printable (a sheet of its own) and copyable. */
export function InformationText({
  text,
  participantName,
  forNav = false,
  textLang = 'nb',
}: {
  text: string;
  participantName: string;
  forNav?: boolean;
  textLang?: 'nb' | 'nn';
}) {
  const { t, i18n } = useTranslation();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    document.body.classList.add('has-print-sheet');
    return () => document.body.classList.remove('has-print-sheet');
  }, []);

  return (
    <VStack gap="space-12" data-testid="information-text-panel">
      <Heading level="3" size="small">
        {forNav ? t('decisions.nav.textTitle') : t('decisions.info.title', { name: participantName })}
      </Heading>
      {!forNav && <BodyLong>{t('decisions.info.intro')}</BodyLong>}
      {i18n.language !== textLang && (
        <BodyShort size="small">
          {t(textLang === 'nn' ? 'decisions.info.languageNoteNn' : 'decisions.info.languageNote')}
        </BodyShort>
      )}
      <Box
        borderWidth="1"
        borderColor="neutral-subtle"
        borderRadius="8"
        padding="space-20"
        className="information-text"
        data-testid="information-text"
        lang={textLang}
      >
        {text}
      </Box>
      <HStack gap="space-12" align="center">
        <Button
          type="button"
          variant="secondary"
          icon={<PrinterSmallIcon aria-hidden />}
          onClick={() => window.print()}
        >
          {t('decisions.info.print')}
        </Button>
        <Button
          type="button"
          variant="secondary"
          icon={<FilesIcon aria-hidden />}
          onClick={async () => setCopy((await copyText(text)) ? 'copied' : 'failed')}
        >
          {t('decisions.info.copy')}
        </Button>
        <BodyShort role="status" data-testid="copy-status">
          {copy === 'copied' ? t('decisions.info.copied') : copy === 'failed' ? t('decisions.info.copyFailed') : ''}
        </BodyShort>
      </HStack>
      {createPortal(
        <div className="print-sheet information-print-sheet" data-testid="information-print-sheet" lang={textLang}>
          {text}
        </div>,
        document.body,
      )}
    </VStack>
  );
}

/** The assessment for the NAV counselor, in the written standard the counselor chooses (bokmål or nynorsk). */
export function AssessmentForNavText({
  texts,
  participantName,
}: {
  texts: { nb: string; nn: string | null };
  participantName: string;
}) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<'nb' | 'nn'>(i18n.language === 'nn' && texts.nn ? 'nn' : 'nb');
  return (
    <VStack gap="space-16" data-testid="assessment-for-nav-text">
      {texts.nn && (
        <RadioGroup
          legend={t('decisions.nav.language')}
          value={language}
          onChange={(v: 'nb' | 'nn') => setLanguage(v)}
          size="small"
        >
          <HStack gap="space-16">
            <Radio value="nb">{t('decisions.letter.nb')}</Radio>
            <Radio value="nn">{t('decisions.letter.nn')}</Radio>
          </HStack>
        </RadioGroup>
      )}
      <InformationText
        text={language === 'nn' && texts.nn ? texts.nn : texts.nb}
        participantName={participantName}
        textLang={language}
        forNav
      />
    </VStack>
  );
}

type LetterHandover = CaseSummary['letterHandovers'][number];
const CHANNELS = ['printedAndGiven', 'givenInPerson', 'sentOwnChannel'] as const;

/**
 * The "not needed" letter to the person in bokmål or nynorsk (their own written standard), and
 * the record of how it reached them: InkludMI sends nothing itself, so the counselor records it.
 */
export function InformationLetter({
  caseId,
  texts,
  participantName,
  handovers,
}: {
  caseId: string;
  texts: { nb: string; nn: string | null };
  participantName: string;
  handovers: LetterHandover[];
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [language, setLanguage] = useState<'nb' | 'nn'>(i18n.language === 'nn' && texts.nn ? 'nn' : 'nb');
  const [channel, setChannel] = useState<(typeof CHANNELS)[number] | ''>('');
  const [recorded, setRecorded] = useState<LetterHandover[]>(handovers);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const text = language === 'nn' && texts.nn ? texts.nn : texts.nb;
  const lang = i18n.language;

  return (
    <VStack gap="space-16" data-testid="information-letter">
      {texts.nn && (
        <RadioGroup
          legend={t('decisions.letter.language')}
          description={t('decisions.letter.languageHelp')}
          value={language}
          onChange={(v: 'nb' | 'nn') => setLanguage(v)}
          size="small"
          data-testid="letter-language"
        >
          <HStack gap="space-16">
            <Radio value="nb">{t('decisions.letter.nb')}</Radio>
            <Radio value="nn">{t('decisions.letter.nn')}</Radio>
          </HStack>
        </RadioGroup>
      )}
      <InformationText text={text} participantName={participantName} textLang={language} />
      <VStack gap="space-12" className="form-column" data-testid="letter-handover">
        <Heading level="3" size="xsmall">
          {t('decisions.letter.handoverTitle')}
        </Heading>
        <BodyShort size="small">{t('decisions.letter.handoverIntro')}</BodyShort>
        <RadioGroup
          legend={t('decisions.letter.channel')}
          value={channel}
          onChange={(v: (typeof CHANNELS)[number]) => setChannel(v)}
          error={error ?? undefined}
        >
          {CHANNELS.map((c) => (
            <Radio key={c} value={c}>
              {t(`decisions.letter.channels.${c}`)}
            </Radio>
          ))}
        </RadioGroup>
        <div>
          <Button
            type="button"
            variant="secondary"
            loading={busy}
            onClick={async () => {
              if (!channel) return setError(t('decisions.letter.channelMissing'));
              setError(null);
              setBusy(true);
              const result = await api.call('decisions.recordLetterHandover', { caseId, language, channel });
              setBusy(false);
              if (result.ok) setRecorded((r) => [...r, result.data]);
              else setError(errorMessage(t, result.error));
            }}
          >
            {t('decisions.letter.record', { language: t(`decisions.letter.${language}`).toLowerCase() })}
          </Button>
        </div>
        <div role="status" data-testid="letter-handovers">
          {recorded.length === 0 ? (
            <BodyShort size="small">{t('decisions.letter.none')}</BodyShort>
          ) : (
            <List size="small">
              {recorded.map((h) => (
                <List.Item key={h.id}>
                  {t('decisions.letter.recorded', {
                    channel: t(`decisions.letter.channels.${h.channel}`),
                    language: t(`decisions.letter.${h.language}`).toLowerCase(),
                    name: h.recordedByName,
                    date: formatDateTime(h.handedOverAt, lang),
                  })}
                </List.Item>
              ))}
            </List>
          )}
        </div>
      </VStack>
    </VStack>
  );
}
