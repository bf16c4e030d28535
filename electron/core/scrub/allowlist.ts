/**
 * Numbers tekstvask never removes: emergency numbers and public help lines. They are not
 * personal data, and a participant or counselor must be able to talk about them with the
 * assistant (and the assistant must be able to repeat them).
 *
 * Every entry was checked against public sources (checked 2026-11-24; the same sources as the
 * crisis help lines in electron/core/chat/safety/helpLines.ts where the numbers overlap).
 * Update this list and test/core/scrub/allowlist.test.ts together.
 */
export interface AllowedNumber {
  /** As people usually write it. */
  number: string;
  /** What it is. */
  name: string;
  source: string;
}

export const ALLOWED_NUMBERS: readonly AllowedNumber[] = [
  { number: '110', name: 'Brann (nødnummer)', source: 'nkom.no, «Nødnumre i Norge»; hamar.kommune.no' },
  { number: '112', name: 'Politi (nødnummer)', source: 'nkom.no, «Nødnumre i Norge»; nordlys.no («112 for politi»)' },
  {
    number: '113',
    name: 'Medisinsk nødhjelp',
    source: 'Direktoratet for e-helse via nordlys.no («Ring 113 når det er akutt»)',
  },
  { number: '116 117', name: 'Legevakt', source: 'nordlys.no, balsfjord.kommune.no (nasjonalt legevaktnummer)' },
  { number: '116 123', name: 'Mental Helse Hjelpetelefonen', source: 'nrk.no, vindafjord.kommune.no, tv2.no' },
  { number: '116 111', name: 'Alarmtelefonen for barn og unge', source: '116111.no/omalarmtelefonen' },
  { number: '116 006', name: 'Vold- og overgrepslinjen', source: 'krisesenter.com, forskning.no' },
  { number: '22 40 00 40', name: 'Kirkens SOS', source: 'dinutvei.no, tv2.no, girku-sos.no' },
  { number: '800 33 321', name: 'Kors på halsen (Røde Kors)', source: 'adressa.no (2024), rodekors.no' },
  { number: '1412', name: 'Nødnummer for hørselshemmede', source: 'nkom.no, «Nødnumre i Norge»' },
  { number: '02800', name: 'Politiet, når det ikke er akutt', source: 'viken-nettskole.no (varsling), nrk.no (2024)' },
  {
    number: '55 55 33 33',
    name: 'Nav Kontaktsenter',
    source: 'stad.kommune.no («ringe NAV Kontaktsenter på 55 55 33 33»)',
  },
  {
    number: '800 800 40',
    name: 'Hjelpelinjen for spilleavhengige',
    source: 'nhi.no (spilleavhengighet), hjelpelinjen.no',
  },
] as const;

const DIGITS = new Set(ALLOWED_NUMBERS.map((n) => n.number.replace(/\D/g, '')));

/** True when these digits (separators ignored, optional +47/0047 prefix) are an allowed number. */
export function isAllowedNumber(raw: string): boolean {
  let digits = raw.replace(/\D/g, '');
  if (/^\s*\(?\s*\+47/.test(raw) && digits.startsWith('47')) digits = digits.slice(2);
  else if (digits.startsWith('0047')) digits = digits.slice(4);
  return DIGITS.has(digits);
}
