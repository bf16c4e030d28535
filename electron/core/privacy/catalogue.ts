import { ACCOUNT_TABLES } from '../auth/index.js';
import { AUDIT_TABLES } from '../audit/index.js';
import { CHAT_TABLES } from '../chat/index.js';
import { DECISION_TABLES } from '../decisions/index.js';
import { FOLLOWUP_TABLES, PARTICIPANTS_TABLE } from '../followup/index.js';
import { PRIVACY_TABLES } from './personalData.js';
import type { DeclaredTable } from './sources.js';

/**
 * THE data map of the store: every table of the schema, classified. Participant tables are declared
 * by the module that owns them (its personalData.ts: how a participant's rows are found, every
 * column with its Norwegian label, the category, the retention rule and what erasure does) and
 * served by that module's PersonalDataSource, registered in the composition root; the access
 * export, erasure, the retention job and the records of processing go through those sources only.
 * test/core/privacy/schema-coverage.test.ts fails when a table or column of the live schema is
 * missing here, or a participant table is not served by its owner's source.
 *
 * What is classified here, by privacy itself: tables derived from another (their rows go with it)
 * and tables that hold no data about a participant.
 */

export interface CatalogueTable extends DeclaredTable {
  kind: 'participant';
  /** The core module that owns the table and answers for it (a PersonalDataSource). */
  module: string;
}

interface DerivedTable {
  kind: 'index';
  table: string;
  /** The table it indexes: its rows go with that table's rows. */
  of: string;
  why: string;
}

interface OtherTable {
  kind: 'none';
  table: string;
  /** Why it holds no data about a participant. */
  why: string;
}

type TableClass = CatalogueTable | DerivedTable | OtherTable;

/** The participant tables as their owners declare them, by module, in erasure order. */
const OWNED: readonly (readonly [string, readonly DeclaredTable[]])[] = [
  ['chat', CHAT_TABLES],
  ['followup', FOLLOWUP_TABLES],
  ['decisions', DECISION_TABLES],
  ['privacy', PRIVACY_TABLES],
  ['audit', AUDIT_TABLES],
  ['auth', ACCOUNT_TABLES],
  ['followup', [PARTICIPANTS_TABLE]],
];

export const PARTICIPANT_TABLES: readonly CatalogueTable[] = OWNED.flatMap(([module, tables]) =>
  tables.map((t): CatalogueTable => ({ ...t, kind: 'participant', module })),
);

/** Tables that are not participant data of their own, with why. */
export const NOT_PARTICIPANT_TABLES: readonly (DerivedTable | OtherTable)[] = [
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
  { kind: 'none', table: 'kb_fts', why: 'Søkeindeks over kunnskapsbasen (offentlig tekst).' },
  { kind: 'none', table: 'kb_fts_data', why: 'Søkeindeks over kunnskapsbasen (FTS5).' },
  { kind: 'none', table: 'kb_fts_idx', why: 'Søkeindeks over kunnskapsbasen (FTS5).' },
  { kind: 'none', table: 'kb_fts_docsize', why: 'Søkeindeks over kunnskapsbasen (FTS5).' },
  { kind: 'none', table: 'kb_fts_config', why: 'Søkeindeks over kunnskapsbasen (FTS5).' },
  { kind: 'none', table: 'kb_fts_content', why: 'Søkeindeks over kunnskapsbasen (FTS5).' },
];

export const CATALOGUE: readonly TableClass[] = [...PARTICIPANT_TABLES, ...NOT_PARTICIPANT_TABLES];
