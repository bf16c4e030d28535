import { KNOWLEDGE_NO_ANSWER_TEXT, KNOWLEDGE_WEAK_CAVEAT_TEXT, KNOWLEDGE_WEAK_REFERRAL_TEXT } from './messages.js';
import type { SearchOptions } from './search.js';
import type { KnowledgeService } from './service.js';

export interface KbSearchCliOptions extends SearchOptions {
  /** The knowledge service the app answers with (core's, or one for another knowledge folder). */
  service: KnowledgeService;
}

/** Where the CLI writes (process.stdout in `inkludmi kb search`). */
export interface TextSink {
  write(text: string): unknown;
}

/**
 * `inkludmi kb search "<question>"`: searches through the app's own knowledge service (hybrid
 * when an embedding model is active, once its passage vectors are ready; keyword-only otherwise)
 * and prints the top passages with scores and sources as JSON (one object, pretty-printed), with
 * the outcome (`confident`, `weak` with the caveat the chat adds, or `none` with the message the
 * participant gets), the mode used and how many passage embeddings this run had to compute (0 when they were cached).
 * Returns the same JSON text.
 */
export async function runKbSearchCli(query: string, out: TextSink, options: KbSearchCliOptions): Promise<string> {
  const { service, ...search } = options;
  await service.vectorsReady();
  const index = await service.index();
  const result = await service.search(query, { limit: 5, ...search });
  const weak = result.answer === 'passages' && result.weak === true;
  const json = JSON.stringify(
    {
      query,
      answer: result.answer,
      mode: result.mode,
      embeddedPassages: index.stats.embedded,
      confidence: result.confidence,
      // The three outcomes: a confident answer, a weak hit (shown with a caveat and the counselor
      // suggestion) or no answer.
      outcome: result.answer === 'none' ? 'none' : weak ? 'weak' : 'confident',
      weak,
      ...(weak ? { caveat: `${KNOWLEDGE_WEAK_CAVEAT_TEXT} … ${KNOWLEDGE_WEAK_REFERRAL_TEXT}` } : {}),
      ...(result.answer === 'none' ? { message: KNOWLEDGE_NO_ANSWER_TEXT } : {}),
      passages: result.passages.map((p) => ({
        id: p.id,
        docId: p.docId,
        title: p.title,
        heading: p.heading,
        score: p.score,
        source: p.source,
        sources: p.sources,
        date: p.date,
        reviewAfter: p.reviewAfter,
        ...(p.weak ? { weak: true } : {}),
        text: p.text,
      })),
    },
    null,
    2,
  );
  out.write(json + '\n');
  return json;
}
