import { describe, expect, it } from 'vitest';
import { createHttpHost, validating } from './host-api';

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

describe('createHttpHost', () => {
  it('posts the arguments as JSON to /api/<channel> and returns the result', async () => {
    const { fetchFn, requests } = fakeFetch(200, { result: { locale: 'en' } });
    const host = createHttpHost(fetchFn);
    await expect(host.invoke('settings:set', { locale: 'en' })).resolves.toEqual({ locale: 'en' });
    expect(requests[0]?.url).toBe('/api/settings%3Aset');
    expect(requests[0]?.init).toMatchObject({
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: '{"locale":"en"}',
    });
  });

  it('turns an error response into an exception with the host’s message', async () => {
    const { fetchFn } = fakeFetch(400, { error: 'bad-args: locale' });
    await expect(createHttpHost(fetchFn).invoke('settings:get', {})).rejects.toThrow(
      'settings:get: bad-args: locale',
    );
  });

  it('has no menu to listen to', () => {
    const unsubscribe = createHttpHost(fakeFetch(200, {}).fetchFn).onMenuCommand(() => {});
    expect(unsubscribe).toBeTypeOf('function');
    unsubscribe();
  });
});

describe('validating', () => {
  it('refuses a result outside the contract', async () => {
    const { fetchFn } = fakeFetch(200, { result: { locale: 'fr' } });
    await expect(validating(createHttpHost(fetchFn)).invoke('settings:get', {})).rejects.toThrow(
      'outside the contract',
    );
  });

  it('passes a valid result through', async () => {
    const { fetchFn } = fakeFetch(200, { result: { locale: null } });
    await expect(validating(createHttpHost(fetchFn)).invoke('settings:get', {})).resolves.toEqual({
      locale: null,
    });
  });
});
