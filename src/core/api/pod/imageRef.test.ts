import { describe, expect, it } from 'vitest';
import { defaultImagePullPolicy, parseImageName } from './imageRef.ts';

const sha = 'sha256:' + 'a'.repeat(64);

describe(defaultImagePullPolicy, () => {
  it.each([
    ['nginx', 'Always'],
    ['nginx:latest', 'Always'],
    ['nginx:1.27', 'IfNotPresent'],
    // A digest is not `latest` (the two former copies disagreed here: one said Always).
    [`nginx@${sha}`, 'IfNotPresent'],
    [`nginx:latest@${sha}`, 'Always'],
    [`nginx:1.27@${sha}`, 'IfNotPresent'],
    ['localhost:5000/app', 'Always'],
    ['registry.k8s.io/serve_hostname', 'Always'],
    ['registry.k8s.io/pause:3.10', 'IfNotPresent'],
    ['MyApp:latest', 'IfNotPresent'], // does not parse (repository names are lowercase): no tag
    ['', 'IfNotPresent'],
  ])('%s → %s', (image, policy) => {
    expect(defaultImagePullPolicy(image)).toBe(policy);
  });
  it('reads tag and digest like ParseImageName', () => {
    expect(parseImageName(`docker.io/library/nginx:1.27@${sha}`)).toEqual({ tag: '1.27', digest: sha });
    expect(parseImageName('nginx@sha256:abc')).toBeNull(); // digest too short
  });
});
