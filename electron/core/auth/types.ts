export type Role = 'admin' | 'counselor' | 'participant';
export interface Principal { userId: string; role: Role; displayName: string; sessionId: string }
