import { declaredSource } from '../db/index.js';
import type { DeclaredTable, PersonalDataSource } from '../privacy/index.js';

const PARTICIPANT = 'participant_id = ?1';

/** The chat's participant tables, in delete order (flags and messages before their conversation). */
export const CHAT_TABLES: readonly DeclaredTable[] = [
  {
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
];

/** The chat's rows of a participant, for privacy's access export, erasure and retention. */
export const chatPersonalData = (): PersonalDataSource =>
  declaredSource({ id: 'chat', module: 'chat', tables: CHAT_TABLES });
