// What the page sends the packet painter when the diagram's flights change: the difference from
// what the painter holds (flightDelta.ts), each flight as paint data with its failure text in the
// page's language. The first send and a new language replace everything (so a canvas remounted
// on the same painter worker starts clean): the painter's list must stay one list in
// start order (it finds the flights in the air by binary search), so the old flights are dropped,
// never appended to.
import type { Flight } from '../../traffic/useFlights.ts';
import { DROP_ALL, flightDelta, type FlightDelta } from './flightDelta.ts';
import type { PaintFlight } from './packetScene.ts';

export interface FlightFeed<L extends string> {
  /** The change to send for `flights` in `language`, or null when the painter holds them already. */
  next(flights: readonly Flight[], language: L): FlightDelta<PaintFlight> | null;
  /** What the painter holds now (the export computes the packets of the moment from it). */
  held(): PaintFlight[];
}

export function flightFeed<L extends string>(stopText: (f: Flight, language: L) => string | undefined): FlightFeed<L> {
  let sent: readonly Flight[] = [];
  let sentIn: L | null = null;
  let paintOf = new WeakMap<Flight, PaintFlight>();
  const toPaint = (f: Flight): PaintFlight => {
    let p = paintOf.get(f);
    if (!p) {
      const text = sentIn === null ? undefined : stopText(f, sentIn);
      p = { start: f.start, color: f.color, path: f.path, ...(text === undefined ? {} : { stopText: text }) };
      paintOf.set(f, p);
    }
    return p;
  };
  return {
    next(flights, language) {
      if (flights === sent && language === sentIn) return null;
      let delta: FlightDelta<Flight>;
      if (language !== sentIn) {
        delta = { drop: DROP_ALL, add: flights };
        paintOf = new WeakMap();
        sentIn = language;
      } else delta = flightDelta(sent, flights);
      sent = flights;
      return { drop: delta.drop, add: delta.add.map(toPaint) };
    },
    held: () => sent.map(toPaint),
  };
}
