import { describe, expect, it } from 'vitest';
import { cacheFromEnv, configFromEnv } from '../../store/index.ts';

describe('store configuration from the environment', () => {
  it('uses Neo4j when NEO4J_URI is set, with its credentials', () => {
    expect(configFromEnv({ NEO4J_URI: 'bolt://db:7687', NEO4J_PASSWORD: 'pw' })).toEqual({
      backend: 'neo4j',
      neo4j: { uri: 'bolt://db:7687', user: 'neo4j', password: 'pw', database: undefined },
    });
  });

  it('uses the embedded store at DIPLOGRAPH_DB with the cache of DIPLOGRAPH_KUZU_CACHE_MB', () => {
    expect(configFromEnv({ DIPLOGRAPH_DB: '/tmp/x.kuzu', DIPLOGRAPH_KUZU_CACHE_MB: '512' })).toEqual({
      backend: 'kuzu', path: '/tmp/x.kuzu', cacheMiB: 512,
    });
  });

  it('leaves the cache to the store when the variable is unset or empty', () => {
    expect(cacheFromEnv(undefined)).toBeUndefined();
    expect(cacheFromEnv(' ')).toBeUndefined();
  });

  it('refuses a cache below 256 MiB or not a whole number, naming the variable', () => {
    expect(() => cacheFromEnv('128')).toThrow('DIPLOGRAPH_KUZU_CACHE_MB: expected a whole number of MiB, at least 256; got "128"');
    expect(() => cacheFromEnv('lots')).toThrow('got "lots"');
    expect(() => cacheFromEnv('300.5')).toThrow('got "300.5"');
    expect(cacheFromEnv('256')).toBe(256);
  });
});
