// The Inspector's pod details: why a pod waits (kubelet's words) and the readiness stand-in's button,
// offered only where it changes something (a pod waiting for its ConfigMap is not made ready by it).
import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../core/scenario/index.ts';
import { toClusterView } from '../../worker/view.ts';
import { PodDetails } from './PodDetails.tsx';

const fixture = readFileSync(new URL('../../core/controllers/fixtures/missing-config.yaml', import.meta.url), 'utf8');
// The same pods, with `fine` held not ready by the playground's annotation.
const marked = fixture.replace(
  'name: fine\n  labels:',
  "name: fine\n  annotations:\n    playground.ksp.dev/ready: 'false'\n  labels:",
);

function details(yaml: string, name: string): string {
  const view = toClusterView(loadScenario(yaml, { seed: 1 }));
  const pod = view.pods.find((p) => p.name === name);
  if (!pod) throw new Error(`no pod ${name}`);
  return renderToStaticMarkup(<PodDetails view={view} pod={pod} />);
}
const text = (html: string): string => html.replace(/<[^>]+>/g, '|').replaceAll('&#x27;', "'");

describe('PodDetails', () => {
  it('shows why a container waits and offers no readiness button that would change nothing', () => {
    const html = text(details(fixture, 'missing-key'));
    expect(html).toContain(
      "|Waiting||CreateContainerConfigError: couldn't find key color in ConfigMap default/web-config|",
    );
    expect(html).toContain('|Pending, NotReady|');
    expect(html).not.toContain('Mark ready');
    expect(html).not.toContain('Mark not ready');
  });

  it('offers Mark not ready on a ready pod and Mark ready on one the annotation holds', () => {
    const ready = text(details(fixture, 'fine'));
    expect(ready).toContain('|Mark not ready|');
    expect(ready).not.toContain('Waiting');
    expect(text(details(marked, 'fine'))).toContain('|Mark ready|');
  });
});
