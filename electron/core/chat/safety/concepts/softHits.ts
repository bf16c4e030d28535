import {
  positions,
  near,
  negatedBefore,
  anyOf,
  ctxOf,
  thirdOf,
  wordIn,
  prefixIn,
  push,
  type Hit,
  type Sentence,
} from './sentence.js';
import { SELF_IMPOSED_RULE } from '../lexicon/tokens.js';

/** A rule one sets oneself, called a punishment (lexicon/tokens.ts). */
const SELF_IMPOSED = new RegExp(SELF_IMPOSED_RULE);

/**
 * Concept hits for risk said softly or sideways: one's own funeral, death as tempting, "not
 * your fault", method questions, an accident staged, and self-harm in its many wordings.
 * Appends to `hits` (a sentence the IDIOM guard caught never gets here).
 */
export function addSoftHits(s: Sentence, isQuestion: boolean, hits: Hit[]): void {
  // Suicide said softly: one's own funeral, death as tempting, "not your fault", thanks before leaving.
  if (
    wordIn(
      s,
      'begravelsen',
      'gravferda',
      'bisettelsen',
      'funeral',
      'doden',
      'death',
      'do',
      'dod',
      'dead',
      'feil',
      'skyld',
      'fault',
      'takk',
      'takke',
      'thank',
    ) &&
    !ctxOf(s, 'FAREWELL')
  ) {
    if (/\b(?:begravelsen|gravferda|bisettelsen)\s+(?:min|mi)\b|\bmy funeral\b/.test(s.text))
      push(hits, s, 'concept.own_funeral', 'suicide', 'check_in', 'SELF');
    if (
      /\b(?:doden|death|a do|a vere dod|being dead)\b/.test(s.text) &&
      /\b(?:fristende|fristar|frister|tempting|deilig\w*|befriende|lokker|lokkar|appealing|a relief|en lettelse)\b/.test(
        s.text,
      )
    )
      push(hits, s, 'concept.death_tempting', 'suicide', 'acute', 'DEATH');
    if (
      /\b(?:det|dette|it)\s+(?:(?:var|er|was|is)\s+(?:ikke|ikkje|not)|(?:ikke|ikkje)\s+(?:var|er)|wasn't|isn't)\s+(?:deres|dykkar|din|di|your)\s+(?:feil|skyld|fault)\b(?!\s+(?:at|that)\s+(?!(?:jeg|eg|i)\b))/.test(
        s.text,
      )
    )
      push(hits, s, 'concept.not_your_fault', 'suicide', 'check_in', 'SELF');
    if (
      /\btakke?\s+for\s+alt\b|\bthank\s+you\s+for\s+everything\b/.test(s.text) &&
      /\b(?:for|before)\s+(?:jeg|eg|i)\s+(?:gar|drar|forsvinner|go|leave)\b/.test(s.text)
    )
      push(hits, s, 'concept.farewell', 'suicide', 'check_in', 'SELF');
  }
  // Method questions: which means is most dangerous in large doses; making it look like an accident.
  if (anyOf(s, 'MEANS') || wordIn(s, 'ulykke', 'uhell', 'accident')) {
    if (
      anyOf(s, 'MEANS') &&
      !ctxOf(s, 'MEANS') &&
      /\b(?:farl\w*|dangerous|dodelig\w*|lethal|store doser|stor dose|large doses?|overdos\w*)\b/.test(s.text) &&
      (isQuestion || /\b(?:hvilke|hvilken|kva for|which|what)\b/.test(s.text))
    )
      push(hits, s, 'concept.means_question', 'suicide', 'check_in', 'MEANS');
    if (
      /\b(?:ser ut som|ser ut som om|look like|looks like)\s+(?:en|ei|an)?\s*(?:ulykke|uhell|accident)\b/.test(
        s.text,
      ) &&
      !/\b(?:film\w*|serie\w*|bok|boka|boken|boker|bokene|krim\w*|spill\w*)\b/.test(s.text)
    )
      push(hits, s, 'concept.disguised', 'suicide', 'acute', 'SELF');
  }
  // Self-harm said other ways: punishing the body, new wounds, pain outside to ease the inside.
  if (
    (prefixIn(s, 'straff', 'punish', 'smert') || wordIn(s, 'sar', 'kutt', 'arr', 'wounds', 'cuts', 'vondt', 'pain')) &&
    !ctxOf(s, 'HARM')
  ) {
    if (
      /\b(?:straffer|straffe|straffa|straffet|punish\w*)\s+(?:kroppen min|kroppen|meg selv|meg|myself|my body)\b/.test(
        s.text,
      ) &&
      !SELF_IMPOSED.test(s.text)
    )
      push(hits, s, 'concept.self_harm', 'self_harm', 'acute', 'SELF');
    if (
      /\b(?:nye|nytt|ferske|laget|lagd|lagt)\s+(?:\w+\s+)?(?:sar|kutt|arr|wounds|cuts)\b|\b(?:sar|kutt|cuts)\s+(?:\w+\s+){0,3}(?:selv|myself|i kveld|i natt|igjen)\b/.test(
        s.text,
      ) &&
      !/\b(?:operasjon\w*|tannlege\w*|lege\w*|sykkel\w*)\b/.test(s.text)
    )
      push(hits, s, 'concept.self_harm', 'self_harm', 'acute', 'SELF');
    if (
      /\b(?:smerte\w*|vondt|pain)\b/.test(s.text) &&
      /\b(?:utsiden|utenpa|outside)\b/.test(s.text) &&
      /\b(?:innsiden|inni|inside)\b/.test(s.text)
    )
      push(hits, s, 'concept.self_harm', 'self_harm', 'acute', 'SELF');
  }
  // Self-harm: a harming verb on oneself, or on one's body, or taken up again.
  if (anyOf(s, 'HARMVERB') && !ctxOf(s, 'HARM')) {
    const onSelf =
      /\b(?:kutt\w*|skjer\w*|skar\w*|risp\w*|riss\w*|brenn\w*|brant|brent|skad\w*|cut\w*|hurt\w*|harm\w*|burn\w*)\s+(?:meg|myself|me)\b(?!\s+(?:ut|ned|inn|fri|los|av|bort|ikke|aldri|not|never|en|ei|et|ein|eit|litt|noe|noko|mer|a|some|pa\s+(?:et|eit|en|ein|ei|papir\w*|glas\w*|kniv\w*)\b))/.test(
        s.text,
      );
    // Hitting one's head can be an accident; deliberately, or until it bleeds, it is not.
    const onlyHitting = positions(s, 'HARMVERB').every((i) => /^(?:sla|slar|slo|dunk\w*)$/.test(s.words[i] as string));
    const deliberate =
      /\b(?:til\s+(?:det|jeg)\s+(?:blor|blodde|bler)|med vilje|on purpose|for a kjenne|straffe meg|igjen og igjen|meg selv|myself|until it bleeds)\b/.test(
        s.text,
      );
    const onBody = near(s, 'HARMVERB', 'BODY', 5, true) && !thirdOf(s, 'HARMVERB') && (!onlyHitting || deliberate);
    const resumed =
      /\b(?:begynt|begynne|starta|startet|igjen|again)\b/.test(s.text) &&
      /\b(?:kutte|kutt|kuttet|skade|risse|cutting|cut)\b(?!\s+(?:ned|ut|pa|av|bort|kostnad\w*|sukker|kaffe))/.test(
        s.text,
      ) &&
      !/\b(?:kutte|kutt)\s+(?:ned|ut)\b/.test(s.text);
    if ((onSelf || onBody || resumed) && !negatedBefore(s, 'HARMVERB', 4))
      push(hits, s, 'concept.self_harm', 'self_harm', 'acute', 'HARMVERB');
  }
}
