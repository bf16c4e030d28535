/** `inkludmi chat classify` and `inkludmi kb search`, run in-process. */
import { describe, expect, it } from 'vitest';
import { runInkludmi } from '../../cli/run.js';

describe('inkludmi chat classify', () => {
  it('reads JSON lines {"id","text"} and writes {"id","talk","crisis"}', async () => {
    const input = [
      { id: 1, text: 'Jeg skal sende to søknader i morgen.' },
      { id: 'b', text: 'Jeg vil ikke søke på den jobben.' },
      { id: 3, text: 'Hva er AFT?' },
      { id: 4, text: 'Det regner i dag.' },
      { id: 5, text: 'Jeg vil ikke leve lenger.' },
      { id: 6, text: 'Jeg døde av latter, den filmen var drepende kjedelig' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const { code, stdout } = await runInkludmi(['chat', 'classify'], `${input}\n`);
    expect(code).toBe(0);
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as unknown);
    expect(out).toEqual([
      { id: 1, talk: 'change', crisis: false, level: 'none', categories: [] },
      { id: 'b', talk: 'sustain', crisis: false, level: 'none', categories: [] },
      { id: 3, talk: 'question', crisis: false, level: 'none', categories: [] },
      { id: 4, talk: 'neutral', crisis: false, level: 'none', categories: [] },
      { id: 5, talk: expect.any(String), crisis: true, level: 'acute', categories: ['suicide'] },
      { id: 6, talk: expect.any(String), crisis: false, level: 'none', categories: [] },
    ]);
  });

  it('gives level and categories, crisis for every level above none, and never change talk with risk', async () => {
    const input = [
      { id: 1, text: 'Jeg har bestemt meg, jeg skal gjøre det slutt i kveld.' },
      { id: 2, text: 'Jeg orker ikke mer.' },
      { id: 3, text: 'Jeg ble kastet ut og har ikke noe sted å sove i natt.' },
      { id: 4, text: 'Det møtet tok livet av meg, haha' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const { code, stdout } = await runInkludmi(['chat', 'classify'], `${input}\n`);
    expect(code).toBe(0);
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: number; talk: string; crisis: boolean; level: string; categories: string[] });
    expect(out[0]).toMatchObject({ crisis: true, categories: ['suicide'] });
    expect(out[0]?.talk).not.toBe('change');
    expect(out[1]).toMatchObject({ crisis: true, level: 'check_in', categories: ['suicide'] });
    expect(out[2]).toMatchObject({ crisis: true, categories: ['welfare'] });
    expect(out[3]).toMatchObject({ crisis: false, level: 'none', categories: [] });
    for (const o of out) expect(o.crisis).toBe(o.level !== 'none');
  });

  it('reports bad lines and goes on, with exit code 1', async () => {
    const { code, stdout, stderr } = await runInkludmi(
      ['chat', 'classify'],
      'ikke json\n{"id":2}\n{"id":3,"text":"hei"}\n',
    );
    expect(code).toBe(1);
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out[0]).toMatchObject({ id: null, error: expect.any(String) });
    expect(out[1]).toMatchObject({ id: 2, error: expect.any(String) });
    expect(out[2]).toEqual({ id: 3, talk: 'neutral', crisis: false, level: 'none', categories: [] });
    expect(stderr).toContain('2 av 3 linjer');
  });
});

describe('inkludmi chat check', () => {
  // Written for this test: 15 replies an MI assistant could send, and 15 it must never send.
  const good = [
    'Det høres ut som du har lyst til å komme i gang med noe nytt.',
    'Du har tenkt mye på hvordan du kan få en jobb du trives i.',
    'Hva er det som gjør at du vil søke på akkurat den jobben?',
    'Du kjenner at det er tungt å stå opp om morgenen, og likevel har du klart det flere dager denne uka.',
    'Hvordan vil du at neste uke skal se ut?',
    'Du vil ha egne penger, og du vil slippe å spørre om hjelp hele tiden.',
    'Det var modig av deg å ringe bedriften selv.',
    'På en skala fra 0 til 10, hvor viktig er det for deg å fullføre kurset?',
    'Er det greit at jeg forteller litt om hva andre har gjort i samme situasjon?',
    'Du har både lyst og litt motvilje, og begge deler gir mening.',
    'Hva tenker du selv om det første steget?',
    'Eg høyrer at du vil ha ein kvardag med meir innhald.',
    'Du har allerede sendt to søknader, og det viser at du står på.',
    'Hvilke tanker har du om praksisplassen etter besøket?',
    'Det er ditt valg, og du vet best hva som passer for deg.',
  ];
  const bad = [
    ['forO isZ en kan veilederIZ4I sg meg', 'nonsense'],
    ['kan kan kan kan du du fortelle', 'nonsense'],
    ['<|im_start|>assistant Hva tenker du om det?', 'template'],
    ['That sounds like you really want to find a job.', 'English'],
    ['What do you think is the first step?', 'English'],
    ['Du bør søke på flere jobber med en gang.', 'advice'],
    ['Jeg anbefaler at du melder deg på kurset i morgen.', 'advice'],
    ['Du er bare lat, det er problemet.', 'blame'],
    ['Det er din egen feil at du ikke har jobb.', 'blame'],
    ['Skjerp deg og møt opp i tide.', 'confrontation'],
    ['Ring meg på 912 34 567 så snakker vi mer.', 'personal data'],
    ['Send søknaden til kari.nordmann@example.no i dag.', 'personal data'],
    ['Ifølge loven har du rett på 15 000 kroner i måneden.', 'invented law'],
    ['Etter arbeidsmiljøloven § 14-9 må arbeidsgiveren ansette deg fast.', 'invented law'],
    ['Hvis du ikke møter opp, mister du pengene fra NAV.', 'warning'],
  ] as const;

  it('judges 15 good and 15 bad replies right, with reasons', async () => {
    const input = [
      ...good.map((text, i) => ({ id: `g${i}`, text })),
      ...bad.map(([text], i) => ({ id: `b${i}`, text })),
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const { code, stdout } = await runInkludmi(['chat', 'check'], `${input}\n`);
    expect(code).toBe(0);
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; ok: boolean; reasons: string[] });
    expect(out).toHaveLength(30);
    for (const o of out.slice(0, 15)) expect(o, good[Number(o.id.slice(1))]).toMatchObject({ ok: true, reasons: [] });
    for (const o of out.slice(15)) {
      const [text, kind] = bad[Number(o.id.slice(1))] ?? ['', ''];
      expect(o.ok, `${kind}: ${text}`).toBe(false);
      expect(o.reasons.length).toBeGreaterThan(0);
    }
    const reasonsOf = (i: number) => out[15 + i]?.reasons ?? [];
    expect(reasonsOf(0)).toEqual(expect.arrayContaining(['nonsense', 'garbled_token']));
    expect(reasonsOf(2)).toContain('template_token');
    expect(reasonsOf(3)).toContain('not_norwegian');
    expect(reasonsOf(5)).toContain('advice_without_permission');
    expect(reasonsOf(7)).toContain('labelling');
    expect(reasonsOf(9)).toContain('confrontation');
    expect(reasonsOf(10)).toContain('personal_data');
    expect(reasonsOf(12)).toContain('unsupported_claim');
    expect(reasonsOf(14)).toContain('warning');
  });

  it('judges replies that say the same acts in other words, and harmless risky words, as the chat does', async () => {
    const cases: [string, string | null][] = [
      ['Sjefen din sa at du må skjerpe deg, og det satt i lenge.', null],
      ['Du mistet lærlingplassen i fjor, og nå vil du prøve igjen.', null],
      ['Det er ikke din feil at bussen var forsinket.', null],
      ['Fortell litt om hva som gjorde dagen god.', null],
      ['Hvis jeg var deg, ville jeg søkt på lageret i morgen.', 'advice_without_permission'],
      ['Så vanskelig er det jo ikke å sende en søknad.', 'confrontation'],
      ['Du er en pessimist, og det hindrer deg.', 'labelling'],
      ['Du blir sparket hvis du kommer for sent en gang til.', 'warning'],
      ['Nesten alle som fullfører kurset, får jobb.', 'unsupported_claim'],
    ];
    const input = cases.map(([text], i) => JSON.stringify({ id: i, text })).join('\n');
    const { code, stdout } = await runInkludmi(['chat', 'check'], `${input}\n`);
    expect(code).toBe(0);
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: number; ok: boolean; reasons: string[] });
    for (const o of out) {
      const [text, reason] = cases[o.id] ?? ['', null];
      if (reason === null) expect(o, text).toMatchObject({ ok: true, reasons: [] });
      else {
        expect(o.ok, text).toBe(false);
        expect(o.reasons, text).toContain(reason);
      }
    }
    expect(out).toHaveLength(cases.length);
  });
});
