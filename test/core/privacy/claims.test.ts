/**
 * Issue 18, acceptance 1: what the app tells people is true of the code. This scans every notice
 * the register can generate (bokmål and nynorsk, short and full), the privacy help texts in
 * core/privacy, every locale file of the renderer and every knowledge-base document, and fails on
 * an absolute claim that no personal data reaches the model, that exported or scrubbed data cannot
 * be linked to a person, or that an objection needs no grounds. The knowledge base's privacy
 * document must be exactly what core/privacy generates, so the chatbot cannot quote anything else.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE6_GUIDANCE,
  ARTICLE9_GUIDANCE,
  PURPOSE_GUIDANCE,
} from '../../../electron/core/privacy/basisGuidance.js';
import type { LegalBasisRecord, OrganisationRole } from '../../../electron/core/privacy/legalBasis.js';
import { PRIVACY_KNOWLEDGE_FILE, privacyKnowledgeDocument } from '../../../electron/core/privacy/knowledgeDoc.js';
import { buildNotice, noticeText, NOTICE_LANGUAGES } from '../../../electron/core/privacy/notice.js';
import { DATA_CATEGORY_TITLES, PURPOSE_INFO, PURPOSES, type Purpose } from '../../../electron/core/privacy/purposes.js';
import { basisRecord } from './basisRecord.js';

const ROOT = path.resolve(__dirname, '../../..');

/** The three claims the issue found, as patterns over one sentence (nb, nn, en). */
export const FALSE_CLAIMS: readonly { claim: string; pattern: RegExp }[] = [
  {
    claim: 'no personal data reaches the model',
    pattern: /\bingen personopplysning\w*\b[^.]*\b(når|sendes|sendast|blir sendt|går|kjem|kommer|får)\b/iu,
  },
  {
    claim: 'no personal data reaches the model',
    pattern:
      /\b(språkmodell\w*|modellen|assistenten|chatboten)\b[^.]*\b(får|ser|fekk|fikk) (aldri|ingen|ikke|ikkje) (noen |nokon )?personopplysning/iu,
  },
  {
    claim: 'no personal data reaches the model',
    pattern: /\b(vaskes|vaska|vaskast|fjernes|fjernast|blir fjerna|blir fjernet) bort\b/iu,
  },
  { claim: 'no personal data reaches the model', pattern: /\bno personal data\b[^.]*\b(reach|sent|goes|go|leave)/iu },
  {
    claim: 'no personal data reaches the model',
    pattern: /\bpersonal data (is|are) (removed|washed|scrubbed|stripped)\b[^.]*\b(before|model)\b/iu,
  },
  {
    claim: 'no personal data reaches the model',
    pattern: /\bpersonopplysning\w* (vaskes|blir vaska|fjernes|blir fjerna|blir fjernet)\b[^.]*\b(før|modell)/iu,
  },
  {
    claim: 'exports cannot be linked to a person',
    pattern:
      /\b(kan|kunne) ikk?j?e (lenger )?(knyttes|knytast|koples|kobles|koplast|spores|sporast) (tilbake )?til (deg|en person|ein person|personen|nokon|noen)\b/iu,
  },
  {
    claim: 'exports cannot be linked to a person',
    pattern: /\bcannot be (linked|traced|tied) (back )?to (you|a person|anyone)\b/iu,
  },
  {
    claim: 'exports cannot be linked to a person',
    pattern:
      /\b(eksport\w*|utlever\w*|videretren\w*|vidaretren\w*|export\w*|training)\b[^.]*(?<!\b(ikke|ikkje|not|aldri|never) (helt |heilt |fully )?)\banonym(e|t|isert|iserte|isert|ous|ised)?\b/iu,
  },
  {
    claim: 'exports cannot be linked to a person',
    pattern: /\bnothing (in the export )?points back\b|\bingenting\b[^.]*\bpeker tilbake\b/iu,
  },
  {
    claim: 'objections need no grounds',
    pattern:
      /\b(trenger|treng|må|behøver) (du )?ikk?j?e (å )?(begrunne|grunngi|forklare|si kvifor|si hvorfor|seie kvifor|oppgi grunn)/iu,
  },
  {
    claim: 'objections need no grounds',
    pattern:
      /\b(uten|utan) (å )?(begrunne|grunngi|begrunnelse|grunngiving|å oppgi grunn)\b[^.]*\b(protest|innsigelse|motsegn)/iu,
  },
  {
    claim: 'objections need no grounds',
    pattern: /\b(protest\w*|innsigelse)\b[^.]*\b(uten|utan) (å )?(begrunne|grunngi|begrunnelse|grunngiving)/iu,
  },
  {
    claim: 'objections need no grounds',
    pattern:
      /\b(don'?t|do not|no) need to (give|state|explain) (a reason|reasons|why)\b|\bwithout (giving )?(a reason|reasons)\b/iu,
  },
  {
    // Reads in a row by the assigned counselor are counted, not one entry each (issue 19): only an opening has its time.
    claim: 'every read is its own entry in the log',
    pattern:
      /\b(hver|kvar) gang\b[^.]*\b(leser|les|ser|åpner|opnar|sees|blir sett)\b[^.]*\b(logget|logga|loggført|loggførd|loggen)\b/iu,
  },
  {
    claim: 'every read is its own entry in the log',
    pattern:
      /\bevery (time|read|view)\b[^.]*\b(read|reads|looks|viewed|opened)?\b[^.]*\b(logged|in the (audit )?log)\b/iu,
  },
];

export function falseClaims(text: string): { claim: string; sentence: string }[] {
  const out: { claim: string; sentence: string }[] = [];
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/u)) {
    for (const { claim, pattern } of FALSE_CLAIMS)
      if (pattern.test(sentence)) out.push({ claim, sentence: sentence.trim() });
  }
  return out;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function filesUnder(dir: string, ext: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? filesUnder(path.join(dir, e.name), ext) : e.name.endsWith(ext) ? [path.join(dir, e.name)] : [],
    );
}

const basis = basisRecord;
const contact = { name: 'Personvernansvarlig', email: null, phone: null, address: null };
const ROLES: (OrganisationRole | null)[] = [
  null,
  { role: 'controller', navUnit: false, controller: null, contact, dpo: null },
  { role: 'controller', navUnit: true, controller: null, contact, dpo: null },
  {
    role: 'processor',
    navUnit: false,
    controller: { kind: 'nav', name: 'NAV Vestland', agreementReference: 'DBA-1' },
    contact,
    dpo: null,
  },
];
const RETENTION = {
  chat: 12,
  notes: 24,
  activityPlan: 24,
  motivation: 12,
  decisionCases: 36,
  auditEntries: 60,
} as const;

/** Every notice the register can produce, near enough: each role, all purposes off or on, each art. 6 letter for the optional ones. */
function allNotices(): { label: string; text: string }[] {
  const out: { label: string; text: string }[] = [];
  for (const organisation of ROLES) {
    for (const article6 of ['a', 'e', 'f'] as const) {
      for (const on of [[], PURPOSES] as const) {
        const bases = new Map<Purpose, LegalBasisRecord>(
          PURPOSES.map((p) => [p, basis(p, p === 'followUp' ? {} : { article6 })]),
        );
        const running = new Set<Purpose>(['followUp', ...on]);
        const notice = buildNotice({
          organisationName: 'Test Tiltak AS',
          organisation,
          bases,
          running,
          retention: RETENTION as never,
        });
        for (const lang of NOTICE_LANGUAGES)
          out.push({
            label: `${organisation?.role ?? 'no role'}/${article6}/${on.length}/${lang}`,
            text: noticeText(notice, lang),
          });
      }
    }
  }
  return out;
}

describe('the detector', () => {
  it('flags the claims the review found (the old notice, chat and knowledge texts) and lets the true versions through', () => {
    const old = [
      'Ingen personopplysninger når språkmodellen.',
      'Navn, fødselsnummer og andre personopplysninger vaskes bort før teksten når språkmodellen.',
      'Namn, fødselsnummer og andre personopplysningar blir vaska bort før tekst når språkmodellen.',
      'Names, national ID numbers and other personal data are removed before the text reaches the language model.',
      'Før det skjer, vaskes de for navn, nummer og andre personopplysninger, og de kan ikke knyttes til deg.',
      'Ingen personopplysninger sendes til språkmodellen (tekstvask), og modellen kjører på maskinen.',
      'Si fra til veilederen din, eller kontakt oss (se under). Du trenger ikke å begrunne det.',
      'Du treng ikkje grunngi det.',
      'Eksporten er anonymisert.',
      'Hver gang noen leser eller endrer opplysninger om deg, blir det logget.',
      'Every time someone reads your information, it is logged.',
    ];
    for (const sentence of old) expect(falseClaims(sentence), sentence).not.toEqual([]);
    const fine = [
      'Det gjør dem ikke anonyme.',
      'Chatten kan bli brukt til å trene en modell, uten navn, men ikke anonym.',
      'Navn og nummer byttes ut, men appen finner ikke alle navn.',
      'Ring Kirkens SOS, du kan være anonym.',
      'Ingenting ble sendt til språkmodellen i siste tur: svaret var et fast svar.',
      'Du kan protestere av grunner som gjelder din særlige situasjon.',
      'Når noen ser på eller endrer opplysninger om deg, blir det logget: hvem, hva og når.',
      'Hver gang noen endrer opplysninger om deg, blir det logget.',
    ];
    for (const sentence of fine) expect(falseClaims(sentence), sentence).toEqual([]);
  });
});

describe('no absolute claims anywhere the app speaks to people (acceptance 1)', () => {
  it('every generated notice, bokmål and nynorsk, short and full', () => {
    const notices = allNotices();
    expect(notices.length).toBeGreaterThanOrEqual(40);
    const found = notices.flatMap((n) => falseClaims(n.text).map((f) => `${n.label}: ${f.claim}: ${f.sentence}`));
    expect(found).toEqual([]);
  });

  it('the privacy help texts in core/privacy (purposes, guidance, data categories)', () => {
    const texts = strings([PURPOSE_INFO, PURPOSE_GUIDANCE, ARTICLE6_GUIDANCE, ARTICLE9_GUIDANCE, DATA_CATEGORY_TITLES]);
    expect(texts.length).toBeGreaterThan(30);
    expect(texts.flatMap(falseClaims)).toEqual([]);
  });

  it('every locale file of the renderer', () => {
    const files = filesUnder(path.join(ROOT, 'renderer/src/i18n/locales'), '.json');
    expect(files.length).toBeGreaterThanOrEqual(15);
    const found = files.flatMap((f) =>
      strings(JSON.parse(fs.readFileSync(f, 'utf8'))).flatMap((s) =>
        falseClaims(s).map((c) => `${path.relative(ROOT, f)}: ${c.claim}: ${c.sentence}`),
      ),
    );
    expect(found).toEqual([]);
  });

  it('every knowledge-base document and every other text resource', () => {
    const files = [
      ...filesUnder(path.join(ROOT, 'resources'), '.md'),
      ...filesUnder(path.join(ROOT, 'resources'), '.json'),
    ];
    expect(files.some((f) => f.endsWith(PRIVACY_KNOWLEDGE_FILE))).toBe(true);
    const found = files.flatMap((f) =>
      falseClaims(fs.readFileSync(f, 'utf8')).map((c) => `${path.relative(ROOT, f)}: ${c.claim}: ${c.sentence}`),
    );
    expect(found).toEqual([]);
  });
});

describe("the knowledge base's privacy document cannot contradict the notice", () => {
  it('is exactly what core/privacy generates (run `npm run knowledge:privacy` after a change)', () => {
    expect(fs.readFileSync(path.join(ROOT, 'resources/knowledge', PRIVACY_KNOWLEDGE_FILE), 'utf8')).toBe(
      privacyKnowledgeDocument(),
    );
  });

  it('says nothing the register decides, and leaves it to the notice', () => {
    const doc = privacyKnowledgeDocument();
    // Training, recipients, retention and the controller depend on the live register: the document must not settle them.
    expect(doc).not.toMatch(
      /brukes (ikke|aldri) til å trene|kan bli brukt til å trene|blir ikke gitt videre|gir ikke opplysningene til andre|\d+ måneder|er behandlingsansvarlig/iu,
    );
    expect(doc).toMatch(/om samtalene kan brukes til å trene en språkmodell – står i personvernerklæringen/);
    // What the model gets, it lists from the chat's allowlist, with the limits of pseudonymisation.
    expect(doc).toMatch(/pseudonymisert/);
    expect(doc).toMatch(/finner ikke alle navn/);
  });
});
