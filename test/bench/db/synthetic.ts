/**
 * A synthetic organisation for the database benchmark: counselors, participants, chat messages in
 * time order (interleaved across participants, as a real log is), follow-up notes in bokmål with a
 * real follow-up vocabulary (so FTS5 has terms that are rare, common and everything between), and a
 * hash-chained audit log. Deterministic: the same seed gives the same rows, so the encrypted and the
 * plain database hold identical data.
 */
import { entryHash, GENESIS_HASH, type AuditEntry } from '../../../electron/core/audit/log.js';
import { seededRandom } from '../../../electron/core/util/random.js';

export type Rng = () => number;

/** mulberry32 (core/util/random.ts): small, fast, good enough for synthetic data. */
export const seededRng: (seed: number) => Rng = seededRandom;

export const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));

/** A version-4-shaped UUID from the generator (the API validates ids as UUIDs). */
export function uuid(rng: Rng): string {
  const h = Array.from({ length: 32 }, () => Math.floor(rng() * 16).toString(16));
  h[12] = '4';
  h[16] = '89ab'[Math.floor(rng() * 4)]!;
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

export interface OrgSize {
  counselors: number;
  participantsPerCounselor: number;
  messages: number;
  notes: number;
  auditEntries: number;
  /** Conversations running at the same time across the organisation (their turns interleave). */
  concurrentChats: number;
}

export const FULL_SIZE: OrgSize = {
  counselors: 50,
  participantsPerCounselor: 100,
  messages: 500_000,
  notes: 50_000,
  auditEntries: 100_000,
  concurrentChats: 12,
};

export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  role: 'admin' | 'counselor' | 'participant';
  participantId: string | null;
  createdAt: string;
}
export interface ParticipantRow {
  id: string;
  displayName: string;
  nationalId: string | null;
  counselorId: string;
  createdAt: string;
  /** The participant's own login, if they have one (shared PC at the tiltaksbedrift). */
  userId: string | null;
}
export interface MessageRow {
  participantId: string;
  conversationId: string;
  author: 'participant' | 'counselor' | 'assistant';
  authorUserId: string | null;
  body: string;
  createdAt: string;
}
export interface NoteRow {
  participantId: string;
  authorId: string;
  kind: 'meeting' | 'phone' | 'digital' | 'other';
  occurredOn: string;
  durationMinutes: number | null;
  attendance: 'attended' | 'no_show' | 'cancelled' | null;
  body: string;
  createdAt: string;
}

const FIRST = [
  'Emma',
  'Nora',
  'Sofie',
  'Ingrid',
  'Sara',
  'Maja',
  'Thea',
  'Leah',
  'Ella',
  'Vilde',
  'Amalie',
  'Hedda',
  'Aurora',
  'Frida',
  'Selma',
  'Tiril',
  'Mathilde',
  'Iben',
  'Jakob',
  'Emil',
  'Noah',
  'Oliver',
  'Filip',
  'William',
  'Lucas',
  'Henrik',
  'Aksel',
  'Magnus',
  'Sander',
  'Tobias',
  'Elias',
  'Isak',
  'Mathias',
  'Jonas',
  'Sindre',
  'Eirik',
  'Amina',
  'Fatima',
  'Hodan',
  'Yasmin',
  'Zainab',
  'Mariam',
  'Aisha',
  'Layla',
  'Mohammed',
  'Ali',
  'Omar',
  'Ahmed',
  'Yusuf',
  'Abdirahman',
  'Hassan',
  'Mustafa',
  'Piotr',
  'Kacper',
  'Zuzanna',
  'Oliwia',
  'Thi',
  'Minh',
  'Linh',
  'Tesfaye',
  'Senait',
  'Dawit',
  'Rahel',
  'Aryan',
  'Priya',
  'Mehmet',
  'Elif',
  'Daniela',
  'Mateo',
];
const LAST = [
  'Hansen',
  'Johansen',
  'Olsen',
  'Larsen',
  'Andersen',
  'Pedersen',
  'Nilsen',
  'Kristiansen',
  'Jensen',
  'Karlsen',
  'Johnsen',
  'Pettersen',
  'Eriksen',
  'Berg',
  'Haugen',
  'Hagen',
  'Johannessen',
  'Andreassen',
  'Jacobsen',
  'Dahl',
  'Jørgensen',
  'Halvorsen',
  'Henriksen',
  'Lund',
  'Sørensen',
  'Jakobsen',
  'Moen',
  'Gundersen',
  'Iversen',
  'Strand',
  'Solberg',
  'Svendsen',
  'Eide',
  'Knutsen',
  'Martinsen',
  'Paulsen',
  'Bakken',
  'Kristoffersen',
  'Mathisen',
  'Lie',
  'Amundsen',
  'Nguyen',
  'Rasmussen',
  'Ali',
  'Ahmed',
  'Mohamed',
  'Hussein',
  'Abdi',
  'Kowalski',
  'Nowak',
  'Wiśniewska',
  'Tran',
  'Haile',
  'Tesfay',
  'Yilmaz',
  'Demir',
  'Khan',
  'Singh',
  'Sandvik',
  'Aasen',
];

const VERB_WORK = [
  'søke',
  'sende søknad til',
  'ringe',
  'ta kontakt med',
  'besøke',
  'sjekke ledige stillinger hos',
  'forberede seg til intervju hos',
];
const EMPLOYERS = [
  'Rema 1000',
  'Kiwi',
  'Coop Extra',
  'Meny',
  'Clas Ohlson',
  'Europris',
  'XXL',
  'Plantasjen',
  'Posten',
  'Bring',
  'Norgesgruppen',
  'en barnehage i nærmiljøet',
  'sykehjemmet',
  'kommunens driftsavdeling',
  'et bilverksted',
  'en frisørsalong',
  'en kafé i sentrum',
  'et lager på Alnabru',
  'et vaktselskap',
  'et rørleggerfirma',
  'et byggefirma',
  'en elektroinstallatør',
  'et renholdsfirma',
  'hotellet',
  'en bakeri-kjede',
  'Elkjøp',
  'Jula',
  'Biltema',
  'Norwegian',
  'Widerøe Ground Handling',
];
const TRADES = [
  'helsearbeiderfaget',
  'barne- og ungdomsarbeiderfaget',
  'kokkfaget',
  'salgsfaget',
  'logistikkfaget',
  'elektrikerfaget',
  'rørleggerfaget',
  'tømrerfaget',
  'bilfaget',
  'frisørfaget',
  'renholdsoperatørfaget',
  'IKT-servicefaget',
  'industrimekanikerfaget',
  'byggdrifterfaget',
  'institusjonskokkfaget',
];
const COURSES = [
  'truckførerkurs',
  'norskkurs på B1-nivå',
  'kurs i førstehjelp',
  'hygienekurs',
  'kurs i jobbsøking',
  'datakurs',
  'ADK1-kurs',
  'varmearbeiderkurs',
  'kurs i kundeservice',
  'arbeidsrettet norskopplæring',
  'kurs i økonomi og budsjett',
  'mestringskurs',
  'kurs i kassearbeid',
];
const MEASURES = [
  'arbeidsforberedende trening (AFT)',
  'arbeidstrening',
  'praksisplass',
  'lønnstilskudd',
  'kvalifiseringsprogrammet',
  'mentor',
  'individuell jobbstøtte (IPS)',
  'opplæring i gruppe',
  'inkluderingstilskudd',
  'oppfølging fra NAV',
  'varig tilrettelagt arbeid',
  'ungdomsgaranti',
];
const WEEKDAYS = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag'];
const TIMES = ['09.00', '09.30', '10.00', '10.30', '11.00', '12.30', '13.00', '13.30', '14.00', '14.30'];
const FEELINGS = [
  'sliten',
  'motivert',
  'usikker',
  'stresset',
  'lettet',
  'optimistisk',
  'nedstemt',
  'engstelig',
  'fornøyd',
  'frustrert',
  'stolt',
  'rastløs',
];
const BARRIERS = [
  'søvnproblemer og en snudd døgnrytme',
  'gjeld og purringer som hoper seg opp',
  'angst i sosiale situasjoner',
  'manglende førerkort',
  'lite nettverk utenfor familien',
  'dårlige erfaringer fra skolen',
  'ustabil boligsituasjon',
  'smerter i rygg og skuldre',
  'konflikter hjemme',
  'bruk av cannabis i helgene',
  'språkvansker i skriftlig norsk',
  'usikkerhet rundt oppholdstillatelse',
  'ADHD uten oppfølging fra fastlege',
  'omsorg for yngre søsken',
];

const OPENINGS: Record<NoteRow['kind'], readonly string[]> = {
  meeting: [
    'Møte med deltaker på kontoret.',
    'Oppfølgingsmøte hos oss i dag.',
    'Samtale med deltaker i møterommet, ca. en time.',
    'Trepartsmøte med deltaker og veileder fra NAV.',
    'Møte på arbeidsplassen sammen med kontaktperson.',
    'Kartleggingssamtale med deltaker.',
  ],
  phone: [
    'Telefonsamtale med deltaker.',
    'Ringte deltaker som avtalt.',
    'Deltaker ringte selv og ville snakke.',
    'Kort telefon med deltaker før helgen.',
  ],
  digital: [
    'Videomøte med deltaker på Teams.',
    'Digital oppfølging via videosamtale.',
    'Chattet med deltaker i appen.',
    'Samtale på video fordi deltaker var syk.',
  ],
  other: [
    'Hjemmebesøk etter avtale.',
    'Følgte deltaker til intervju.',
    'Møttes på kafé etter ønske fra deltaker.',
    'Gikk tur sammen og snakket underveis.',
  ],
};

/** One sentence of a follow-up note: work, school, health, money, housing, motivation, agreements. */
const SENTENCES: readonly ((rng: Rng) => string)[] = [
  (r) => `Vi gikk gjennom CV-en og la til erfaringen fra ${pick(r, EMPLOYERS)}.`,
  (r) => `Deltaker vil ${pick(r, VERB_WORK)} ${pick(r, EMPLOYERS)} før neste møte.`,
  (r) => `Snakket om mulighet for lærlingplass innen ${pick(r, TRADES)}.`,
  (r) =>
    `Deltaker har begynt på ${pick(r, COURSES)} og beskriver det som ${pick(r, ['greit', 'krevende', 'nyttig', 'kjedelig', 'overraskende bra'])}.`,
  (r) => `Vi diskuterte ${pick(r, MEASURES)} som neste steg.`,
  (r) => `Deltaker forteller om ${pick(r, BARRIERS)}, og vi ble enige om å ta det opp med fastlegen.`,
  (r) => `Hindringer deltaker selv peker på: ${pick(r, BARRIERS)}.`,
  (r) => `Deltaker virket ${pick(r, FEELINGS)} i dag, men var engasjert i samtalen.`,
  (r) =>
    `På skalaen fra 0 til 10 setter deltaker motivasjonen til ${int(r, 2, 9)}, fordi ${pick(r, ['jobb betyr egen inntekt', 'det er vanskelig å komme i gang', 'familien har forventninger', 'hen vil bli mer selvstendig', 'hen har fått en ny sjanse'])}.`,
  (r) =>
    `Praksisplassen hos ${pick(r, EMPLOYERS)} går ${pick(r, ['fint', 'litt tungt', 'bedre enn ventet', 'ujevnt'])}, og arbeidsgiver er ${pick(r, ['fornøyd med oppmøtet', 'positiv til forlengelse', 'bekymret for fraværet', 'åpen for å tilby timer'])}.`,
  (r) =>
    `Vi laget et budsjett sammen og så på ${pick(r, ['strømregningen', 'husleien', 'inkassokravene', 'studielånet', 'bostøtten', 'sosialhjelpen'])}.`,
  (r) =>
    `Deltaker har fått ${pick(r, ['innkalling til jobbintervju', 'tilbud om sommerjobb', 'avslag på søknaden', 'svar fra NAV om AAP', 'time hos psykolog', 'plass på voksenopplæringen'])}.`,
  (r) =>
    `Snakket om søvn, kosthold og trening; deltaker vil prøve å ${pick(r, ['legge seg før midnatt', 'gå tur hver morgen', 'spise frokost', 'trene to ganger i uken', 'begrense skjermtid om kvelden'])}.`,
  (r) =>
    `Deltaker ønsker å fullføre videregående og vurderer ${pick(r, ['privatisteksamen', 'voksenopplæring', 'fagbrev på jobb', 'praksisbrev'])}.`,
  (r) =>
    `Vi øvde på intervju med vanlige spørsmål om styrker, svakheter og ${pick(r, ['hull i CV-en', 'fravær', 'hvorfor hen vil ha jobben', 'erfaring med kunder'])}.`,
  (r) =>
    `Deltaker har ${pick(r, ['flyttet til ny hybel', 'fått kommunal bolig', 'bodd hos venner en periode', 'fått varsel om utkastelse', 'søkt om startlån'])}.`,
  (r) => `Oppmøtet den siste måneden har vært ${pick(r, ['stabilt', 'varierende', 'svakt', 'mye bedre'])}.`,
  (r) =>
    `Vi snakket om hva deltaker er god på: ${pick(r, ['praktisk arbeid', 'kundekontakt', 'data og spill', 'matlaging', 'å hjelpe andre', 'å holde orden'])}.`,
  (r) =>
    `Avtalt at deltaker ${pick(r, ['sender to søknader', 'ringer arbeidsgiver', 'oppdaterer CV-en', 'tar kontakt med NAV-veileder', 'bestiller time hos fastlegen', 'melder seg på kurset'])} innen ${pick(r, WEEKDAYS)}.`,
  (r) => `Neste møte: ${pick(r, WEEKDAYS)} kl. ${pick(r, TIMES)}.`,
  () => `Jeg sender referat til NAV-veileder etter samtykke fra deltaker.`,
  (r) =>
    `Deltaker ga uttrykk for ambivalens: ${pick(r, ['vil jobbe, men er redd for å mislykkes', 'ønsker utdanning, men trenger inntekt nå', 'liker praksisplassen, men ikke arbeidstiden', 'vil flytte, men har ikke råd'])}.`,
  (r) =>
    `Vi oppsummerte aktivitetsplanen og justerte målet om ${pick(r, ['fast jobb', 'deltidsjobb', 'læreplass', 'fullført skole', 'bedre helse', 'egen bolig'])} innen ${pick(r, ['sommeren', 'jul', 'tre måneder', 'et halvt år'])}.`,
];

/** A follow-up note: an opening for the kind of contact, then 2–6 sentences. */
export function noteBody(rng: Rng, kind: NoteRow['kind'], attendance: NoteRow['attendance']): string {
  if (attendance === 'no_show')
    return `${pick(rng, ['Deltaker møtte ikke til avtalt tid.', 'Deltaker kom ikke, og svarte ikke på telefon.'])} ${pick(rng, ['Sendte SMS med ny tid.', 'Prøver igjen neste uke.', 'Tar kontakt med NAV-veileder om fraværet.'])}`;
  if (attendance === 'cancelled')
    return `${pick(rng, ['Deltaker avlyste på grunn av sykdom.', 'Møtet ble avlyst, deltaker hadde intervju.', 'Avlyst av oss på grunn av sykdom.'])} Ny tid ${pick(rng, WEEKDAYS)} kl. ${pick(rng, TIMES)}.`;
  const parts = [pick(rng, OPENINGS[kind])];
  const n = int(rng, 2, 6);
  for (let i = 0; i < n; i++) parts.push(pick(rng, SENTENCES)(rng));
  return parts.join(' ');
}

const PARTICIPANT_LINES: readonly ((r: Rng) => string)[] = [
  () => 'hei',
  () => 'Hei! Har litt tid nå',
  (r) => `jeg fikk ikke sove i natt, er helt ${pick(r, FEELINGS)}`,
  (r) => `Fikk svar fra ${pick(r, EMPLOYERS)}, de vil ha meg på intervju på ${pick(r, WEEKDAYS)}!!`,
  (r) => `vet ikke helt om jeg orker ${pick(r, ['praksisen', 'kurset', 'skolen', 'å søke mer'])} lenger`,
  () => 'kan du hjelpe meg å skrive en søknad?',
  (r) => `jeg tenker på å ta ${pick(r, COURSES)}, er det lurt?`,
  () => 'mamma sier jeg må finne meg en jobb snart',
  () => 'har ikke penger til bussen denne uka',
  (r) => `det gikk ${pick(r, ['bra', 'dårlig', 'helt ok', 'mye bedre enn jeg trodde'])} på jobb i dag`,
  () => 'jeg er så lei av å søke og aldri få svar',
  () => 'hva skal jeg si hvis de spør om hullet i CV-en?',
  () => 'ok takk',
  () => 'skal tenke på det',
  (r) => `kanskje ${pick(r, TRADES)}? liker å jobbe med hendene`,
  () => 'er det vanlig å være så nervøs før intervju?',
  () => 'jeg har lyst, men jeg er redd for å ikke klare det',
  (r) => `fikk en purring på ${int(r, 300, 9000)} kr i dag`,
];
const ASSISTANT_LINES: readonly ((r: Rng) => string)[] = [
  () => 'Det høres ut som du har hatt en tøff uke. Hva har vært det vanskeligste?',
  (r) => `Du kjenner deg ${pick(r, FEELINGS)}, og likevel tok du kontakt i dag. Hva fikk deg til å skrive nå?`,
  () =>
    'Så på den ene siden vil du gjerne ha en jobb, og på den andre siden er du redd for å ikke strekke til. Stemmer det?',
  (r) => `Gratulerer med intervjuet! Hva tenker du selv at du kan vise dem hos ${pick(r, EMPLOYERS)}?`,
  () => 'På en skala fra 0 til 10, hvor viktig er det for deg å komme i jobb nå? Hvorfor ikke et lavere tall?',
  () => 'Vil du at vi skal se på søknaden sammen? Du bestemmer hva vi starter med.',
  () => 'Det er helt vanlig å være nervøs før et intervju. Hva har hjulpet deg før når du har vært nervøs?',
  (r) =>
    `Hvis du tenker deg et år frem i tid, hvordan vil du at hverdagen din skal se ut? Du nevnte ${pick(r, TRADES)} tidligere.`,
  () =>
    'Du har søkt mange jobber uten å få svar, og det tærer på motivasjonen. Samtidig fortsetter du. Hva holder deg gående?',
  () => 'Kan jeg dele noe andre i samme situasjon har syntes har vært nyttig? Du velger selv om det passer for deg.',
  () => 'Hva ville være et lite, konkret steg du kunne ta før vi snakkes neste gang?',
  () => 'Det høres ut som økonomien stresser deg. Vil du ta det opp med veilederen din neste gang dere møtes?',
];
const COUNSELOR_LINES: readonly ((r: Rng) => string)[] = [
  (r) => `Hei! Minner om møtet vårt ${pick(r, WEEKDAYS)} kl. ${pick(r, TIMES)}.`,
  () => 'Så bra at du tok kontakt. Skal vi ta en prat om det i morgen?',
  (r) => `Jeg har snakket med ${pick(r, EMPLOYERS)}, de er positive til en praksisplass.`,
  () => 'Husk å ta med CV-en på papir når du skal på intervju.',
  () => 'Flott jobbet denne uka!',
];

function chatBody(rng: Rng, author: MessageRow['author']): string {
  return pick(
    rng,
    author === 'participant' ? PARTICIPANT_LINES : author === 'assistant' ? ASSISTANT_LINES : COUNSELOR_LINES,
  )(rng);
}

/** What counselors type into the notes search box: one or two words, common and rare. */
export const SEARCH_QUERIES = [
  'cv',
  'intervju',
  'praksisplass',
  'lærlingplass',
  'fastlegen',
  'søvn',
  'gjeld',
  'budsjett',
  'bolig',
  'motivasjon',
  'fagbrev',
  'nav',
  'truckførerkurs',
  'aap',
  'oppmøtet',
  'fravær',
  'angst',
  'førerkort',
  'møtte ikke',
  'avlyst',
  'arbeidsgiver',
  'søknad',
  'helsearbeiderfaget',
  'voksenopplæring',
  'ambivalens',
  'rema',
  'kafé',
  'aktivitetsplanen',
  'lønnstilskudd',
  'ips',
  'hjemmebesøk',
  'telefon',
  'teams',
  'cannabis',
  'purringer',
  'budsjett husleien',
  'intervju nervøs',
  'praksis arbeidsgiver',
  'søvn døgnrytme',
  'møte',
  'deltaker',
  'jobb',
] as const;

/** Starting point of the synthetic time line: two years back from a fixed date (deterministic). */
const T0 = Date.UTC(2024, 0, 8, 7, 0, 0);
const SPAN_MS = 2 * 365 * 24 * 3600 * 1000;
const iso = (ms: number) => new Date(ms).toISOString();

export class SyntheticOrg {
  readonly admin: UserRow;
  readonly counselors: UserRow[] = [];
  readonly participants: ParticipantRow[] = [];
  readonly participantUsers: UserRow[] = [];
  /** Cumulative weights: some participants chat a lot, some hardly at all. */
  private readonly chatWeights: Float64Array;

  constructor(
    readonly size: OrgSize,
    readonly seed = 20260101,
  ) {
    const rng = seededRng(seed);
    this.admin = {
      id: uuid(rng),
      username: 'admin',
      displayName: 'Astrid Admin',
      role: 'admin',
      participantId: null,
      createdAt: iso(T0),
    };
    for (let c = 0; c < size.counselors; c++) {
      const name = `${pick(rng, FIRST)} ${pick(rng, LAST)}`;
      this.counselors.push({
        id: uuid(rng),
        username: `veileder${String(c + 1).padStart(2, '0')}`,
        displayName: name,
        role: 'counselor',
        participantId: null,
        createdAt: iso(T0),
      });
    }
    const total = size.counselors * size.participantsPerCounselor;
    for (let i = 0; i < total; i++) {
      const counselor = this.counselors[i % size.counselors]!; // spread over time like real intake
      const created = T0 + Math.floor((i / total) * SPAN_MS * 0.5);
      const dd = String(int(rng, 1, 28)).padStart(2, '0');
      const mm = String(int(rng, 1, 12)).padStart(2, '0');
      const yy = String(int(rng, 96, 99) % 100).padStart(2, '0');
      const p: ParticipantRow = {
        id: uuid(rng),
        displayName: `${pick(rng, FIRST)} ${pick(rng, LAST)}`,
        nationalId: rng() < 0.8 ? `${dd}${mm}${yy}${String(int(rng, 0, 99999)).padStart(5, '0')}` : null,
        counselorId: counselor.id,
        createdAt: iso(created),
        userId: null,
      };
      if (rng() < 0.3) {
        p.userId = uuid(rng);
        this.participantUsers.push({
          id: p.userId,
          username: `deltaker${i + 1}`,
          displayName: p.displayName,
          role: 'participant',
          participantId: p.id,
          createdAt: p.createdAt,
        });
      }
      this.participants.push(p);
    }
    // Chat activity per participant: a skewed (roughly log-normal) weight.
    this.chatWeights = new Float64Array(total);
    let acc = 0;
    for (let i = 0; i < total; i++) {
      const g = (rng() + rng() + rng() + rng() - 2) * 1.2;
      acc += Math.exp(g);
      this.chatWeights[i] = acc;
    }
  }

  private weightedParticipant(rng: Rng): number {
    const w = this.chatWeights;
    const x = rng() * w[w.length - 1]!;
    let lo = 0;
    let hi = w.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (w[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Chat messages in time order, in batches. Messages come in conversations (4–40 turns, a
   * participant and the assistant taking turns, now and then the counselor); `concurrentChats`
   * conversations run at once and their turns interleave, as they do in one shared log.
   */
  *messages(batch: number): Generator<MessageRow[]> {
    const rng = seededRng(this.seed ^ 0x5eed1);
    interface Chat {
      participant: number;
      id: string;
      turn: number;
      turns: number;
    }
    const busy = new Set<number>();
    const start = (): Chat => {
      let participant = this.weightedParticipant(rng);
      while (busy.has(participant)) participant = this.weightedParticipant(rng);
      busy.add(participant);
      return { participant, id: uuid(rng), turn: 0, turns: int(rng, 4, 40) };
    };
    const slots = Math.max(1, Math.min(this.size.concurrentChats, Math.floor(this.participants.length / 2)));
    const running: Chat[] = Array.from({ length: slots }, start);
    let out: MessageRow[] = [];
    for (let i = 0; i < this.size.messages; i++) {
      const slot = Math.floor(rng() * running.length);
      const chat = running[slot]!;
      const p = this.participants[chat.participant]!;
      const author: MessageRow['author'] =
        rng() < 0.04 ? 'counselor' : chat.turn % 2 === 0 ? 'participant' : 'assistant';
      chat.turn++;
      out.push({
        participantId: p.id,
        conversationId: chat.id,
        author,
        authorUserId: author === 'counselor' ? p.counselorId : author === 'participant' ? p.userId : null,
        body: chatBody(rng, author),
        createdAt: iso(T0 + SPAN_MS * 0.5 + Math.floor((i / this.size.messages) * SPAN_MS * 0.5)),
      });
      if (chat.turn >= chat.turns) {
        busy.delete(chat.participant);
        running[slot] = start();
      }
      if (out.length === batch) {
        yield out;
        out = [];
      }
    }
    if (out.length) yield out;
  }

  /** Follow-up notes in time order, in batches, written by each participant's counselor. */
  *notes(batch: number): Generator<NoteRow[]> {
    const rng = seededRng(this.seed ^ 0x0e7e5);
    const total = this.participants.length;
    let out: NoteRow[] = [];
    for (let i = 0; i < this.size.notes; i++) {
      // Notes are spread evenly-ish: every participant has some follow-up, some more than others.
      const p = this.participants[rng() < 0.7 ? i % total : Math.floor(rng() * total)]!;
      const kind = pick(rng, ['meeting', 'meeting', 'meeting', 'phone', 'phone', 'digital', 'other'] as const);
      const a = rng();
      const attendance: NoteRow['attendance'] =
        kind === 'phone' ? null : a < 0.08 ? 'no_show' : a < 0.14 ? 'cancelled' : 'attended';
      const at = T0 + Math.floor((i / this.size.notes) * SPAN_MS);
      out.push({
        participantId: p.id,
        authorId: p.counselorId,
        kind,
        occurredOn: iso(at).slice(0, 10),
        durationMinutes: attendance === 'attended' || attendance === null ? pick(rng, [15, 30, 45, 60, 60, 90]) : null,
        attendance,
        body: noteBody(rng, kind, attendance),
        createdAt: iso(at + 3600_000),
      });
      if (out.length === batch) {
        yield out;
        out = [];
      }
    }
    if (out.length) yield out;
  }

  /** A valid hash chain of earlier reads and writes (codes and ids only), in batches. */
  *audit(batch: number): Generator<AuditEntry[]> {
    const rng = seededRng(this.seed ^ 0xa0d17);
    const actions = [
      'participants.list',
      'participants.get',
      'chat.messages',
      'chat.append',
      'notes.list',
      'notes.add',
      'notes.search',
    ];
    let prevHash = GENESIS_HASH;
    let out: AuditEntry[] = [];
    for (let seq = 1; seq <= this.size.auditEntries; seq++) {
      const p = pick(rng, this.participants);
      const action = pick(rng, actions);
      const partial = {
        seq,
        at: iso(T0 + Math.floor((seq / this.size.auditEntries) * SPAN_MS)),
        actorId: p.counselorId,
        actorRole: 'counselor' as const,
        action,
        targetType: action === 'participants.list' ? 'caseload' : 'participant',
        targetId: action === 'participants.list' ? null : p.id,
        outcome: 'ok' as const,
        reason: 'assigned_counselor',
        prevHash,
      };
      const entry = { ...partial, hash: entryHash(partial) };
      prevHash = entry.hash;
      out.push(entry);
      if (out.length === batch) {
        yield out;
        out = [];
      }
    }
    if (out.length) yield out;
  }

  /** A chat line a participant might send now (for the append measurement). */
  static chatLine(rng: Rng): string {
    return chatBody(rng, 'participant');
  }
}
