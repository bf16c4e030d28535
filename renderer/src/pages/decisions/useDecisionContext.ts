import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/ApiContext';

/** Participant names for the cases (the decision case keeps only a reference to the participant). */
export function useParticipantNames(): {
  nameOf: (participantId: string) => string;
  participants: { id: string; displayName: string }[];
  ready: boolean;
} {
  const { t } = useTranslation();
  const list = useQuery('participants.list', { limit: 500 });
  const participants = useMemo(
    () => (list.status === 'success' ? list.data.map((p) => ({ id: p.id, displayName: p.displayName })) : []),
    [list],
  );
  const names = useMemo(() => new Map(participants.map((p) => [p.id, p.displayName])), [participants]);
  return {
    nameOf: (id) => names.get(id) ?? t('decisions.unknownParticipant'),
    participants,
    ready: list.status !== 'loading',
  };
}
