import type { DecisionPolicy } from './decisionInput.js';
import type { SurvivalModel } from './model.js';
import type { AutopilotWarning, MonitorReport } from './monitor.js';
import type { GroupStats } from './monitorStats.js';
import { DECISION_LOG_MIN_RETENTION_DAYS, DECISION_LOG_MIN_RETENTION_MONTHS } from './store.js';

/**
 * The report for the controller's DPIA (personvernkonsekvensvurdering): what the model is, how the
 * human stays in charge, and what the oversight monitor found. As JSON (for the record) and as a
 * readable Norwegian markdown text, in bokmål or nynorsk. Counselors are pseudonymised ("Veileder 1", …) unless the
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
    /** The model file's own texts in nynorsk, where it has them (null: the file has none). */
    nn: { legalBasisNote: string; intendedUse: string; notIntendedUse: string; assumptions: string[] } | null;
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
      nn:
        model.intendedUseNn && model.notIntendedUseNn && model.provenance.legalBasisNoteNn
          ? {
              legalBasisNote: model.provenance.legalBasisNoteNn,
              intendedUse: model.intendedUseNn,
              notIntendedUse: model.notIntendedUseNn,
              assumptions: model.assumptions.map((a) => a.textNn ?? a.text),
            }
          : null,
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

export type DpiaLanguage = 'nb' | 'nn';

/** The document's words in bokmål and nynorsk (numbers, names, titles and addresses are the same). */
const WORDS = {
  nb: {
    columns:
      '| | Beslutninger | Innkalt | Ikke nødvendig | Enig med modellen | Overstyrt (innkalt / ikke nødv.) | Median tid (s) | Anslag vist | Forklaring åpnet | Egen vurdering før anslag |',
    title: '# Beslutningsstøtte for dialogmøte 2 – rapport til personvernkonsekvensvurdering (DPIA)',
    made: (at: string, from: string, to: string) => `Laget ${at}. Periode: ${from} til ${to}.`,
    purpose: '## Formål og bruk',
    notFor: '**Ikke ment for:**',
    model: '## Modellen',
    version: (name: string, v: string, schema: number, inUse: string) =>
      `- ${name}, versjon ${v} (skjema ${schema}). Versjoner i bruk i perioden: ${inUse}.`,
    builtFrom: (published: boolean) =>
      `- Grunnlag: ${published ? 'bare publisert statistikk på gruppenivå, ingen personopplysninger' : 'trent av en behandlingsansvarlig med eget rettsgrunnlag'}.`,
    calibration: (synthetic: boolean, m: string, b: string) =>
      `- Kalibrering: ${synthetic ? 'SYNTETISK (ikke validert mot virkelige utfall)' : 'på faktiske utfall'}; Brier-skår ${m} mot ${b} for bare basisraten.`,
    assumptions: '- Antakelser:',
    sources: '- Kilder:',
    oversight: '## Menneskelig kontroll (artikkel 22)',
    forcing: (on: boolean) =>
      `- Egen vurdering før anslaget vises (kognitiv tvang): ${on ? 'på' : 'AV etter virksomhetens policy'}.`,
    rules: [
      '- Bare en innlogget veileder kan registrere en beslutning; administrator og deltaker kan ikke.',
      '- Innkalling krever et eget, uttrykkelig bekreftelsessteg.',
      '- «Ikke nødvendig» krever en av NAVs årsakskoder og en kort begrunnelse, og gir en informasjonstekst til personen om retten til å be om dialogmøte (folketrygdloven § 8-7 a).',
    ],
    retention: (months: number, days: number) =>
      `- Beslutningslogger oppbevares i minst ${months} måneder (${days} dager).`,
    training:
      '- Trening av modell på lokale data er slått av. Det krever et eget registrert rettsgrunnlag for utvikling.',
    found: '## Hva tilsynet fant',
    all: 'Alle',
    agreement: (threshold: string, n: number, switchRate: string) =>
      `Enighet med modellen betyr at beslutningen er lik modellens anbefaling: «møte trolig ikke nødvendig» når anslaget ligger under grensen (som standard basisraten), ellers «møte trolig nødvendig». Enighet alene er ikke et varsel: varsel gis når enigheten er minst ${threshold} over de siste ${n} beslutningene OG enten veilederen i minst ${switchRate} av sakene der egen helning var en annen, endte på modellens side, eller tiden per beslutning faller.`,
    warnings: '### Advarsler om mulig «autopilot»',
    noWarnings: 'Ingen advarsler om «autopilot» i perioden.',
    outcomes: '### Treffsikkerhet der utfallet er registrert',
    outcomeLines: (o: {
      n: number;
      still: string;
      model: string;
      brier: string;
      decisions: string;
      own: string;
      ownN: number;
    }) => [
      `- ${o.n} saker med kjent utfall; ${o.still} var fortsatt sykmeldt ved uke 26.`,
      `- Modellen alene: riktig i ${o.model} (Brier-skår ${o.brier}).`,
      `- Beslutningene som ble tatt: riktig i ${o.decisions}.`,
      `- Veiledernes egne vurderinger før anslaget: riktig i ${o.own} (${o.ownN} saker).`,
    ],
    noOutcomes: 'Ingen utfall er registrert ennå, så treffsikkerheten i praksis er ikke kjent.',
  },
  nn: {
    columns:
      '| | Avgjerder | Kalla inn | Ikkje naudsynt | Samd med modellen | Overstyrt (kalla inn / ikkje naudsynt) | Mediantid (s) | Anslag vist | Forklaring opna | Eiga vurdering før anslag |',
    title: '# Avgjerdsstøtte for dialogmøte 2 – rapport til personvernkonsekvensvurdering (DPIA)',
    made: (at: string, from: string, to: string) => `Laga ${at}. Periode: ${from} til ${to}.`,
    purpose: '## Føremål og bruk',
    notFor: '**Ikkje meint for:**',
    model: '## Modellen',
    version: (name: string, v: string, schema: number, inUse: string) =>
      `- ${name}, versjon ${v} (skjema ${schema}). Versjonar i bruk i perioden: ${inUse}.`,
    builtFrom: (published: boolean) =>
      `- Grunnlag: ${published ? 'berre publisert statistikk på gruppenivå, ingen personopplysningar' : 'trena av ein behandlingsansvarleg med eige rettsgrunnlag'}.`,
    calibration: (synthetic: boolean, m: string, b: string) =>
      `- Kalibrering: ${synthetic ? 'SYNTETISK (ikkje validert mot verkelege utfall)' : 'på faktiske utfall'}; Brier-skåre ${m} mot ${b} for berre basisraten.`,
    assumptions: '- Føresetnader:',
    sources: '- Kjelder:',
    oversight: '## Menneskeleg kontroll (artikkel 22)',
    forcing: (on: boolean) =>
      `- Eiga vurdering før anslaget blir vist (kognitiv tvang): ${on ? 'på' : 'AV etter policyen til verksemda'}.`,
    rules: [
      '- Berre ein innlogga rettleiar kan registrere ei avgjerd; administrator og deltakar kan ikkje.',
      '- Innkalling krev eit eige, uttrykkeleg stadfestingssteg.',
      '- «Ikkje naudsynt» krev ein av årsakskodane til NAV og ei kort grunngiving, og gir ein informasjonstekst til personen om retten til å be om dialogmøte (folketrygdlova § 8-7 a).',
    ],
    retention: (months: number, days: number) =>
      `- Avgjerdsloggar blir lagra i minst ${months} månader (${days} dagar).`,
    training:
      '- Trening av modell på lokale data er slått av. Det krev eit eige registrert rettsgrunnlag for utvikling.',
    found: '## Kva tilsynet fann',
    all: 'Alle',
    agreement: (threshold: string, n: number, switchRate: string) =>
      `Semje med modellen tyder at avgjerda er lik tilrådinga frå modellen: «møte truleg ikkje naudsynt» når anslaget ligg under grensa (som standard basisraten), elles «møte truleg naudsynt». Semje åleine er ikkje eit varsel: varsel blir gitt når semja er minst ${threshold} over dei siste ${n} avgjerdene OG anten rettleiaren i minst ${switchRate} av sakene der eiga helling var ei anna, enda på sida til modellen, eller tida per avgjerd fell.`,
    warnings: '### Åtvaringar om mogleg «autopilot»',
    noWarnings: 'Ingen åtvaringar om «autopilot» i perioden.',
    outcomes: '### Treffsikkerheit der utfallet er registrert',
    outcomeLines: (o: {
      n: number;
      still: string;
      model: string;
      brier: string;
      decisions: string;
      own: string;
      ownN: number;
    }) => [
      `- ${o.n} saker med kjent utfall; ${o.still} var framleis sjukmelde ved veke 26.`,
      `- Modellen åleine: rett i ${o.model} (Brier-skåre ${o.brier}).`,
      `- Avgjerdene som vart tekne: rette i ${o.decisions}.`,
      `- Eigne vurderingar frå rettleiarane før anslaget: rette i ${o.own} (${o.ownN} saker).`,
    ],
    noOutcomes: 'Ingen utfall er registrerte enno, så treffsikkerheita i praksis er ikkje kjend.',
  },
} as const;

const secondsNn = (x: number | null) =>
  x === null ? 'ukjend tid' : x < 90 ? `${Math.round(x)} sekund` : `${Math.round(x / 60)} minutt`;

/** The pseudonym «Veileder 1» in nynorsk; a real name stays as it is. */
const labelNn = (label: string) => label.replace(/^Veileder (\d+)$/, 'Rettleiar $1');

/** An autopilot warning in nynorsk, from its evidence (the monitor writes it in bokmål). */
function warningNn(w: AutopilotWarning, settings: MonitorReport['settings']): string {
  const e = w.evidence;
  const name = labelNn(w.counselorName);
  if (w.kind === 'agreement-with-switching')
    return `Mogleg «autopilot»: ${name} har følgt tilrådinga frå modellen i ${pct(e.agreementRate)} av dei siste ${e.decisionsConsidered} avgjerdene (grense ${pct(e.threshold ?? settings.agreementThreshold)}). I ${e.switchOpportunities} saker helde rettleiaren sjølv mot noko anna enn tilrådinga før anslaget vart vist, og i ${pct(e.switchRate)} av dei enda avgjerda likevel der modellen peika. Mediantida per avgjerd var ${secondsNn(e.medianSeconds)}, og faktorane vart opna i ${pct(e.explanationOpenedRate)} av sakene. Gå gjennom sakene saman, og vurder om avgjerdene i praksis har blitt automatiske (personvernforordninga artikkel 22).`;
  const windows = e.windows ?? [];
  return `Mogleg «autopilot»: ${name} har følgt tilrådinga frå modellen i ${pct(e.agreementRate)} av dei siste ${e.decisionsConsidered} avgjerdene, medan mediantida per avgjerd har falle frå ${secondsNn(windows[0]?.medianSeconds ?? null)} til ${secondsNn(windows.at(-1)?.medianSeconds ?? null)} (over ${windows.length} periodar à ${settings.trendWindowSize} avgjerder). Gå gjennom sakene saman (personvernforordninga artikkel 22).`;
}

function statsTable(lang: DpiaLanguage, rows: { label: string; stats: GroupStats }[]): string {
  const lines: string[] = [
    WORDS[lang].columns,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { label, stats: s } of rows) {
    lines.push(
      `| ${label} | ${s.decisions} | ${s.summons} | ${s.notNeeded} | ${pct(s.agreementRate)} | ${s.overrides.summonWhereModelImpliedNotNeeded} / ${s.overrides.notNeededWhereModelImpliedSummon} | ${num(s.time?.medianSeconds)} | ${pct(s.predictionShownRate)} | ${pct(s.explanationOpenedRate)} | ${pct(s.ownAssessment.beforePredictionRate)} |`,
    );
  }
  return lines.join('\n');
}

/** The same report as readable Norwegian markdown, in bokmål (default) or nynorsk. */
export function renderDpiaMarkdown(r: DpiaReport, lang: DpiaLanguage = 'nb'): string {
  const w = WORDS[lang];
  const o = r.monitor.overall;
  const m = lang === 'nn' && r.model.nn ? r.model.nn : r.model;
  const lines: string[] = [
    w.title,
    '',
    w.made(r.generatedAt, r.period.from ?? '–', r.period.to ?? '–'),
    '',
    w.purpose,
    m.intendedUse,
    '',
    `${w.notFor} ${m.notIntendedUse}`,
    '',
    w.model,
    w.version(
      r.model.name,
      r.model.modelVersion,
      r.model.schemaVersion,
      r.monitor.modelVersionsInUse.join(', ') || '–',
    ),
    w.builtFrom(r.model.builtFrom === 'published-aggregates'),
    `- ${m.legalBasisNote}`,
    w.calibration(
      r.model.calibration.synthetic,
      dec(r.model.calibration.brierScore),
      dec(r.model.calibration.brierScoreBaseRateOnly),
    ),
    w.assumptions,
    ...m.assumptions.map((a) => `  - ${a}`),
    w.sources,
    ...r.model.sources.map((s) => `  - ${s.title} – ${s.url}`),
    '',
    w.oversight,
    w.forcing(r.humanOversight.cognitiveForcing),
    ...w.rules,
    w.retention(r.humanOversight.retentionMinimumMonths, r.humanOversight.retentionMinimumDays),
    w.training,
    '',
    w.found,
    statsTable(lang, [
      { label: w.all, stats: o },
      ...r.monitor.counselors.map((c) => ({ label: lang === 'nn' ? labelNn(c.label) : c.label, stats: c.stats })),
    ]),
    '',
    w.agreement(
      pct(r.monitor.settings.agreementThreshold),
      r.monitor.settings.minDecisions,
      pct(r.monitor.settings.switchRateThreshold),
    ),
    '',
  ];
  if (r.monitor.warnings.length) {
    const text = (x: AutopilotWarning) => (lang === 'nn' ? warningNn(x, r.monitor.settings) : x.message);
    lines.push(w.warnings, ...r.monitor.warnings.map((x) => `- ${text(x)}`), '');
  } else {
    lines.push(w.noWarnings, '');
  }
  if (o.outcomes) {
    lines.push(
      w.outcomes,
      ...w.outcomeLines({
        n: o.outcomes.n,
        still: pct(o.outcomes.observedStillOnLeaveRate),
        model: pct(o.outcomes.model.accuracy),
        brier: dec(o.outcomes.model.brierScore),
        decisions: pct(o.outcomes.decisions.accuracy),
        own: pct(o.outcomes.ownAssessment.accuracy),
        ownN: o.outcomes.ownAssessment.n,
      }),
      '',
    );
  } else {
    lines.push(w.noOutcomes, '');
  }
  return lines.join('\n');
}
