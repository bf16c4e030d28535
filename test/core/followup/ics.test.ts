import { afterEach, describe, expect, it } from 'vitest';
import { buildIcs, escapeIcsText, foldIcsLine, icsUtc } from '../../../electron/core/followup/ics.js';
import { followupOrg, type FollowupOrg } from './helpers.js';

let o: FollowupOrg | undefined;
afterEach(async () => {
  await o?.t.close();
  o = undefined;
});

const unfold = (ics: string) => ics.replace(/\r\n /g, '');

describe('.ics export (RFC 5545)', () => {
  it('writes CRLF lines, UID, DTSTAMP and UTC DTSTART/DTEND, and escapes text', () => {
    const ics = buildIcs(
      [
        {
          uid: 'abc@inkludmi',
          start: new Date('2026-12-03T09:00:00+01:00'),
          end: new Date('2026-12-03T09:45:00+01:00'),
          summary: 'Møte; med, komma\\ og\nlinje',
          location: 'Rom 2, 3. etg',
        },
      ],
      new Date('2026-12-01T12:34:56.789Z'),
    );
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // no bare LF or CR
    const lines = ics.split('\r\n');
    expect(lines.slice(0, 3)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//InkludMI//InkludMI desktop//NB']);
    expect(lines).toContain('UID:abc@inkludmi');
    expect(lines).toContain('DTSTAMP:20261201T123456Z');
    expect(lines).toContain('DTSTART:20261203T080000Z');
    expect(lines).toContain('DTEND:20261203T084500Z');
    expect(lines).toContain('SUMMARY:Møte\\; med\\, komma\\\\ og\\nlinje');
    expect(lines).toContain('LOCATION:Rom 2\\, 3. etg');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('folds lines at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'æøå'.repeat(40)}`;
    const folded = foldIcsLine(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(
      folded
        .split('\r\n')
        .slice(1)
        .every((p) => p.startsWith(' ')),
    ).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(escapeIcsText('a,b;c')).toBe('a\\,b\\;c');
    expect(icsUtc(new Date('2026-01-02T03:04:05.000Z'))).toBe('20260102T030405Z');
  });

  it('holds no personal data unless the counselor asks for the name or the place', async () => {
    o = await followupOrg();
    const startsAt = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const a = await o.t.ok(o.annaConn, 'appointments.add', {
      participantId: o.petterId,
      startsAt,
      durationMinutes: 30,
      kind: 'phone',
      location: 'Hjemme hos Petter, Fiktivveien 1',
    });
    const plain = await o.t.ok(o.annaConn, 'appointments.ics', { participantId: o.petterId });
    expect(plain).toMatchObject({
      filename: 'inkludmi-avtaler.ics',
      mimeType: 'text/calendar',
      eventCount: 1,
      containsPersonalData: false,
    });
    const text = unfold(plain.content);
    expect(text).toContain('SUMMARY:Oppfølgingsmøte\r\n');
    expect(text).toContain('DESCRIPTION:Telefonsamtale');
    expect(text).not.toMatch(/Petter|Fiktiv|LOCATION/);
    expect(text).not.toContain(o.petterId);
    const uid = /UID:(.+)\r\n/.exec(text)![1]!;

    const named = await o.t.ok(o.annaConn, 'appointments.ics', {
      participantId: o.petterId,
      includeName: true,
      includeLocation: true,
    });
    expect(named.containsPersonalData).toBe(true);
    expect(unfold(named.content)).toContain('SUMMARY:Oppfølgingsmøte: Petter Fiktiv');
    expect(unfold(named.content)).toContain('LOCATION:Hjemme hos Petter\\, Fiktivveien 1');
    expect(unfold(named.content)).toContain(`UID:${uid}`); // the same event, so a re-import updates it

    await o.t.ok(o.annaConn, 'appointments.cancel', { participantId: o.petterId, appointmentId: a.id });
    const all = await o.t.ok(o.annaConn, 'appointments.ics', {});
    expect(all.eventCount).toBe(1);
    expect(all.content).toContain('STATUS:CANCELLED');
  });
});
