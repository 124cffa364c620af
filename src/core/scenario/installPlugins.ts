// Installs every plug-in (api/plugins.ts, controllers/plugins.ts): the Gateway API's admission
// steps and controller, Ingress's validation and ingress-nginx, the StatefulSet and DaemonSet
// controllers (their admission is the workloads' own), hand-written Endpoints' and
// EndpointSlices' validation and warnings and the EndpointSlice mirroring controller, the
// KubectlHistory replay, what ConfigMaps and Secrets need (a Secret's storage, kubelet's lookups),
// resource quantities (their decoding, stored form and validation), and the admission of the
// built-in kinds stored without simulation (api/stored/).
// Importing this module is what brings their code into a bundle: ksp, the tests' setup file and the
// benchmarks install them at start, the worker from its laterEngines chunk before it answers about a
// scenario that needs one (src/worker/sim.worker.ts).
import { installAdmissionPlugin } from '../api/plugins.ts';
import { decodeQuantity, quantityString, roundUpQuantity } from '../api/resource/quantity.ts';
import { validatePodResources } from '../api/resource/resourceRequirements.ts';
import { podQosClass } from '../api/resource/podQos.ts';
import {
  dropGatewayApiStatus,
  gatewayApiDecodeError,
  setGatewayApiDefaults,
  validateGatewayApiObject,
} from '../api/gateway/admitGatewayApi.ts';
import { validateIngress, validateIngressClass } from '../api/ingress/validateIngress.ts';
import { dropTopologyOnV1, validateEndpointSlice } from '../api/discovery/validateEndpointSlice.ts';
import { endpointSliceWarnings } from '../api/discovery/endpointSliceWarnings.ts';
import { endpointsWarnings, validateEndpoints } from '../api/coreKinds/validateEndpoints.ts';
import type { EndpointSlice, Endpoints, Ingress, IngressClass } from '../model/objects.ts';
import { installControllerPlugin } from '../controllers/plugins.ts';
import { gatewayDecisions, listenerProblem } from '../controllers/gatewayAttachment.ts';
import { gatewayService, installGatewayController, publishGatewayStatus } from '../controllers/gatewayController.ts';
import { installIngressController, publishIngressStatus } from '../controllers/ingressController.ts';
import { replayKubectlHistory } from './edits/replay.ts';
import { mirrorEndpoints } from '../controllers/endpointsMirroring.ts';
import { validateWorkload } from '../api/workloads/workloads.ts';
import { setStatefulAndDaemonSetDefaults } from '../api/workloads/setsDefaults.ts';
import { reconcileDaemonSet, reconcileStatefulSet } from '../controllers/statefulSets.ts';
import { storeSecret } from '../api/secretData.ts';
import { startContainers, waitForVolumes } from '../controllers/kubeletConfig.ts';
import { resourceFit } from '../controllers/nodeResourcesFit.ts';
import { markUnready, readinessAt } from '../controllers/readinessProbe.ts';
import { admitStored } from '../api/stored/admitStored.ts';

export function installPlugins(): void {
  installAdmissionPlugin('gatewayApi', {
    decodeError: gatewayApiDecodeError,
    dropStatus: dropGatewayApiStatus,
    setDefaults: setGatewayApiDefaults,
    validate: validateGatewayApiObject,
  });
  installControllerPlugin('gatewayApi', {
    install: installGatewayController,
    publishStatus: publishGatewayStatus,
    decisions: gatewayDecisions,
    service: gatewayService,
    listenerProblem,
  });
  installAdmissionPlugin('ingress', {
    validate: (obj) =>
      obj.kind === 'IngressClass' ? validateIngressClass(obj as IngressClass) : validateIngress(obj as Ingress),
  });
  installControllerPlugin('ingress', { install: installIngressController, publishStatus: publishIngressStatus });
  installAdmissionPlugin('endpoints', {
    prepare: (obj) => obj.kind === 'EndpointSlice' && dropTopologyOnV1(obj as unknown as EndpointSlice),
    validate: (obj) =>
      obj.kind === 'EndpointSlice'
        ? validateEndpointSlice(obj as unknown as EndpointSlice)
        : validateEndpoints(obj as Endpoints),
    warnings: (obj, old) =>
      obj.kind === 'EndpointSlice'
        ? endpointSliceWarnings(obj as unknown as EndpointSlice, old as unknown as EndpointSlice | undefined)
        : endpointsWarnings(obj as Endpoints),
  });
  installControllerPlugin('endpoints', { mirror: mirrorEndpoints });
  installAdmissionPlugin('statefulAndDaemonSets', {
    setDefaults: setStatefulAndDaemonSetDefaults,
    validate: validateWorkload,
  });
  installControllerPlugin('statefulAndDaemonSets', { reconcileStatefulSet, reconcileDaemonSet });
  installControllerPlugin('kubectlHistory', { replay: replayKubectlHistory });
  // ConfigMaps and Secrets: a Secret's storage (validate has nothing to add to what admit.ts checks) and kubelet's lookups.
  installAdmissionPlugin('config', { prepare: storeSecret, validate: () => [] });
  installControllerPlugin('config', { waitForVolumes, startContainers });
  installControllerPlugin('quantities', { resourceFit });
  installControllerPlugin('probes', { readinessAt, markUnready });
  // The built-in kinds stored without simulation: their defaults, system metadata and a Job's selector.
  installAdmissionPlugin('storedKinds', { admit: admitStored });
  installAdmissionPlugin('quantities', {
    decodeError: (v, field) => {
      const q = decodeQuantity(v);
      return typeof q === 'string' ? { message: q, field, now: true } : null;
    },
    stored: (v) => {
      const q = decodeQuantity(v);
      return typeof q === 'string' ? String(v) : quantityString(roundUpQuantity(q, -3)); // decodeError refused a string before
    },
    validate: validatePodResources,
    qos: podQosClass,
  });
}
