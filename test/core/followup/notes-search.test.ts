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
    const add = (participantId: string, occurredOn: string, body: string) => t!.ok(anna, 'notes.add', { participantId, kind: 'meeting', occurredOn, body });
    await add(petter.id, '2026-01-05', 'Snakket om praksisplassen hos Rema 1000.');
    await add(petter.id, '2026-02-10', 'Deltaker har startet i praksis og trives.');
    await add(petter.id, '2026-01-20', 'Jobbintervju neste uke.');
    await add(kaja.id, '2026-03-01', 'Kaja vil også ha praksisplass.');

    const search = async (participantId: string, query: string) => (await t!.ok(anna, 'notes.search', { participantId, query })).map((n) => n.occurredOn);
    // "praksis" also finds "praksisplassen" (word beginnings count), newest first; Kaja's note stays out.
    expect(await search(petter.id, 'praksis')).toEqual(['2026-02-10', '2026-01-05']);
    // Two words: both must be there.
    expect(await search(petter.id, 'praksis rema')).toEqual(['2026-01-05']);
    expect(await search(kaja.id, 'praksis')).toEqual(['2026-03-01']);
    expect(await search(petter.id, 'sertifikat')).toEqual([]);
  });
});
