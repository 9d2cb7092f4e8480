import { describe, expect, it } from 'vitest';
import { bundledData } from '../../src/data/bundled.js';
import { events, timeline } from '../../src/index.js';
import { createKnowledgeBase } from '../../src/schema/index.js';

const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);
const firstDay = (e: (typeof events)[number]) => (e.date.precision === 'undated' ? undefined : e.date.value);

describe('timeline', () => {
  it('lists every event once: dated in order, then undated, then speculation', () => {
    const all = timeline();
    expect([...ids(all)].sort()).toEqual([...ids(events)].sort());
    const group = (e: (typeof events)[number]) => (e.status === 'speculative' ? 2 : e.date.precision === 'undated' ? 1 : 0);
    const groups = all.map(group);
    expect(groups).toEqual([...groups].sort());
    const dated = all.filter((e) => group(e) === 0).map(firstDay);
    expect(dated).toEqual([...dated].sort());
  });

  it('keeps the data order for events of the same date', () => {
    const sameDay = timeline({ from: '2025-07-11', to: '2025-07-11' }).filter((e) => firstDay(e) === '2025-07-11');
    expect(ids(sameDay)).toEqual(ids(events.filter((e) => sameDay.includes(e))));
  });

  it('finds Altman’s announcement under both of its dates, 11 July (US) and 12 July (UTC)', () => {
    expect(ids(timeline({ from: '2025-07-11', to: '2025-07-11' }))).toContain('altman-delay-announcement');
    expect(ids(timeline({ from: '2025-07-12', to: '2025-07-12' }))).toContain('altman-delay-announcement');
  });

  it('filters by range at any precision and drops undated events', () => {
    const july = timeline({ from: '2025-07', to: '2025-07' });
    expect(july.length).toBeGreaterThan(0);
    expect(july.every((e) => e.date.precision !== 'undated' || e.otherDates.length > 0)).toBe(true);
    expect(ids(july)).not.toContain('gpt-oss-release');
    expect(ids(timeline({ from: '2025-08-01' }))).toContain('gpt-oss-release');
  });

  it('filters by participant and status', () => {
    expect(ids(timeline({ involving: 'moonshot-ai' }))).toContain('kimi-k2-release');
    expect(timeline({ involving: 'no-such-entity' })).toEqual([]);
    expect(timeline({ status: 'speculative' }).every((e) => e.status === 'speculative')).toBe(true);
    expect(timeline({ status: ['rumoured', 'speculative'] }).map((e) => e.status)).toContain('rumoured');
  });

  it('returns a frozen list', () => {
    expect(Object.isFrozen(timeline())).toBe(true);
    expect(Object.isFrozen(timeline({ status: 'occurred' }))).toBe(true);
  });

  it('gives every filter the events in the order of the whole timeline', () => {
    const order = ids(timeline());
    for (const filter of [{ status: 'occurred' as const }, { involving: 'openai' }, { from: '2025-07' }]) {
      const some = ids(timeline(filter));
      expect(some.length).toBeGreaterThan(0);
      expect(some).toEqual(order.filter((id) => some.includes(id)));
    }
  });

  it('sorts each knowledge base’s own events once, data order settling ties', () => {
    expect(timeline()).toBe(timeline());
    const kb = createKnowledgeBase(bundledData);
    const reversed = createKnowledgeBase({ ...bundledData, events: [...bundledData.events].reverse() });
    expect(reversed.timeline()).toBe(reversed.timeline());
    // Events of the same day and status come in data order: reversed data, reversed ties.
    const tieKey = (e: (typeof events)[number]) => `${e.status === 'speculative'}|${firstDay(e) ?? 'undated'}`;
    const ties = (list: readonly (typeof events)[number][]) => {
      const groups = new Map<string, (typeof events)[number][]>();
      for (const e of list) groups.set(tieKey(e), [...(groups.get(tieKey(e)) ?? []), e]);
      return groups;
    };
    const forward = ties(kb.timeline());
    const backward = ties(reversed.timeline());
    expect([...forward.keys()].sort()).toEqual([...backward.keys()].sort());
    expect([...forward.values()].some((group) => group.length > 1)).toBe(true);
    for (const [key, group] of forward) expect(ids(backward.get(key)!)).toEqual(ids(group).reverse());
    const some = ids(reversed.timeline({ from: '2025-07-11', to: '2025-07-12' }));
    expect(some).toEqual(ids(reversed.timeline()).filter((id) => some.includes(id)));
  });

  it('throws a TypeError naming the function for a bad filter', () => {
    expect(() => timeline('2025' as never)).toThrow(/^timeline: filter must be an object/);
    expect(() => timeline({ from: '11 July 2025' })).toThrow(/^timeline: filter.from must be an ISO date/);
    expect(() => timeline({ to: '2025-13' })).toThrow(/^timeline: filter.to must be an ISO date/);
    expect(() => timeline({ involving: 7 as unknown as string })).toThrow(/^timeline: filter.involving must be a string/);
    expect(() => timeline({ status: 'happened' as 'occurred' })).toThrow(/^timeline: filter.status must be one of/);
  });
});
