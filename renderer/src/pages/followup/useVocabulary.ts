import type { OutputOf } from '../../../../electron/core/api/router';
import { useQuery } from '../../api/ApiContext';

export type Vocabulary = OutputOf<'followup.vocabulary'>;

/** The workspace's code lists (stages, programmes, statuses, …): no personal data. */
export function useVocabulary(): Vocabulary | null {
  const vocabulary = useQuery('followup.vocabulary', {});
  return vocabulary.status === 'success' ? vocabulary.data : null;
}
