// SetDefaults_Container's image pull policy (k8s.io/kubernetes pkg/apis/core/v1/defaults.go):
// Always when the image's tag is `latest`, else IfNotPresent. The tag comes from
// pkg/util/parsers ParseImageName over github.com/distribution/reference ParseNormalizedNamed:
// no tag and no digest means `latest`; a digest alone (`app@sha256:…`) is not latest; an image
// reference that does not parse has no tag (→ IfNotPresent).

// distribution/reference regexp.go
const pathComponent = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const domain = `(?:${domainComponent}(?:\\.${domainComponent})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const REFERENCE = new RegExp(
  `^((?:${domain}/)?${pathComponent}(?:/${pathComponent})*)(?::([\\w][\\w.-]{0,127}))?(?:@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?$`,
);
const DIGEST_HEX_LENGTH: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };

/** ParseImageName's repository (normalized: `docker.io/library/nginx`), tag and digest, or null when it does not parse. */
export function parseImageName(image: string): { repo: string; tag: string; digest: string } | null {
  if (/^[a-f0-9]{64}$/.test(image)) return null; // "cannot specify 64-byte hexadecimal strings"
  // splitDockerDomain: the first component is a registry when it has a dot or port, or is localhost.
  const slash = image.indexOf('/');
  const first = slash === -1 ? '' : image.slice(0, slash);
  const hasDomain = slash !== -1 && (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first);
  const remainder = hasDomain ? image.slice(slash + 1) : image;
  const colon = remainder.indexOf(':');
  const remote = colon === -1 ? remainder : remainder.slice(0, colon);
  if (remote.toLowerCase() !== remote) return null; // repository name must be lowercase
  const m = REFERENCE.exec(`${hasDomain ? first : 'docker.io'}/${remainder}`);
  if (!m || m[1]!.length > 255) return null;
  const digest = m[3] ?? '';
  if (digest) {
    const [algorithm, hex] = digest.split(':') as [string, string];
    if (DIGEST_HEX_LENGTH[algorithm] !== hex.length || !/^[a-f0-9]+$/.test(hex)) return null;
  }
  const tag = m[2] ?? '';
  const repo = /^docker\.io\/[^/]+$/.test(m[1]!) ? m[1]!.replace('/', '/library/') : m[1]!;
  return { repo, tag: !tag && !digest ? 'latest' : tag, digest };
}

export function defaultImagePullPolicy(image: string | undefined): 'Always' | 'IfNotPresent' {
  return parseImageName(image ?? '')?.tag === 'latest' ? 'Always' : 'IfNotPresent';
}

/**
 * The image a CRI runtime reports in a container's status: containerd names it by the normalized
 * reference (`nginx` → `docker.io/library/nginx:latest`), and its imageID by the repository and the
 * manifest digest (`docker.io/library/nginx@sha256:…`; kubernetes/website debug-running-pod.md).
 */
export function runtimeImage(image: string): { image: string; repo: string; digest: string } | null {
  const ref = parseImageName(image);
  return ref && { image: ref.repo + (ref.tag ? `:${ref.tag}` : `@${ref.digest}`), repo: ref.repo, digest: ref.digest };
}
