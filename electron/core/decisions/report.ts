import type { DecisionPolicy } from './decision.js';
import type { SurvivalModel } from './model.js';
import type { AutopilotWarning, GroupStats, MonitorReport } from './monitor.js';
import { DECISION_LOG_MIN_RETENTION_DAYS, DECISION_LOG_MIN_RETENTION_MONTHS } from './store.js';

/**
 * The report for the controller's DPIA (personvernkonsekvensvurdering): what the model is, how the
 * human stays in charge, and what the oversight monitor found. As JSON (for the record) and as a
 * readable Norwegian markdown text. Counselors are pseudonymised ("Veileder 1", …) unless the
 * caller asks for names; no participant data is included, only counts.
 */
export interface DpiaReport {
  kind: 'inkludmi-decision-support-dpia';
  version: 1;
  generatedAt: string;
  period: { from: string | null; to: string | null };
  model: {
    name: string;
    modelVersion: string;
    schemaVersion: number;
    builtFrom: SurvivalModel['provenance']['builtFrom'];
    legalBasisNote: string;
    intendedUse: string;
    notIntendedUse: string;
    sources: { id: string; title: string; url: string }[];
    assumptions: string[];
    calibration: SurvivalModel['calibration'];
  };
  humanOversight: {
    cognitiveForcing: boolean;
    summonRequiresExplicitConfirmation: true;
    notNeededRequiresReasonCodeAndJustification: true;
    notNeededProducesInformationToPerson: true;
    onlyCounselorsMayDecide: true;
    retentionMinimumMonths: number;
    retentionMinimumDays: number;
    localTrainingEnabled: false;
  };
  monitor: {
    settings: MonitorReport['settings'];
    modelVersionsInUse: string[];
    overall: GroupStats;
    counselors: { label: string; stats: GroupStats; warnings: AutopilotWarning[] }[];
    warnings: AutopilotWarning[];
  };
}

export interface DpiaOptions {
  includeCounselorNames?: boolean;
  policy: DecisionPolicy;
}

export function buildDpiaReport(monitor: MonitorReport, model: SurvivalModel, options: DpiaOptions): DpiaReport {
  const label = new Map(
    monitor.counselors.map((c, i) => [
      c.counselorId,
      options.includeCounselorNames ? c.counselorName : `Veileder ${i + 1}`,
    ]),
  );
  const pseudo = (w: AutopilotWarning): AutopilotWarning => {
    const name = label.get(w.counselorId) ?? 'Veileder';
    return {
      ...w,
      counselorId: options.includeCounselorNames ? w.counselorId : name,
      counselorName: name,
      message: w.message.split(w.counselorName).join(name),
    };
  };
  return {
    kind: 'inkludmi-decision-support-dpia',
    version: 1,
    generatedAt: monitor.generatedAt,
    period: monitor.period,
    model: {
      name: model.name,
      modelVersion: model.modelVersion,
      schemaVersion: model.schemaVersion,
      builtFrom: model.provenance.builtFrom,
      legalBasisNote: model.provenance.legalBasisNote,
      intendedUse: model.intendedUse,
      notIntendedUse: model.notIntendedUse,
      sources: model.sources.map((s) => ({ id: s.id, title: s.title, url: s.url })),
      assumptions: model.assumptions.map((a) => a.text),
      calibration: model.calibration,
    },
    humanOversight: {
      cognitiveForcing: options.policy.cognitiveForcing,
      summonRequiresExplicitConfirmation: true,
      notNeededRequiresReasonCodeAndJustification: true,
      notNeededProducesInformationToPerson: true,
      onlyCounselorsMayDecide: true,
      retentionMinimumMonths: DECISION_LOG_MIN_RETENTION_MONTHS,
      retentionMinimumDays: DECISION_LOG_MIN_RETENTION_DAYS,
      localTrainingEnabled: false,
    },
    monitor: {
      settings: monitor.settings,
      modelVersionsInUse: monitor.modelVersions,
      overall: monitor.overall,
      counselors: monitor.counselors.map((c) => ({
        label: label.get(c.counselorId)!,
        stats: c.stats,
        warnings: c.warnings.map(pseudo),
      })),
      warnings: monitor.warnings.map(pseudo),
    },
  };
}

const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(0)} %`);
const dec = (x: number) => String(x).replace('.', ',');
const num = (x: number | null | undefined) => (x === null || x === undefined ? '–' : String(Math.round(x)));

function statsTable(rows: { label: string; stats: GroupStats }[]): string {
  const lines = [
    '| | Beslutninger | Innkalt | Ikke nødvendig | Enig med modellen | Overstyrt (innkalt / ikke nødv.) | Median tid (s) | Anslag vist | Forklaring åpnet | Egen vurdering før anslag |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { label, stats: s } of rows) {
    lines.push(
      `| ${label} | ${s.decisions} | ${s.summons} | ${s.notNeeded} | ${pct(s.agreementRate)} | ${s.overrides.summonWhereModelImpliedNotNeeded} / ${s.overrides.notNeededWhereModelImpliedSummon} | ${num(s.time?.medianSeconds)} | ${pct(s.predictionShownRate)} | ${pct(s.explanationOpenedRate)} | ${pct(s.ownAssessment.beforePredictionRate)} |`,
    );
  }
  return lines.join('\n');
}

/** The same report as readable Norwegian (bokmål) markdown. */
export function renderDpiaMarkdown(r: DpiaReport): string {
  const o = r.monitor.overall;
  const lines: string[] = [
    '# Beslutningsstøtte for dialogmøte 2 – rapport til personvernkonsekvensvurdering (DPIA)',
    '',
    `Laget ${r.generatedAt}. Periode: ${r.period.from ?? '–'} til ${r.period.to ?? '–'}.`,
    '',
    '## Formål og bruk',
    r.model.intendedUse,
    '',
    `**Ikke ment for:** ${r.model.notIntendedUse}`,
    '',
    '## Modellen',
    `- ${r.model.name}, versjon ${r.model.modelVersion} (skjema ${r.model.schemaVersion}). Versjoner i bruk i perioden: ${r.monitor.modelVersionsInUse.join(', ') || '–'}.`,
    `- Grunnlag: ${r.model.builtFrom === 'published-aggregates' ? 'bare publisert statistikk på gruppenivå, ingen personopplysninger' : 'trent av en behandlingsansvarlig med eget rettsgrunnlag'}.`,
    `- ${r.model.legalBasisNote}`,
    `- Kalibrering: ${r.model.calibration.synthetic ? 'SYNTETISK (ikke validert mot virkelige utfall)' : 'på faktiske utfall'}; Brier-skår ${dec(r.model.calibration.brierScore)} mot ${dec(r.model.calibration.brierScoreBaseRateOnly)} for bare basisraten.`,
    '- Antakelser:',
    ...r.model.assumptions.map((a) => `  - ${a}`),
    '- Kilder:',
    ...r.model.sources.map((s) => `  - ${s.title} – ${s.url}`),
    '',
    '## Menneskelig kontroll (artikkel 22)',
    `- Egen vurdering før anslaget vises (kognitiv tvang): ${r.humanOversight.cognitiveForcing ? 'på' : 'AV etter virksomhetens policy'}.`,
    '- Bare en innlogget veileder kan registrere en beslutning; administrator og deltaker kan ikke.',
    '- Innkalling krever et eget, uttrykkelig bekreftelsessteg.',
    '- «Ikke nødvendig» krever en av NAVs årsakskoder og en kort begrunnelse, og gir en informasjonstekst til personen om retten til å be om dialogmøte (folketrygdloven § 8-7 a).',
    `- Beslutningslogger oppbevares i minst ${r.humanOversight.retentionMinimumMonths} måneder (${r.humanOversight.retentionMinimumDays} dager).`,
    '- Trening av modell på lokale data er slått av. Det krever et eget registrert rettsgrunnlag for utvikling.',
    '',
    '## Hva tilsynet fant',
    statsTable([{ label: 'Alle', stats: o }, ...r.monitor.counselors.map((c) => ({ label: c.label, stats: c.stats }))]),
    '',
    `Enighet med modellen betyr at beslutningen er lik modellens anbefaling: «møte trolig ikke nødvendig» når anslaget ligger under grensen (som standard basisraten), ellers «møte trolig nødvendig». Enighet alene er ikke et varsel: varsel gis når enigheten er minst ${pct(r.monitor.settings.agreementThreshold)} over de siste ${r.monitor.settings.minDecisions} beslutningene OG enten veilederen i minst ${pct(r.monitor.settings.switchRateThreshold)} av sakene der egen helning var en annen, endte på modellens side, eller tiden per beslutning faller.`,
    '',
  ];
  if (r.monitor.warnings.length) {
    lines.push('### Advarsler om mulig «autopilot»', ...r.monitor.warnings.map((w) => `- ${w.message}`), '');
  } else {
    lines.push('Ingen advarsler om «autopilot» i perioden.', '');
  }
  if (o.outcomes) {
    lines.push(
      '### Treffsikkerhet der utfallet er registrert',
      `- ${o.outcomes.n} saker med kjent utfall; ${pct(o.outcomes.observedStillOnLeaveRate)} var fortsatt sykmeldt ved uke 26.`,
      `- Modellen alene: riktig i ${pct(o.outcomes.model.accuracy)} (Brier-skår ${dec(o.outcomes.model.brierScore)}).`,
      `- Beslutningene som ble tatt: riktig i ${pct(o.outcomes.decisions.accuracy)}.`,
      `- Veiledernes egne vurderinger før anslaget: riktig i ${pct(o.outcomes.ownAssessment.accuracy)} (${o.outcomes.ownAssessment.n} saker).`,
      '',
    );
  } else {
    lines.push('Ingen utfall er registrert ennå, så treffsikkerheten i praksis er ikke kjent.', '');
  }
  return lines.join('\n');
}
