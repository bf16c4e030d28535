import type { AccessExport } from './exportData.js';
import { noticeIn, type NoticeContent, type NoticeLanguage } from './notice.js';
import { displayValue, type PdfBlock, type PdfDocumentSpec } from './pdf.js';
import type { RecordsOfProcessing } from './records.js';

const CONFIDENTIAL = 'Fortrolig – inneholder personopplysninger';

const dateTime = (iso: string) => {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

/** The access export as a readable document: every table with Norwegian labels, then the audit trail. */
export function accessExportDocument(e: AccessExport): PdfDocumentSpec {
  const blocks: PdfBlock[] = [
    { kind: 'title', text: `Dine opplysninger i InkludMI` },
    {
      kind: 'paragraph',
      text: `Dette er alt ${e.organisation.name} har lagret om ${e.participant.displayName || 'deg'} i InkludMI, per ${dateTime(e.generatedAt)}. Den samme utskriften finnes som fil (JSON) som du kan ta med deg til en annen tjeneste.`,
    },
    { kind: 'heading', text: 'Hvorfor opplysningene behandles' },
    {
      kind: 'list',
      items: e.legalBases.map((b) => `${b.title}: ${b.basis}${b.specialCategories ? ` ${b.specialCategories}` : ''}`),
    },
    {
      kind: 'paragraph',
      text:
        e.recipients.length === 0
          ? 'Opplysningene er ikke gitt til noen utenfor organisasjonen.'
          : `Mottakere: ${e.recipients.join(', ')}.`,
    },
  ];
  for (const section of e.sections) {
    if (section.category === 'auditLog') continue;
    blocks.push({ kind: 'heading', text: section.title });
    for (const table of section.tables) {
      blocks.push({ kind: 'subheading', text: `${table.title} (${table.rows.length})` });
      if (table.rows.length === 0) {
        blocks.push({ kind: 'small', text: 'Ingenting lagret.' });
        continue;
      }
      for (const row of table.rows) {
        blocks.push({
          kind: 'fields',
          rows: table.columns.map((c) => {
            const value = row[c.name];
            const person = typeof value === 'string' && c.label.endsWith('(bruker-id)') ? e.people[value] : undefined;
            return [
              c.label.replace(' (bruker-id)', ''),
              person ? `${person.name} (${person.role})` : displayValue(value),
            ] as const;
          }),
        });
      }
    }
  }
  blocks.push({ kind: 'heading', text: 'Hvem som har sett eller endret opplysningene dine' });
  blocks.push({
    kind: 'small',
    text: 'Fra revisjonsloggen. Loggen kan ikke endres, og den inneholder ikke innholdet, bare hvem, hva og når.',
  });
  if (e.auditTrail.length === 0) blocks.push({ kind: 'small', text: 'Ingen oppføringer.' });
  for (const line of e.auditTrail) {
    blocks.push({
      kind: 'paragraph',
      text: `${dateTime(line.at)} – ${line.who}${line.role ? ` (${line.role})` : ''}: ${line.what} (${line.outcome})`,
    });
  }
  return {
    title: 'Dine opplysninger i InkludMI',
    subject: 'Innsyn (personvernforordningen art. 15 og 20)',
    blocks,
    footer: CONFIDENTIAL,
  };
}

export function noticeDocument(
  n: NoticeContent & { version?: number; createdAt?: string },
  lang: NoticeLanguage = 'nb',
): PdfDocumentSpec {
  const text = noticeIn(n, lang);
  const blocks: PdfBlock[] = [{ kind: 'title', text: text.title }];
  if (n.version)
    blocks.push({
      kind: 'small',
      text: `${lang === 'nb' ? 'Versjon' : 'Versjon'} ${n.version}${n.createdAt ? `, ${dateTime(n.createdAt)}` : ''}`,
    });
  // The short layer first, then the full text: the same order as on screen.
  if (text.summary.length) {
    blocks.push({ kind: 'heading', text: lang === 'nb' ? 'Kort fortalt' : 'Kort fortalt' });
    for (const item of text.summary)
      blocks.push({ kind: 'subheading', text: item.title }, { kind: 'paragraph', text: item.text });
    blocks.push({ kind: 'heading', text: lang === 'nb' ? 'Hele personvernerklæringen' : 'Heile personvernerklæringa' });
  }
  for (const s of text.sections) {
    blocks.push({ kind: 'heading', text: s.title });
    for (const p of s.paragraphs) blocks.push({ kind: 'paragraph', text: p });
    if (s.items?.length) blocks.push({ kind: 'list', items: s.items });
  }
  return { title: text.title, subject: 'Personvernerklæring', blocks };
}

/** The records of processing (art. 30) and the data map as a document for the DPIA. */
export function recordsDocument(r: RecordsOfProcessing): PdfDocumentSpec {
  const yes = (b: boolean) => (b ? 'ja' : 'nei');
  const blocks: PdfBlock[] = [
    { kind: 'title', text: `Protokoll over behandlingsaktiviteter – ${r.organisation.name}` },
    {
      kind: 'paragraph',
      text: `Personvernforordningen artikkel 30, med datakart for personvernkonsekvensvurderingen (DPIA). Laget av InkludMI fra gjeldende oppsett ${dateTime(r.generatedAt)}.`,
    },
    { kind: 'heading', text: 'Organisasjonen' },
    {
      kind: 'fields',
      rows: [
        ['Rolle', r.organisation.roleText],
        [
          'Kontaktpunkt',
          r.organisation.contact
            ? [r.organisation.contact.name, r.organisation.contact.email, r.organisation.contact.phone]
                .filter(Boolean)
                .join(', ')
            : 'Ikke registrert',
        ],
        [
          'Personvernombud',
          r.organisation.dpo
            ? [r.organisation.dpo.name, r.organisation.dpo.email].filter(Boolean).join(', ')
            : 'Ikke registrert',
        ],
        ['Mottakere utenfor organisasjonen', r.recipients.length ? r.recipients.join('; ') : 'Ingen'],
      ],
    },
  ];
  if (r.gaps.length) {
    blocks.push({ kind: 'heading', text: 'Må følges opp' }, { kind: 'list', items: r.gaps });
  }
  blocks.push({ kind: 'heading', text: 'Behandlingsaktiviteter' });
  for (const a of r.activities) {
    blocks.push({ kind: 'subheading', text: `${a.title}${a.running ? '' : ' – kjører ikke'}` });
    blocks.push({ kind: 'paragraph', text: a.description });
    blocks.push({
      kind: 'fields',
      rows: [
        [
          'Behandlingsgrunnlag',
          a.basis ? `${a.basis.article6}: ${a.basis.article6Text}` : 'Ikke registrert – formålet er slått av',
        ],
        ...(a.basis?.article9
          ? ([['Særlige kategorier', `${a.basis.article9}: ${a.basis.article9Text ?? ''}`]] as const)
          : []),
        ...(a.basis?.balancingTest
          ? ([
              ['Interesseavveiing – formål', a.basis.balancingTest.purpose],
              ['Interesseavveiing – nødvendighet', a.basis.balancingTest.necessity],
              ['Interesseavveiing – avveiing', a.basis.balancingTest.balancing],
            ] as const)
          : []),
        ...(a.basis?.consent
          ? ([['Samtykke', `${a.basis.consent.howObtained} Tilbaketrekking: ${a.basis.consent.howWithdrawn}`]] as const)
          : []),
        ...(a.state ? ([['Status', a.state.enabled ? 'I bruk' : (a.state.message ?? 'Av')]] as const) : []),
        ['Registrerte', a.dataSubjects.join(', ')],
        ['Opplysninger', a.dataCategories.map((c) => c.title).join('; ')],
        ['Mottakere', a.recipients.length ? a.recipients.join('; ') : 'Ingen'],
        ['Overføring til tredjeland', a.thirdCountryTransfers],
        ['Sletting', a.retention.length ? a.retention.join('; ') : 'Etter organisasjonens regler for oppfølgingen'],
      ],
    });
  }
  blocks.push({ kind: 'heading', text: 'Slettefrister' });
  blocks.push({
    kind: 'list',
    items: r.retention.map(
      (x) =>
        `${x.title}: ${x.months} måneder etter at tiltaket er avsluttet${x.applied ? '' : ' (slettes ikke automatisk ennå)'}`,
    ),
  });
  const s = r.security;
  blocks.push({ kind: 'heading', text: 'Sikkerhetstiltak i bruk' });
  blocks.push({
    kind: 'fields',
    rows: [
      [
        'Kryptering av lagrede data',
        `${yes(s.encryptionAtRest.enabled)} – ${s.encryptionAtRest.cipher}${s.encryptionAtRest.cipherVersion ? `, SQLCipher ${s.encryptionAtRest.cipherVersion}` : ''}${s.encryptionAtRest.hmac ? `, ${s.encryptionAtRest.hmac}` : ''}`,
      ],
      ['Filen er kryptert fra første byte', yes(s.encryptionAtRest.fileHeaderEncrypted)],
      [
        'Nøkkelutledning',
        `${s.keyDerivation.algorithm}, ${s.keyDerivation.slots} nøkkelplasser${s.keyDerivation.recoverySlot ? ' inkludert gjenopprettingsnøkkel' : ''}${s.keyDerivation.weakestN ? `, N = ${s.keyDerivation.weakestN}, r = ${s.keyDerivation.r}, p = ${s.keyDerivation.p} (${s.keyDerivation.memoryMiB} MiB)` : ''}`,
      ],
      [
        'Revisjonslogg',
        `${yes(s.auditLog.enabled)}, kun tilføyelse, hash-kjede, ${s.auditLog.entries} oppføringer, kjeden ${s.auditLog.chainVerified ? 'kontrollert og hel' : 'IKKE HEL'}`,
      ],
      ['Sikker sletting (secure_delete)', yes(s.secureDelete)],
      ['Journalmodus', s.journalMode ?? 'ukjent'],
      [
        'Tilgangsstyring',
        `roller ${s.accessControl.roles.join(', ')}; tilgang etter tjenstlig behov; låses etter ${s.accessControl.inactivityLockMinutes} minutter; passord minst ${s.accessControl.passwordMinLength} tegn`,
      ],
      [
        'Frakoblet',
        'ingen nettverkskall under bruk; appens økt blokkerer alle eksterne forespørsler; ingen telemetri; ingen automatisk oppdatering',
      ],
      ['Språkmodell', `kjører lokalt; ${s.personalDataToModel}`],
      ['Skjermbildebeskyttelse', yes(s.contentProtection)],
    ],
  });
  blocks.push({ kind: 'heading', text: 'Datakart' });
  for (const c of r.dataCategories) {
    blocks.push({ kind: 'subheading', text: c.title });
    blocks.push({ kind: 'small', text: `Tabeller: ${c.tables.join(', ')}. Formål: ${c.purposes.join(', ')}.` });
  }
  blocks.push({ kind: 'subheading', text: 'Tabeller' });
  for (const t of r.dataMap.filter((x) => x.kind === 'participant')) {
    blocks.push({
      kind: 'small',
      text: `${t.table} – ${t.title}: ${t.columns.map((col) => col.name).join(', ')}. Sletting: ${t.erasure ?? '–'}${t.retention ? `; frist ${t.retention}` : ''}.`,
    });
  }
  blocks.push({
    kind: 'small',
    text: `Uten personopplysninger om deltakere: ${r.dataMap
      .filter((x) => x.kind !== 'participant')
      .map((x) => x.table)
      .join(', ')}.`,
  });
  return {
    title: `Protokoll over behandlingsaktiviteter – ${r.organisation.name}`,
    subject: 'Artikkel 30 og datakart',
    blocks,
  };
}
