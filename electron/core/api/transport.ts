/** Names shared by the IPC transport's two ends (main and preload). */
export const IPC_CALL_CHANNEL = 'inkludmi:call';
export const IPC_EVENT_CHANNEL = 'inkludmi:event';
/** Desktop only: clear the system clipboard if it still holds a value the page copied (see main/ipc.ts). */
export const IPC_CLIPBOARD_CLEAR_CHANNEL = 'inkludmi:clipboard-clear';
/** Desktop only: open the system's file dialog for a .gguf model file (see main/ipc.ts). */
export const IPC_PICK_MODEL_CHANNEL = 'inkludmi:pick-model';
