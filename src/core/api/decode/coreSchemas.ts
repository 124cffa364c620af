// Decoding shapes of the core/v1 kinds (k8s.io/api core/v1/types.go). Service types are closed
// (complete field lists); Pod, Node and Endpoints list the fields the simulator reads.
import {
  any,
  arr,
  bool,
  i32,
  i64,
  intOrString,
  resourceList,
  str,
  stringMap,
  struct,
  topLevel,
  objectMeta,
  objectReference,
  type Schema,
} from './schema.ts';

export const servicePort = struct('v1.ServicePort', {
  name: str(),
  protocol: str('v1.Protocol'),
  appProtocol: str(),
  port: i32,
  targetPort: intOrString,
  nodePort: i32,
});

export const serviceSpec = struct('v1.ServiceSpec', {
  ports: arr(servicePort),
  selector: stringMap,
  clusterIP: str(),
  clusterIPs: arr(str()),
  type: str('v1.ServiceType'),
  externalIPs: arr(str()),
  sessionAffinity: str('v1.ServiceAffinity'),
  loadBalancerIP: str(),
  loadBalancerSourceRanges: arr(str()),
  externalName: str(),
  externalTrafficPolicy: str('v1.ServiceExternalTrafficPolicy'),
  healthCheckNodePort: i32,
  publishNotReadyAddresses: bool,
  sessionAffinityConfig: struct('v1.SessionAffinityConfig', {
    clientIP: struct('v1.ClientIPConfig', { timeoutSeconds: i32 }),
  }),
  ipFamilies: arr(str('v1.IPFamily')),
  ipFamilyPolicy: str('v1.IPFamilyPolicy'),
  allocateLoadBalancerNodePorts: bool,
  loadBalancerClass: str(),
  internalTrafficPolicy: str('v1.ServiceInternalTrafficPolicy'),
  trafficDistribution: str(),
});

// A declared Service status is decoded before PrepareForCreate wipes it: decode it as the typed
// list it is, so a mapping there is the API server's unmarshal error, as on a real cluster.
const serviceStatus = struct(
  'v1.ServiceStatus',
  {
    loadBalancer: struct(
      'v1.LoadBalancerStatus',
      {
        ingress: arr(
          struct(
            'v1.LoadBalancerIngress',
            { ip: str(), hostname: str(), ipMode: str('v1.LoadBalancerIPMode'), ports: any },
            true,
          ),
        ),
      },
      true,
    ),
    conditions: any,
  },
  true,
);

export const serviceSchema: Schema = topLevel('Service', { spec: serviceSpec, status: serviceStatus });

export const containerPort = struct('v1.ContainerPort', {
  name: str(),
  hostPort: i32,
  containerPort: i32,
  protocol: str('v1.Protocol'),
  hostIP: str(),
});

// Closed: its seven fields (core/v1 types.go VolumeMount, v1.34). Admission and kubelet's status read
// the list (the service-account token mount).
const volumeMount = struct('v1.VolumeMount', {
  name: str(),
  readOnly: bool,
  recursiveReadOnly: str('v1.RecursiveReadOnlyMode'),
  mountPath: str(),
  subPath: str(),
  mountPropagation: str('v1.MountPropagationMode'),
  subPathExpr: str(),
});

// Closed: its three fields (core/v1 types.go ResourceRequirements, v1.34); a container's and the pod's.
const resourceRequirements = struct('v1.ResourceRequirements', {
  limits: resourceList,
  requests: resourceList,
  claims: any, // []ResourceClaim: names the pod's resourceClaims, which the playground does not read
});

// The lists kubelet's ConfigMap and Secret look-ups walk (controllers/kubeletConfig.ts): a mapping
// where a list belongs is the API server's BadRequest and never reaches kubelet. Open: their fields
// pass as written (kubelet reads them with optional chaining; a volume's items it checks itself).
const listOf = (go: string) => arr(struct(go, {}, true));

const container = struct(
  'v1.Container',
  {
    name: str(),
    image: str(),
    ports: arr(containerPort),
    env: listOf('v1.EnvVar'),
    envFrom: listOf('v1.EnvFromSource'),
    restartPolicy: str('v1.ContainerRestartPolicy'),
    volumeMounts: arr(volumeMount),
    resources: resourceRequirements,
  },
  true,
);

export const podSpec = struct(
  'v1.PodSpec',
  {
    containers: arr(container),
    initContainers: arr(container),
    nodeName: str(),
    nodeSelector: stringMap,
    hostname: str(),
    subdomain: str(),
    hostNetwork: bool,
    restartPolicy: str('v1.RestartPolicy'),
    dnsPolicy: str('v1.DNSPolicy'),
    dnsConfig: struct('v1.PodDNSConfig', {
      nameservers: arr(str()),
      searches: arr(str()),
      options: arr(struct('v1.PodDNSConfigOption', { name: str(), value: str() })),
    }),
    terminationGracePeriodSeconds: i64,
    // Read by the ServiceAccount admission plugin (api/pod/podAdmission.ts).
    volumes: arr(struct('v1.Volume', { name: str() }, true)),
    serviceAccountName: str(),
    automountServiceAccountToken: bool,
  },
  true,
);

export const podTemplateSpec = struct('v1.PodTemplateSpec', { metadata: objectMeta, spec: podSpec });

// The controllers read status.conditions of declared Nodes and Pods: decode it as the typed list
// it is, so `conditions: {…}` is the API server's unmarshal error, not a crash downstream.
const condition = (go: string, typeGo: string) =>
  struct(
    go,
    {
      type: str(typeGo),
      status: str('v1.ConditionStatus'),
      reason: str(),
      message: str(),
      lastHeartbeatTime: any, // a Node's; Pod conditions are open structs, so it changes nothing there
      lastProbeTime: any,
      lastTransitionTime: any,
    },
    true,
  );
const podStatus = struct(
  'v1.PodStatus',
  {
    phase: str('v1.PodPhase'),
    podIP: str(),
    hostIP: str(),
    podIPs: arr(struct('v1.PodIP', { ip: str() })),
    conditions: arr(condition('v1.PodCondition', 'v1.PodConditionType')),
  },
  true,
);

export const podSchema: Schema = topLevel('Pod', { spec: podSpec, status: podStatus });

export const namespaceSchema: Schema = topLevel('Namespace', { spec: any, status: any });

const nodeSpec = struct(
  'v1.NodeSpec',
  {
    podCIDR: str(),
    podCIDRs: arr(str()),
    providerID: str(),
    unschedulable: bool,
    // The scheduler reads each taint's key, value and effect.
    taints: arr(struct('v1.Taint', { key: str(), value: str(), effect: str('v1.TaintEffect') }, true)),
  },
  true,
);
const nodeStatus = struct(
  'v1.NodeStatus',
  {
    addresses: arr(struct('v1.NodeAddress', { type: str('v1.NodeAddressType'), address: str() })),
    conditions: arr(condition('v1.NodeCondition', 'v1.NodeConditionType')),
    capacity: resourceList,
    allocatable: resourceList,
  },
  true,
);
export const nodeSchema: Schema = topLevel('Node', { spec: nodeSpec, status: nodeStatus });

const endpointAddress = struct('v1.EndpointAddress', {
  ip: str(),
  hostname: str(),
  nodeName: str(),
  targetRef: objectReference,
});
const endpointsPort = struct('v1.EndpointPort', {
  name: str(),
  port: i32,
  protocol: str('v1.Protocol'),
  appProtocol: str(),
});
export const endpointsSchema: Schema = topLevel('Endpoints', {
  subsets: arr(
    struct('v1.EndpointSubset', {
      addresses: arr(endpointAddress),
      notReadyAddresses: arr(endpointAddress),
      ports: arr(endpointsPort),
    }),
  ),
});
