import type { PersonalDataTable } from './sources.js';

/**
 * THE data map of the store: every table of the schema, classified. Participant tables say how a
 * participant's rows are found, every column with its Norwegian label, the category, the retention
 * rule and what erasure does. The access export, erasure, the retention job and the records of
 * processing are all driven by this list, and test/core/privacy/schema-coverage.test.ts fails when a
 * table or column of the live schema is missing here (so a new table must be classified first).
 *
 * Tables of modules that answer for their own data (a PersonalDataSource) are listed by that source.
 */

/**
 * What erasure does with a participant's rows:
 * - delete: the rows are deleted;
 * - keep: kept because the law requires it (accountability, the audit trail), listed in the receipt;
 * - decisionLog: decision records are kept for their minimum retention after the decision, then deleted;
 * - decisionCase: a case is kept while a kept decision record points at it (its free-text notes are cleared);
 * - account: the participant's login is removed (its key slot first, then the row);
 * - participant: the row is deleted, or kept as a bare id when kept records point at it.
 */
export type EraseRule = 'delete' | 'keep' | 'decisionLog' | 'decisionCase' | 'account' | 'participant';

export interface CatalogueTable extends PersonalDataTable {
  kind: 'participant';
  /** SQL condition for the participant's rows: ?1 is the participant id, ?2 their user id (or NULL). */
  where: string;
  /** Columns holding JSON (parsed in the export). */
  json?: readonly string[];
  erase: EraseRule;
  /** Why rows are kept after erasure (rules keep, decisionLog, decisionCase), in Norwegian. */
  keptBecause?: string;
  /** Free-text columns cleared on the rows that are kept. */
  clearOnErase?: readonly string[];
}

export interface DerivedTable {
  kind: 'index';
  table: string;
  /** The table it indexes: its rows go with that table's rows. */
  of: string;
  why: string;
}

export interface OtherTable {
  kind: 'none';
  table: string;
  /** Why it holds no data about a participant. */
  why: string;
}

export type TableClass = CatalogueTable | DerivedTable | OtherTable;

const PARTICIPANT = 'participant_id = ?1';
const OF_CASES = 'case_id IN (SELECT id FROM decision_cases WHERE participant_id = ?1)';

export const DECISION_LOG_KEPT =
  'Beslutningsloggen beholdes så lenge organisasjonen har bestemt i innstillingene, og aldri kortere enn seks måneder etter beslutningen, slik at det kan etterprøves at et menneske tok beslutningen og hvordan. Fristen er organisasjonens valg i InkludMI, ikke et lovkrav. Loggen slettes når fristen er ute.';
export const AUDIT_KEPT =
  'Revisjonsloggen viser hvem som har sett eller endret opplysningene, og kan ikke endres. Den inneholder bare koder og id-er, ikke navn eller tekst om deg.';
export const REQUEST_KEPT =
  'Dokumenterer at kravet ditt ble behandlet og når (personvernforordningen artikkel 5 nr. 2 og 12). Inneholder bare id, datoer og utfall.';

/** In delete order: children before the rows they point at. */
export const CATALOGUE: readonly TableClass[] = [
  {
    kind: 'participant',
    table: 'chat_crisis_flags',
    title: 'Krisevarsler',
    category: 'crisisFlags',
    retention: 'chat',
    where: PARTICIPANT,
    key: ['id'],
    json: ['categories', 'rule_ids'],
    erase: 'delete',
    columns: {
      id: 'Id',
      participant_id: 'Deltaker-id',
      conversation_id: 'Samtale-id',
      message_id: 'Melding-id',
      level: 'Nivå',
      categories: 'Kategorier',
      rule_ids: 'Regler som slo ut',
      raised_at: 'Varslet',
      crisis_message_shown: 'Krisemelding vist',
      seen_at: 'Sett av veileder',
      seen_by: 'Sett av (bruker-id)',
    },
  },
  {
    kind: 'participant',
    table: 'chat_messages',
    title: 'Meldinger',
    category: 'chat',
    retention: 'chat',
    where: PARTICIPANT,
    key: ['id'],
    json: ['sources'],
    erase: 'delete',
    columns: {
      id: 'Id',
      participant_id: 'Deltaker-id',
      conversation_id: 'Samtale-id',
      author: 'Fra',
      author_user_id: 'Skrevet av (bruker-id)',
      body: 'Tekst',
      created_at: 'Tidspunkt',
      model_text: 'Teksten slik språkmodellen så den (vasket)',
      model_turn: 'Meldingen slik den står i språkmodellens kontekst (vasket, med instruksjonen)',
      talk: 'Type utsagn',
      talk_subtype: 'Undertype',
      move: 'Samtaleteknikk',
      move_variant: 'Variant',
      sources: 'Kilder',
      generation: 'Hvordan svaret ble laget',
      crisis: 'Krise',
      replaced_at: 'Erstattet',
    },
  },
  {
    kind: 'participant',
    table: 'chat_conversations',
    title: 'Samtaler med chatboten',
    category: 'chat',
    retention: 'chat',
    where: PARTICIPANT,
    key: ['id'],
    json: ['dialogue_state', 'vault', 'last_context'],
    erase: 'delete',
    columns: {
      id: 'Id',
      participant_id: 'Deltaker-id',
      started_by: 'Startet av (bruker-id)',
      started_at: 'Startet',
      updated_at: 'Sist endret',
      dialogue_state: 'Samtalens tilstand (koder)',
      vault: 'Stedfortredere og hva de står for',
      info_query: 'Spørsmål som skulle besvares (vasket)',
      pending_step: 'Foreslått steg',
      pending_step_model: 'Foreslått steg (vasket)',
      step_added_at: 'Steget lagt i planen',
      last_context: 'Hva assistenten fikk vite sist',
    },
  },
  {
    kind: 'participant',
    table: 'notes',
    title: 'Oppfølgingsnotater',
    category: 'notes',
    retention: 'notes',
    where: PARTICIPANT,
    key: ['id'],
    erase: 'delete',
    columns: {
      id: 'Id',
      participant_id: 'Deltaker-id',
      author_id: 'Skrevet av (bruker-id)',
      kind: 'Type',
      occurred_on: 'Dato',
      duration_minutes: 'Varighet (minutter)',
      attendance: 'Oppmøte',
      body: 'Notat',
      created_at: 'Skrevet',
    },
  },
  {
    kind: 'participant',
    table: 'counselor_reminders',
    title: 'Veilederens egne påminnelser',
    category: 'notes',
    retention: 'notes',
    where: PARTICIPANT,
    key: ['participant_id', 'counselor_id'],
    erase: 'delete',
    columns: {
      participant_id: 'Deltaker-id',
      counselor_id: 'Veileder (bruker-id)',
      body: 'Påminnelse',
      updated_at: 'Sist endret',
    },
  },
  {
    kind: 'participant',
    table: 'appointments',
    title: 'Avtaler',
    category: 'appointments',
    retention: 'notes',
    where: PARTICIPANT,
    key: ['id'],
    erase: 'delete',
    columns: {
      id: 'Id',
      uid: 'Kalender-id',
      participant_id: 'Deltaker-id',
      counselor_id: 'Veileder (bruker-id)',
      starts_at: 'Tidspunkt',
      duration_minutes: 'Varighet (minutter)',
      kind: 'Type',
      location: 'Sted',
      created_at: 'Opprettet',
      cancelled_at: 'Avlyst',
      attended: 'Møtte opp',
      attendance_recorded_at: 'Oppmøte registrert',
    },
  },
  {
    kind: 'participant',
    table: 'motivation_rulers',
    title: 'Motivasjon',
    category: 'motivation',
    retention: 'motivation',
    where: PARTICIPANT,
    key: ['id'],
    erase: 'delete',
    columns: {
      id: 'Id',
      participant_id: 'Deltaker-id',
      measured_on: 'Dato',
      importance: 'Viktighet (0–10)',
      confidence: 'Mestringstro (0–10)',
      entered_by: 'Registrert av',
      recorded_by: 'Registrert av (bruker-id)',
      created_at: 'Lagret',
    },
  },
  {
    kind: 'participant',
    table: 'activity_steps',
    title: 'Steg i aktivitetsplanen',
    category: 'activityPlan',
    retention: 'activityPlan',
    where: PARTICIPANT,
    key: ['id'],
    erase: 'delete',
    columns: {
      id: 'Id',
      participant_id: 'Deltaker-id',
      title: 'Steg',
      description: 'Beskrivelse',
      kind: 'Type',
      status: 'Status',
      due_on: 'Frist',
      proposed_by: 'Foreslått av',
      agreed: 'Avtalt',
      created_by: 'Opprettet av (bruker-id)',
      created_at: 'Opprettet',
      updated_at: 'Sist endret',
      completed_at: 'Fullført',
      cancelled_at: 'Avbrutt',
    },
  },
  {
    kind: 'participant',
    table: 'activity_goals',
    title: 'Mål',
    category: 'activityPlan',
    retention: 'activityPlan',
    where: PARTICIPANT,
    key: ['id'],
    erase: 'delete',
    columns: {
      id: 'Id',
      participant_id: 'Deltaker-id',
      body: 'Mål',
      set_by_role: 'Satt av',
      set_by: 'Satt av (bruker-id)',
      set_at: 'Tidspunkt',
    },
  },
  {
    kind: 'participant',
    table: 'participant_stages',
    title: 'Faser i oppfølgingen',
    category: 'programme',
    // Kept with the record: the stage "avsluttet" is the end date every retention rule counts from.
    retention: null,
    where: PARTICIPANT,
    key: ['id'],
    erase: 'delete',
    columns: {
      id: 'Id',
      participant_id: 'Deltaker-id',
      stage: 'Fase',
      started_on: 'Fra dato',
      recorded_by: 'Registrert av (bruker-id)',
      recorded_at: 'Registrert',
    },
  },
  {
    kind: 'participant',
    table: 'participant_profiles',
    title: 'Profil',
    category: 'contact',
    retention: null,
    where: PARTICIPANT,
    key: ['participant_id'],
    erase: 'delete',
    columns: {
      participant_id: 'Deltaker-id',
      phone: 'Telefon',
      email: 'E-post',
      programme: 'Tiltak',
      start_date: 'Startdato',
      planned_end_date: 'Planlagt sluttdato',
      nav_office: 'NAV-kontor',
      updated_at: 'Sist endret',
    },
  },
  {
    kind: 'participant',
    table: 'decision_letter_handovers',
    title: 'Levert informasjonsbrev i saker om dialogmøte 2',
    category: 'decisionCases',
    retention: 'decisionCases',
    where: OF_CASES,
    key: ['id'],
    json: ['data'],
    erase: 'delete',
    columns: {
      id: 'Id',
      case_id: 'Sak-id',
      record_id: 'Beslutning-id',
      handed_over_at: 'Levert',
      data: 'Hvordan og på hvilken målform',
    },
  },
  {
    kind: 'participant',
    table: 'decision_outcomes',
    title: 'Utfall i saker om dialogmøte 2',
    category: 'decisionCases',
    retention: 'decisionCases',
    where: OF_CASES,
    key: ['case_id'],
    json: ['data'],
    erase: 'delete',
    columns: { case_id: 'Sak-id', recorded_at: 'Registrert', data: 'Utfall' },
  },
  {
    kind: 'participant',
    table: 'decision_sessions',
    title: 'Vurderinger i saker om dialogmøte 2',
    category: 'decisionCases',
    retention: 'decisionCases',
    where: OF_CASES,
    key: ['id'],
    json: ['data'],
    erase: 'delete',
    columns: { id: 'Id', case_id: 'Sak-id', updated_at: 'Sist endret', data: 'Vurderingen' },
  },
  {
    kind: 'participant',
    table: 'decision_records',
    title: 'Beslutningslogg (dialogmøte 2)',
    category: 'decisionCases',
    retention: 'decisionCases',
    where: OF_CASES,
    key: ['id'],
    json: ['data'],
    erase: 'decisionLog',
    keptBecause: DECISION_LOG_KEPT,
    columns: {
      id: 'Id',
      session_id: 'Vurdering-id',
      case_id: 'Sak-id',
      counselor_id: 'Veileder (bruker-id)',
      decided_at: 'Besluttet',
      data: 'Beslutningen',
    },
  },
  {
    kind: 'participant',
    table: 'decision_cases',
    title: 'Saker om dialogmøte 2',
    category: 'decisionCases',
    retention: 'decisionCases',
    where: PARTICIPANT,
    key: ['id'],
    json: ['data'],
    erase: 'decisionCase',
    keptBecause:
      'Saken beholdes så lenge beslutningsloggen som viser til den, må oppbevares. Veilederens fritekst i saken slettes.',
    columns: {
      id: 'Id',
      participant_id: 'Deltaker-id',
      created_by: 'Opprettet av (bruker-id)',
      created_at: 'Opprettet',
      data: 'Saken',
    },
  },
  {
    kind: 'participant',
    table: 'privacy_notice_reads',
    title: 'Personvernerklæringer du har lest',
    category: 'privacy',
    retention: null,
    where: PARTICIPANT,
    key: ['participant_id', 'version'],
    erase: 'delete',
    columns: {
      participant_id: 'Deltaker-id',
      version: 'Versjon',
      read_by: 'Lest av (bruker-id)',
      via: 'Vist av',
      read_at: 'Lest',
    },
  },
  {
    kind: 'participant',
    table: 'privacy_objections',
    title: 'Protester og tilbaketrukne samtykker',
    category: 'privacy',
    retention: null,
    where: PARTICIPANT,
    key: ['id'],
    erase: 'delete',
    columns: {
      id: 'Id',
      participant_id: 'Deltaker-id',
      purpose: 'Formål',
      kind: 'Type',
      status: 'Status',
      received_at: 'Mottatt',
      request_id: 'Krav-id',
      decided_at: 'Avgjort',
      decided_by: 'Avgjort av (bruker-id)',
      reason: 'Begrunnelse',
    },
  },
  {
    kind: 'participant',
    table: 'retention_holds',
    title: 'Bevaringspålegg',
    category: 'privacy',
    retention: null,
    where: PARTICIPANT,
    key: ['participant_id'],
    erase: 'delete',
    columns: {
      participant_id: 'Deltaker-id',
      placed_at: 'Satt',
      placed_by: 'Satt av (bruker-id)',
      reason: 'Begrunnelse',
    },
  },
  {
    kind: 'participant',
    table: 'privacy_requests',
    title: 'Krav om innsyn, retting, sletting og andre rettigheter',
    category: 'privacy',
    retention: null,
    where: PARTICIPANT,
    key: ['id'],
    erase: 'keep',
    keptBecause: REQUEST_KEPT,
    clearOnErase: ['note'],
    columns: {
      id: 'Id',
      participant_id: 'Deltaker-id',
      kind: 'Type krav',
      received_on: 'Mottatt',
      deadline: 'Frist',
      extended_to: 'Forlenget til',
      status: 'Status',
      outcome: 'Utfall',
      note: 'Merknad',
      registered_by: 'Registrert av (bruker-id)',
      registered_at: 'Registrert',
      closed_at: 'Avsluttet',
      closed_by: 'Avsluttet av (bruker-id)',
    },
  },
  {
    kind: 'participant',
    table: 'privacy_erasures',
    title: 'Sletting',
    category: 'privacy',
    retention: null,
    where: PARTICIPANT,
    key: ['participant_id'],
    json: ['kept'],
    erase: 'keep',
    keptBecause: REQUEST_KEPT,
    columns: {
      participant_id: 'Deltaker-id',
      erased_at: 'Slettet',
      erased_by: 'Slettet av (bruker-id)',
      request_id: 'Krav-id',
      kept: 'Beholdt etter loven',
    },
  },
  {
    kind: 'participant',
    table: 'audit_log',
    title: 'Hvem som har sett eller endret opplysningene dine',
    category: 'auditLog',
    retention: 'auditEntries',
    where: `(target_type = 'participant' AND target_id = ?1)
      OR (?2 IS NOT NULL AND (actor_id = ?2 OR (target_type = 'user' AND target_id = ?2)))
      OR (target_type = 'decision_case' AND target_id IN (SELECT id FROM decision_cases WHERE participant_id = ?1))
      OR (target_type = 'decision_session' AND target_id IN (SELECT s.id FROM decision_sessions s JOIN decision_cases c ON c.id = s.case_id WHERE c.participant_id = ?1))
      OR (target_type = 'crisis_flag' AND target_id IN (SELECT id FROM chat_crisis_flags WHERE participant_id = ?1))`,
    key: ['seq'],
    erase: 'keep',
    keptBecause: AUDIT_KEPT,
    columns: {
      seq: 'Nummer',
      at: 'Tidspunkt',
      actor_id: 'Hvem (bruker-id)',
      actor_role: 'Rolle',
      action: 'Handling',
      target_type: 'Gjaldt',
      target_id: 'Gjaldt (id)',
      outcome: 'Utfall',
      reason: 'Grunn',
      prev_hash: 'Forrige kontrollsum',
      hash: 'Kontrollsum',
      mac: 'Nøkkelbasert kontrollsum',
    },
  },
  {
    kind: 'participant',
    table: 'users',
    title: 'Brukerkonto',
    category: 'account',
    retention: null,
    where: PARTICIPANT,
    key: ['id'],
    erase: 'account',
    columns: {
      id: 'Bruker-id',
      username: 'Brukernavn',
      display_name: 'Navn',
      role: 'Rolle',
      active: 'Aktiv',
      participant_id: 'Deltaker-id',
      created_at: 'Opprettet',
      deactivated_at: 'Deaktivert',
      must_change_password: 'Må bytte passord',
    },
  },
  {
    kind: 'participant',
    table: 'participants',
    title: 'Grunnopplysninger',
    category: 'identity',
    retention: null,
    where: 'id = ?1',
    key: ['id'],
    erase: 'participant',
    columns: {
      id: 'Deltaker-id',
      display_name: 'Navn',
      national_id: 'Fødselsnummer',
      counselor_id: 'Veileder (bruker-id)',
      created_at: 'Registrert',
      updated_at: 'Sist endret',
      restricted_at: 'Behandling begrenset',
      erased_at: 'Slettet',
    },
  },
  {
    kind: 'index',
    table: 'notes_fts',
    of: 'notes',
    why: 'Søkeindeks over notatene; følger notatene (trigger) og optimaliseres etter sletting.',
  },
  { kind: 'index', table: 'notes_fts_data', of: 'notes', why: 'Søkeindeksens data (FTS5).' },
  { kind: 'index', table: 'notes_fts_idx', of: 'notes', why: 'Søkeindeksens oppslag (FTS5).' },
  { kind: 'index', table: 'notes_fts_docsize', of: 'notes', why: 'Søkeindeksens lengder (FTS5).' },
  { kind: 'index', table: 'notes_fts_config', of: 'notes', why: 'Søkeindeksens innstillinger (FTS5).' },
  {
    kind: 'index',
    table: 'caseload_summary',
    of: 'chat_messages',
    why: 'Siste melding og siste notat per deltaker for «Mine deltakere»; følger meldingene og notatene (trigger) og tømmes når de slettes.',
  },
  {
    kind: 'index',
    table: 'participant_credentials',
    of: 'users',
    why: 'Kontroll av deltakerens passord (scrypt-verdi, ikke passordet); slettes med kontoen.',
  },
  { kind: 'none', table: 'meta', why: 'Organisasjonens id, navn og opprettelsestid.' },
  { kind: 'none', table: 'settings', why: 'Organisasjonens innstillinger.' },
  { kind: 'none', table: 'privacy_organisation', why: 'Organisasjonens rolle og kontaktpunkt (registeret).' },
  { kind: 'none', table: 'privacy_legal_bases', why: 'Behandlingsgrunnlag per formål (registeret).' },
  {
    kind: 'none',
    table: 'privacy_register_log',
    why: 'Endringslogg for registeret (hvem endret hva, koder og tekst om grunnlaget).',
  },
  {
    kind: 'none',
    table: 'privacy_notices',
    why: 'Personvernerklæringen i hver versjon (generert tekst, ingen deltakere).',
  },
  {
    kind: 'none',
    table: 'decision_model_files',
    why: 'Beslutningsmodeller en administrator har importert (modellfil, versjon, når og av hvilken bruker-id).',
  },
  {
    kind: 'none',
    table: 'retention_runs',
    why: 'Når slettejobben kjørte og hvor mange rader den slettet (bare id-er og tall).',
  },
  { kind: 'none', table: 'kb_meta', why: 'Kunnskapsbasen: offentlig tekst som følger med appen.' },
  { kind: 'none', table: 'kb_passage', why: 'Kunnskapsbasen: offentlig tekst som følger med appen.' },
  { kind: 'none', table: 'kb_vector', why: 'Kunnskapsbasen: vektorer for offentlig tekst.' },
  { kind: 'none', table: 'kb_fts', why: 'Søkeindeks over kunnskapsbasen (offentlig tekst).' },
  { kind: 'none', table: 'kb_fts_data', why: 'Søkeindeks over kunnskapsbasen (FTS5).' },
  { kind: 'none', table: 'kb_fts_idx', why: 'Søkeindeks over kunnskapsbasen (FTS5).' },
  { kind: 'none', table: 'kb_fts_docsize', why: 'Søkeindeks over kunnskapsbasen (FTS5).' },
  { kind: 'none', table: 'kb_fts_config', why: 'Søkeindeks over kunnskapsbasen (FTS5).' },
  { kind: 'none', table: 'kb_fts_content', why: 'Søkeindeks over kunnskapsbasen (FTS5).' },
];

export const PARTICIPANT_TABLES: readonly CatalogueTable[] = CATALOGUE.filter(
  (t): t is CatalogueTable => t.kind === 'participant',
);

/** Full-text indexes to merge after rows are deleted, so deleted words leave the index pages too. */
export const FTS_TO_OPTIMIZE = ['notes_fts'] as const;
