/**
 * Issue 18: the notice is true of the live configuration and short enough to read.
 * Acceptance 3: the short layer is at most 160 words with LIX ≤ 35, in bokmål and nynorsk, for the
 * longest configuration the register allows (every purpose on, NAV's processor, training export).
 * The full text lists what reaches the model from the chat's own allowlist, says what
 * pseudonymisation does not do, names recipients from the register, and words objections per art. 21.
 */
import { describe, expect, it } from 'vitest';
import { CONTEXT_ALLOWLIST, type ContextField } from '../../../electron/core/chat/orchestrator/context.js';
import type { LegalBasisRecord, OrganisationRole } from '../../../electron/core/privacy/legalBasis.js';
import {
  buildNotice,
  noticeIn,
  NOTICE_LANGUAGES,
  summaryText,
  type NoticeInput,
} from '../../../electron/core/privacy/notice.js';
import { PURPOSES, type Purpose } from '../../../electron/core/privacy/purposes.js';
import { addUser, login, makeCore, recordBases, setupOrg, type TestCore } from '../../helpers/org.js';
import { lix, words } from './readability.js';
import { basisRecord } from './basisRecord.js';

const basis = basisRecord;
const contact = {
  name: 'Personvernansvarlig Kari Nordmann',
  email: 'personvern@eksempel.invalid',
  phone: null,
  address: null,
};
const navProcessor: OrganisationRole = {
  role: 'processor',
  navUnit: false,
  controller: { kind: 'nav', name: 'NAV Vestland', agreementReference: 'DBA-2026-14' },
  contact,
  dpo: null,
};
const independent: OrganisationRole = { role: 'controller', navUnit: false, controller: null, contact, dpo: null };
const navUnit: OrganisationRole = { role: 'controller', navUnit: true, controller: null, contact, dpo: null };

function input(
  organisation: OrganisationRole | null,
  running: readonly Purpose[],
  over: Partial<Record<Purpose, Partial<LegalBasisRecord>>> = {},
): NoticeInput {
  return {
    organisationName: 'Vestlandet Arbeid og Inkludering AS',
    organisation,
    bases: new Map(PURPOSES.map((p) => [p, basis(p, over[p] ?? {})])),
    running: new Set<Purpose>(['followUp', ...running]),
    retention: {
      chat: 12,
      notes: 24,
      activityPlan: 24,
      motivation: 12,
      decisionCases: 36,
      auditEntries: 60,
    } as NoticeInput['retention'],
  };
}

const ALL_ON: Purpose[] = ['chatbot', 'gamification', 'decisionSupport', 'statistics', 'trainingExport'];
const CONFIGS = {
  'everything on, NAV processor': input(navProcessor, ALL_ON),
  'everything on, consent and legitimate interest': input(independent, ALL_ON, {
    chatbot: { article6: 'a' },
    gamification: { article6: 'f' },
  }),
  'NAV unit, chatbot only': input(navUnit, ['chatbot']),
  'follow-up only, no role yet': input(null, []),
};

describe('the short notice (acceptance 3)', () => {
  for (const [label, config] of Object.entries(CONFIGS)) {
    for (const lang of NOTICE_LANGUAGES) {
      it(`${label}, ${lang}: at most 160 words, LIX at most 35, no article numbers`, () => {
        const text = summaryText(noticeIn(buildNotice(config), lang));
        const count = words(text).length;
        const score = lix(text);
        console.log(`short notice ${label} ${lang}: ${count} words, LIX ${score.toFixed(1)}`);
        expect(count).toBeLessThanOrEqual(160);
        expect(score).toBeLessThanOrEqual(35);
        expect(text).not.toMatch(/artikkel|\bart\.|§|bokstav|JSON/iu);
      });
    }
  }

  it('covers what is stored, who sees it, what the assistant gets, how long, the rights and whom to ask', () => {
    const notice = buildNotice(CONFIGS['everything on, NAV processor']);
    for (const lang of NOTICE_LANGUAGES)
      expect(noticeIn(notice, lang).summary.map((i) => i.id)).toEqual([
        'stored',
        'who',
        'assistant',
        'howLong',
        'rights',
        'ask',
      ]);
    const nb = Object.fromEntries(notice.summary!.map((i) => [i.id, i.text]));
    expect(nb['who']).toMatch(/NAV Vestland får det de trenger/);
    expect(nb['assistant']).toMatch(/finner ikke alle navn/);
    expect(nb['assistant']).toMatch(/ikke anonym/);
    expect(nb['howLong']).toMatch(/12 måneder/);
    expect(nb['rights']).toMatch(/protestere.*Si hvorfor, ut fra din situasjon/);
    expect(nb['ask']).toMatch(/Personvernansvarlig Kari Nordmann/);
    // Without the chatbot there is nothing for the assistant to get, and the short notice does not pretend there is.
    expect(buildNotice(CONFIGS['follow-up only, no role yet']).summary!.map((i) => i.id)).not.toContain('assistant');
  });

  it('the nynorsk notice is nynorsk, with the same sections as the bokmål one', () => {
    const notice = buildNotice(CONFIGS['everything on, NAV processor']);
    const nn = noticeIn(notice, 'nn');
    expect(nn.sections.map((s) => s.id)).toEqual(notice.sections.map((s) => s.id));
    const text = [
      nn.title,
      summaryText(nn),
      ...nn.sections.flatMap((s) => [s.title, ...s.paragraphs, ...(s.items ?? [])]),
    ].join(' ');
    expect(text).toMatch(/\bikkje\b/);
    expect(text).toMatch(/\bopplysningane\b/);
    expect(text).not.toMatch(/\bikke\b|\bopplysningene\b|\bhvordan\b|\bhvem\b/);
  });
});

describe('the full notice says what is true of the live configuration', () => {
  const notice = buildNotice(CONFIGS['everything on, NAV processor']);
  const section = (id: string, lang: 'nb' | 'nn' = 'nb') => {
    const s = noticeIn(notice, lang).sections.find((x) => x.id === id);
    return s ? [...s.paragraphs, ...(s.items ?? [])].join(' ') : '';
  };

  it('lists every field the chat gives the model, from the allowlist the chat uses', () => {
    // One word per field the chat can send (a new field in the chat's allowlist needs one here).
    const said: Record<ContextField, RegExp> = {
      processStage: /fase/,
      programme: /tiltak/,
      currentGoal: /målet/,
      nextStep: /neste steg/,
      motivationTrend: /motivasjon/,
      lastAgreedStep: /avtalt sist/,
    };
    const given = section('chatbot').split('Når veilederen bruker assistenten')[0]!;
    for (const field of CONTEXT_ALLOWLIST.participant_chat) expect(given, field).toMatch(said[field]);
    expect(notice.summary!.find((i) => i.id === 'assistant')!.text.split(',').length).toBeGreaterThanOrEqual(
      CONTEXT_ALLOWLIST.participant_chat.length - 1,
    );
    // The counselor's assistant also gets the programme; the participant's chat does not.
    expect(CONTEXT_ALLOWLIST.participant_chat).not.toContain('programme');
    expect(section('chatbot')).toMatch(/forberede et møte.*tiltak/);
    expect(section('chatbot')).toMatch(/pseudonymisert/);
    expect(section('chatbot')).toMatch(/fortsatt personopplysninger/);
    expect(section('chatbot')).toMatch(/finner ikke alle navn/);
    expect(section('chatbot', 'nn')).toMatch(/finn ikkje alle namn/);
  });

  it('calls the training export pseudonymised, not anonymous', () => {
    expect(section('training')).toMatch(/pseudonymisert på nytt/);
    expect(section('training')).toMatch(/ikke anonyme/);
    expect(section('training', 'nn')).toMatch(/ikkje anonyme/);
  });

  it('names the recipients from the register: NAV for its processor, NAV as the home of a NAV unit, and NAV by the rules of the programme for a tiltaksarrangør on its own', () => {
    const recipients = (o: OrganisationRole) =>
      buildNotice(input(o, ['chatbot']))
        .sections.find((s) => s.id === 'recipients')!
        .paragraphs.join(' ');
    expect(recipients(navProcessor)).toMatch(/NAV Vestland er behandlingsansvarlig og får opplysningene/);
    expect(recipients(navUnit)).toMatch(/Opplysningene er hos NAV/);
    expect(recipients(independent)).toMatch(/gir veilederen NAV de opplysningene NAV trenger/);
    for (const o of [navProcessor, navUnit, independent])
      expect(recipients(o)).not.toMatch(/gir ikke opplysningene til andre/);
  });

  it('words the right to object as art. 21(1) does: grounds relating to the particular situation, unless compelling grounds override', () => {
    expect(section('rights')).toMatch(
      /av grunner som gjelder din særlige situasjon.*tungtveiende grunner som går foran dine interesser/,
    );
    expect(section('how')).toMatch(/fortell hva ved situasjonen din/);
    expect(section('rights', 'nn')).toMatch(/av grunnar som gjeld den særlege situasjonen din/);
  });

  it('says who decides on dialogmøte 2 from the role in the register: NAV, never a tiltaksarrangør on its own (issue 17)', () => {
    const decisions = (o: OrganisationRole, lang: 'nb' | 'nn' = 'nb') =>
      noticeIn(buildNotice(input(o, ['decisionSupport'])), lang)
        .sections.find((x) => x.id === 'decisions')!
        .paragraphs.join(' ');
    for (const o of [navProcessor, navUnit]) {
      expect(decisions(o)).toMatch(/registrerer beslutningen for NAV/);
      expect(decisions(o, 'nn')).toMatch(/registrerer avgjerda for NAV/);
    }
    expect(decisions(independent)).toMatch(/skriver den til NAV-veilederen din\. Det er NAV som bestemmer/);
    expect(decisions(independent)).not.toMatch(/bestemmer selv|Beslutningen og hvem/);
    expect(decisions(independent, 'nn')).toMatch(/Det er NAV som avgjer om det skal haldast dialogmøte/);
  });

  it('covers decision-case notes and outcome recording', () => {
    expect(section('data')).toMatch(/veilederens notater i saken.*utfallet/);
    expect(section('decisions')).toMatch(/notater i saken.*registrere utfallet/);
    expect(section('retention')).toMatch(/saker om dialogmøte, med notater og utfall/);
  });

  it('does not name the organisation as controller before its role is recorded', () => {
    const text = buildNotice(CONFIGS['follow-up only, no role yet'])
      .sections.find((s) => s.id === 'responsible')!
      .paragraphs.join(' ');
    expect(text).toMatch(/har ennå ikke registrert hvem som er behandlingsansvarlig/);
    expect(text).not.toMatch(/AS er behandlingsansvarlig/);
  });
});

describe('printable, through the API', () => {
  let t: TestCore | undefined;
  it('the notice PDF comes in bokmål and nynorsk, short layer first', async () => {
    t = await makeCore();
    try {
      const { admin } = await setupOrg(t, 'Utskrift Tiltak AS');
      await recordBases(t, admin, ['chatbot']);
      const vera = await addUser(t, admin, 'vera', 'Vera Veileder', 'counselor');
      await addUser(t, admin, 'pia', 'Pia Fiktiv', 'participant', vera.id);
      const pia = await login(t, 'pia');
      for (const language of ['nb', 'nn'] as const) {
        const pdf = await t.ok(pia, 'privacy.noticePdf', { language });
        expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(pdf.fileName).toMatch(language === 'nn' ? /-nynorsk\.pdf$/ : /^personvernerklaering-v\d+\.pdf$/);
      }
      const notice = await t.ok(await login(t, 'vera'), 'privacy.notice', {});
      expect(notice.summary?.length).toBeGreaterThan(0);
      expect(notice.nn?.sections.length).toBe(notice.sections.length);
    } finally {
      await t.close();
    }
  });
});
