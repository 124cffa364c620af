// SetDefaults_HorizontalPodAutoscaler (k8s.io/kubernetes v1.34 pkg/apis/autoscaling/v2/defaults.go):
// one pod at least and, with no metrics written, cpu at 80% average utilization
// (autoscaling.DefaultCPUUtilization). A behavior, once written, gets each direction's rules
// filled in where unset (GenerateHPAScaleUpRules / GenerateHPAScaleDownRules); an HPA without one
// keeps none and the controller uses the same rules.
import type { K8sObject } from '../../model/objects.ts';
import { child, mapping, orDefault, type Mapping } from './shape.ts';

/** defaultHPAScaleUpRules: no stabilization, the larger of 4 pods and 100% each 15 s. */
const scaleUp = (): Mapping => ({
  stabilizationWindowSeconds: 0,
  selectPolicy: 'Max',
  policies: [
    { type: 'Pods', value: 4, periodSeconds: 15 },
    { type: 'Percent', value: 100, periodSeconds: 15 },
  ],
});

/** defaultHPAScaleDownRules: 100% each 15 s; the stabilization window stays unset (the controller's flag decides it). */
const scaleDown = (): Mapping => ({
  selectPolicy: 'Max',
  policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }],
});

/** copyHPAScalingRules: what was written wins, field by field (a tolerance is an alpha field v1.34 drops). */
function fillRules(written: unknown, defaults: Mapping): Mapping {
  const w = mapping(written);
  if (!w) return defaults;
  for (const key of ['selectPolicy', 'stabilizationWindowSeconds', 'policies'])
    if (w[key] != null) defaults[key] = w[key];
  return defaults;
}

export function setHorizontalPodAutoscalerDefaults(hpa: K8sObject): void {
  const spec = child(hpa, 'spec');
  if (!spec) return;
  orDefault(spec, 'minReplicas', 1);
  const metrics = spec['metrics'];
  if (metrics == null || (Array.isArray(metrics) && metrics.length === 0))
    spec['metrics'] = [
      { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 80 } } },
    ];
  const behavior = mapping(spec['behavior']);
  if (behavior) {
    behavior['scaleUp'] = fillRules(behavior['scaleUp'], scaleUp());
    behavior['scaleDown'] = fillRules(behavior['scaleDown'], scaleDown());
  }
}
