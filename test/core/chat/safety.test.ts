import { describe, expect, it } from 'vitest';
import {
  assessRisk,
  createCrisisFlag,
  crisisFlagSchema,
  crisisResponse,
  describeCrisisFlag,
  HELP_LINES,
  helpLine,
  isCrisis,
  RISK_RULES,
} from '../../../electron/core/chat/safety/index.js';
import evalSet from './crisis-eval.json' with { type: 'json' };

interface Labelled {
  text: string;
  category?: string;
}

const crisis: Labelled[] = [...evalSet.crisis, ...evalSet.heldOut.crisis];
const nonCrisis: Labelled[] = [...evalSet.nonCrisis, ...evalSet.heldOut.nonCrisis];

describe('crisis detector on the labelled Norwegian set', () => {
  it('has at least 60 crisis and 60 non-crisis utterances, idioms included', () => {
    expect(crisis.length).toBeGreaterThanOrEqual(60);
    expect(nonCrisis.length).toBeGreaterThanOrEqual(60);
    expect(evalSet.nonCrisis.filter((u) => u.note.startsWith('idiom')).length).toBeGreaterThanOrEqual(20);
  });

  it('finds every crisis utterance, in the right category', () => {
    const missed = crisis.filter((u) => !isCrisis(assessRisk(u.text))).map((u) => u.text);
    expect(missed).toEqual([]);
    const wrongCategory = crisis.filter((u) => !assessRisk(u.text).categories.includes(u.category as never)).map((u) => u.text);
    expect(wrongCategory).toEqual([]);
  });

  it('raises at most 5 % false alarms on idioms and everyday talk', () => {
    const alarms = nonCrisis.filter((u) => isCrisis(assessRisk(u.text))).map((u) => u.text);
    expect(alarms.length / nonCrisis.length).toBeLessThanOrEqual(0.05);
  });

  it('gives ambiguous shapes at most concern, never acute', () => {
    for (const u of evalSet.ambiguous) expect(assessRisk(u.text).level, u.text).not.toBe('acute');
  });
});

describe('assessRisk', () => {
  it('does not trigger on idioms', () => {
    for (const text of [
      'jeg døde av latter',
      'drepende kjedelig',
      'jeg dreper meg av latter',
      'jeg er dødssliten',
      'killing it',
      'I could kill for a coffee',
      'eg døyr av latter',
      'vi slo i hjel tida',
      'det slår meg at jeg burde søke',
      'kan jeg henge meg på?',
      'jeg vil ta livet med ro i sommer',
    ]) {
      expect(assessRisk(text), text).toEqual({ level: 'none', categories: [], matched: [] });
    }
  });

  it('treats "det tar livet av meg" as concern, and the speaker taking their life as acute', () => {
    expect(assessRisk('det tar livet av meg').level).toBe('concern');
    expect(assessRisk('jobben tar livet av meg').level).toBe('concern');
    expect(assessRisk('jeg tar livet av meg').level).toBe('acute');
    expect(assessRisk('vil ta livet av meg').level).toBe('acute');
  });

  it('reads bokmål, nynorsk, dialect, chat spelling without Norwegian letters, and English', () => {
    for (const text of [
      'jeg vil dø',
      'eg vil døy',
      'e vil ikkje leve lenger',
      'jeg vil do',
      'orker ikke aa leve',
      'skulle onske jeg var dod',
      'sjolvmordstankar',
      'JEG VIL TA LIVET MITT',
      'I want to die',
    ]) {
      const r = assessRisk(text);
      expect(r.level, text).toBe('acute');
      expect(r.categories, text).toContain('suicide');
    }
  });

  it('lowers denial and other people\'s suicide to concern', () => {
    expect(assessRisk('jeg har aldri hatt selvmordstanker').level).toBe('concern');
    expect(assessRisk('vennen min prøvde å ta livet sitt').level).toBe('concern');
  });

  it('recognises self-harm, violence and abuse as their own categories', () => {
    expect(assessRisk('jeg kutter meg').categories).toEqual(['self_harm']);
    expect(assessRisk('jeg skal drepe han').categories).toEqual(['violence']);
    expect(assessRisk('pappa slår meg').categories).toEqual(['abuse']);
    expect(assessRisk('jeg kuttet meg i fingeren når jeg lagde mat').level).toBe('none');
  });

  it('reports rule ids, never the participant\'s words', () => {
    const r = assessRisk('Jeg vil ta livet mitt, hilsen Kari på Tøyen');
    expect(r.matched.length).toBeGreaterThan(0);
    for (const id of r.matched) {
      expect(RISK_RULES.some((rule) => rule.id === id)).toBe(true);
      expect(id).not.toMatch(/kari|tøyen/i);
    }
  });

  it('handles empty and symbol-only input', () => {
    expect(assessRisk('').level).toBe('none');
    expect(assessRisk('  ?!  ').level).toBe('none');
  });
});

describe('help lines', () => {
  it('have exactly the verified numbers', () => {
    const numbers = Object.fromEntries(HELP_LINES.map((l) => [l.id, l.number]));
    expect(numbers).toEqual({
      emergency_medical: '113',
      police: '112',
      legevakt: '116 117',
      mental_helse: '116 123',
      kirkens_sos: '22 40 00 40',
      kors_pa_halsen: '800 33 321',
      alarmtelefonen: '116 111',
      vo_linjen: '116 006',
    });
    for (const l of HELP_LINES) {
      expect(l.dial).toBe(l.number.replace(/\s/g, ''));
      expect(l.sources.length, l.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('state opening hours only where sources agree', () => {
    expect(helpLine('mental_helse').hours?.nb).toBe('døgnåpen');
    expect(helpLine('kirkens_sos').hours?.nb).toBe('døgnåpen');
    expect(helpLine('kors_pa_halsen').hours).toBeUndefined();
  });
});

describe('crisis message', () => {
  it('is fixed, caring and lists 113, legevakt, Mental Helse, Kirkens SOS and Kors på halsen in bokmål', () => {
    const r = crisisResponse('nb');
    expect(r.text).toBe(crisisResponse('nb').text);
    for (const n of ['113', '116 117', '116 123', '22 40 00 40', '800 33 321']) expect(r.text).toContain(n);
    expect(r.text).toMatch(/bekymret for deg/);
    expect(r.text).toMatch(/veilederen din/i);
    expect(r.kind).toBe('self');
  });

  it('exists in nynorsk and English', () => {
    expect(crisisResponse('nn').text).toMatch(/Eg er berre ein chatbot/);
    expect(crisisResponse('nn').text).toContain('116 123');
    expect(crisisResponse('en').text).toMatch(/I am only a chatbot/);
    expect(crisisResponse('en').text).toContain('22 40 00 40');
  });

  it('never mentions methods or means', () => {
    for (const lang of ['nb', 'nn', 'en'] as const) {
      for (const assessment of [assessRisk('jeg vil dø'), assessRisk('pappa slår meg'), assessRisk('jeg skal drepe han'), assessRisk('jeg orker ikke mer')]) {
        const text = crisisResponse(lang, assessment).text.toLowerCase();
        expect(text).not.toMatch(/piller|tablett|overdose|henge|hoppe|kniv|bro\b|bru\b|tog\b|pills|rope|jump|knife|metode|method/);
      }
    }
  });

  it('gives abuse and violence the lines for people who are harmed', () => {
    const r = crisisResponse('nb', assessRisk('kjæresten min slår meg'));
    expect(r.kind).toBe('harmed');
    for (const n of ['112', '116 006', '116 111']) expect(r.text).toContain(n);
    expect(r.text).toMatch(/aldri din skyld/);
    const anger = crisisResponse('nb', assessRisk('jeg skal drepe han'));
    expect(anger.kind).toBe('anger');
    expect(anger.text).toContain('112');
  });

  it('opens as a gentle check-in on concern', () => {
    const r = crisisResponse('nb', assessRisk('jeg orker ikke mer'));
    expect(r.level).toBe('concern');
    expect(r.text).toMatch(/lurer på hvordan du egentlig har det/);
    expect(r.text).toContain('116 123');
  });

  it('leaves out the counselor sentence when nobody is told', () => {
    expect(crisisResponse('nb', undefined, { counselorNotified: false }).text).not.toMatch(/får beskjed/);
  });
});

describe('crisis flag for the counselor', () => {
  const risk = assessRisk('jeg vil ta livet mitt og pappa slår meg');

  it('holds level, categories, rule ids, time and a turn reference — not the words', () => {
    const flag = createCrisisFlag({ participantId: 'p1', conversationId: 'c1', turnId: 't9', assessment: risk, now: new Date('2026-11-24T10:00:00Z') });
    expect(flag).toMatchObject({ participantId: 'p1', conversationId: 'c1', turnId: 't9', level: 'acute', categories: ['suicide', 'abuse'], raisedAt: '2026-11-24T10:00:00.000Z' });
    expect(JSON.stringify(flag)).not.toMatch(/pappa|livet mitt/);
    expect(crisisFlagSchema.parse(flag)).toEqual(flag);
    expect(describeCrisisFlag(flag)).toBe('Akutt: selvmordsfare, vold eller overgrep i nære relasjoner');
  });

  it('refuses an assessment without risk', () => {
    expect(() => createCrisisFlag({ participantId: 'p', conversationId: 'c', turnId: 't', assessment: assessRisk('hei') })).toThrow();
  });
});
