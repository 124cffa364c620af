// Installs every plug-in (api/plugins.ts, controllers/plugins.ts): the Gateway API's admission
// steps and controller, Ingress's validation and ingress-nginx, and the KubectlHistory replay.
// Importing this module is what brings their code into a bundle: ksp, the tests' setup file and the
// benchmarks install them at start, the worker from its laterEngines chunk before it answers about a
// scenario that needs one (src/worker/sim.worker.ts).
import { installAdmissionPlugin } from '../api/plugins.ts';
import {
  dropGatewayApiStatus,
  gatewayApiDecodeError,
  setGatewayApiDefaults,
  validateGatewayApiObject,
} from '../api/gateway/admitGatewayApi.ts';
import { validateIngress, validateIngressClass } from '../api/ingress/validateIngress.ts';
import type { Ingress, IngressClass } from '../model/objects.ts';
import { installControllerPlugin } from '../controllers/plugins.ts';
import { gatewayDecisions, listenerProblem } from '../controllers/gatewayAttachment.ts';
import { gatewayService, installGatewayController, publishGatewayStatus } from '../controllers/gatewayController.ts';
import { installIngressController, publishIngressStatus } from '../controllers/ingressController.ts';
import { replayKubectlHistory } from './edits/replay.ts';

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
  installControllerPlugin('kubectlHistory', { replay: replayKubectlHistory });
}
