// Who may call over IPC (platform/ipc-sender.ts): the origin comes from Chromium's frame
// origin and must agree with the one the URL implies; Node's URL gives app:// the opaque "null".
import { describe, expect, it } from 'vitest';
import { describeSender, senderOrigin, urlOrigin } from '../../src-main/platform/ipc-sender';

type Frame = NonNullable<Parameters<typeof senderOrigin>[0]>;
type Contents = NonNullable<Parameters<typeof describeSender>[1]>;
const frame = (url: string, origin: string): Frame => ({ url, origin });

describe('urlOrigin', () => {
  it('computes app://emanet explicitly, where Node would say "null"', () => {
    expect(new URL('app://emanet/index.html').origin).toBe('null');
    expect(urlOrigin('app://emanet/index.html')).toBe('app://emanet');
    expect(urlOrigin('app://emanet/assets/x.js?y#z')).toBe('app://emanet');
  });

  it('gives no origin to other app:// hosts, ports, credentials or opaque schemes', () => {
    for (const url of [
      'app://evil/index.html',
      'app://emanet:8080/index.html',
      'app://user:pw@emanet/index.html',
      'data:text/html,x',
      'about:blank',
      'file:///etc/passwd',
      'blob:app://emanet/1234',
      'javascript:alert(1)',
      '',
      'not a url',
    ]) {
      expect(urlOrigin(url), url).toBeNull();
    }
  });

  it('keeps http(s) origins (the development server)', () => {
    expect(urlOrigin('http://localhost:5173/src/main.tsx')).toBe('http://localhost:5173');
  });
});

describe('senderOrigin', () => {
  it('is app://emanet when Chromium and the URL agree', () => {
    expect(senderOrigin(frame('app://emanet/index.html', 'app://emanet'))).toBe('app://emanet');
  });

  it('is empty, and so refused by every allow-list, when they disagree or there is no frame', () => {
    expect(senderOrigin(frame('app://emanet/index.html', 'null'))).toBe(''); // sandboxed document
    expect(senderOrigin(frame('data:text/html,x', 'null'))).toBe('');
    expect(senderOrigin(frame('app://emanet/index.html', 'https://evil.example'))).toBe('');
    expect(senderOrigin(frame('https://evil.example/', 'app://emanet'))).toBe('');
    expect(senderOrigin(frame('', 'app://emanet'))).toBe(''); // about:blank child inheriting our origin
    expect(senderOrigin(null)).toBe('');
    expect(senderOrigin(undefined)).toBe('');
  });
});

describe('describeSender', () => {
  const top = frame('app://emanet/index.html', 'app://emanet');
  const sub = frame('app://emanet/index.html', 'app://emanet');
  const ours = { mainFrame: top } as unknown as Contents;
  const other = { mainFrame: top } as unknown as Contents;
  const event = (sender: Contents, senderFrame: unknown) =>
    ({ sender, senderFrame }) as Parameters<typeof describeSender>[0];

  it('trusts only our window and its top frame', () => {
    expect(describeSender(event(ours, top), ours)).toEqual({ origin: 'app://emanet', trusted: true });
    expect(describeSender(event(ours, sub), ours)).toEqual({ origin: 'app://emanet', trusted: false });
    expect(describeSender(event(other, top), ours)).toEqual({ origin: 'app://emanet', trusted: false });
    expect(describeSender(event(ours, null), ours)).toEqual({ origin: '', trusted: false });
    expect(describeSender(event(ours, top), null)).toEqual({ origin: 'app://emanet', trusted: false });
  });
});
