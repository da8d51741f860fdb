/** Session 15: gatherings known by name (ingest/gazetteer/events.json) take their first day. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { namedEvent } from '../../ingest/extract/calls.ts';
import { EVENTS, ORGS } from '../../ingest/extract/gazetteer.ts';
import { callsOf } from './extract-helpers.ts';

describe('named events', () => {
  it('dates a named summit by its first day when the text gives no day', () => {
    expect(callsOf('Japan will press for more aid at the Venice summit, officials said.', '1987-04-02', 'TOKYO, April 2'))
      .toEqual(['summit planned 1987-06-08 Country:JP + Organization:g7']);
  });

  it('refines a month or year the text gives when the event lies in it', () => {
    expect(callsOf('The issue was raised at the Tokyo summit last May, the minister said.', '1987-04-02'))
      .toEqual(['summit held 1986-05-04 Organization:g7']);
  });

  it('takes the event day over a day outside it ("leaving for the Venice summit on Wednesday")', () => {
    expect(callsOf('Reagan will discuss it before leaving for the Venice summit on Wednesday, a spokesman said.', '1987-06-01', 'WASHINGTON, June 1'))
      .toEqual(['summit planned 1987-06-08 Organization:g7']);
  });

  it('keeps a day inside the event', () => {
    expect(callsOf('Leaders will discuss debt at the Venice summit on June 9, officials said.', '1987-05-20'))
      .toEqual(['summit planned 1987-06-09 Organization:g7']);
  });

  it('finds the event nearest the story, within about a year and a half', () => {
    const text = 'the Tokyo summit';
    const at = text.indexOf('summit');
    expect(namedEvent(text, at, at + 6, '1987-04-02')?.id).toBe('g7-summit-1986-tokyo');
    expect(namedEvent('the summit in Venice', 4, 10, '1987-05-01')?.id).toBe('g7-summit-1987-venice');
    // (a call word the name does not cover, and a story years away, find none)
    expect(namedEvent('the Venice talks and a summit', 23, 29, '1987-05-01')).toBe(null);
    expect(namedEvent(text, at, at + 6, '1995-04-02')).toBe(null);
  });

  it('leaves a summit named by no event as the text dates it', () => {
    expect(callsOf('Japan will press for more aid at the next G-7 summit in June, officials said.', '1987-04-02', 'TOKYO, April 2'))
      .toEqual(['summit planned 1987-06 Country:JP + Organization:g7']);
  });
});

describe('events.json', () => {
  it('holds well-formed events of known bodies and ordered days', () => {
    const raw = JSON.parse(readFileSync(new URL('../../ingest/gazetteer/events.json', import.meta.url), 'utf8')) as unknown[];
    expect(raw.length).toBe(EVENTS.length);
    expect(new Set(EVENTS.map((e) => e.id)).size).toBe(EVENTS.length);
    for (const e of EVENTS) {
      expect(e.start <= e.end, e.id).toBe(true);
      expect(/^\d{4}-\d{2}-\d{2}$/.test(e.start) && /^\d{4}-\d{2}-\d{2}$/.test(e.end), e.id).toBe(true);
      expect(e.aliases.length > 0, e.id).toBe(true);
      expect(e.organization === undefined || ORGS.has(e.organization), e.id).toBe(true);
      expect(e.organization !== undefined || (e.participants ?? []).length >= 2, e.id).toBe(true);
    }
  });
});
