// The controllers' door for code outside the core: the built-in Gateway controller's decisions
// (which routes each listener accepted, each backendRef's verdict), so the worker's view carries
// what the controller decided instead of deciding it again, through its plug-in (plugins.ts), and
// which workload controls a pod (meta.ts podOwners), so the view walks ownerReferences as the core does.
export {
  gatewayDecisions,
  listenerProblem,
  type GatewayDecision,
  type GatewayDecisions,
  type RouteDecision,
} from './gatewayAttachment.ts';
export { gatewayService } from './gatewayController.ts';
export { loadBalancerIP } from './loadBalancers.ts';
export { podOwners } from './meta.ts';
// The view's reading of a controller reference; its home is the model (metav1.GetControllerOf).
export { controllerOf } from '../model/ownerReferences.ts';
export { controllerPlugin } from './plugins.ts';
export { READY_ANNOTATION } from './podStatus.ts';
