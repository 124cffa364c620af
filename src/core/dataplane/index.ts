// The dataplane's door: send() over a cluster state with hop-by-hop traces, and each proxy mode's
// rules for one node as its own tool prints them (iptables-save, nft list ruleset, ipvsadm -Ln).
export { createDataplane, type Dataplane, type DataplaneOptions, type NameResolver, type DnsAnswer } from './send.ts';
export type * from './types.ts';
export { iptablesRestoreForNode } from './iptables/restoreRules.ts';
export { sortRestoreRules } from './iptables/sortRestoreRules.ts';
export { nftRulesetForNode } from './nftables/ruleset.ts';
export { ipvsadmForNode } from './ipvs/virtualServers.ts';
export { proxyRulesText } from './proxyRulesText.ts';
export { SAID_CODES, SAID_EN, fillSaid, sayEnglish, type Said, type SaidCode, type SaidParam } from './said.ts';
export { parseSource, formatSource, SOURCE_FORMS } from './sourceText.ts';
export { serviceFindings, serviceIndex, whyNoEndpoints, type ServiceFinding } from './serviceFindings.ts';
export { nodesDroppingExternal } from './externalDrops.ts';
