import { DownloadIcon } from '@navikt/aksel-icons';
import {
  Accordion,
  Alert,
  BodyLong,
  BodyShort,
  Box,
  Button,
  Checkbox,
  Heading,
  HGrid,
  HStack,
  Link,
  Loader,
  Table,
  VStack,
} from '@navikt/ds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { useApi, useQuery } from '../../api/ApiContext';
import { PageHeading } from '../../components/PageHeading';
import { formatDateTime, todayLocal } from '../../i18n/format';
import { useSession } from '../../session/SessionContext';
import { DecisionsRefusal } from './FeatureUnavailable';
import { saveFile } from '../../components/download';
import {
  REASON_CODES,
  RISK_BANDS,
  errorMessage,
  formatDuration,
  formatNumber,
  formatPercent,
  type AutopilotWarning,
  type GroupStats,
  type MonitorReport,
} from './shared';
import './decisions.css';

/**
 * Oversight of the human decisions: is the involvement real, or has deciding become "autopilot"
 * (GDPR art. 22 in practice)? Per counselor and overall, with the autopilot warnings and their
 * evidence, and the report for the controller's DPIA (admin).
 */
export function OversightMonitor() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const isAdmin = session.phase.kind === 'signed-in' && session.phase.user.role === 'admin';
  const report = useQuery('decisions.monitor', {}, '', { keepData: true });
  const lang = i18n.language;

  return (
    <VStack gap="space-32">
      <VStack gap="space-12">
        <PageHeading>{t('decisions.monitor.title')}</PageHeading>
        <BodyLong className="form-column">{t('decisions.monitor.intro')}</BodyLong>
        <HStack gap="space-16">
          <Link as={RouterLink} to="/beslutningsmodell">
            {t('decisions.monitor.toModel')}
          </Link>
        </HStack>
      </VStack>
      {report.status === 'loading' && <Loader title={t('common.loading')} />}
      {report.status === 'error' && <DecisionsRefusal error={report.error} />}
      {report.status === 'success' && (
        <>
          <BodyShort data-testid="monitor-period">
            {report.data.period.from && report.data.period.to
              ? t('decisions.monitor.period', {
                  from: formatDateTime(report.data.period.from, lang),
                  to: formatDateTime(report.data.period.to, lang),
                  versions: report.data.modelVersions.join(', '),
                })
              : t('decisions.monitor.noDecisions')}
          </BodyShort>
          <Warnings report={report.data} />
          <section aria-labelledby="monitor-overall" className="flow-section" data-testid="monitor-overall">
            <Heading id="monitor-overall" level="2" size="medium" spacing>
              {t('decisions.monitor.overallTitle')}
            </Heading>
            <KeyFigures stats={report.data.overall} />
            <StatsDetails stats={report.data.overall} idPrefix="overall" />
          </section>
          <CounselorSection report={report.data} />
          <Thresholds report={report.data} />
          {isAdmin && <DpiaExport />}
        </>
      )}
    </VStack>
  );
}

function Warnings({ report }: { report: MonitorReport }) {
  const { t, i18n } = useTranslation();
  const s = report.settings;
  if (report.warnings.length === 0) {
    return (
      <Alert variant="success" data-testid="monitor-no-warnings">
        {t('decisions.monitor.noWarnings', {
          agreement: formatPercent(s.agreementThreshold, i18n.language),
          min: s.minDecisions,
        })}
      </Alert>
    );
  }
  return (
    <section aria-labelledby="monitor-warnings" data-testid="monitor-warnings">
      <Heading id="monitor-warnings" level="2" size="medium" spacing>
        {t('decisions.monitor.warningsTitle', { count: report.warnings.length })}
      </Heading>
      <VStack gap="space-16">
        {report.warnings.map((w, i) => (
          <WarningCard key={`${w.counselorId}-${w.kind}-${i}`} warning={w} />
        ))}
      </VStack>
    </section>
  );
}

function WarningCard({ warning: w }: { warning: AutopilotWarning }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const e = w.evidence;
  const windows = e.windows ?? [];
  const first = windows[0];
  const last = windows[windows.length - 1];
  return (
    <Alert variant="warning" data-testid="autopilot-warning">
      <Heading level="3" size="small" spacing>
        {t(`decisions.monitor.warningKind.${w.kind}`, { name: w.counselorName })}
      </Heading>
      <BodyLong spacing>
        {w.kind === 'agreement-with-switching'
          ? t('decisions.monitor.switchingText', {
              name: w.counselorName,
              agreement: formatPercent(e.agreementRate, lang),
              n: e.decisionsConsidered,
              threshold: formatPercent(e.threshold ?? null, lang),
              switchRate: formatPercent(e.switchRate, lang),
            })
          : t('decisions.monitor.trendText', {
              name: w.counselorName,
              agreement: formatPercent(e.agreementRate, lang),
              n: e.decisionsConsidered,
              timeFrom: formatDuration(t, first?.medianSeconds ?? null, lang),
              timeTo: formatDuration(t, last?.medianSeconds ?? null, lang),
              windows: windows.length,
            })}
      </BodyLong>
      <Heading level="4" size="xsmall" spacing>
        {t('decisions.monitor.evidence')}
      </Heading>
      <dl className="info-list evidence-list" data-testid="warning-evidence">
        <dt>{t('decisions.monitor.ev.decisions')}</dt>
        <dd>{e.decisionsConsidered}</dd>
        <dt>{t('decisions.monitor.ev.agreement')}</dt>
        <dd>{formatPercent(e.agreementRate, lang)}</dd>
        <dt>{t('decisions.monitor.ev.switchRate')}</dt>
        <dd>{formatPercent(e.switchRate, lang)}</dd>
        {e.threshold !== undefined && (
          <>
            <dt>{t('decisions.monitor.ev.threshold')}</dt>
            <dd>{formatPercent(e.threshold, lang)}</dd>
          </>
        )}
        <dt>{t('decisions.monitor.ev.medianTime')}</dt>
        <dd>{formatDuration(t, e.medianSeconds, lang)}</dd>
        <dt>{t('decisions.monitor.ev.explanation')}</dt>
        <dd>{formatPercent(e.explanationOpenedRate, lang)}</dd>
        <dt>{t('decisions.monitor.ev.overrides')}</dt>
        <dd>{e.overrides}</dd>
      </dl>
      {windows.length > 0 && (
        <Table size="small" className="summary-note">
          <caption className="sr-only">{t('decisions.monitor.windowsCaption', { name: w.counselorName })}</caption>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeader scope="col">{t('decisions.monitor.window')}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col" align="right">
                {t('decisions.monitor.decisions')}
              </Table.ColumnHeader>
              <Table.ColumnHeader scope="col" align="right">
                {t('decisions.monitor.agreement')}
              </Table.ColumnHeader>
              <Table.ColumnHeader scope="col" align="right">
                {t('decisions.monitor.medianTime')}
              </Table.ColumnHeader>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {windows.map((win) => (
              <Table.Row key={win.index}>
                <Table.HeaderCell scope="row">
                  {t('decisions.monitor.windowLabel', {
                    n: win.index + 1,
                    from: formatDateTime(win.from, lang),
                    to: formatDateTime(win.to, lang),
                  })}
                </Table.HeaderCell>
                <Table.DataCell align="right">{win.n}</Table.DataCell>
                <Table.DataCell align="right">{formatPercent(win.agreementRate, lang)}</Table.DataCell>
                <Table.DataCell align="right">{formatDuration(t, win.medianSeconds, lang)}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <BodyShort size="small" className="summary-note">
        {t('decisions.monitor.warningAdvice')}
      </BodyShort>
    </Alert>
  );
}

function Figure({ label, value, help, testId }: { label: string; value: string; help?: string; testId?: string }) {
  return (
    <Box background="neutral-soft" padding="space-16" borderRadius="8" data-testid={testId}>
      <BodyShort size="small">{label}</BodyShort>
      <BodyShort size="large" weight="semibold" className="numeric">
        {value}
      </BodyShort>
      {help && <BodyShort size="small">{help}</BodyShort>}
    </Box>
  );
}

function KeyFigures({ stats: s }: { stats: GroupStats }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <HGrid gap="space-12" columns={{ xs: 1, sm: 2, md: 4 }} className="key-figures">
      <Figure
        label={t('decisions.monitor.decisions')}
        value={String(s.decisions)}
        help={t('decisions.monitor.decisionsHelp', { summons: s.summons, notNeeded: s.notNeeded })}
        testId="figure-decisions"
      />
      <Figure
        label={t('decisions.monitor.agreement')}
        value={formatPercent(s.agreementRate, lang)}
        help={t('decisions.monitor.overridesHelp', { count: s.overrides.total })}
        testId="figure-agreement"
      />
      <Figure
        label={t('decisions.monitor.switchRate')}
        value={formatPercent(s.switchRate, lang)}
        help={t('decisions.monitor.switchHelp', { n: s.switchOpportunities })}
        testId="figure-switch-rate"
      />
      <Figure
        label={t('decisions.monitor.medianTime')}
        value={formatDuration(t, s.time?.medianSeconds, lang)}
        help={t('decisions.monitor.timeHelp', { p10: formatDuration(t, s.time?.p10Seconds, lang) })}
      />
      <Figure
        label={t('decisions.monitor.explanationOpened')}
        value={formatPercent(s.explanationOpenedRate, lang)}
        help={t('decisions.monitor.shownHelp', {
          shown: formatPercent(s.predictionShownRate, lang),
          calibration: formatPercent(s.calibrationViewedRate, lang),
        })}
      />
    </HGrid>
  );
}

/** The detail of one group (everyone, or one counselor): by risk band, overrides, own assessment, reasons, outcomes. */
function StatsDetails({ stats: s, idPrefix }: { stats: GroupStats; idPrefix: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const o = s.ownAssessment;
  return (
    <VStack gap="space-20" className="summary-note">
      <HGrid gap="space-24" columns={{ xs: 1, md: 2 }}>
        <div>
          <Heading level="3" size="small" spacing id={`${idPrefix}-bands`}>
            {t('decisions.monitor.byBandTitle')}
          </Heading>
          <Table size="small" aria-labelledby={`${idPrefix}-bands`}>
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeader scope="col">{t('decisions.monitor.band')}</Table.ColumnHeader>
                <Table.ColumnHeader scope="col" align="right">
                  {t('decisions.monitor.decisions')}
                </Table.ColumnHeader>
                <Table.ColumnHeader scope="col" align="right">
                  {t('decisions.monitor.agreement')}
                </Table.ColumnHeader>
                <Table.ColumnHeader scope="col" align="right">
                  {t('decisions.monitor.summonRate')}
                </Table.ColumnHeader>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {RISK_BANDS.map((band) => (
                <Table.Row key={band}>
                  <Table.HeaderCell scope="row">{t(`decisions.riskBand.${band}`)}</Table.HeaderCell>
                  <Table.DataCell align="right">{s.byRiskBand[band].n}</Table.DataCell>
                  <Table.DataCell align="right">{formatPercent(s.byRiskBand[band].agreementRate, lang)}</Table.DataCell>
                  <Table.DataCell align="right">{formatPercent(s.byRiskBand[band].summonRate, lang)}</Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
        <div>
          <Heading level="3" size="small" spacing>
            {t('decisions.monitor.overridesTitle')}
          </Heading>
          <dl className="info-list">
            <dt>{t('decisions.monitor.overrideSummon')}</dt>
            <dd>{s.overrides.summonWhereModelImpliedNotNeeded}</dd>
            <dt>{t('decisions.monitor.overrideNotNeeded')}</dt>
            <dd>{s.overrides.notNeededWhereModelImpliedSummon}</dd>
          </dl>
          <Heading level="3" size="small" spacing className="section-gap">
            {t('decisions.monitor.ownTitle')}
          </Heading>
          <dl className="info-list">
            <dt>{t('decisions.monitor.ownRecorded')}</dt>
            <dd>{formatPercent(o.recordedRate, lang)}</dd>
            <dt>{t('decisions.monitor.ownBefore')}</dt>
            <dd>{formatPercent(o.beforePredictionRate, lang)}</dd>
            <dt>{t('decisions.monitor.ownMatched')}</dt>
            <dd>{formatPercent(o.leaningMatchedFinalRate, lang)}</dd>
            <dt>{t('decisions.monitor.ownChanged')}</dt>
            <dd>{formatPercent(o.changedRate, lang)}</dd>
            <dt>{t('decisions.monitor.ownChangedToward')}</dt>
            <dd>{formatPercent(o.changedTowardModelRate, lang)}</dd>
          </dl>
        </div>
      </HGrid>
      <div>
        <Heading level="3" size="small" spacing>
          {t('decisions.monitor.reasonsTitle')}
        </Heading>
        <dl className="info-list">
          {REASON_CODES.map((code) => (
            <div key={code} className="contents">
              <dt>{t(`decisions.reason.${code}`)}</dt>
              <dd>{s.reasons[code]}</dd>
            </div>
          ))}
        </dl>
      </div>
      <Outcomes stats={s} idPrefix={idPrefix} />
    </VStack>
  );
}

function Outcomes({ stats: s, idPrefix }: { stats: GroupStats; idPrefix: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const out = s.outcomes;
  return (
    <div data-testid={`${idPrefix}-outcomes`}>
      <Heading level="3" size="small" spacing>
        {t('decisions.monitor.outcomesTitle')}
      </Heading>
      {!out ? (
        <BodyShort>{t('decisions.monitor.noOutcomes')}</BodyShort>
      ) : (
        <VStack gap="space-12">
          <BodyShort>
            {t('decisions.monitor.outcomesIntro', {
              n: out.n,
              observed: formatPercent(out.observedStillOnLeaveRate, lang),
            })}
          </BodyShort>
          <dl className="info-list">
            <dt>{t('decisions.monitor.accuracyModel')}</dt>
            <dd>
              {formatPercent(out.model.accuracy, lang)} ·{' '}
              {t('decisions.monitor.brier', { value: formatNumber(out.model.brierScore, lang, 3) })}
            </dd>
            <dt>{t('decisions.monitor.accuracyDecisions')}</dt>
            <dd>{formatPercent(out.decisions.accuracy, lang)}</dd>
            <dt>{t('decisions.monitor.accuracyOwn')}</dt>
            <dd>
              {out.ownAssessment.accuracy === null
                ? '–'
                : t('decisions.monitor.ofCases', {
                    value: formatPercent(out.ownAssessment.accuracy, lang),
                    n: out.ownAssessment.n,
                  })}
            </dd>
          </dl>
          <Table size="small">
            <caption className="sr-only">{t('decisions.monitor.outcomeCalibrationCaption')}</caption>
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeader scope="col">{t('decisions.monitor.band')}</Table.ColumnHeader>
                <Table.ColumnHeader scope="col" align="right">
                  {t('decisions.calibration.n')}
                </Table.ColumnHeader>
                <Table.ColumnHeader scope="col" align="right">
                  {t('decisions.calibration.meanPredicted')}
                </Table.ColumnHeader>
                <Table.ColumnHeader scope="col" align="right">
                  {t('decisions.monitor.observedActual')}
                </Table.ColumnHeader>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {out.model.calibration.map((b) => (
                <Table.Row key={b.band}>
                  <Table.HeaderCell scope="row">{t(`decisions.riskBand.${b.band}`)}</Table.HeaderCell>
                  <Table.DataCell align="right">{b.n}</Table.DataCell>
                  <Table.DataCell align="right">{formatPercent(b.meanPredicted, lang)}</Table.DataCell>
                  <Table.DataCell align="right">{formatPercent(b.observedRate, lang)}</Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </VStack>
      )}
    </div>
  );
}

function CounselorSection({ report }: { report: MonitorReport }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (report.counselors.length === 0) return null;
  return (
    <section aria-labelledby="monitor-counselors" className="flow-section" data-testid="monitor-counselors">
      <Heading id="monitor-counselors" level="2" size="medium" spacing>
        {t('decisions.monitor.counselorsTitle')}
      </Heading>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('decisions.monitor.counselorsCaption')}>
        <Table size="small" data-testid="counselor-table">
          <caption className="sr-only">{t('decisions.monitor.counselorsCaption')}</caption>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeader scope="col">{t('decisions.monitor.counselor')}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col" align="right">
                {t('decisions.monitor.decisions')}
              </Table.ColumnHeader>
              <Table.ColumnHeader scope="col" align="right">
                {t('decisions.monitor.agreement')}
              </Table.ColumnHeader>
              <Table.ColumnHeader scope="col" align="right">
                {t('decisions.monitor.overridesShort')}
              </Table.ColumnHeader>
              <Table.ColumnHeader scope="col" align="right">
                {t('decisions.monitor.medianTime')}
              </Table.ColumnHeader>
              <Table.ColumnHeader scope="col" align="right">
                {t('decisions.monitor.explanationOpened')}
              </Table.ColumnHeader>
              <Table.ColumnHeader scope="col" align="right">
                {t('decisions.monitor.ownBefore')}
              </Table.ColumnHeader>
              <Table.ColumnHeader scope="col" align="right">
                {t('decisions.monitor.ownMatched')}
              </Table.ColumnHeader>
              <Table.ColumnHeader scope="col" align="right">
                {t('decisions.monitor.warningsShort')}
              </Table.ColumnHeader>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {report.counselors.map((c) => (
              <Table.Row key={c.counselorId} data-testid={`counselor-row-${c.counselorId}`}>
                <Table.HeaderCell scope="row">{c.counselorName}</Table.HeaderCell>
                <Table.DataCell align="right">{c.stats.decisions}</Table.DataCell>
                <Table.DataCell align="right">{formatPercent(c.stats.agreementRate, lang)}</Table.DataCell>
                <Table.DataCell align="right">
                  {t('decisions.monitor.overridesPair', {
                    summon: c.stats.overrides.summonWhereModelImpliedNotNeeded,
                    notNeeded: c.stats.overrides.notNeededWhereModelImpliedSummon,
                  })}
                </Table.DataCell>
                <Table.DataCell align="right">{formatDuration(t, c.stats.time?.medianSeconds, lang)}</Table.DataCell>
                <Table.DataCell align="right">{formatPercent(c.stats.explanationOpenedRate, lang)}</Table.DataCell>
                <Table.DataCell align="right">
                  {formatPercent(c.stats.ownAssessment.beforePredictionRate, lang)}
                </Table.DataCell>
                <Table.DataCell align="right">
                  {formatPercent(c.stats.ownAssessment.leaningMatchedFinalRate, lang)}
                </Table.DataCell>
                <Table.DataCell align="right">{c.warnings.length}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <BodyShort size="small" className="summary-note">
        {t('decisions.monitor.overridesPairHelp')}
      </BodyShort>
      <Accordion className="summary-note" size="small">
        {report.counselors.map((c) => (
          <Accordion.Item key={c.counselorId}>
            <Accordion.Header>{t('decisions.monitor.counselorDetails', { name: c.counselorName })}</Accordion.Header>
            <Accordion.Content>
              <StatsDetails stats={c.stats} idPrefix={`counselor-${c.counselorId}`} />
            </Accordion.Content>
          </Accordion.Item>
        ))}
      </Accordion>
    </section>
  );
}

function Thresholds({ report }: { report: MonitorReport }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const s = report.settings;
  return (
    <section aria-labelledby="monitor-thresholds" className="flow-section form-column">
      <Heading id="monitor-thresholds" level="2" size="medium" spacing>
        {t('decisions.monitor.thresholdsTitle')}
      </Heading>
      <BodyLong spacing>{t('decisions.monitor.agreementMeans')}</BodyLong>
      <BodyLong>
        {t('decisions.monitor.thresholds', {
          agreement: formatPercent(s.agreementThreshold, lang),
          min: s.minDecisions,
          switch: formatPercent(s.switchRateThreshold, lang),
          window: s.trendWindowSize,
          windows: s.trendMinWindows,
          rise: formatPercent(s.trendAgreementRise, lang),
          drop: formatPercent(s.trendTimeDrop, lang),
        })}
      </BodyLong>
    </section>
  );
}

/** The report for the controller's DPIA, as JSON (for the record) and Markdown (to read). */
function DpiaExport() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [names, setNames] = useState(false);
  const [busy, setBusy] = useState<'json' | 'markdown' | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const download = async (format: 'json' | 'markdown') => {
    setBusy(format);
    const result = await api.call('decisions.dpiaReport', { includeCounselorNames: names });
    setBusy(null);
    if (!result.ok) return setMessage({ ok: false, text: errorMessage(t, result.error) });
    const base = `dpia-beslutningsstotte-${todayLocal()}`;
    if (format === 'json')
      saveFile(`${base}.json`, 'application/json', `${JSON.stringify(result.data.json, null, 2)}\n`);
    // The readable report in the screen's written standard (bokmål unless the screen is in nynorsk).
    else
      saveFile(`${base}.md`, 'text/markdown', i18n.language === 'nn' ? result.data.markdownNn : result.data.markdown);
    setMessage({
      ok: true,
      text: t('decisions.dpia.downloaded', { file: `${base}.${format === 'json' ? 'json' : 'md'}` }),
    });
  };

  return (
    <section aria-labelledby="monitor-dpia" className="flow-section form-column" data-testid="dpia-export">
      <Heading id="monitor-dpia" level="2" size="medium" spacing>
        {t('decisions.dpia.title')}
      </Heading>
      <BodyLong spacing>{t('decisions.dpia.intro')}</BodyLong>
      <Checkbox
        checked={names}
        onChange={(e) => setNames(e.target.checked)}
        description={t('decisions.dpia.namesHelp')}
      >
        {t('decisions.dpia.names')}
      </Checkbox>
      <HStack gap="space-12" className="summary-note">
        <Button
          type="button"
          variant="secondary"
          icon={<DownloadIcon aria-hidden />}
          loading={busy === 'json'}
          onClick={() => void download('json')}
        >
          {t('decisions.dpia.json')}
        </Button>
        <Button
          type="button"
          variant="secondary"
          icon={<DownloadIcon aria-hidden />}
          loading={busy === 'markdown'}
          onClick={() => void download('markdown')}
        >
          {t('decisions.dpia.markdown')}
        </Button>
      </HStack>
      {message && (
        <Alert variant={message.ok ? 'success' : 'error'} size="small" className="summary-note" role="status">
          {message.text}
        </Alert>
      )}
    </section>
  );
}
