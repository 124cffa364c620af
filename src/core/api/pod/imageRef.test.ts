import { describe, expect, it } from 'vitest';
import { defaultImagePullPolicy, parseImageName, runtimeImage } from './imageRef.ts';

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
    expect(parseImageName(`docker.io/library/nginx:1.27@${sha}`)).toEqual({
      repo: 'docker.io/library/nginx',
      tag: '1.27',
      digest: sha,
    });
    expect(parseImageName('nginx@sha256:abc')).toBeNull(); // digest too short
  });
});

describe(runtimeImage, () => {
  // containerd's names in a real status (kubernetes/website debug-running-pod.md: spec `nginx`, status
  // `docker.io/library/nginx:latest`, imageID `docker.io/library/nginx@sha256:…`).
  it.each([
    ['nginx', 'docker.io/library/nginx:latest', 'docker.io/library/nginx'],
    ['nginx:1.27', 'docker.io/library/nginx:1.27', 'docker.io/library/nginx'],
    ['bitnami/nginx', 'docker.io/bitnami/nginx:latest', 'docker.io/bitnami/nginx'],
    ['registry.k8s.io/serve_hostname', 'registry.k8s.io/serve_hostname:latest', 'registry.k8s.io/serve_hostname'],
    ['localhost:5000/app:v1', 'localhost:5000/app:v1', 'localhost:5000/app'],
    [`nginx@${sha}`, `docker.io/library/nginx@${sha}`, 'docker.io/library/nginx'],
  ])('%s → %s', (image, reported, repo) => {
    expect(runtimeImage(image)).toMatchObject({ image: reported, repo });
  });
  it('is null for a reference that does not parse', () => expect(runtimeImage('MyApp')).toBeNull());
});
