import { describe, expect, it } from 'vitest';
import { checkTarget, SyncTargetError } from '../../src/main/sync/sync-target';

describe('sync target: the server address', () => {
  it('warns about plain http:// to another machine, not to loopback or over https', () => {
    expect(checkTarget('http://couch.example.org:5984/press').warnings).toEqual([
      expect.stringContaining('couch.example.org:5984 is reached over plain http://'),
    ]);
    expect(checkTarget('http://192.168.1.20:5984/press').warnings).toHaveLength(1);
    expect(checkTarget('http://127.0.0.1:5984/press').warnings).toEqual([]);
    expect(checkTarget('http://localhost:5984/press').warnings).toEqual([]);
    expect(checkTarget('http://[::1]:5984/press').warnings).toEqual([]);
    expect(checkTarget('https://couch.example.org/press').warnings).toEqual([]);
  });

  it('takes credentials out of the URL, so no error message or log line can show them', () => {
    const { target } = checkTarget('https://alice:s%40cret@couch.example.org/press');
    expect(target).toEqual({
      url: 'https://couch.example.org/press',
      username: 'alice',
      password: 's@cret',
    });
    const given = checkTarget('https://bob@couch.example.org/press', {
      password: 'from-env',
    }).target;
    expect(given).toEqual({
      url: 'https://couch.example.org/press',
      username: 'bob',
      password: 'from-env',
    });
  });

  it('refuses what is not an http(s) database URL, saying why', () => {
    expect(() => checkTarget('couch.example.org/press')).toThrow(SyncTargetError);
    expect(() => checkTarget('ftp://couch.example.org/press')).toThrow(/https:\/\/ or http:\/\//);
    expect(() => checkTarget('https://couch.example.org/')).toThrow(/must name a database/);
  });
});
