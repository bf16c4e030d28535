/** A need of the situation table (situations.ts) and how its cues are written. */
export interface SituationNeed {
  /** Short name of the need, letters and hyphens ("low-mood"). */
  id: string;
  /** The documents (file names) that serve the need. */
  docs: readonly string[];
  /** Cues that alone tell the need: phrases or words nobody uses about anything else. */
  strong: readonly string[];
  /** Kinds of evidence; the need is told by cues of two of them (`quorum`, when set). */
  facets: readonly (readonly string[])[];
  /** Facets needed when two are not telling: a start, a day and a feeling tell a first workday. */
  quorum?: number;
  /**
   * The facets (by position) of money, feeling or body words and everyday things money goes to
   * ("penger", "lønna", "nervøs", "søvn", "mat"):
   * said about a thing the knowledge base has never seen, one of them alone does not carry a page
   * serving the need ("hvor mye penger tjener en youtuber"; see evidence.ts).
   */
  generic?: readonly number[];
}

/** Cues written as one text, separated by "|". */
export function cues(text: string): string[] {
  return text
    .split('|')
    .map((c) => c.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}
