// Installs every plug-in (api/plugins.ts, plugins.ts): the Gateway API's admission steps and
// controller, Ingress's validation and ingress-nginx. Importing this module is what brings their
// code into a bundle: ksp and the tests' setup file install them at start, the worker from the
// chunk it loads before a scenario that holds such a kind (src/worker/plugins.ts).
import { installAdmissionPlugin } from '../api/plugins.ts';
import {
  dropGatewayApiStatus,
  gatewayApiDecodeError,
  setGatewayApiDefaults,
  validateGatewayApiObject,
} from '../api/gateway/admitGatewayApi.ts';
import { validateIngress, validateIngressClass } from '../api/ingress/validateIngress.ts';
import type { Ingress, IngressClass } from '../model/objects.ts';
import { installControllerPlugin } from './plugins.ts';
import { gatewayDecisions, listenerProblem } from './gatewayAttachment.ts';
import { gatewayService, installGatewayController, publishGatewayStatus } from './gatewayController.ts';
import { installIngressController, publishIngressStatus } from './ingressController.ts';

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
}
