import { describe, expect, it } from 'vitest';
import { isSafeLink, keepLinksSafe } from './link-policy';

describe('the link policy', () => {
  it('keeps http, https and mailto links', () => {
    for (const url of [
      'https://drive.google.com/drive/folders/1AbC',
      'http://intranet.example.go.id/zi',
      'HTTPS://X.EXAMPLE',
      'mailto:tim.rb@example.go.id',
    ])
      expect(isSafeLink(url), url).toBe(true);
  });

  it('refuses every other scheme, paths and disguised schemes', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'file:///C:/Windows/System32/calc.exe',
      'file://server/share/bukti.pdf',
      '\\\\server\\share\\bukti.pdf',
      '//server/share',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'ms-excel:ofe|u|https://x.example/a.xlsx',
      'C:\\bukti\\sk.pdf',
      'bukti/sk.pdf',
      'https:\\\\evil.example',
      'http:///etc/passwd',
      '',
    ])
      expect(isSafeLink(url), url).toBe(false);
  });

  it('turns a refused link into text beside its description, and leaves safe evidence alone', () => {
    const safe = [{ text: 'SK Tim', url: 'https://x.example/sk' }];
    expect(keepLinksSafe(safe)).toEqual({ evidence: safe, refused: [] });
    expect(
      keepLinksSafe([{ text: 'SK Tim', url: 'javascript:alert(1)' }, { url: 'file:///etc/passwd' }]),
    ).toEqual({
      evidence: [{ text: 'SK Tim javascript:alert(1)' }, { text: 'file:///etc/passwd' }],
      refused: ['javascript:alert(1)', 'file:///etc/passwd'],
    });
  });
});
