import { VStack } from '@navikt/ds-react';
import { CounselorChat } from './CounselorChat';
import { FidelityOverTime } from './fidelity/FidelityOverTime';
import { MeetingAssistant } from './MeetingAssistant';

interface SectionProps {
  participantId: string;
  profile: { displayName: string };
}

/** The participant workspace's "Samtaler" section: the chat with the assistant, crisis flags and MI fidelity over time. */
export function ChatSection({ participantId, profile }: SectionProps) {
  return (
    <VStack gap="space-40">
      <CounselorChat participantId={participantId} participantName={profile.displayName} />
      <FidelityOverTime participantId={participantId} showOverall={false} />
    </VStack>
  );
}

/** The participant workspace's "Assistent" section: prepare a meeting and draft a note. */
export function AssistantSection({ participantId }: SectionProps) {
  return <MeetingAssistant participantId={participantId} />;
}
