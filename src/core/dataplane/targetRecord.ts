// A request's target text as the data path keeps it per cluster state (clusterIndex.ts target):
// parsed, with its address's owner and its owner's entry for its port copied on, and what the
// requests to it meet on their way, found by the first. One object a request reads, not the parse,
// the owner, its entry and the memos each (a cold load each with 10,000 Services).
import type { AdmittedService } from '../model/admitted.ts';
import type { IpOwner, PortViews, VipEntry } from './serviceAddresses.ts';
import type { ServicePortProxy } from './proxyModel.ts';
import type { PublicDnsMemo } from './destination.ts';
import type { CachedRoute, UpstreamFields, UpstreamTable } from './ingressProxy.ts';
import type { NodeRoute } from './route.ts';
import type { Said } from './said.ts';
import { parseTargetCached, type Target } from './target.ts';
import { flat } from './flatString.ts';
import { ipv4, sameText } from './ipMemo.ts';

/**
 * A request's target text, parsed, with the owner of its address when it is an IP. The parsed fields
 * and the owner's are copied onto the record (`why` null when it parses), so a packet reads one
 * object, not the record, the parse, its target and the owner (a cold load each with 10,000 Services).
 */
export interface TargetRecord extends Target, IpOwner, PublicDnsMemo, UpstreamFields {
  /** The text it is the record of, and the index's table of records that holds it (a client's hold is checked against both). */
  text: string;
  table: ReadonlyMap<string, TargetRecord>;
  why: Said | null;
  /** This record itself when an owner has the address (its fields are the owner's); null: none; undefined: a name. */
  owner: IpOwner | null | undefined;
  /** `host:port` of an IP target (the connection's destination), written once. */
  address: string | undefined;
  /** The IPv4 number of an IP target's host (-1: a name, or not IPv4), so the trace compares addresses without loading texts (context.ts differs). */
  ipNum: number;
  /**
   * The owner's entry for the target's own port over TCP (a request's default protocol), copied
   * onto the record, which then stands as `first` (route.ts findPort reads `first` before `vips`):
   * the entries are made with the index, far from the records in memory, and with 10,000 Services
   * reading one was a cold load per request. Blank (`kind` undefined) when there is none.
   */
  kind: VipEntry['kind'] | undefined;
  service: AdmittedService | undefined;
  portIndex: number;
  protocol: string;
  views: PortViews | undefined;
  lastNode: string | undefined;
  lastView: ServicePortProxy | undefined;
  /** What the address is as a node's (route.ts nodeRoute); null: a loopback address. */
  nodeRoute: NodeRoute | null | undefined;
  /** The ingress controller's "accepts" hop text after the client's address, for this host and path (deliver.ts). */
  acceptsTail: string | undefined;
  // What the requests to this text meet on their way, found by the first and kept here (a record is
  // per index, so per cluster state): the public DNS answer for a name (PublicDnsMemo,
  // destination.ts), and the upstream fields (UpstreamFields): its Ingress route's backend as the
  // controller pod that last took a request to this text sends, copied from the route.
  /** The Ingress route its host and path match (ingressProxy.ts); undefined: not asked yet. */
  ingressRoute: CachedRoute | null | undefined;
}

/** The upstream table of a record that holds no route's upstreams. */
const NO_UPSTREAMS: UpstreamTable = [];

/** The record of `text` against the index's owners by address (ownerByIP), for its table of records. */
export function targetRecord(
  text: string,
  ownerByIP: ReadonlyMap<string, IpOwner>,
  table: ReadonlyMap<string, TargetRecord>,
): TargetRecord {
  const parsed = parseTargetCached(text);
  const t = parsed.ok ? parsed.target : undefined;
  const owner = t?.isIP ? (ownerByIP.get(t.host) ?? null) : undefined;
  const own = t && owner?.vips?.find((e) => e.port === t.port && e.protocol === 'TCP');
  // One shape for every outcome (a failed parse has no target, a name no owner: their fields are blank).
  const r: TargetRecord = {
    text,
    table,
    scheme: t?.scheme ?? 'http',
    host: t === undefined ? '' : t.isIP ? sameText(t.host) : t.host,
    port: t?.port ?? 0,
    path: t?.path ?? '',
    isIP: t?.isIP ?? false,
    why: parsed.ok ? null : parsed.why,
    first: owner?.first,
    vips: owner?.vips,
    services: owner?.services,
    lb: owner?.lb,
    entry: owner?.entry,
    ingressLB: owner?.ingressLB ?? false,
    owner,
    address: t?.isIP ? flat(`${t.host}:${t.port}`) : undefined,
    ipNum: (t?.isIP ? ipv4(t.host) : null) ?? -1,
    kind: own?.kind,
    service: own?.service,
    portIndex: own?.portIndex ?? -1,
    protocol: own?.protocol ?? '',
    views: own?.views,
    lastNode: undefined,
    lastView: undefined,
    nodeRoute: undefined,
    // What a request to a name reads, together (with 10,000 Services each cache line of the record is a load).
    publicIP: undefined,
    publicDetail: undefined,
    publicIngress: '',
    publicNamespace: '',
    publicName: '',
    acceptsTail: undefined,
    upController: undefined,
    upSlot: -1,
    upCount: 0,
    upTable: NO_UPSTREAMS,
    upAt: 0,
    upPodIP: '',
    upNode: '',
    upRule: '',
    upUpstream: '',
    upNamespace: undefined,
    upName: '',
    upPath: undefined,
    upVia: undefined,
    publicDns: undefined,
    ingressRoute: undefined,
  };
  if (owner) r.owner = r;
  // The record stands for the entry it copied: what findPort would return for this port over TCP.
  if (own) r.first = r as VipEntry;
  return r;
}
