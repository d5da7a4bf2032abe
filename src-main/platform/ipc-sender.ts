/**
 * Who is calling over IPC. The router accepts a call only from our own window's top frame and
 * only from an allowed origin (ipc/router.ts); this file turns Electron's event into that answer.
 *
 * Why not `new URL(frame.url).origin`: for `app://emanet/index.html` Node's URL parser (the
 * WHATWG rules) gives every non-special scheme an opaque origin, the string "null", so every
 * call was refused. Allowing "null" would admit every opaque origin too (a `data:` URL, a
 * sandboxed frame). Instead the origin is read from Chromium (`senderFrame.origin`, a tuple
 * origin because our scheme is registered as privileged and standard) and must agree with the
 * origin the URL implies, computed explicitly for our scheme (protocol and host compared).
 */
import type { IpcMainInvokeEvent, WebContents, WebFrameMain } from 'electron';
import type { SenderInfo } from '../ipc/router';
import { APP_HOST, APP_ORIGIN, APP_SCHEME } from '../security';

/** The origin a URL stands for, or null when it has none we could ever accept. */
export function urlOrigin(rawUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol === `${APP_SCHEME}:`) {
    // Exactly app://emanet: no other host, no port, no credentials.
    return url.host === APP_HOST && url.username === '' && url.password === '' ? APP_ORIGIN : null;
  }
  // Special schemes have tuple origins in Node as in Chromium (the dev server is http://localhost).
  if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin;
  return null;
}

/**
 * The calling frame's origin, or '' (refused by every allow-list) when Chromium's origin and
 * the URL's disagree: a sandboxed frame or a `data:` document reports "null" whatever its URL.
 */
export function senderOrigin(frame: Pick<WebFrameMain, 'url' | 'origin'> | null | undefined): string {
  if (!frame) return '';
  const fromUrl = urlOrigin(frame.url);
  if (fromUrl === null || frame.origin !== fromUrl) return '';
  return fromUrl;
}

type SenderEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

/** Trusted means: our window's webContents, and its top frame (never a subframe). */
export function describeSender(event: SenderEvent, windowContents: WebContents | null): SenderInfo {
  const frame = event.senderFrame;
  const trusted =
    windowContents !== null && event.sender === windowContents && frame !== null && frame === event.sender.mainFrame;
  return { origin: senderOrigin(frame), trusted };
}
