import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../shared/ipc/contract';
import { createHttpHost, NoSessionError, validating } from './host-api';
import { takeSession, type HostSession } from './session';

function fakeFetch(status: number, body: unknown) {
  const requests: Array<{ url: string; init: RequestInit }> = [];
  const fetchFn = async (url: string, init: RequestInit) => {
    requests.push({ url, init });
    return new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  };
  return { fetchFn, requests };
}

/** A tab that kept `secret` in its sessionStorage (or none). */
function sessionWith(secret: string | null): HostSession {
  const stored = new Map<string, string>();
  if (secret !== null) stored.set('nss-session', secret);
  return takeSession({
    document: { querySelector: () => null },
    storage: {
      getItem: (key) => stored.get(key) ?? null,
      setItem: (key, value) => void stored.set(key, value),
      removeItem: (key) => void stored.delete(key),
    },
    history: { state: null, replaceState: () => {} },
    location: { pathname: '/', search: '', hash: '' },
  });
}

const SECRET = 'ab'.repeat(32);

describe('createHttpHost', () => {
  it('posts the arguments as JSON to /api/<channel> with the session header, and returns the result', async () => {
    const { fetchFn, requests } = fakeFetch(200, { result: { locale: 'en' } });
    const host = createHttpHost(fetchFn, sessionWith(SECRET));
    await expect(host.invoke('settings:set', { locale: 'en' })).resolves.toEqual({ locale: 'en' });
    expect(requests[0]?.url).toBe('/api/settings%3Aset');
    expect(requests[0]?.init).toEqual({
      method: 'POST',
      // No cookie goes along: the host ignores cookies, the header is the proof.
      credentials: 'omit',
      headers: { 'Content-Type': 'application/json', 'X-NSS-Session': SECRET },
      body: '{"locale":"en"}',
    });
  });

  it('turns an error response into an exception with the host’s message', async () => {
    const { fetchFn } = fakeFetch(400, { error: 'bad-args: locale' });
    await expect(
      createHttpHost(fetchFn, sessionWith(SECRET)).invoke('settings:get', {}),
    ).rejects.toThrow('settings:get: bad-args: locale');
  });

  it('sends nothing without a session, and says why', async () => {
    const { fetchFn, requests } = fakeFetch(200, { result: { locale: null } });
    await expect(
      createHttpHost(fetchFn, sessionWith(null)).invoke('settings:get', {}),
    ).rejects.toBeInstanceOf(NoSessionError);
    expect(requests).toHaveLength(0);
  });

  it('forgets a session the host no longer knows, and tells whoever listens', async () => {
    const session = sessionWith(SECRET);
    const ended = vi.fn();
    session.subscribe(ended);
    const { fetchFn, requests } = fakeFetch(403, { error: 'no-session' });
    const host = createHttpHost(fetchFn, session);
    await expect(host.invoke('settings:get', {})).rejects.toBeInstanceOf(NoSessionError);
    expect(session.secret()).toBeNull();
    expect(ended).toHaveBeenCalledOnce();
    // The next call does not knock again with a dead secret.
    await expect(host.invoke('settings:get', {})).rejects.toBeInstanceOf(NoSessionError);
    expect(requests).toHaveLength(1);
  });

  it('keeps the session on any other refusal', async () => {
    const session = sessionWith(SECRET);
    const { fetchFn } = fakeFetch(403, { error: 'forbidden' });
    await expect(createHttpHost(fetchFn, session).invoke('settings:get', {})).rejects.toThrow(
      'settings:get: forbidden',
    );
    expect(session.secret()).toBe(SECRET);
  });

  it('has no menu: subscribing asks the host nothing, and no call ever reaches the listener', async () => {
    // A menu command arriving with an answer must still not be mistaken for one.
    const { fetchFn, requests } = fakeFetch(200, { result: { locale: null }, command: 'save' });
    const host = createHttpHost(fetchFn, sessionWith(SECRET));
    const listener = vi.fn<(command: MenuCommand) => void>();
    const unsubscribe = host.onMenuCommand(listener);
    expect(requests).toHaveLength(0);
    await host.invoke('settings:get', {});
    await host.invoke('settings:get', {});
    unsubscribe();
    unsubscribe();
    expect(requests).toHaveLength(2);
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('validating', () => {
  it('refuses a result outside the contract', async () => {
    const { fetchFn } = fakeFetch(200, { result: { locale: 'fr' } });
    await expect(
      validating(createHttpHost(fetchFn, sessionWith(SECRET))).invoke('settings:get', {}),
    ).rejects.toThrow('outside the contract');
  });

  it('passes a valid result through', async () => {
    const { fetchFn } = fakeFetch(200, { result: { locale: null } });
    await expect(
      validating(createHttpHost(fetchFn, sessionWith(SECRET))).invoke('settings:get', {}),
    ).resolves.toEqual({ locale: null });
  });
});
