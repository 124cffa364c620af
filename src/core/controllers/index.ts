// The controllers' door for code outside the core: the built-in Gateway controller's decisions
// (which routes each listener accepted, each backendRef's verdict), so the worker's view carries
// what the controller decided instead of deciding it again, through its plug-in (plugins.ts).
export {
  gatewayDecisions,
  listenerProblem,
  type GatewayDecision,
  type GatewayDecisions,
  type RouteDecision,
} from './gatewayAttachment.ts';
export { gatewayService } from './gatewayController.ts';
export { loadBalancerIP } from './loadBalancers.ts';
export { controllerPlugin } from './plugins.ts';
