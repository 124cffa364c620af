// kubectl's HorizontalPodAutoscaler describer for autoscaling/v2 (kubectl v0.34 pkg/describe/
// describe.go describeHorizontalPodAutoscalerV2, printDirectionBehavior): each metric as
// `current / target` (`<unknown>` until the HPA controller reads one, which the playground does not
// run), the replica bounds, the behavior when one was written (with the rules the API server
// filled in, api/stored/autoscalingDefaults.ts), the target's pods, conditions and events.
import type {
  HPAScalingRules,
  HorizontalPodAutoscaler,
  MetricSpec,
  MetricStatus,
} from 'kubernetes-types/autoscaling/v2';
import { quantityText } from '../printers/storage.ts';
import { describeNoEvents, Lines, printAnnotationsMultiline, printLabelsMultiline, rfc1123z } from './writer.ts';

const UNKNOWN = '<unknown>';
const q = (v: unknown) => quantityText(v);

/** One metric's line(s), as the describer's switch on its type writes them. */
function writeMetric(w: Lines, metric: MetricSpec, current: MetricStatus | undefined): void {
  switch (metric.type) {
    case 'External': {
      const ext = metric.external;
      const name = JSON.stringify(ext?.metric.name ?? '');
      if (ext?.target.averageValue !== undefined) {
        const cur = current?.external?.current.averageValue;
        w.write(
          1,
          `${name} (target average value):\t${cur !== undefined ? q(cur) : UNKNOWN} / ${q(ext.target.averageValue)}\n`,
        );
      } else {
        const cur = current?.external ? q(current.external.current.value) : UNKNOWN;
        w.write(1, `${name} (target value):\t${cur} / ${q(ext?.target.value)}\n`);
      }
      return;
    }
    case 'Pods': {
      const cur = current?.pods ? q(current.pods.current.averageValue) : UNKNOWN;
      w.write(
        1,
        `${JSON.stringify(metric.pods?.metric.name ?? '')} on pods:\t${cur} / ${q(metric.pods?.target.averageValue)}\n`,
      );
      return;
    }
    case 'Object': {
      const obj = metric.object;
      w.write(
        1,
        `"${obj?.metric.name ?? ''}" on ${obj?.describedObject.kind ?? ''}/${obj?.describedObject.name ?? ''} `,
      );
      if (obj?.target.type === 'AverageValue') {
        const cur = current?.object ? q(current.object.current.averageValue) : UNKNOWN;
        w.write(0, `(target average value):\t${cur} / ${q(obj.target.averageValue)}\n`);
      } else {
        const cur = current?.object ? q(current.object.current.value) : UNKNOWN;
        w.write(0, `(target value):\t${cur} / ${q(obj?.target.value)}\n`);
      }
      return;
    }
    case 'Resource':
    case 'ContainerResource': {
      const isResource = metric.type === 'Resource';
      const src = isResource ? metric.resource : metric.containerResource;
      const cur = isResource ? current?.resource : current?.containerResource;
      const container = isResource ? '' : ` of container "${metric.containerResource?.container ?? ''}"`;
      w.write(1, `resource ${src?.name ?? ''}${container} on pods`);
      if (src?.target.averageValue !== undefined) {
        w.write(0, `:\t${cur ? q(cur.current.averageValue) : UNKNOWN} / ${q(src.target.averageValue)}\n`);
        return;
      }
      const now =
        cur?.current.averageUtilization != null
          ? `${cur.current.averageUtilization}% (${q(cur.current.averageValue)})`
          : UNKNOWN;
      const target = src?.target.averageUtilization != null ? `${src.target.averageUtilization}%` : '<auto>';
      w.write(1, `(as a percentage of request):\t${now} / ${target}\n`);
      return;
    }
    default:
      w.write(1, `<unknown metric type ${JSON.stringify(metric.type)}>\n`);
  }
}

/** printDirectionBehavior: a direction's window, select policy (Max if unset) and policies. */
function writeDirection(w: Lines, direction: string, rules: HPAScalingRules | undefined): void {
  if (!rules) return;
  w.write(1, `${direction}:\n`);
  if (rules.stabilizationWindowSeconds != null)
    w.write(2, `Stabilization Window: ${rules.stabilizationWindowSeconds} seconds\n`);
  if ((rules.policies ?? []).length === 0) return;
  w.write(2, `Select Policy: ${rules.selectPolicy ?? 'Max'}\n`);
  w.write(2, 'Policies:\n');
  for (const p of rules.policies ?? [])
    w.write(3, `- Type: ${p.type}\tValue: ${p.value}\tPeriod: ${p.periodSeconds} seconds\n`);
}

export function describeHorizontalPodAutoscaler(hpa: HorizontalPodAutoscaler): string {
  const w = new Lines();
  const spec = hpa.spec;
  const status = hpa.status;
  w.write(0, `Name:\t${hpa.metadata?.name ?? ''}\n`);
  w.write(0, `Namespace:\t${hpa.metadata?.namespace ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', hpa.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', hpa.metadata?.annotations);
  w.write(0, `CreationTimestamp:\t${rfc1123z(hpa.metadata?.creationTimestamp)}\n`);
  const kind = spec?.scaleTargetRef?.kind ?? '';
  w.write(0, `Reference:\t${kind}/${spec?.scaleTargetRef?.name ?? ''}\n`);
  w.write(0, 'Metrics:\t( current / target )\n');
  (spec?.metrics ?? []).forEach((m, i) => writeMetric(w, m, status?.currentMetrics?.[i]));
  w.write(0, `Min replicas:\t${spec?.minReplicas == null ? '<unset>' : spec.minReplicas}\n`);
  w.write(0, `Max replicas:\t${spec?.maxReplicas ?? 0}\n`);
  if (spec?.behavior) {
    w.write(0, 'Behavior:\n');
    writeDirection(w, 'Scale Up', spec.behavior.scaleUp);
    writeDirection(w, 'Scale Down', spec.behavior.scaleDown);
  }
  w.write(0, `${kind} pods:\t${status?.currentReplicas ?? 0} current / ${status?.desiredReplicas ?? 0} desired\n`);
  const conditions = status?.conditions ?? [];
  if (conditions.length > 0) {
    w.write(0, 'Conditions:\n');
    w.write(1, 'Type\tStatus\tReason\tMessage\n');
    w.write(1, '----\t------\t------\t-------\n');
    for (const c of conditions) w.write(1, `${c.type}\t${c.status}\t${c.reason ?? ''}\t${c.message ?? ''}\n`);
  }
  describeNoEvents(w);
  return w.tabbed();
}
