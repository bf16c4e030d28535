import type { CrisisLanguage, RiskCategory } from './types.js';

/**
 * Norwegian help lines shown in a crisis turn. Every number, purpose and opening time below was
 * checked against the public sources listed with it (checked 2026-11-24; the NAV line and all numbers re-checked 2026-12-04). Opening hours are given
 * only where sources agree; where they disagree (Kors på halsen) the hours are left out rather
 * than risk sending someone to a closed line.
 *
 * Update this file (and its test) when a line changes; nothing else holds these numbers.
 */
export type HelpLineId =
  | 'emergency_medical'
  | 'police'
  | 'legevakt'
  | 'mental_helse'
  | 'kirkens_sos'
  | 'kors_pa_halsen'
  | 'alarmtelefonen'
  | 'vo_linjen'
  | 'nav';

export interface HelpLine {
  id: HelpLineId;
  /** Number as people write it. */
  number: string;
  /** Digits to dial. */
  dial: string;
  name: Readonly<Record<CrisisLanguage, string>>;
  /** What the line is for, in a few words. */
  purpose: Readonly<Record<CrisisLanguage, string>>;
  /** Opening hours, only when verified. */
  hours?: Readonly<Record<CrisisLanguage, string>>;
  /** Chat or web alternative, only when verified. */
  web?: string;
  /** Which crisis messages list this line. */
  categories: readonly RiskCategory[];
  sources: readonly string[];
}

const ALL: readonly RiskCategory[] = ['suicide', 'self_harm', 'violence', 'abuse', 'welfare'];
const ALWAYS_OPEN = { nb: 'døgnåpen', nn: 'døgnope', en: 'open day and night' } as const;

export const HELP_LINES: readonly HelpLine[] = [
  {
    id: 'emergency_medical',
    number: '113',
    dial: '113',
    name: { nb: 'Medisinsk nødhjelp', nn: 'Medisinsk naudhjelp', en: 'Medical emergency' },
    purpose: {
      nb: 'når det er akutt og står om liv',
      nn: 'når det er akutt og står om liv',
      en: 'when it is urgent and a life is at risk',
    },
    categories: ALL,
    sources: [
      'https://www.nordlys.no/vet-du-hvor-du-kommer-om-du-ringer-116-117/s/5-34-1132674 (Direktoratet for e-helse: «Ring 113 når det er akutt og står om liv»)',
      'https://www.sirdal.kommune.no/ambulanse.423101.no.html',
      'https://www.nrk.no/osloogviken/over-100-barn-under-ni-ar-har-tatt-kontakt-_-hjelpetelefoner-slar-alarm-1.15736352 («Akutt selvmordsfare? Ring 113»)',
    ],
  },
  {
    id: 'police',
    number: '112',
    dial: '112',
    name: { nb: 'Politiet', nn: 'Politiet', en: 'Police' },
    purpose: {
      nb: 'når du eller noen andre er i fare',
      nn: 'når du eller nokon andre er i fare',
      en: 'when you or someone else is in danger',
    },
    categories: ['violence', 'abuse'],
    sources: [
      'https://www.nordlys.no/vet-du-hvor-du-kommer-om-du-ringer-116-117/s/5-34-1132674 («112 for politi»)',
      'https://www.taushettarliv.no/2019/?page=hvordan-varsle («Nødnummer: 112»)',
    ],
  },
  {
    id: 'legevakt',
    number: '116 117',
    dial: '116117',
    name: { nb: 'Legevakt', nn: 'Legevakt', en: 'Out-of-hours doctor (legevakt)' },
    purpose: {
      nb: 'når du trenger hjelp raskt og det ikke kan vente',
      nn: 'når du treng hjelp raskt og det ikkje kan vente',
      en: 'when you need help quickly and it cannot wait',
    },
    hours: { nb: 'hele døgnet', nn: 'heile døgnet', en: 'day and night' },
    categories: ALL,
    sources: [
      'https://www.nordlys.no/vet-du-hvor-du-kommer-om-du-ringer-116-117/s/5-34-1132674 («Ring 116 117 når fastlegen ikke er tilgjengelig og hjelpen ikke kan vente»)',
      'http://www.balsfjord.kommune.no/legevakt-nasjonalt-nummer-116-117.5789711-49621.html (gratis fra hele landet)',
      'https://nyttios1.rssing.com/chan-8211440/article2136.html (Helsedirektoratet: legevaktordning for øyeblikkelig hjelp hele døgnet)',
    ],
  },
  {
    id: 'mental_helse',
    number: '116 123',
    dial: '116123',
    name: { nb: 'Mental Helse Hjelpetelefonen', nn: 'Mental Helse Hjelpetelefonen', en: 'Mental Helse helpline' },
    purpose: {
      nb: 'noen å snakke med når livet er tungt',
      nn: 'nokon å snakke med når livet er tungt',
      en: 'someone to talk to when life feels heavy',
    },
    hours: ALWAYS_OPEN,
    web: 'sidetmedord.no',
    categories: ALL,
    sources: [
      'https://www.nrk.no/osloogviken/over-100-barn-under-ni-ar-har-tatt-kontakt-_-hjelpetelefoner-slar-alarm-1.15736352 («døgnåpne telefontjeneste … Ring 116 123 eller skriv på sidetmedord.no»)',
      'https://www.vindafjord.kommune.no/helse-og-velferd/aktuelt-helse-og-velferd/snakk-om-sjolvmordstankar-det-kan-redda-liv.495894.aspx («Ring telefon 116 123 (heile døgnet)»; sidetmedord.no heile døgnet)',
      'https://www.tv2.no/a/11115544 («Mental Helses hjelpetelefon: 116 123 (døgnåpent)»)',
    ],
  },
  {
    id: 'kirkens_sos',
    number: '22 40 00 40',
    dial: '22400040',
    name: { nb: 'Kirkens SOS', nn: 'Kirkens SOS', en: 'Kirkens SOS' },
    purpose: {
      nb: 'krisetelefon, du kan være anonym',
      nn: 'krisetelefon, du kan vere anonym',
      en: 'crisis line, you can stay anonymous',
    },
    hours: ALWAYS_OPEN,
    categories: ALL,
    sources: [
      'https://www.girku-sos.no/nordsamisk/telefon («Telefonnummeret til vår krisetelefon er: 22 40 00 40. Telefonen vår er åpen hver dag, hele døgnet»)',
      'https://dinutvei.no/vold-i-naere-relasjoner/hva-er-kirkens-sos/ («Telefon 22 40 00 40», når som helst på døgnet)',
      'https://www.tv2.no/a/11115544 («Kirkens SOS: 22 40 00 40 (døgnåpent)»)',
    ],
  },
  {
    id: 'kors_pa_halsen',
    number: '800 33 321',
    dial: '80033321',
    name: {
      nb: 'Kors på halsen (Røde Kors)',
      nn: 'Kors på halsen (Røde Kors)',
      en: 'Kors på halsen (Norwegian Red Cross)',
    },
    purpose: {
      nb: 'for deg under 18 år, gratis og anonymt',
      nn: 'for deg under 18 år, gratis og anonymt',
      en: 'for young people under 18, free and anonymous',
    },
    categories: ALL,
    sources: [
      'https://www.adressa.no/nyheter/innenriks/i/KnoByG/roede-kors-stadig-flere-barn-tar-kontakt-om-selvskading (2024: «telefon 800 33 321»)',
      'https://www.rodekors.no/faste-givere/barn-i-norge/mars-2018/kors-pa-halsen/ («Telefon 800 333 21», for alle opp til 18 år, gratis og anonymt)',
      'Opening hours differ between sources (14–22 / 16–22, weekdays or all days), so none are shown.',
    ],
  },
  {
    id: 'alarmtelefonen',
    number: '116 111',
    dial: '116111',
    name: {
      nb: 'Alarmtelefonen for barn og unge',
      nn: 'Alarmtelefonen for barn og unge',
      en: 'Alarmtelefonen for children and young people',
    },
    purpose: {
      nb: 'for barn og unge som opplever vold, overgrep eller omsorgssvikt, gratis',
      nn: 'for barn og unge som opplever vald, overgrep eller omsorgssvikt, gratis',
      en: 'for children and young people facing violence, abuse or neglect, free',
    },
    hours: ALWAYS_OPEN,
    categories: ['self_harm', 'violence', 'abuse'],
    sources: [
      'https://www.116111.no/omalarmtelefonen («Telefonen og e-post er åpne for samtaler hele døgnet for hele landet»; gratis)',
      'https://www.nrk.no/osloogviken/over-100-barn-under-ni-ar-har-tatt-kontakt-_-hjelpetelefoner-slar-alarm-1.15736352 («Ring 116 111»)',
    ],
  },
  {
    id: 'vo_linjen',
    number: '116 006',
    dial: '116006',
    name: {
      nb: 'Vold- og overgrepslinjen',
      nn: 'Vald- og overgrepslinja',
      en: 'Violence and abuse helpline (VO-linjen)',
    },
    purpose: {
      nb: 'for deg som opplever vold eller overgrep i nære relasjoner, gratis og anonymt',
      nn: 'for deg som opplever vald eller overgrep i nære relasjonar, gratis og anonymt',
      en: 'for anyone facing violence or abuse in close relationships, free and anonymous',
    },
    hours: ALWAYS_OPEN,
    categories: ['abuse', 'violence'],
    sources: [
      'https://www.krisesenter.com/vold-og-overgrepslinjen-116-006-opplever-stor-pagang/ (døgnet rundt)',
      'https://fredrikstadavisa.no/2019/10/03/apnet-dognapen-hjelpelinje-for-voldsutsatte/ («åpen døgnet rundt, og det er gratis å ringe»)',
      'https://www.forskning.no/helsetjenester-nordlandsforskning-partner/hjelpetelefon-er-viktig-for-voldsutsatte/2315203 (gratis og døgnåpen)',
    ],
  },
  {
    id: 'nav',
    number: '55 55 33 33',
    dial: '55553333',
    name: {
      nb: 'Nav Kontaktsenter, eller Nav-kontoret i kommunen',
      nn: 'Nav Kontaktsenter, eller Nav-kontoret i kommunen',
      en: 'Nav contact centre, or the local Nav office',
    },
    purpose: {
      nb: 'Nav skal hjelpe deg med et midlertidig sted å bo når du ikke har noe sted å sove neste døgn',
      nn: 'Nav skal hjelpe deg med ein mellombels stad å bu når du ikkje har nokon stad å sove neste døgn',
      en: 'Nav must help you find temporary housing when you have nowhere to sleep the next day and night',
    },
    categories: ['welfare'],
    sources: [
      'https://www.grimstad.kommune.no/tjenester/helse-omsorg-og-sosiale-tjenester/kommunal-bolig-og-sosiale-tjenester/nodbolig/ («NAV har plikt til å hjelpe deg med å finne et midlertidig botilbud hvis du helt akutt ikke har et sted å sove og oppholde deg neste døgn»; sosialtjenesteloven § 27)',
      'https://stad.kommune.no/tenester/bustad-og-sosiale-tenester/bustad/midlertidig-butilbod/ («ringe NAV Kontaktsenter på 55 55 33 33»)',
      'https://www.fitjar.kommune.no/index.php?cat=428039&id=6018432&tktid=207 (krav på midlertidig butilbod når du ikkje har nokon stad å sove neste døgn; søknaden behandlast same dag)',
    ],
  },
];

export function helpLine(id: HelpLineId): HelpLine {
  const line = HELP_LINES.find((l) => l.id === id);
  if (!line) throw new Error(`unknown help line ${id}`);
  return line;
}
