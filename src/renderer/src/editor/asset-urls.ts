/**
 * Library pictures as `blob:` URLs for <img>: the window may load images only from its own
 * origin, data: and blob:, and the loopback host would want the session token for a plain
 * URL. Each picture is fetched once per session; stored pictures never change.
 */
import { api } from '../api';

const urls = new Map<string, Promise<string>>();

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function assetUrl(src: string): Promise<string> {
  let url = urls.get(src);
  if (!url) {
    url = api.call('assets.get', { src }).then(({ mime, data }) =>
      URL.createObjectURL(new Blob([base64ToBytes(data)], { type: mime })),
    );
    // A failed fetch is not remembered: the next attempt may succeed.
    url.catch(() => urls.delete(src));
    urls.set(src, url);
  }
  return url;
}

/** The bytes of a file as base64, for the API. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}
