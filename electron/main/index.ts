import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, clipboard, dialog, ipcMain, protocol, session, shell, type WebContents } from 'electron';
import { acquireDataLock, DataFolderBusyError, type DataLock } from '../core/db/dataLock.js';
import { createCore, type Core } from '../core/index.js';
import { chooseDataDir } from '../core/paths.js';
import { loadPolicy } from '../core/policy/policy.js';
import { IPC_CALL_CHANNEL, IPC_CLIPBOARD_CLEAR_CHANNEL, IPC_PICK_MODEL_CHANNEL } from '../core/api/transport.js';
import { PAGE_SECURITY_HEADERS } from '../core/security/csp.js';
import { readStaticFile } from '../core/util/staticFiles.js';
import { createClipboardClearHandler, createIpcCallHandler, createPickModelHandler } from './ipc.js';
import { BUILT_WORKER_FILE, createUtilityProcessLauncher } from './modelProcess.js';
import {
  APP_ORIGIN,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  createNavigationGuards,
  createPermissionHandlers,
  externalLinkDialog,
  isTrustedIpcSender,
  shouldCancelRequest,
  webPreferencesFor,
} from './security.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '../renderer');
const preloadPath = path.join(here, '../preload/index.cjs');
const devServerUrl = !app.isPackaged ? (process.env['ELECTRON_RENDERER_URL'] ?? null) : null;

// Every renderer is sandboxed, whatever a window's own options say.
app.enableSandbox();

// Must run before 'ready': app:// behaves like a secure, standard origin (fetch, CSP 'self').
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

if (!app.requestSingleInstanceLock()) app.quit();
app.on('second-instance', () => {
  const [win] = BrowserWindow.getAllWindows();
  if (win) {
    if (win.isMinimized()) win.restore();
    win.focus();
  }
});

let core: Core | null = null;
let dataLock: DataLock | null = null;
const connections = new Map<number, string>();

function connectionFor(contents: WebContents): string {
  let id = connections.get(contents.id);
  if (!id) {
    id = `ipc-${randomBytes(16).toString('base64url')}`;
    connections.set(contents.id, id);
    contents.once('destroyed', () => {
      connections.delete(contents.id);
      core?.disconnect(id!);
    });
  }
  return id;
}

function hardenSession(): void {
  const ses = session.defaultSession;
  const permissions = createPermissionHandlers(devServerUrl);
  ses.setPermissionRequestHandler(permissions.request);
  ses.setPermissionCheckHandler(permissions.check);
  // No HID, USB or serial device is ever offered to a page.
  ses.setDevicePermissionHandler(() => false);
  // Chromium's spellchecker would download dictionaries from Google's CDN.
  ses.setSpellCheckerEnabled(false);
  ses.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: shouldCancelRequest(details.url, devServerUrl) }),
  );
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = await readStaticFile(rendererDir, url.pathname);
    if (!file) return new Response('Ikke funnet', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: { 'Content-Type': file.contentType, ...PAGE_SECURITY_HEADERS },
    });
  });
}

function createWindow(contentProtection: boolean): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'InkludMI',
    show: false,
    webPreferences: webPreferencesFor(preloadPath, { devTools: !app.isPackaged }),
  });
  // Blocks screen capture and screen sharing of the window on Windows and macOS (policy setting).
  win.setContentProtection(contentProtection);
  win.once('ready-to-show', () => win.show());
  // Window titles never carry participant data: keep the app's name.
  win.on('page-title-updated', (event) => event.preventDefault());
  void win.loadURL(devServerUrl ?? `${APP_ORIGIN}/`);
  return win;
}

const navigation = createNavigationGuards({
  devServerUrl,
  confirmExternal: async (url) => {
    const text = externalLinkDialog(core?.services.settings.effective().language ?? 'nb');
    const { response } = await dialog.showMessageBox({
      type: 'question',
      buttons: [...text.buttons],
      defaultId: 1,
      cancelId: 1,
      message: text.message,
      detail: text.detail(url),
    });
    return response === 0;
  },
  openExternal: (url) => shell.openExternal(url),
});

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', navigation.willNavigate);
  contents.on('will-redirect', navigation.willRedirect);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(navigation.windowOpen);
});

void app.whenReady().then(() => {
  hardenSession();
  const policy = loadPolicy();
  const dataDir = chooseDataDir({
    policyDir: policy.settings.dataDir ?? null,
    policyLocked: policy.locked.has('dataDir'),
    fallback: app.getPath('userData'),
  });
  // One writer per data folder: a second app, browser mode or CLI command on the same folder is refused.
  try {
    dataLock = acquireDataLock(dataDir, 'app', '', { create: true });
  } catch (err) {
    dialog.showErrorBox('InkludMI', err instanceof DataFolderBusyError ? err.message : 'Kunne ikke låse datamappen.');
    app.exit(1);
    return;
  }
  core = createCore({
    dataDir,
    appVersion: app.getVersion(),
    appName: 'InkludMI',
    policy,
    modelLauncher: createUtilityProcessLauncher(path.join(here, BUILT_WORKER_FILE)),
    bundledModelsDir: app.isPackaged
      ? path.join(process.resourcesPath, 'models')
      : path.join(app.getAppPath(), 'models'),
  });
  const settings = core.services.settings;
  // Content protection follows the effective setting: the policy or the defaults while locked, the
  // organisation's own choice after login, and an admin's change at once.
  settings.onChange(({ contentProtection }) => {
    for (const win of BrowserWindow.getAllWindows())
      if (!win.isDestroyed()) win.setContentProtection(contentProtection);
  });
  ipcMain.handle(
    IPC_CALL_CHANNEL,
    createIpcCallHandler({
      dispatch: core.dispatch,
      isTrustedSender: (event) => isTrustedIpcSender(event, devServerUrl),
      connectionFor: (event) => connectionFor(event.sender),
    }),
  );
  ipcMain.handle(
    IPC_CLIPBOARD_CLEAR_CHANNEL,
    createClipboardClearHandler({ isTrustedSender: (event) => isTrustedIpcSender(event, devServerUrl), clipboard }),
  );
  const models = core.services.models;
  ipcMain.handle(
    IPC_PICK_MODEL_CHANNEL,
    createPickModelHandler({
      isTrustedSender: (event) => isTrustedIpcSender(event, devServerUrl),
      showOpenDialog: async (event) => {
        const options: Electron.OpenDialogOptions = {
          title: 'Velg en språkmodell',
          buttonLabel: 'Velg',
          filters: [{ name: 'Språkmodell (GGUF)', extensions: ['gguf'] }],
          properties: ['openFile'],
        };
        const win = BrowserWindow.fromWebContents(event.sender);
        return win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options);
      },
      rememberPickedFile: (file) => models.rememberPickedFile(file),
    }),
  );
  createWindow(settings.effective().contentProtection);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow(settings.effective().contentProtection);
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => {
  void core?.close().finally(() => dataLock?.release());
});
