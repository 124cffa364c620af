// printHorizontalPodAutoscaler and formatHPAMetrics (k8s.io/kubernetes pkg/printers/internalversion/
// printers.go), over the spec as the API server stored it (api/stored/autoscalingDefaults.ts:
// minReplicas 1, cpu at 80% when no metric is written). TARGETS pairs each metric's current value, from status.currentMetrics
// (`<unknown>` until the HPA controller reads a metric), with its target; two at most, then
// `+ N more...`. REPLICAS is status.currentReplicas.
import type { HorizontalPodAutoscaler, MetricSpec, MetricStatus } from 'kubernetes-types/autoscaling/v2';
import type { AdmittedObject } from '../../model/admitted.ts';
import { ageOf } from '../humanDuration.ts';
import { quantityText } from './storage.ts';
import { cols, type TablePrinter } from './table.ts';

const UNKNOWN = '<unknown>';
const q = (v: unknown) => quantityText(v);

/** One metric's `current/target`, as formatHPAMetrics writes it for its source type. */
function metricText(spec: MetricSpec, status: MetricStatus | undefined): string {
  switch (spec.type) {
    case 'External':
    case 'Object': {
      const target = spec.type === 'External' ? spec.external?.target : spec.object?.target;
      const current = spec.type === 'External' ? status?.external?.current : status?.object?.current;
      const has = spec.type === 'External' ? status?.external : status?.object;
      if (target?.averageValue !== undefined)
        return `${current?.averageValue !== undefined ? q(current.averageValue) : UNKNOWN}/${q(target.averageValue)} (avg)`;
      return `${has ? q(current?.value) : UNKNOWN}/${q(target?.value)}`;
    }
    case 'Pods':
      return `${status?.pods ? q(status.pods.current.averageValue) : UNKNOWN}/${q(spec.pods?.target.averageValue)}`;
    case 'Resource':
    case 'ContainerResource': {
      const src = spec.type === 'Resource' ? spec.resource : spec.containerResource;
      const cur = spec.type === 'Resource' ? status?.resource : status?.containerResource;
      const name = src?.name ?? '';
      if (src?.target.averageValue !== undefined)
        return `${name}: ${cur ? q(cur.current.averageValue) : UNKNOWN}/${q(src.target.averageValue)}`;
      const current = cur?.current.averageUtilization !== undefined ? `${cur.current.averageUtilization}%` : UNKNOWN;
      const target = src?.target.averageUtilization !== undefined ? `${src.target.averageUtilization}%` : '<auto>';
      return `${name}: ${current}/${target}`;
    }
    default:
      return '<unknown type>';
  }
}

export function formatHpaMetrics(specs: readonly MetricSpec[], statuses: readonly MetricStatus[] | undefined): string {
  if (specs.length === 0) return '<none>';
  const list = specs.map((s, i) => metricText(s, statuses?.[i]));
  const max = 2;
  return list.length > max ? `${list.slice(0, max).join(', ')} + ${list.length - max} more...` : list.join(', ');
}

export const horizontalPodAutoscalerPrinter: TablePrinter<AdmittedObject & HorizontalPodAutoscaler> = {
  columns: cols(['Name', 'Reference', 'Targets', 'MinPods', 'MaxPods', 'Replicas', 'Age']),
  row(hpa, ctx) {
    const ref = hpa.spec?.scaleTargetRef;
    return [
      hpa.metadata.name,
      `${ref?.kind ?? ''}/${ref?.name ?? ''}`,
      formatHpaMetrics(hpa.spec?.metrics ?? [], hpa.status?.currentMetrics ?? undefined),
      String(hpa.spec?.minReplicas ?? 1),
      String(hpa.spec?.maxReplicas ?? 0),
      String(hpa.status?.currentReplicas ?? 0),
      ageOf(hpa.metadata, ctx.state),
    ];
  },
};
