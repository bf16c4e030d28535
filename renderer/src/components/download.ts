/** Saves bytes the API returned as a file on the user's machine (no temp file, no cache). */
export function saveFile(fileName: string, mimeType: string, content: string | Uint8Array): void {
  const blob = new Blob([typeof content === 'string' ? content : new Uint8Array(content)], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A PDF from the API (base64, since the transports carry JSON). */
export function savePdf(file: { fileName: string; mimeType: string; base64: string }): void {
  const raw = atob(file.base64);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  saveFile(file.fileName, file.mimeType, bytes);
}

/** A JSON document as a readable file. */
export function saveJson(fileName: string, data: unknown): void {
  saveFile(fileName, 'application/json', `${JSON.stringify(data, null, 2)}\n`);
}
