/** Electron's native file dialog when running in the desktop shell; null in browser mode. */
export async function pickNativePath(
  kind: 'open' | 'import' | 'export' | 'new',
): Promise<string | null | undefined> {
  const bridge = (window as { rbw?: { pickPath?: (kind: string) => Promise<string | null> } }).rbw;
  return bridge?.pickPath ? bridge.pickPath(kind) : undefined;
}

/** Reads a chosen file as base64 for upload to the service (browser mode has no file paths). */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** Offers bytes from the service as a download. */
export function downloadBase64(fileName: string, base64: string, mediaType: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
