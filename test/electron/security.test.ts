import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { denyPermission, externalLink, isOwnPage, openLinkWhenConfirmed } from '../../electron/security';

const page = pathToFileURL('/opt/RB Workbench/resources/app.asar/dist/renderer/index.html').href;

describe("the desktop app's window rules", () => {
  it('serves the page it loaded and no other page, frame or file', () => {
    expect(isOwnPage(page, page)).toBe(true);
    expect(isOwnPage(`${page}#/dokumen`, page)).toBe(true);
    for (const other of [
      pathToFileURL('/opt/RB Workbench/resources/app.asar/dist/renderer/other.html').href,
      pathToFileURL('/tmp/index.html').href,
      'file://evil-server/share/index.html',
      'https://evil.example/index.html',
      'devtools://devtools/bundled/inspector.html',
      '',
      undefined,
    ]) {
      expect(isOwnPage(other, page), String(other)).toBe(false);
    }
  });

  it('opens only http and https links, without credentials', () => {
    expect(externalLink('https://drive.example.go.id/sk-tim.pdf')).toBe(
      'https://drive.example.go.id/sk-tim.pdf',
    );
    expect(externalLink('http://contoh.go.id/a b')).toBe('http://contoh.go.id/a%20b');
    for (const bad of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<script>alert(1)</script>',
      '\\\\server\\share\\sk.pdf',
      'smb://server/share',
      'https://user:secret@contoh.go.id/',
      'bukan tautan',
    ]) {
      expect(externalLink(bad), bad).toBeNull();
    }
  });

  it('opens a link from a document only after the user confirms it', async () => {
    const opened: string[] = [];
    const asked: string[] = [];
    const ask = (answer: boolean) => ({
      confirm: async (link: string) => {
        asked.push(link);
        return answer;
      },
      open: async (link: string) => {
        opened.push(link);
      },
    });
    expect(await openLinkWhenConfirmed('https://contoh.go.id/bukti', ask(false))).toBe(false);
    expect(opened).toEqual([]);
    expect(await openLinkWhenConfirmed('https://contoh.go.id/bukti', ask(true))).toBe(true);
    expect(opened).toEqual(['https://contoh.go.id/bukti']);
    // Not even asked about a link that could run something.
    expect(await openLinkWhenConfirmed('file:///C:/Windows/System32/calc.exe', ask(true))).toBe(false);
    expect(asked).toEqual(['https://contoh.go.id/bukti', 'https://contoh.go.id/bukti']);
  });

  it('denies every permission request', () => {
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read'])
      denyPermission(null, permission, (granted) => answers.push(granted));
    expect(answers).toEqual([false, false, false, false, false]);
  });
});
