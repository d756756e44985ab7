import type { PickKind } from '../../shared/api/bridge';
import { desktopBridge } from '../api/client';

/** The desktop app's native file dialog (null when cancelled); undefined in browser mode. */
export async function pickNativePath(kind: PickKind): Promise<string | null | undefined> {
  return desktopBridge()?.pickPath(kind);
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

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Offers an .xlsx the service wrote (browser mode) as a download. */
export function downloadWorkbook(fileName: string, base64: string): void {
  downloadBase64(fileName, base64, XLSX_TYPE);
}
