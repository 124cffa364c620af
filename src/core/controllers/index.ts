// The controllers' door for code outside the core: the built-in Gateway controller's decisions
// (which routes each listener accepted, each backendRef's verdict), so the worker's view carries
// what the controller decided instead of deciding it again; the plug-ins (plugins.ts) and the
// function that installs them all.
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
export { installPlugins } from './installPlugins.ts';
