// The subscription hub on its own, with a read function standing in for the federated execution:
// the orderings that an end-to-end test cannot force.
import type { FormattedExecutionResult } from 'graphql';
import { LiveHub } from '../../gateway/live/hub.ts';
import type { SubscriptionPlan } from '../../gateway/live/plan.ts';
import type { RequestIdentity } from '../../kit/viewer.ts';

const plan: SubscriptionPlan = { topic: 'fundraiser:f1', kind: 'state', query: 'query { totals: fundraiserTotalsNow(fundraiserId: "f1") { raised __givegraphSequence: sequence } }', variables: {}, responseKey: 'totals', afterSequence: null };
const anyone: RequestIdentity = { viewer: null, platform: 'WEB', ip: 'test' };
const changed = { id: 'e', type: 'FundraiserTotalsChanged', source: 'donations', occurredAt: '', payload: { fundraiserId: 'f1' } };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function totalsSource() {
  const state = { sequence: 1, readMs: 0 };
  const execute = async (): Promise<FormattedExecutionResult> => {
    await sleep(state.readMs);
    return { data: { totals: { raised: state.sequence * 100, __givegraphSequence: state.sequence } } };
  };
  return { state, execute };
}

describe('the live hub', () => {
  it('keeps serving a subscriber that joins while the last one of its topic leaves during a read', async () => {
    const { state, execute } = totalsSource();
    const hub = new LiveHub({ execute, intervalMs: 10, log: () => {} });
    const first: string[] = [];
    const leaving = hub.subscribe(plan, anyone, (frames) => frames.forEach(({ bytes }) => first.push(bytes.toString())));
    await sleep(20);
    expect(first).toEqual(['{"data":{"totals":{"raised":100}}}']);

    state.readMs = 100; // a slow read holds the topic's queue
    state.sequence = 2;
    hub.onEvent(changed);
    await sleep(30); // the read is under way
    leaving.close();
    const second: string[] = [];
    hub.subscribe(plan, anyone, (frames) => frames.forEach(({ bytes }) => second.push(bytes.toString())));
    await sleep(300);
    state.readMs = 0;
    state.sequence = 3;
    hub.onEvent(changed);
    await sleep(100);
    expect(second.at(-1)).toBe('{"data":{"totals":{"raised":300}}}');
    hub.close();
  });

  it('reads a group once per interval whatever the number of changes, and sends only newer totals', async () => {
    const { state, execute } = totalsSource();
    let reads = 0;
    const hub = new LiveHub({ execute: () => (reads++, execute()), intervalMs: 50, log: () => {} });
    const got: string[][] = [[], [], []];
    for (const list of got) hub.subscribe(plan, anyone, (frames) => frames.forEach(({ bytes }) => list.push(bytes.toString())));
    await sleep(20);
    expect(reads).toBe(1); // one snapshot read for the three
    const began = Date.now();
    for (let i = 0; i < 20; i++) {
      state.sequence = 2 + Math.floor(i / 10);
      hub.onEvent(changed);
      await sleep(5);
    }
    const elapsed = Date.now() - began;
    await sleep(120);
    // At most one read per 50 ms interval while the 20 changes came (plus the snapshot and a last one).
    expect(reads - 1).toBeLessThanOrEqual(Math.ceil(elapsed / 50) + 1);
    expect(reads - 1).toBeLessThan(20);
    for (const list of got) {
      const sequences = list.map((json) => JSON.parse(json).data.totals.raised / 100);
      expect(sequences).toEqual([...new Set(sequences)].sort((a, b) => a - b));
      expect(sequences.at(-1)).toBe(3);
    }
    hub.close();
  });

  it('keeps sending at the interval when a read takes longer than it, never two sends within one interval', async () => {
    const { state, execute } = totalsSource();
    const hub = new LiveHub({ execute, intervalMs: 50, log: () => {} });
    const sent: { at: number; raised: number }[] = [];
    hub.subscribe(plan, anyone, (frames) => frames.forEach(({ bytes }) => sent.push({ at: Date.now(), raised: JSON.parse(bytes.toString()).data.totals.raised })));
    await sleep(20);
    state.readMs = 90; // each read takes nearly two intervals
    const began = Date.now();
    while (Date.now() - began < 1_000) {
      state.sequence++;
      hub.onEvent(changed);
      await sleep(10);
    }
    await sleep(300);
    hub.close();
    const during = sent.slice(1);
    // One read at a time would send at most every 90 ms (11 in the second); reads started every 50 ms send about 20.
    expect(during.length).toBeGreaterThanOrEqual(15);
    for (let i = 1; i < during.length; i++) {
      expect(during[i]!.at - during[i - 1]!.at).toBeGreaterThanOrEqual(49);
      expect(during[i]!.raised).toBeGreaterThan(during[i - 1]!.raised);
    }
    expect(during.at(-1)!.raised).toBe(state.sequence * 100);
  });
});
