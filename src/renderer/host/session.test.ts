import { describe, expect, it, vi } from 'vitest';
import { takeSession, type PageEnvironment } from './session';

const SECRET = 'c0'.repeat(32);

/** A page as takeSession sees it: maybe a session meta, a tab's sessionStorage, an address bar. */
function page(options: {
  meta?: string | null;
  stored?: string;
  search?: string;
  storage?: false;
}) {
  const stored = new Map<string, string>();
  if (options.stored !== undefined) stored.set('nss-session', options.stored);
  let metaInDom = options.meta !== undefined;
  const address = { pathname: '/', search: options.search ?? '', hash: '' };
  const replaceState = vi.fn((_state: unknown, _unused: string, url?: string | URL | null) => {
    address.search = '';
    address.pathname = String(url);
  });
  const env: PageEnvironment = {
    document: {
      querySelector: (selector: string) => {
        if (!metaInDom || selector !== 'meta[name="nss-session"]') return null;
        return {
          getAttribute: (name: string) => (name === 'content' ? (options.meta ?? null) : null),
          remove: () => {
            metaInDom = false;
          },
        } as unknown as Element;
      },
    },
    storage:
      options.storage === false
        ? null
        : {
            getItem: (key) => stored.get(key) ?? null,
            setItem: (key, value) => void stored.set(key, value),
            removeItem: (key) => void stored.delete(key),
          },
    history: { state: { kept: true }, replaceState },
    location: address,
  };
  return { env, stored, address, replaceState, metaInDom: () => metaInDom };
}

describe('takeSession', () => {
  it('at login: takes the secret out of the page, keeps it for the tab, and puts / in the address bar', () => {
    const tab = page({ meta: SECRET, search: `?token=${'f'.repeat(64)}` });
    const session = takeSession(tab.env);
    expect(session.secret()).toBe(SECRET);
    expect(tab.metaInDom()).toBe(false);
    expect(tab.stored.get('nss-session')).toBe(SECRET);
    expect(tab.replaceState).toHaveBeenCalledWith({ kept: true }, '', '/');
    expect(tab.address.search).toBe('');
  });

  it('on reload (no meta): the secret the tab kept', () => {
    const tab = page({ stored: SECRET });
    expect(takeSession(tab.env).secret()).toBe(SECRET);
    expect(tab.replaceState).not.toHaveBeenCalled();
  });

  it('a new login replaces what the tab kept from an earlier run of the host', () => {
    const tab = page({ meta: SECRET, stored: 'old'.repeat(20), search: '?token=x' });
    expect(takeSession(tab.env).secret()).toBe(SECRET);
    expect(tab.stored.get('nss-session')).toBe(SECRET);
  });

  it('a tab opened by hand has no session', () => {
    expect(takeSession(page({}).env).secret()).toBeNull();
  });

  it('without sessionStorage the login still works for this page', () => {
    const tab = page({ meta: SECRET, search: '?token=x', storage: false });
    expect(takeSession(tab.env).secret()).toBe(SECRET);
  });

  it('forget() ends the session for this tab and its reloads, and tells the listeners once', () => {
    const tab = page({ stored: SECRET });
    const session = takeSession(tab.env);
    const ended = vi.fn();
    const unsubscribe = session.subscribe(ended);
    session.forget();
    session.forget();
    expect(session.secret()).toBeNull();
    expect(tab.stored.has('nss-session')).toBe(false);
    expect(ended).toHaveBeenCalledOnce();
    unsubscribe();
    expect(takeSession(tab.env).secret()).toBeNull();
  });
});
