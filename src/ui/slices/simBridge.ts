// The one worker connection the store's actions talk to: src/ui/simClient.ts provides it (set by
// startApp.tsx), tests give a fake. A module of its own so every slice reaches it without importing the store.
import type { ClientDecl, Mutation, ProxyMode, ReplyOf, TrafficStart } from '../../worker/protocol.ts';

/** What the store needs from the worker. */
export interface SimBridge {
  /**
   * `traffic`: the run to start over when the load has no error, asked for as the load is sent (the
   * worker answers both at once); absent, or not used yet, the store asks for traffic on the answer.
   */
  load(yaml: string, seed: number, traffic?: () => TrafficStart): void;
  /** `restart`: the run starts over from t=0; otherwise the answer appends to the results so far. */
  traffic(clients: ClientDecl[] | null, toTime: number, restart: boolean): void;
  edit(yaml: string, mutation: Mutation): void;
  /** The kubectl console's requests (src/ui/console); optional so test bridges can leave them out. */
  kubectl?(
    argv: string[],
    yaml?: string,
    seed?: number,
    line?: string,
  ): Promise<{ stdout: string; stderr: string; exitCode: number; yaml?: string }>;
  complete?(line: string, yaml?: string, seed?: number): Promise<string[]>;
  /** A node's kube-proxy rules on the last good load (the core's proxyRulesText, as `ksp iptables --mode` prints them); `mode` absent: the cluster's. */
  proxyRules?(node: string, mode?: ProxyMode): Promise<ProxyRules | null>;
  /** The scenario for a real cluster (the core's exportScenario, as `ksp export`); null when the worker did not answer. */
  exportScenario?(yaml: string, seed: number): Promise<ReplyOf<'exportScenario'> | null>;
}
export type ProxyRules = NonNullable<ReplyOf<'proxyRules'>['rules']>;

let bridge: SimBridge | null = null;

export function connectSim(b: SimBridge): void {
  bridge = b;
}

/** The connected bridge (null until startApp connects one). */
export const simBridge = (): SimBridge | null => bridge;
