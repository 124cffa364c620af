// SetDefaults_HorizontalPodAutoscaler (k8s.io/kubernetes v1.34 pkg/apis/autoscaling/v2/defaults.go):
// one pod at least and, with no metrics written, cpu at 80% average utilization
// (autoscaling.DefaultCPUUtilization). A behavior, once written, gets each direction's rules
// filled in where unset (GenerateHPAScaleUpRules / GenerateHPAScaleDownRules); an HPA without one
// keeps none and the controller uses the same rules.
import type {
  HPAScalingPolicy,
  HPAScalingRules,
  HorizontalPodAutoscaler,
  HorizontalPodAutoscalerSpec,
} from 'kubernetes-types/autoscaling/v2';
import type { Mutable } from '../mutable.ts';

/** defaultHPAScaleUpRules: no stabilization, the larger of 4 pods and 100% each 15 s. */
const scaleUp = (): HPAScalingRules => ({
  stabilizationWindowSeconds: 0,
  selectPolicy: 'Max',
  policies: [
    { type: 'Pods', value: 4, periodSeconds: 15 },
    { type: 'Percent', value: 100, periodSeconds: 15 },
  ],
});

/** defaultHPAScaleDownRules: 100% each 15 s; the stabilization window stays unset (the controller's flag decides it). */
const scaleDown = (): HPAScalingRules => ({
  selectPolicy: 'Max',
  policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }],
});

/** copyHPAScalingRules: what was written wins, field by field (a tolerance is an alpha field v1.34 drops). */
function fillRules(written: HPAScalingRules | undefined, defaults: HPAScalingRules): HPAScalingRules {
  if (!written) return defaults;
  const out: Mutable<HPAScalingRules> = { ...defaults };
  if (written.selectPolicy != null) out.selectPolicy = written.selectPolicy;
  if (written.stabilizationWindowSeconds != null) out.stabilizationWindowSeconds = written.stabilizationWindowSeconds;
  if (written.policies != null) out.policies = written.policies as HPAScalingPolicy[];
  return out;
}

export function setHorizontalPodAutoscalerDefaults(hpa: Mutable<HorizontalPodAutoscaler>): void {
  const spec = (hpa.spec ??= {} as HorizontalPodAutoscalerSpec) as Mutable<HorizontalPodAutoscalerSpec>;
  spec.minReplicas ??= 1;
  if ((spec.metrics ?? []).length === 0)
    spec.metrics = [
      { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 80 } } },
    ];
  const behavior = spec.behavior;
  if (behavior)
    spec.behavior = {
      ...behavior,
      scaleUp: fillRules(behavior.scaleUp, scaleUp()),
      scaleDown: fillRules(behavior.scaleDown, scaleDown()),
    };
}
