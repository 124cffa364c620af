// The StatefulSet's and the DaemonSet's own defaults, after those every workload gets
// (workloads.ts setWorkloadDefaults): k8s.io/kubernetes v1.34 pkg/apis/apps/v1/defaults.go
// SetDefaults_StatefulSet and SetDefaults_DaemonSet, the generated defaulters of a StatefulSet's
// claim templates (zz_generated.defaults.go SetObjectDefaults_StatefulSet) and the v1 conversion that
// names their kind (conversion.go Convert_apps_StatefulSetSpec_To_v1_StatefulSetSpec); read in the
// v1.34.2 copy in openshift/microshift 4ed4a532. The decoder does not read the strategies or the
// claim templates (decode/groupSchemas.ts), so each step checks the shape it writes into. Installed
// as the statefulAndDaemonSets admission plug-in's setDefaults (scenario/installPlugins.ts): only a
// scenario with one of these kinds loads it.
import type { K8sObject } from '../../model/objects.ts';
import { child, mapping, mappings, orDefault, orDefaultString, type Mapping } from '../stored/shape.ts';

const ROLLING = 'RollingUpdate';

export function setStatefulAndDaemonSetDefaults(obj: K8sObject): void {
  const spec = mapping(obj['spec']);
  const strategy = spec && child(spec, 'updateStrategy');
  if (!spec || !strategy) return;
  if (obj.kind === 'DaemonSet') {
    orDefaultString(strategy, 'type', ROLLING);
    const rolling = strategy['type'] === ROLLING && child(strategy, 'rollingUpdate');
    if (rolling) {
      orDefault(rolling, 'maxUnavailable', 1);
      orDefault(rolling, 'maxSurge', 0);
    }
  } else {
    setStatefulSetDefaults(spec, strategy);
  }
  orDefault(spec, 'revisionHistoryLimit', 10);
}

/**
 * An empty strategy type becomes RollingUpdate with a rolling update of partition 0; one written as
 * RollingUpdate without `rollingUpdate` keeps none (RollingUpdate is a pointer, only defaulted with the
 * type). maxUnavailable is left unset (MaxUnavailableStatefulSet, alpha and off in v1.34). The claims'
 * retention policy is Retain and Retain (StatefulSetAutoDeletePVC, GA and locked on since v1.32).
 */
function setStatefulSetDefaults(spec: Mapping, strategy: Mapping): void {
  orDefaultString(spec, 'podManagementPolicy', 'OrderedReady');
  if (strategy['type'] == null || strategy['type'] === '') {
    strategy['type'] = ROLLING;
    child(strategy, 'rollingUpdate');
  }
  const rolling = strategy['type'] === ROLLING && mapping(strategy['rollingUpdate']);
  if (rolling) orDefault(rolling, 'partition', 0);
  const retention = child(spec, 'persistentVolumeClaimRetentionPolicy');
  if (retention) {
    orDefaultString(retention, 'whenDeleted', 'Retain');
    orDefaultString(retention, 'whenScaled', 'Retain');
  }
  orDefault(spec, 'replicas', 1);
  // Each claim template is a whole PersistentVolumeClaim: the conversion writes its apiVersion and
  // kind, SetDefaults_PersistentVolumeClaimSpec its volumeMode, SetDefaults_PersistentVolumeClaim its
  // status phase (the claim's status is a struct, so it is stored).
  for (const claim of mappings(spec['volumeClaimTemplates'])) {
    claim['apiVersion'] = 'v1';
    claim['kind'] = 'PersistentVolumeClaim';
    const claimSpec = child(claim, 'spec');
    if (claimSpec) orDefault(claimSpec, 'volumeMode', 'Filesystem');
    const status = child(claim, 'status');
    if (status) orDefaultString(status, 'phase', 'Pending');
  }
}
