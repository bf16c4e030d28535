/** Names shared by the IPC transport's two ends (main and preload). */
export const IPC_CALL_CHANNEL = 'inkludmi:call';
export const IPC_EVENT_CHANNEL = 'inkludmi:event';
