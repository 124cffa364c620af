import { describe, expect, it } from 'vitest';
import { packetPositions, type Geometry, type PaintFlight } from './packetScene.ts';
import { PathSamples } from './pathSamples.ts';
import { LEG_SECONDS, FAIL_HOLD_SECONDS } from '../../traffic/flight.ts';

// Two boxes side by side and the edge between them, sampled as a straight line.
const geometry: Geometry = {
  boxes: new Map([
    ['client:a', { x: 0, y: 0, w: 100, h: 40 }],
    ['svc:web', { x: 300, y: 0, w: 100, h: 40 }],
  ]),
  paths: new Map([['e1', 'M 100,20 L 300,20']]),
};
const samples = new PathSamples();

const ok = (start: number, color = '#E69F00'): PaintFlight => ({
  start,
  color,
  path: { start: 'client:a', legs: [{ from: 'client:a', to: 'svc:web', edgeId: 'e1', hop: 0 }] },
});

describe('packetPositions', () => {
  it('puts a flying packet at its fraction of the leg, along the edge path', () => {
    const pos = packetPositions([ok(1)], geometry, 1 + LEG_SECONDS / 4, false, samples);
    expect(pos.drawn).toBe(1);
    const [p] = pos.byColor.get('#E69F00')!;
    expect(p!.x).toBeCloseTo(150, 9);
    expect(p!.y).toBe(20);
  });

  it('follows an edge backwards for a reply leg, and straight between boxes without an edge', () => {
    const back: PaintFlight = {
      start: 0,
      color: 'red',
      path: { start: 'svc:web', legs: [{ from: 'svc:web', to: 'client:a', edgeId: 'e1', reverse: true, hop: 0 }] },
    };
    const straight: PaintFlight = {
      start: 0,
      color: 'blue',
      path: { start: 'client:a', legs: [{ from: 'client:a', to: 'svc:web', hop: 0 }] },
    };
    const pos = packetPositions([back, straight], geometry, LEG_SECONDS / 2, false, samples);
    expect(pos.byColor.get('red')).toEqual([{ x: 200, y: 20 }]);
    // From the right side of the client box to the left side of the Service box.
    expect(pos.byColor.get('blue')).toEqual([{ x: 200, y: 20 }]);
  });

  it('draws nothing before a flight starts or after it lands', () => {
    expect(packetPositions([ok(5)], geometry, 4.9, false, samples).drawn).toBe(0);
    expect(packetPositions([ok(5)], geometry, 5 + LEG_SECONDS + 0.01, false, samples).drawn).toBe(0);
  });

  it('tells when the next flight starts, for the painter to sleep till then', () => {
    const flights = [ok(1), ok(5), ok(9)];
    expect(packetPositions(flights, geometry, 0, false, samples).next).toBe(1);
    expect(packetPositions(flights, geometry, 1 + LEG_SECONDS / 2, false, samples).next).toBe(5);
    expect(packetPositions(flights, geometry, 9 + LEG_SECONDS / 2, false, samples).next).toBeNull();
  });

  it('marks a failed packet where it stopped, with its text in the page language', () => {
    const failed: PaintFlight = {
      ...ok(0),
      path: { ...ok(0).path, stop: { at: 'svc:web', reason: 'no endpoints', hop: 1 } },
      stopText: '엔드포인트가 없습니다',
    };
    const at = LEG_SECONDS + FAIL_HOLD_SECONDS / 2;
    const pos = packetPositions([failed], geometry, at, false, samples);
    expect(pos.marks).toEqual([{ p: { x: 386, y: 14 }, reason: '엔드포인트가 없습니다' }]);
    // Without a translated text the core's reason is shown.
    const plain = { ...failed, stopText: undefined };
    expect(packetPositions([plain], geometry, at, false, samples).marks[0]!.reason).toBe('no endpoints');
  });

  it('with reduced motion, a packet waits at one end of its leg instead of flying', () => {
    const early = packetPositions([ok(0)], geometry, LEG_SECONDS * 0.4, true, samples);
    const late = packetPositions([ok(0)], geometry, LEG_SECONDS * 0.6, true, samples);
    expect(early.byColor.get('#E69F00')).toEqual([{ x: 100, y: 20 }]);
    expect(late.byColor.get('#E69F00')).toEqual([{ x: 300, y: 20 }]);
  });

  it('skips the flights that landed long ago without visiting them', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ok(i / 100));
    const pos = packetPositions(many, geometry, 100, false, samples);
    // In the air: the flights that started in the last LEG_SECONDS (0.3 s), at 99.71 … 100.00.
    expect(pos.drawn).toBe(30);
  });

  it('adds the stress packets over every sampled edge', () => {
    const pos = packetPositions([], geometry, 0, false, samples, { count: 40, t: 0 });
    expect(pos.drawn).toBe(40);
  });
});
