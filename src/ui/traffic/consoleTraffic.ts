// Requests typed in the console (`wget` in a busybox shell, `kubectl run … -- wget`, `kubectl exec
// … -- wget`) shown like any traffic client's: a packet on the diagram, a Timeline row, and a box
// for the pod they left from (a `kubectl run` pod is not in the YAML, so only this box shows it).
// The core decided every hop (its effects carry the whole answer); this file only places them in
// the page's clock and names their client.
import type { CommandEffect, ConsoleSender, RequestResult } from '../../worker/protocol.ts';
import type { ViewClient } from '../diagram/viewShape.ts';
import { flowIdOfEntry } from '../diagram/flowIds.ts';
import type { Translate } from '../i18n/translate.ts';

/** Client ids of console requests start with this (traffic clients' ids are the user's words). */
export const CONSOLE_CLIENT_PREFIX = 'console:';
/** Console results are numbered from here, apart from the traffic clients' request indices. */
export const CONSOLE_INDEX_BASE = 1_000_000_000;
/** The console packets kept (oldest dropped first): a learner's recent commands, not a log. */
export const CONSOLE_KEPT = 50;
/** Two requests of one command leave this far apart on the page's clock, so their packets do not overlap. */
const SPACING_SECONDS = 0.1;

export const consoleClientId = (pod: string): string => `${CONSOLE_CLIENT_PREFIX}${pod}`;
export const isConsoleClient = (id: string | undefined): boolean => id?.startsWith(CONSOLE_CLIENT_PREFIX) ?? false;

/** `console:ns/tmp` → `tmp`: the pod a console client id names. */
export const consolePodName = (id: string): string => id.slice(id.indexOf('/') + 1);

export interface ConsoleTraffic {
  results: RequestResult[];
  /** The pods they left from, by client id. */
  senders: Record<string, ConsoleSender>;
}

export const NO_CONSOLE_TRAFFIC: ConsoleTraffic = { results: [], senders: {} };

/**
 * Adds the requests a console command sent, leaving at `now` on the page's clock (the core sent them
 * on the shell's own clock), numbered after the ones kept.
 */
export function addConsoleRequests(
  kept: ConsoleTraffic,
  effects: readonly CommandEffect[],
  now: number,
): ConsoleTraffic {
  const sent = effects.flatMap((e) => (e.kind === 'request' ? [e] : []));
  if (sent.length === 0) return kept;
  let next = (kept.results.at(-1)?.index ?? CONSOLE_INDEX_BASE - 1) + 1;
  const senders = { ...kept.senders };
  const added = sent.map((e, i): RequestResult => {
    const id = consoleClientId(e.sender.pod);
    senders[id] = e.sender;
    return { ...e.result, index: next++, time: now + i * SPACING_SECONDS, clientId: id };
  });
  const results = [...kept.results, ...added].slice(-CONSOLE_KEPT);
  const live = new Set(results.map((r) => r.clientId));
  return { results, senders: Object.fromEntries(Object.entries(senders).filter(([id]) => live.has(id))) };
}

/** A box per pod the kept console requests left from, with an arrow to what its last request entered. */
export function consoleViewClients(traffic: ConsoleTraffic): ViewClient[] {
  return Object.entries(traffic.senders).map(([id, sender]) => {
    const last = [...traffic.results].reverse().find((r) => r.clientId === id && r.entry);
    return {
      id,
      kind: 'pod',
      label: consolePodName(id),
      pod: sender.pod,
      ...(last?.entry ? { target: flowIdOfEntry(last.entry) } : {}),
    };
  });
}

/** Every client id in the order colours are given: the traffic clients', then the console's pods. */
export function allClientIds(running: readonly { id: string }[], traffic: ConsoleTraffic): string[] {
  return [...running.map((c) => c.id), ...Object.keys(traffic.senders)];
}

/** Who sent a request, in the page's language: the traffic client's id, or the console's pod. */
export function requestWho(r: RequestResult, t: Translate): string {
  if (isConsoleClient(r.clientId)) return t('traffic.consoleWho', { pod: consolePodName(r.clientId!) });
  return r.clientId ?? r.sourceIP ?? 'client';
}

/** The traffic clients' results and the console's, in the order they leave (stable for equal times). */
export function withConsoleResults(
  results: readonly RequestResult[],
  consoleResults: readonly RequestResult[],
): RequestResult[] {
  if (consoleResults.length === 0) return results as RequestResult[];
  return [...results, ...consoleResults].sort((a, b) => a.time - b.time);
}
