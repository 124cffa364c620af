// describeHorizontalPodAutoscalerV2's Behavior block, over an HPA whose written behavior the API
// server completed (api/stored/autoscalingDefaults.ts): the layout of a CKA exercise's published
// output (`kubectl describe hpa apache-server` after setting scaleDown.stabilizationWindowSeconds: 30).
import { describe, expect, it } from 'vitest';
import fixture from '../../api/stored/fixtures/admitted-kinds.yaml?raw';
import { loadScenario } from '../../scenario/load.ts';
import { runKubectl } from '../runKubectl.ts';

describe('kubectl describe hpa with a behavior', () => {
  it('both directions, the rules not written filled in, policies as a table', () => {
    const out = runKubectl(loadScenario(fixture), ['describe', 'hpa', 'apache-server']).stdout;
    expect(out).toContain(
      [
        '  resource cpu on pods  (as a percentage of request):  <unknown> / 50%',
        'Min replicas:                                          1',
        'Max replicas:                                          4',
        'Behavior:',
        '  Scale Up:',
        '    Stabilization Window: 0 seconds',
        '    Select Policy: Max',
        '    Policies:',
        '      - Type: Pods     Value: 4    Period: 15 seconds',
        '      - Type: Percent  Value: 100  Period: 15 seconds',
        '  Scale Down:',
        '    Stabilization Window: 30 seconds',
        '    Select Policy: Max',
        '    Policies:',
        '      - Type: Percent  Value: 100  Period: 15 seconds',
        // The last policy line and this one share a tabwriter column block (no tab-less line between).
        'Deployment pods:       0 current / 0 desired',
        'Events:                <none>',
      ].join('\n'),
    );
  });
});
