/**
 * Synthetic Norwegian chat messages with personal data at known positions, help-line numbers
 * that must stay, and things that look like numbers but are not personal data. Deterministic.
 */
import {
  breakChecksum,
  groupIban,
  makeBankAccount,
  makeNationalId,
  makeNorwegianIban,
  seededRng,
  type Rng,
} from '../../core/scrub/ids.js';
import { NORWEGIAN_MONTHS } from '../../../electron/core/util/dates.js';

export type PlantedType =
  'NATIONAL_ID' | 'PHONE' | 'BANK_ACCOUNT' | 'EMAIL' | 'ADDRESS' | 'DATE_OF_BIRTH' | 'IBAN' | 'PERSON';

export interface Planted {
  type: PlantedType;
  start: number;
  end: number;
  value: string;
}

export interface Kept {
  kind: 'help-line' | 'amount' | 'law' | 'week' | 'time' | 'date' | 'percent' | 'count';
  start: number;
  end: number;
  value: string;
}

export interface SyntheticMessage {
  text: string;
  planted: Planted[];
  kept: Kept[];
  /** Ordinary chat lines (no personal data) inside the message. */
  filler: { start: number; end: number }[];
}

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
const digits = (rng: Rng, n: number): string => Array.from({ length: n }, () => Math.floor(rng() * 10)).join('');

const FIRST = ['kari', 'ola', 'amina', 'mohammed', 'sara', 'jonas', 'fatima', 'emil', 'hodan', 'piotr', 'thi', 'ali'];
const LAST = ['nordmann', 'hansen', 'ahmed', 'nguyen', 'kowalski', 'berg', 'yilmaz', 'haile'];
const DOMAINS = ['gmail.com', 'hotmail.no', 'online.no', 'nav.no', 'skole.no', 'outlook.com'];
const STREETS = [
  'Storgata',
  'Kirkeveien',
  'Parkveien',
  'Granstien',
  'Løkkeveien',
  'Bjørkelia',
  'Strandgata',
  'Møllergata',
  'Kongens gate',
  'Karl Johans gate',
  'Olav Kyrres gate',
  'Sandvikvegen',
  'Fjellstien',
  'Torggata',
  'Ringveien',
  'Skolebakken',
  'Haugeåsen',
  'Bryggen',
];
const PLACES = [
  '0155 Oslo',
  '5003 Bergen',
  '7010 Trondheim',
  '4006 Stavanger',
  '9008 Tromsø',
  '3015 Drammen',
  '1607 Fredrikstad',
];
const HELP = ['116 123', '22 40 00 40', '116 117', '113', '112', '110', '116 111', '800 33 321', '116 006'];
const MONTHS = NORWEGIAN_MONTHS;

function nationalId(rng: Rng, variant?: Variant): string {
  const kind = pick(rng, ['fnr', 'fnr', 'fnr', 'dnr', 'hnr', 'synthetic'] as const);
  const remainder = rng() < 0.25 ? pick(rng, [1, 2, 3] as const) : 0;
  const id = makeNationalId(rng, kind, remainder);
  // After a cue: also with a bad check digit, or with the date part written as a date.
  if (variant === 'cued') {
    const r = rng();
    if (r < 0.2) return breakChecksum(id);
    if (r < 0.4)
      return `${id.slice(0, 2)}.${id.slice(2, 4)}.${id.slice(4, 6)}${pick(rng, [' ', '-', ''])}${id.slice(6)}`;
  }
  const r = rng();
  return r < 0.3 ? `${id.slice(0, 6)} ${id.slice(6)}` : r < 0.4 ? `${id.slice(0, 6)}-${id.slice(6)}` : id;
}

function phone(rng: Rng): string {
  const first = pick(rng, ['4', '9', '9', '4', '2', '5', '7']);
  const n = first + digits(rng, 7);
  const body = pick(rng, [
    n,
    `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`,
    `${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} ${n.slice(6)}`,
    `${n.slice(0, 4)} ${n.slice(4)}`,
    `${n.slice(0, 3)}.${n.slice(3, 5)}.${n.slice(5)}`,
    `${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`,
  ]);
  return pick(rng, ['', '', '+47 ', '+47', '0047 ', '(+47) ', '+47-']) + body;
}

function account(rng: Rng): string {
  const a = makeBankAccount(rng);
  return pick(rng, [
    `${a.slice(0, 4)}.${a.slice(4, 6)}.${a.slice(6)}`,
    `${a.slice(0, 4)} ${a.slice(4, 6)} ${a.slice(6)}`,
    a,
  ]);
}

function email(rng: Rng): string {
  const f = pick(rng, FIRST);
  const l = pick(rng, LAST);
  const address = `${pick(rng, [`${f}.${l}`, `${f}${Math.floor(rng() * 99)}`, `${f[0]}${l}`, `${f}_${l}`, 'bjørn.åsmund'])}@${pick(rng, DOMAINS)}`;
  return rng() < 0.1 ? address.toUpperCase() : address;
}

function address(rng: Rng): string {
  const house = `${1 + Math.floor(rng() * 120)}${rng() < 0.3 ? pick(rng, ['A', 'B', 'C', 'b']) : ''}`;
  const base = `${pick(rng, STREETS)} ${house}`;
  return rng() < 0.5 ? `${base}, ${pick(rng, PLACES)}` : base;
}

function dateOfBirth(rng: Rng, variant?: Variant): string {
  const d = 1 + Math.floor(rng() * 28);
  const m = 1 + Math.floor(rng() * 12);
  const y = 1990 + Math.floor(rng() * 20);
  // A birthday: often without the year.
  if (variant === 'birthday')
    return pick(rng, [
      `${d}. ${MONTHS[m - 1]}`,
      `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}`,
      `${d}/${m}`,
      `${d}. ${MONTHS[m - 1]} ${y}`,
    ]);
  return pick(rng, [
    `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`,
    `${d}.${m}.${String(y).slice(2)}`,
    `${d}. ${MONTHS[m - 1]} ${y}`,
    `${d} ${MONTHS[m - 1]} ${y}`,
    `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    `${d}/${m}/${y}`,
    `${d}. ${MONTHS[m - 1]} -${String(y).slice(2)}`,
  ]);
}

/** Forms a slot asks for: after a cue word, a birthday, a given name written lower-case in chat. */
type Variant = 'cued' | 'birthday' | 'lower';
type Slot = { planted: PlantedType; variant?: Variant } | { kept: Kept['kind'] } | { filler: true };

/** Ordinary chat lines with no personal data: every replaced word in them is a false alarm. */
export const FILLER = [
  'Hei! Hvordan går det med deg i dag?',
  'Takk for sist, det var fint å snakke sammen.',
  'Jeg er litt sliten, men det går greit.',
  'Mandag har jeg intervju på Rema 1000 i sentrum.',
  'Nav sendte meg et brev om arbeidsavklaringspenger.',
  'Kan du hjelpe meg å skrive en søknad?',
  'Jeg vet ikke helt hva jeg vil jobbe med.',
  'Skolen var vanskelig, så jeg sluttet etter første året.',
  'Praksisplassen er på et lager i Drammen.',
  'Sjefen er grei, men kollegaene snakker lite med meg.',
  'Jeg har angst og sover dårlig om natta.',
  'Det hjelper å gå tur med hunden hver morgen.',
  'Liv og helse er viktigere enn penger, sier mamma.',
  'Dag etter dag blir det litt bedre.',
  'Håper vi kan ta en prat på torsdag.',
  'Ok, da sees vi neste uke!',
  'Kanskje jeg kan prøve et kurs i truckfører?',
  'Jeg har fått tilbud om sommerjobb på Kiwi.',
  'Bussen til Lillestrøm går hver halvtime.',
  'Jeg liker å lage mat og å spille fotball.',
  'Lønna er ikke så høy, men jobben er trygg.',
  'Jenta i resepsjonen var veldig hyggelig.',
  'Boka du anbefalte var faktisk bra.',
  'Veilederen min på skolen hjalp meg mye.',
  'Jeg fikk sykemelding fra fastlegen forrige uke.',
  'Faren min jobber offshore og er borte mye.',
  'Vi flyttet fra Somalia da jeg var seks år.',
  'Jeg snakker arabisk, norsk og litt engelsk.',
  'Neste steg er å ringe arbeidsgiveren og spørre om praksis.',
  'Ærlig talt orker jeg ikke mer i dag.',
  'Egentlig vil jeg bli elektriker.',
  'Helt greit, vi tar det på fredag.',
  'Sol og sommer gjør meg glad.',
  'Bjørnen på zoo var kjempestor!',
  'Rosa er favorittfargen min.',
  'Jobbsøking er slitsomt når man får nei hele tida.',
  'Møtet med Nav er flyttet til onsdag klokka ni.',
  'Kommunen har et tilbud om gratis kurs i norsk.',
  'Jeg tok lappen i fjor og har bil nå.',
  'Frisøren på hjørnet søker lærling.',
];
/** Given names people type lower-case in chat. */
const LOWER_FIRST = [
  'kari',
  'fatima',
  'ahmed',
  'ingrid',
  'jonas',
  'sigrid',
  'hodan',
  'mohammed',
  'emilie',
  'piotr',
  'lars',
  'amina',
];
const NAMES = [
  'Kari',
  'Ola Nordmann',
  'Amina Abdi',
  'Mohammed',
  'Sara Johansen',
  'Piotr Nowak',
  'Thi Lan Nguyen',
  'Hodan Warsame',
  'Jonas',
  'Fatima Ali',
  'Eirik Solberg',
  'Merhawi',
  'Zahra',
  'Ingrid Haugen',
  'Mehmet Kaya',
  'Oksana',
];

const TEMPLATES: { parts: (string | Slot)[] }[] = [
  {
    parts: ['Fødselsnummeret mitt er ', { planted: 'NATIONAL_ID', variant: 'cued' }, ', trenger du det til søknaden?'],
  },
  { parts: ['fnr: ', { planted: 'NATIONAL_ID', variant: 'cued' }, ' (fra skjemaet)'] },
  { parts: ['Her er nummeret: ', { planted: 'NATIONAL_ID' }, '. Sjekk om det stemmer.'] },
  { parts: ['Kan du ringe meg på ', { planted: 'PHONE' }, ' etter klokka ', { kept: 'time' }, '?'] },
  { parts: ['Nummeret mitt er ', { planted: 'PHONE' }, ', men jeg svarer ikke alltid.'] },
  { parts: [{ planted: 'PHONE' }, ' er mobilen til mamma, bare så du vet det.'] },
  { parts: ['Lønna går inn på konto ', { planted: 'BANK_ACCOUNT' }, ' fra neste måned.'] },
  { parts: ['Kontonummeret er ', { planted: 'BANK_ACCOUNT' }, ', og jeg fikk ', { kept: 'amount' }, ' i fjor.'] },
  { parts: ['Kan du sende det til ', { planted: 'EMAIL' }, ' før uke ', { kept: 'week' }, '?'] },
  { parts: ['E-posten min er ', { planted: 'EMAIL' }, ' hvis noe skjer.'] },
  { parts: ['Jeg bor i ', { planted: 'ADDRESS' }, ' nå, sammen med ', { kept: 'count' }, ' andre.'] },
  { parts: ['Ny adresse: ', { planted: 'ADDRESS' }, '. Husk å oppdatere.'] },
  { parts: ['adr: ', { planted: 'ADDRESS' }, ' (gammel)'] },
  { parts: ['Jeg er født ', { planted: 'DATE_OF_BIRTH' }, ' og har jobbet i ', { kept: 'count' }, ' år.'] },
  { parts: ['Fødselsdato: ', { planted: 'DATE_OF_BIRTH' }, ', men møtet er ', { kept: 'date' }, '.'] },
  { parts: ['Hvis det blir for tungt kan du ringe ', { kept: 'help-line' }, ', de er der hele døgnet.'] },
  {
    parts: ['Ring ', { kept: 'help-line' }, ' hvis det er akutt, eller ', { kept: 'help-line' }, ' om du vil snakke.'],
  },
  { parts: ['Etter folketrygdloven ', { kept: 'law' }, ' kan du ha rett på ', { kept: 'percent' }, ' av lønna.'] },
  { parts: ['Jeg har vært syk i ', { kept: 'count' }, ' dager og tjener ', { kept: 'amount' }, ' i måneden.'] },
  { parts: ['Utbetalingen skal til IBAN ', { planted: 'IBAN' }, ' i Polen, ikke hit.'] },
  { parts: ['tlf:', { planted: 'PHONE' }, ' / fnr:', { planted: 'NATIONAL_ID' }] },
  { parts: ['jeg bor i ', { planted: 'ADDRESS' }, ' og har bodd der i ', { kept: 'count' }, ' år'] },
  {
    parts: [
      'f. ',
      { planted: 'DATE_OF_BIRTH' },
      ', mobilnr ',
      { planted: 'PHONE' },
      ', konto ',
      { planted: 'BANK_ACCOUNT' },
    ],
  },
  { parts: ['Hei! Jeg heter ', { planted: 'PERSON' }, ' og trenger hjelp med CV-en.'] },
  { parts: ['Sjefen min, ', { planted: 'PERSON' }, ', sa at jeg kan begynne i uke ', { kept: 'week' }, '.'] },
  { parts: ['Mamma ', { planted: 'PERSON' }, ' blir med på møtet.'] },
  { parts: ['Jeg snakket med ', { planted: 'PERSON' }, ' i går, og det gikk fint.'] },
  { parts: ['jeg snakka med ', { planted: 'PERSON', variant: 'lower' }, ' i går og det gikk fint'] },
  { parts: ['hei ', { planted: 'PERSON', variant: 'lower' }, '! takk for sist'] },
  {
    parts: [
      'Bursdagen min er ',
      { planted: 'DATE_OF_BIRTH', variant: 'birthday' },
      ', og da har jeg fri i uke ',
      { kept: 'week' },
      '.',
    ],
  },
  { parts: ['Kjæresten min heter ', { planted: 'PERSON' }, ', og vi har vært sammen i ', { kept: 'count' }, ' år.'] },
  {
    parts: [
      'Jeg er fra ',
      { kept: 'count' },
      ' og ',
      { kept: 'percent' },
      ' sikker, men tlf ',
      { planted: 'PHONE' },
      ' og fnr ',
      { planted: 'NATIONAL_ID' },
      ' stemmer.',
    ],
  },
];

function keptValue(rng: Rng, kind: Kept['kind']): string {
  switch (kind) {
    case 'help-line':
      return pick(rng, HELP);
    case 'amount':
      return pick(rng, [
        `${1 + Math.floor(rng() * 99)} 000 kr`,
        `kr ${Math.floor(rng() * 9000) + 1000}`,
        `${Math.floor(rng() * 90) + 10} 000 000 kroner`,
        `${Math.floor(rng() * 20000) + 1000},-`,
      ]);
    case 'law':
      return pick(rng, ['§ 8-7 a', '§ 11-5', '§ 4-2', 'kapittel 11', '§ 14 a']);
    case 'week':
      return String(1 + Math.floor(rng() * 52));
    case 'time':
      return pick(rng, ['14.30', '09:15', '16', '12.00']);
    case 'date':
      return pick(rng, ['12.03.2025', '3. mars', '1. juli 2026', '2025-04-01']);
    case 'percent':
      return pick(rng, ['50 %', '100 prosent', '66 %', '20%']);
    case 'count':
      return String(1 + Math.floor(rng() * 30));
  }
}

function plantedValue(rng: Rng, type: PlantedType, variant?: Variant): string {
  switch (type) {
    case 'NATIONAL_ID':
      return nationalId(rng, variant);
    case 'PHONE':
      return phone(rng);
    case 'BANK_ACCOUNT':
      return account(rng);
    case 'EMAIL':
      return email(rng);
    case 'ADDRESS':
      return address(rng);
    case 'DATE_OF_BIRTH':
      return dateOfBirth(rng, variant);
    case 'PERSON':
      return variant === 'lower' ? pick(rng, LOWER_FIRST) : pick(rng, NAMES);
    case 'IBAN': {
      const iban = makeNorwegianIban(makeBankAccount(rng));
      return rng() < 0.5 ? groupIban(iban) : iban;
    }
  }
}

export function syntheticMessages(count: number, seed = 7): SyntheticMessage[] {
  const rng = seededRng(seed);
  const out: SyntheticMessage[] = [];
  for (let n = 0; n < count; n++) {
    const template = pick(rng, TEMPLATES);
    let text = '';
    const planted: Planted[] = [];
    const kept: Kept[] = [];
    const fillerRanges: { start: number; end: number }[] = [];
    const parts = rng() < 0.3 ? [{ filler: true } as Slot, ' ', ...template.parts] : template.parts;
    for (const part of parts) {
      if (typeof part === 'string') text += part;
      else if ('filler' in part) {
        fillerRanges.push({ start: text.length, end: text.length + 0 });
        const line = pick(rng, FILLER);
        text += line;
        const last = fillerRanges[fillerRanges.length - 1];
        if (last) last.end = text.length;
      } else if ('planted' in part) {
        const value = plantedValue(rng, part.planted, part.variant);
        planted.push({ type: part.planted, start: text.length, end: text.length + value.length, value });
        text += value;
      } else {
        const value = keptValue(rng, part.kept);
        kept.push({ kind: part.kept, start: text.length, end: text.length + value.length, value });
        text += value;
      }
    }
    out.push({ text, planted, kept, filler: fillerRanges });
  }
  return out;
}

/** Numbers that fail their check with no cue: must stay (counter-examples). */
export function uncuedInvalidIds(count: number, seed = 11): string[] {
  const rng = seededRng(seed);
  return Array.from({ length: count }, () => `Saksnummer ${breakChecksum(makeNationalId(rng))} gjelder en annen sak.`);
}
