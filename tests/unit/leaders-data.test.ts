// leaders.json: the data file's shape, and the one helper every term lookup reads `since`/`until` through.
import { describe, expect, it } from 'vitest';
import { activeNear, COUNTRY_NAMES, heldOn, LEADERS, officeHolders, ORGS, periodStart, positionOn, termDays } from '../../ingest/extract/gazetteer.ts';

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const ROLES = new Set(['head_of_state', 'head_of_government', 'minister', 'official', 'spokesperson', 'adviser', 'envoy']);

describe('periodStart / termDays / heldOn', () => {
  it('starts a partial date at the start of its period', () => {
    expect(periodStart('1979')).toBe('1979-01-01');
    expect(periodStart('1987-10')).toBe('1987-10-01');
    expect(periodStart('1987-10-15')).toBe('1987-10-15');
    expect(periodStart('1987-10-15T08:00:00')).toBe('1987-10-15');
  });
  it('ends a partial until at the start of its period, an open end never', () => {
    expect(termDays({ since: '1979', until: '1992' })).toEqual({ from: '1979-01-01', to: '1992-01-01' });
    expect(termDays({ since: null, until: null })).toEqual({ from: '0000-01-01', to: '9999-12-31' });
  });
  it('counts the first day in and the until day out', () => {
    const year = { since: '1979', until: '1992' };
    expect(heldOn(year, '1979-01-01')).toBe(true);
    expect(heldOn(year, '1978-12-31')).toBe(false);
    expect(heldOn(year, '1991-12-31')).toBe(true);
    // a day inside the uncertain last year claims no holder
    expect(heldOn(year, '1992-01-01')).toBe(false);
    expect(heldOn(year, '1992-06-30')).toBe(false);
    const month = { since: '1987-10', until: '1988-02' };
    expect(heldOn(month, '1987-10-01')).toBe(true);
    expect(heldOn(month, '1987-09-30')).toBe(false);
    expect(heldOn(month, '1988-01-31')).toBe(true);
    expect(heldOn(month, '1988-02-01')).toBe(false);
    const day = { since: '1987-10-15', until: '1987-11-07' };
    expect(heldOn(day, '1987-10-15T09:00:00')).toBe(true);
    expect(heldOn(day, '1987-11-06')).toBe(true);
    expect(heldOn(day, '1987-11-07')).toBe(false);
  });
});

describe('term lookups on the data', () => {
  const ex = { id: 'x', name: 'X', aliases: [], positions: [{ of: 'KE', title: 'President', role: 'head_of_state', since: '1978', until: '1990' }] };
  it('positionOn takes the term covering the day, else the nearest by its bounds', () => {
    expect(positionOn(ex, '1987-03-01')?.of).toBe('KE');
    expect(positionOn(ex, '1995-03-01')?.of).toBe('KE');
  });
  it('activeNear pads the bounds by years', () => {
    expect(activeNear(ex, '1990-06-01', 1)).toBe(true);
    expect(activeNear(ex, '1991-06-01', 1)).toBe(false);
    expect(activeNear(ex, '1977-01-02', 1)).toBe(true);
  });
  it('officeHolders finds the holder on the day of a transition, not the predecessor', () => {
    expect(officeHolders('US', /^President$/, '1989-01-19').map((l) => l.id)).toEqual(['ronald-reagan']);
    expect(officeHolders('US', /^President$/, '1989-01-20').map((l) => l.id)).not.toContain('ronald-reagan');
  });
});

describe('cabinet ministers in the data (session 10)', () => {
  // Reuters names them without their state ("Finance Secretary Jaime Ongpin said …"): the data supplies it.
  it('holds a minister on a day of his term, not after his dismissal', () => {
    const ongpin = LEADERS.get('jaime-ongpin')!;
    expect(positionOn(ongpin, '1987-03-02')?.of).toBe('PH');
    expect(heldOn(ongpin.positions[0]!, '1987-09-20')).toBe(false);
  });
  it('takes a later office of the same person on its own term', () => {
    const gaviria = LEADERS.get('cesar-gaviria')!;
    expect(gaviria.positions.filter((p) => heldOn(p, '1987-03-04')).map((p) => p.title)).toEqual(['Finance Minister']);
    expect(gaviria.positions.filter((p) => heldOn(p, '1988-03-04')).map((p) => p.title)).toEqual(['Government Minister']);
  });
});

describe('leaders.json', () => {
  it('gives every leader a unique id, a name, and terms with a known role, place and well-formed dates', () => {
    const seen = new Set<string>();
    for (const l of LEADERS.values()) {
      expect(seen.has(l.id), l.id).toBe(false);
      seen.add(l.id);
      expect(l.name.length, l.id).toBeGreaterThan(0);
      expect(l.positions.length, l.id).toBeGreaterThan(0);
      for (const p of l.positions) {
        expect(ROLES.has(p.role), `${l.id} ${p.role}`).toBe(true);
        expect(COUNTRY_NAMES.has(p.of) || ORGS.has(p.of), `${l.id} of ${p.of}`).toBe(true);
        if (p.since !== null) expect(p.since, l.id).toMatch(DATE);
        if (p.until !== null) expect(p.until, l.id).toMatch(DATE);
        if (p.since !== null && p.until !== null) expect(periodStart(p.since) <= periodStart(p.until), `${l.id} ${p.since}–${p.until}`).toBe(true);
      }
    }
  });
  it('gives no alias to two leaders in office at once', () => {
    const owners = new Map<string, string[]>();
    for (const l of LEADERS.values()) for (const a of new Set([l.name, ...l.aliases])) owners.set(a, [...(owners.get(a) ?? []), l.id]);
    for (const [alias, ids] of owners) {
      if (ids.length < 2) continue;
      for (const a of ids)
        for (const b of ids) {
          if (a >= b) continue;
          const overlap = LEADERS.get(a)!.positions.some((p) => LEADERS.get(b)!.positions.some((q) => termDays(p).from < termDays(q).to && termDays(q).from < termDays(p).to));
          expect(overlap, `${alias}: ${a} and ${b}`).toBe(false);
        }
    }
  });
});
