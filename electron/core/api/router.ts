import type { z } from 'zod';
import type { ApiResult } from './errors.js';
import type { ApiEventListener } from './events.js';
import { auditProcedures } from './procedures/audit.js';
import { authProcedures } from './procedures/auth.js';
import { chatProcedures } from './procedures/chat.js';
import { decisionProcedures } from './procedures/decisions.js';
import { gamificationProcedures } from './procedures/gamification.js';
import { knowledgeProcedures } from './procedures/knowledge.js';
import { meProcedures } from './procedures/me.js';
import { modelProcedures } from './procedures/models.js';
import { participantProcedures } from './procedures/participants.js';
import { privacyProcedures } from './procedures/privacy.js';
import { privacyRightsProcedures } from './procedures/privacyRights.js';
import { scrubProcedures } from './procedures/scrub.js';
import { settingsProcedures } from './procedures/settings.js';
import { systemProcedures } from './procedures/system.js';
import { userProcedures } from './procedures/users.js';
import { workspaceProcedures } from './procedures/workspace.js';

/**
 * THE API: every procedure the app offers, declared once. Both transports (IPC and the loopback
 * host) and the renderer's typed client are derived from this table.
 */
export const procedures = {
  ...systemProcedures,
  ...settingsProcedures,
  ...modelProcedures,
  ...authProcedures,
  ...userProcedures,
  ...participantProcedures,
  ...chatProcedures,
  ...auditProcedures,
  ...decisionProcedures,
  ...workspaceProcedures,
  ...gamificationProcedures,
  ...meProcedures,
  ...privacyProcedures,
  ...privacyRightsProcedures,
  ...scrubProcedures,
  ...knowledgeProcedures,
};

export type ApiTable = typeof procedures;
export type ProcedureName = keyof ApiTable;
export type InputOf<N extends ProcedureName> = z.input<ApiTable[N]['input']>;
export type OutputOf<N extends ProcedureName> = Awaited<ReturnType<ApiTable[N]['handler']>>;

export const PROCEDURE_NAMES = Object.keys(procedures) as ProcedureName[];

/**
 * The typed client the renderer uses, exposed as `window.inkludmi`. The preload implements it
 * over IPC, the browser build over the loopback host; both call the same dispatcher.
 */
export interface InkludmiBridge {
  call<N extends ProcedureName>(name: N, input: InputOf<N>): Promise<ApiResult<OutputOf<N>>>;
  /** Subscribes to the caller's event channel; returns the unsubscribe function. */
  onEvent(listener: ApiEventListener): () => void;
  /** Which transport is in use, for the About screen and diagnostics. */
  readonly transport: 'ipc' | 'http';
  /**
   * Desktop only: empties the system clipboard if it still holds `expected` (a copied national
   * id). The shell does it, so it works while another program has the focus, where the page's own
   * Clipboard API is refused. Resolves true when the clipboard no longer holds the value.
   */
  clearClipboard?(expected: string): Promise<boolean>;
  /**
   * Desktop only: opens the system's file dialog for a .gguf file. Resolves a one-time token for
   * `model.import` (the path itself stays in the shell and core), or null when nothing was picked.
   */
  pickModelFile?(): Promise<{ token: string; fileName: string } | null>;
}
