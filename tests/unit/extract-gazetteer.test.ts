// The gazetteer's organisations: the data file's shape and the guards its loader offers (afterThe, ifNamed).
import { describe, expect, it } from 'vitest';
import { ORGS, PHRASES } from '../../ingest/extract/gazetteer.ts';
import { findMentions } from '../../ingest/extract/mentions.ts';
import { tokenize } from '../../ingest/extract/tokens.ts';
import { article } from './extract-helpers.ts';

/** The organisations a text mentions, as "text=id". */
function orgs(text: string, date = '1987-04-09'): string[] {
  return findMentions(text, tokenize(text), date).filter((m) => m.kind === 'org').map((m) => `${m.text}=${m.id}`);
}

describe('organizations.json', () => {
  it('gives every organisation a unique id, a known kind and a name, and guards no plain alias', () => {
    const kinds = new Set(['government', 'international', 'media', 'party', 'other']);
    for (const o of ORGS.values()) {
      expect(kinds.has(o.kind), o.id).toBe(true);
      expect(o.name.length, o.id).toBeGreaterThan(0);
      // an acronym that needs the full name must not also be a plain alias (or the name) of the same body
      for (const a of o.ifNamed ?? []) expect([o.name, ...o.aliases], `${o.id} ${a}`).not.toContain(a);
    }
  });
  it('gives a state organ the country it belongs to, and none to an international body', () => {
    for (const o of ORGS.values()) {
      if (o.kind === 'government') expect(o.country, o.id).toMatch(/^[A-Z]{2}$/);
      if (o.kind === 'international') expect(o.country, o.id).toBeUndefined();
    }
  });
  it('indexes a guarded acronym for every body that shares it', () => {
    const ids = (PHRASES.get('ADB') ?? []).map((e) => (e.type === 'org' ? `${e.id}${e.ifNamed ? '?' : ''}` : e.type));
    expect(ids).toEqual(expect.arrayContaining(['asian-development-bank?', 'african-development-bank?']));
  });
});

describe('acronyms other bodies share (ifNamed)', () => {
  it('name the body the story names in full', () => {
    expect(orgs('Delegates to the International Tin Council (ITC) said the ITC would meet again.')).toEqual([
      'International Tin Council=international-tin-council',
      'ITC=international-tin-council',
      'ITC=international-tin-council',
    ]);
    // a shorter name counts as well ("the Tin Council")
    expect(orgs('The Tin Council met. The ITC said its buffer stock was gone.')).toEqual(['Tin Council=international-tin-council', 'ITC=international-tin-council']);
  });
  it('name nothing in a story that names no body they stand for', () => {
    // the U.S. International Trade Commission, a ticker, an institute: no International Tin Council, no IEA
    expect(orgs('The ITC found that imports injured U.S. producers.')).toEqual([]);
    expect(orgs('InterFirst Corp <IFC> and RepublicBank Corp agreed to merge.')).toEqual([]);
    expect(orgs('The report by the Institute of Economic Affairs (IEA) said fares were high.')).toEqual([]);
    expect(orgs('The Coffee, Sugar and Cocoa Exchange (CSCE) raised its limits.')).toEqual([]);
  });
  it('pick, of two bodies sharing one, the one the story names', () => {
    expect(orgs('The Abidjan-based African Development Bank said the ADB would meet in Cairo.')).toEqual([
      'African Development Bank=african-development-bank',
      'ADB=african-development-bank',
    ]);
    expect(orgs('The Asian Development Bank (ADB) approved a loan. The ADB said so.')).toEqual([
      'Asian Development Bank=asian-development-bank',
      'ADB=asian-development-bank',
      'ADB=asian-development-bank',
    ]);
  });
  it('make the named body a speaker and a party to its meetings', () => {
    const p = article(
      'LONDON, April 9 - The International Energy Agency (IEA) said oil use rose. A special session of the International Tin Council, ITC, will be held here on April 14.',
      '1987-04-09T10:00:00Z',
      'LONDON, April 9',
    );
    const made = p.rels.filter((r) => r.type === 'MADE').map((r) => `${r.from.label}:${r.from.key}`);
    expect(made).toContain('Organization:iea');
    const parts = p.rels.filter((r) => r.type === 'PARTICIPATED_IN').map((r) => `${r.from.label}:${r.from.key}`);
    expect(parts).toContain('Organization:international-tin-council');
  });
});

describe('bodies added in session 9 (were unknown before: their meetings had no party, their officials no state)', () => {
  it('"a meeting of UMOA finance ministers" is the UMOA\'s; "INRO officials said" speaks for the INRO', () => {
    const calls = article('The IMF was asked for help. Fadiga spoke after a one-day meeting of UMOA finance ministers here.', '1987-03-30T10:00:00Z', 'DAKAR, March 30');
    expect(calls.rels.filter((r) => r.type === 'PARTICIPATED_IN').map((r) => r.from.key)).toEqual(['umoa']);
    const st = article('Talks at the International Natural Rubber Organisation (INRO) will resume at noon, INRO officials said.', '1987-03-02T10:00:00Z', 'LONDON, March 2');
    expect(st.rels.filter((r) => r.type === 'MADE').map((r) => r.from.key)).toEqual(['inro']);
  });
});

describe('names written in title case', () => {
  it('"Opec" is OPEC, as "Tass" is TASS (Reuters writes both ways in 1987)', () => {
    expect(orgs('He said Opec had no plans to hold an emergency meeting.')).toEqual(['Opec=opec']);
  });
});

describe('state organs', () => {
  it('the (U.S.) National Security Council is no UN Security Council', () => {
    expect(orgs('Poindexter resigned as head of the National Security Council (NSC). The U.N. Security Council met.')).toEqual([
      'National Security Council=us-national-security-council',
      'U.N. Security Council=un-security-council',
    ]);
    expect(ORGS.get('us-national-security-council')?.country).toBe('US');
  });
});
