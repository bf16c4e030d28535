import { norwegianDate, type InformationLanguage } from './infoText.js';
import type { Prediction } from './model.js';

/**
 * A tiltaksarrangør's assessment for the NAV counselor (issue 17), as plain text to print or copy,
 * in bokmål or nynorsk. It says that it is an assessment, not a decision (NAV decides under
 * folketrygdloven § 8-7 a), what the counselor thought before seeing the estimate, the estimate as
 * it was shown (with the model's recommendation and how little it separates people), and the
 * counselor's recommendation with the justification in their own words.
 */
export interface AssessmentTextInput {
  weekOnLeave: number;
  /** Latest date for dialogmøte 2 (start + 26 weeks), YYYY-MM-DD. */
  meetingDeadline: string;
  own: {
    expectation: 'still-on-leave' | 'back-at-work' | 'unsure';
    estimatePercent: number | null;
    beforePrediction: boolean;
  } | null;
  /** The prediction, when it was shown to the counselor; null when it was not. */
  shown: Pick<Prediction, 'probability' | 'horizonWeek' | 'baseRate' | 'recommendation' | 'discrimination'> | null;
  recommendation: 'summon' | 'notNeeded';
  justification: string;
  counselorName: string;
  /** YYYY-MM-DD. */
  decidedOn: string;
}

interface Words {
  title: string;
  notADecision: string;
  leave: (weeks: number, deadline: string) => string;
  own: Record<'still-on-leave' | 'back-at-work' | 'unsure', string>;
  ownLine: (expectation: string, before: boolean, estimate: number | null) => string;
  noOwn: string;
  estimate: (per100: string, horizon: number, base: string) => string;
  modelRecommends: (kind: 'summon' | 'notNeeded', threshold: string, source: 'policy' | 'base-rate') => string;
  weak: (lo: number, hi: number, auc: number) => string;
  notShown: string;
  mine: Record<'summon' | 'notNeeded', string>;
  justification: string;
  by: (name: string, date: string) => string;
}

const WORDS: Record<InformationLanguage, Words> = {
  nb: {
    title: 'Vurdering til NAV-veilederen: dialogmøte 2',
    notADecision:
      'Dette er en vurdering fra tiltaksarrangøren, ikke en beslutning. Det er NAV som avgjør om det skal holdes dialogmøte 2 (folketrygdloven § 8-7 a).',
    leave: (w, d) => `Sykmeldt i ${w} uker (møtet skal etter hovedregelen holdes senest ${d}).`,
    own: {
      'still-on-leave': 'trolig fortsatt sykmeldt ved 26 uker',
      'back-at-work': 'trolig tilbake i arbeid før 26 uker',
      unsure: 'usikker',
    },
    ownLine: (e, before, est) =>
      `Min egen vurdering${before ? ', registrert før jeg så anslaget' : ''}: ${e}${est !== null ? ` (mitt anslag: ${est} av 100 fortsatt sykmeldt)` : ''}.`,
    noOwn: 'Ingen egen vurdering registrert før anslaget.',
    estimate: (p, h, b) =>
      `Modellens anslag (vist for meg): ${p} av 100 i samme situasjon er fortsatt sykmeldt etter ${h} uker; basisraten er ${b} av 100.`,
    modelRecommends: (kind, t, source) =>
      `${kind === 'notNeeded' ? 'Møte trolig ikke nødvendig: anslaget ligger under' : 'Møte trolig nødvendig: anslaget ligger ikke under'} ${source === 'policy' ? `grensen organisasjonen har satt (${t} av 100)` : `basisraten (${t} av 100, for alle som er sykmeldt på dette tidspunktet)`}.`,
    weak: (lo, hi, auc) =>
      `Anslaget skiller lite mellom personer: for alle personer modellen kjenner, ligger det mellom ${lo} og ${hi} av 100, og selv om modellen var helt riktig, ville den bare gitt den som fortsatt er sykmeldt et høyere anslag enn den som er tilbake i arbeid i ${auc} av 100 slike par (50 av 100 er som å kaste mynt).`,
    notShown: 'Modellens anslag ble ikke vist for meg.',
    mine: {
      summon: 'Min anbefaling til NAV: dialogmøte 2 bør holdes.',
      notNeeded: 'Min anbefaling til NAV: dialogmøte 2 er trolig ikke nødvendig.',
    },
    justification: 'Begrunnelse',
    by: (n, d) => `Vurdert av ${n}, ${d}.`,
  },
  nn: {
    title: 'Vurdering til NAV-rettleiaren: dialogmøte 2',
    notADecision:
      'Dette er ei vurdering frå tiltaksarrangøren, ikkje ei avgjerd. Det er NAV som avgjer om det skal haldast dialogmøte 2 (folketrygdlova § 8-7 a).',
    leave: (w, d) => `Sjukmeld i ${w} veker (møtet skal etter hovudregelen haldast seinast ${d}).`,
    own: {
      'still-on-leave': 'truleg framleis sjukmeld ved 26 veker',
      'back-at-work': 'truleg tilbake i arbeid før 26 veker',
      unsure: 'usikker',
    },
    ownLine: (e, before, est) =>
      `Mi eiga vurdering${before ? ', registrert før eg såg anslaget' : ''}: ${e}${est !== null ? ` (mitt anslag: ${est} av 100 framleis sjukmelde)` : ''}.`,
    noOwn: 'Inga eiga vurdering registrert før anslaget.',
    estimate: (p, h, b) =>
      `Anslaget frå modellen (vist for meg): ${p} av 100 i same situasjon er framleis sjukmelde etter ${h} veker; basisraten er ${b} av 100.`,
    modelRecommends: (kind, t, source) =>
      `${kind === 'notNeeded' ? 'Møte truleg ikkje naudsynt: anslaget ligg under' : 'Møte truleg naudsynt: anslaget ligg ikkje under'} ${source === 'policy' ? `grensa organisasjonen har sett (${t} av 100)` : `basisraten (${t} av 100, for alle som er sjukmelde på dette tidspunktet)`}.`,
    weak: (lo, hi, auc) =>
      `Anslaget skil lite mellom personar: for alle personar modellen kjenner, ligg det mellom ${lo} og ${hi} av 100, og sjølv om modellen var heilt rett, ville han berre gitt den som framleis er sjukmeld, eit høgare anslag enn den som er tilbake i arbeid, i ${auc} av 100 slike par (50 av 100 er som å kaste mynt).`,
    notShown: 'Anslaget frå modellen vart ikkje vist for meg.',
    mine: {
      summon: 'Mi tilråding til NAV: dialogmøte 2 bør haldast.',
      notNeeded: 'Mi tilråding til NAV: dialogmøte 2 er truleg ikkje naudsynt.',
    },
    justification: 'Grunngiving',
    by: (n, d) => `Vurdert av ${n}, ${d}.`,
  },
};

/** One decimal with a comma («70,2»): an estimate of «om lag 70» can lie under a threshold of 70,2. */
const decimal = (x: number) => (Math.round(x * 10) / 10).toFixed(1).replace('.', ',');

export function assessmentForNavText(input: AssessmentTextInput, lang: InformationLanguage): string {
  const w = WORDS[lang];
  const p = input.shown;
  const lines = [
    w.title,
    '',
    w.notADecision,
    '',
    w.leave(input.weekOnLeave, norwegianDate(input.meetingDeadline)),
    input.own
      ? w.ownLine(w.own[input.own.expectation], input.own.beforePrediction, input.own.estimatePercent)
      : w.noOwn,
    p
      ? `${w.estimate(decimal(p.probability * 100), p.horizonWeek, decimal(p.baseRate.population.probability * 100))} ${w.modelRecommends(
          p.recommendation.kind,
          decimal(p.recommendation.threshold * 100),
          p.recommendation.thresholdSource,
        )}`
      : w.notShown,
    p && p.discrimination.weak
      ? w.weak(
          Math.round(p.discrimination.minPredicted * 100),
          Math.round(p.discrimination.maxPredicted * 100),
          Math.round(p.discrimination.auc * 100),
        )
      : '',
    '',
    w.mine[input.recommendation],
    `${w.justification}: ${input.justification}`,
    '',
    w.by(input.counselorName, norwegianDate(input.decidedOn)),
  ];
  return lines.filter((line, i, all) => line !== '' || all[i - 1] !== '').join('\n');
}
