import { declaredSource } from '../db/index.js';
import type { DeclaredTable, PersonalDataSource } from './sources.js';

const PARTICIPANT = 'participant_id = ?1';

export const REQUEST_KEPT =
  'Dokumenterer at kravet ditt ble behandlet og når (personvernforordningen artikkel 5 nr. 2 og 12). Inneholder bare id, datoer og utfall.';

/** Privacy's own participant tables: notices read, objections, holds, requests and erasure receipts. */
export const PRIVACY_TABLES: readonly DeclaredTable[] = [
  {
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
];

/** Privacy's own rows of a participant: its requests and receipts are kept (accountability). */
export const privacyPersonalData = (): PersonalDataSource =>
  declaredSource({
    id: 'privacy',
    module: 'privacy',
    tables: PRIVACY_TABLES,
  });
