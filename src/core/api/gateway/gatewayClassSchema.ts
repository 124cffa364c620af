// GatewayClass's spec schema (apis/v1/gatewayclass_types.go).
import { obj, open, str } from './schemaBuilders.ts';
import { CONTROLLER } from './sharedTypes.ts';

export const gatewayClassSpec = obj(
  {
    controllerName: str({ pattern: CONTROLLER, minLength: 1, maxLength: 253 }),
    description: str({ maxLength: 64 }),
    parametersRef: open,
  },
  { required: ['controllerName'] },
);
