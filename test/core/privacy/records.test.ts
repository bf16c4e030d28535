/**
 * Acceptance 6: the records of processing (art. 30) and the data map follow the live configuration
 * (a change of the register, the settings or the organisation's role shows in the next export),
 * and the PDFs render: converted to an image with pdftoppm (poppler-utils, installed by .ci/run),
 * the page is not blank, and the text layer has the Norwegian letters.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARTICIPANT_TABLES } from '../../../electron/core/privacy/catalogue.js';
import { makeTempDir } from '../../helpers/tempDir.js';
import type { ChatCore } from '../chat/helpers.js';
import { fillParticipant, P_NAME, privacyOrg, stringsFor } from './helpers.js';

let t: ChatCore;
let temp: Awaited<ReturnType<typeof makeTempDir>>;

beforeAll(async () => {
  t = await privacyOrg();
  temp = await makeTempDir('inkludmi-pdf-');
  await fillParticipant(t, {
    counselor: t.counselorA,
    participant: t.participantP,
    participantId: t.p,
    strings: stringsFor('Pd', P_NAME, 17, '+47 918 11 223'),
  });
}, 120_000);

afterAll(async () => {
  await t?.close();
  await temp?.cleanup();
});

/** Renders page 1 of a PDF to a grey image with pdftoppm and returns the share of pixels that are not white. */
function inkOnFirstPage(pdf: Buffer, name: string): number {
  const file = path.join(temp.dir, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  const out = path.join(temp.dir, name);
  execFileSync('pdftoppm', ['-gray', '-r', '40', '-f', '1', '-l', '1', '-singlefile', file, out]);
  const image = fs.readFileSync(`${out}.pgm`);
  // PGM (P5): "P5", width, height, maxval, then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(image.subarray(0, 64).toString('latin1'));
  expect(header, 'a PGM image').not.toBeNull();
  const [, w, h] = header!.map(Number);
  const pixels = image.subarray(image.length - w! * h!);
  let ink = 0;
  for (const p of pixels) if (p < 200) ink++;
  return ink / pixels.length;
}

function pdfText(pdf: Buffer, name: string): string {
  const file = path.join(temp.dir, `${name}-text.pdf`);
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('the records of processing (art. 30) and the data map', () => {
  it('reflect the live configuration, and change when it changes', async () => {
    const before = await t.ok(t.admin, 'privacy.records', {});
    const chatbot = (r: typeof before) => r.activities.find((a) => a.purpose === 'chatbot')!;
    expect(chatbot(before)).toMatchObject({
      running: true,
      basis: { article6: 'art. 6 nr. 1 bokstav e', article9: 'art. 9 nr. 2 bokstav b' },
    });
    expect(before.activities.find((a) => a.purpose === 'trainingExport')).toMatchObject({
      running: false,
      basis: null,
    });
    expect(before.recipients).toEqual([]);
    // The chatbot runs only once the role is recorded (issue 18), so the test organisation has recorded it.
    expect(before.organisation).toMatchObject({
      role: 'controller',
      roleText: 'Chat Tiltak AS er behandlingsansvarlig.',
    });
    expect(before.gaps).toEqual(
      expect.arrayContaining([expect.stringMatching(/Oppfølging i tiltaket.*standardvalget/)]),
    );
    expect(before.gaps.some((g) => /rolle.*ikke registrert/.test(g))).toBe(false);
    expect(before.retention.find((r) => r.category === 'chat')!.months).toBe(12);
    // The security measures actually in force, read from the store and the key file.
    expect(before.security.encryptionAtRest).toMatchObject({
      enabled: true,
      fileHeaderEncrypted: true,
      cipherVersion: expect.stringMatching(/^4\./),
    });
    expect(before.security).toMatchObject({
      secureDelete: true,
      journalMode: 'wal',
      foreignKeys: true,
      auditLog: { chainVerified: true, appendOnly: true },
      offline: { networkAtRunTime: false, telemetry: false },
    });
    // Only staff (the admin and counselors A and B) and the recovery key hold slots (issue 16).
    expect(before.security.keyDerivation).toMatchObject({
      algorithm: 'scrypt',
      slots: 4,
      recoverySlot: true,
      weakestN: 4096,
    });
    // The data map has every participant table and the module-owned ones, with their columns.
    const mapped = before.dataMap.filter((d) => d.kind === 'participant').map((d) => d.table);
    expect(mapped).toEqual(expect.arrayContaining([...PARTICIPANT_TABLES.map((x) => x.table), 'gamification_points']));
    expect(before.dataMap.find((d) => d.table === 'participants')!.columns.map((c) => c.name)).toContain('national_id');

    await t.ok(t.admin, 'privacy.removeBasis', { purpose: 'chatbot' });
    await t.ok(t.admin, 'settings.update', { retentionMonths: { chat: 24 }, inactivityLockMinutes: 5 });
    await t.ok(t.admin, 'privacy.setOrganisation', {
      role: 'processor',
      controller: { kind: 'nav', name: 'NAV Innlandet', agreementReference: 'DBA-77' },
      contact: { name: 'Personvernteamet' },
    });
    const after = await t.ok(t.admin, 'privacy.records', {});
    expect(chatbot(after)).toMatchObject({ running: false, basis: null });
    expect(after.retention.find((r) => r.category === 'chat')!.months).toBe(24);
    expect(after.organisation).toMatchObject({
      role: 'processor',
      roleText: expect.stringMatching(/databehandler for NAV Innlandet \(databehandleravtale DBA-77\)/),
    });
    expect(after.recipients).toEqual([expect.stringMatching(/NAV Innlandet/)]);
    expect(after.security.accessControl.inactivityLockMinutes).toBe(5);
    expect(after.gaps).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Chatbot og KI-assistent.*slått på, men har ikke registrert grunnlag/),
      ]),
    );
    expect(after.gaps.some((g) => /rolle.*ikke registrert/.test(g))).toBe(false);
    // Only an admin gets it.
    expect(await t.call(t.counselorA, 'privacy.records', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await t.ok(t.admin, 'privacy.recordBasis', {
      purpose: 'chatbot',
      basis: { article6: 'e', supplementaryBasis: 'tiltaksforskriften § 1-7' },
    });
  });

  it('the PDF renders: page one is not blank, and its text has the configuration with æ, ø and å', async () => {
    const file = await t.ok(t.admin, 'privacy.recordsPdf', {});
    const pdf = Buffer.from(file.base64, 'base64');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const ink = inkOnFirstPage(pdf, 'records');
    expect(ink).toBeGreaterThan(0.01);
    expect(ink).toBeLessThan(0.5);
    const text = pdfText(pdf, 'records');
    expect(text).toMatch(/Protokoll over behandlingsaktiviteter/);
    expect(text).toMatch(/databehandler for NAV Innlandet/);
    expect(text).toMatch(/Sikkerhetstiltak i bruk/);
    expect(text).toMatch(/Nøkkelutledning/);
    expect(text).toMatch(/Særlige kategorier|særlige kategorier|Slettefrister/);
  });

  it('the access export renders as a readable PDF with the participant’s name and data', async () => {
    const file = await t.ok(t.participantP, 'privacy.exportPdf', { participantId: t.p });
    const pdf = Buffer.from(file.base64, 'base64');
    expect(inkOnFirstPage(pdf, 'access')).toBeGreaterThan(0.01);
    const text = pdfText(pdf, 'access');
    expect(text).toMatch(/Dine opplysninger i InkludMI/);
    expect(text).toContain(P_NAME);
    expect(text).toMatch(/Hvem som har sett eller endret opplysningene dine/);
    expect(text).toMatch(/Anna Veileder \(veileder\)/);
  });
});
