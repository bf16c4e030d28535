import { afterEach, describe, expect, it } from 'vitest';
import { addUser, login, makeCore, setupOrg, type TestCore } from '../../helpers/org.js';

let t: TestCore | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('searching one participant’s notes', () => {
  it('finds words and word beginnings in that participant’s notes only, newest first', async () => {
    t = await makeCore();
    const { admin } = await setupOrg(t);
    await addUser(t, admin, 'anna', 'Anna Veileder', 'counselor');
    const anna = await login(t, 'anna');
    const petter = await t.ok(anna, 'participants.create', { displayName: 'Petter Fiktiv' });
    const kaja = await t.ok(anna, 'participants.create', { displayName: 'Kaja Fiktiv' });
    const add = (participantId: string, occurredOn: string, body: string) =>
      t!.ok(anna, 'notes.add', { participantId, kind: 'meeting', occurredOn, body });
    await add(petter.id, '2026-01-05', 'Snakket om praksisplassen hos Rema 1000.');
    await add(petter.id, '2026-02-10', 'Deltaker har startet i praksis og trives.');
    await add(petter.id, '2026-01-20', 'Jobbintervju neste uke.');
    await add(kaja.id, '2026-03-01', 'Kaja vil også ha praksisplass.');

    const search = async (participantId: string, query: string) =>
      (await t!.ok(anna, 'notes.search', { participantId, query })).map((n) => n.occurredOn);
    // "praksis" also finds "praksisplassen" (word beginnings count), newest first; Kaja's note stays out.
    expect(await search(petter.id, 'praksis')).toEqual(['2026-02-10', '2026-01-05']);
    // Two words: both must be there.
    expect(await search(petter.id, 'praksis rema')).toEqual(['2026-01-05']);
    expect(await search(kaja.id, 'praksis')).toEqual(['2026-03-01']);
    expect(await search(petter.id, 'sertifikat')).toEqual([]);
  });

  it('finds parts of compound words, any case, and short words as word beginnings', async () => {
    t = await makeCore();
    const { admin } = await setupOrg(t);
    await addUser(t, admin, 'anna', 'Anna Veileder', 'counselor');
    const anna = await login(t, 'anna');
    const petter = await t.ok(anna, 'participants.create', { displayName: 'Petter Fiktiv' });
    const add = (occurredOn: string, body: string) =>
      t!.ok(anna, 'notes.add', { participantId: petter.id, kind: 'meeting', occurredOn, body });
    await add('2026-01-20', 'Jobbintervju hos Rema 1000 neste uke.');
    await add('2026-02-03', 'Øvde på intervjuet. Praksisplassen er klar.');
    await add('2026-02-15', 'CV-en er ferdig, og truckførerkurset starter i mars.');
    await add('2026-03-01', 'Snakket om søvn og døgnrytme på kaféen.');
    const search = async (query: string) =>
      (await t!.ok(anna, 'notes.search', { participantId: petter.id, query })).map((n) => n.occurredOn);

    // The end or middle of a compound: "intervju" in "Jobbintervju" and "intervjuet", newest first.
    expect(await search('intervju')).toEqual(['2026-02-03', '2026-01-20']);
    expect(await search('plass')).toEqual(['2026-02-03']);
    expect(await search('kurs')).toEqual(['2026-02-15']);
    expect(await search('rytme')).toEqual(['2026-03-01']);
    // Case and Norwegian letters: "øvde" finds "Øvde", "TRUCK" finds "truckførerkurset".
    expect(await search('øvde')).toEqual(['2026-02-03']);
    expect(await search('TRUCK')).toEqual(['2026-02-15']);
    // Accents folded: "kafe" finds "kaféen"; æ, ø and å stay letters of their own.
    expect(await search('kafe')).toEqual(['2026-03-01']);
    expect(await search('sovn')).toEqual([]);
    expect(await search('pa intervjuet')).toEqual([]);
    expect(await search('på intervjuet')).toEqual(['2026-02-03']);
    // Every word must be there, parts of words and short words (as word beginnings) together.
    expect(await search('intervju rema')).toEqual(['2026-01-20']);
    expect(await search('cv ferdig')).toEqual(['2026-02-15']);
    expect(await search('cv intervju')).toEqual([]);
    // A short word does not match inside another word ("er" would be everywhere).
    expect(await search('ve')).toEqual([]);
    expect(await search('jobbintervju sertifikat')).toEqual([]);
    // Operators and quotes are only characters.
    expect(await search('"intervju" OR -søvn*')).toEqual([]);
    expect(await search('"intervju"')).toEqual(['2026-02-03', '2026-01-20']);
  });
});
