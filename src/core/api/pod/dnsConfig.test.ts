// validatePodDNSConfig (k8s.io/kubernetes pkg/apis/core/validation/validation.go) with
// RelaxedDNSSearchValidation on: the expected messages are upstream's texts.
import { describe, expect, it } from 'vitest';
import { applyYaml, testCluster } from '../testing/testCluster.ts';
import yaml from './fixtures/dns-config.yaml?raw';

const SUBDOMAIN_UNDERSCORE =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '_', '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '_?[a-z0-9]([-_a-z0-9]*[a-z0-9])?(\\._?[a-z0-9]([-_a-z0-9]*[a-z0-9])?)*')";

describe('spec.dnsConfig', () => {
  const [noConfig, noServer, bad, good] = applyYaml(testCluster(), yaml);

  it('dnsPolicy None needs a dnsConfig with a nameserver', () => {
    expect(noConfig!.message).toBe(
      'The Pod "none-without-config" is invalid: spec.dnsConfig: Required value: must provide `dnsConfig` when `dnsPolicy` is None',
    );
    expect(noServer!.message).toBe(
      'The Pod "none-without-nameserver" is invalid: spec.dnsConfig.nameservers: Required value: must provide at least one DNS nameserver when `dnsPolicy` is None',
    );
  });

  it('checks the nameserver count and addresses, the search domains and option names', () => {
    expect(bad!.message.split('\n')).toEqual([
      'The Pod "bad-config" is invalid: ',
      '* spec.dnsConfig.nameservers: Invalid value: ["1.1.1.1","8.8.8.8","9.9.9.9","dns.example.com"]: must not have more than 3 nameservers',
      '* spec.dnsConfig.nameservers[3]: Invalid value: "dns.example.com": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
      `* spec.dnsConfig.searches[0]: Invalid value: "Corp.Example": ${SUBDOMAIN_UNDERSCORE}`,
      '* spec.dnsConfig.options[0]: Required value: must not be empty',
    ]);
  });

  it('accepts underscores, a trailing dot and "." in search domains', () => {
    expect(good!.message).toBe('pod/good-config created');
  });

  it('counts the search list in bytes, as Go len does, though the message says characters', () => {
    // 1100 × "é": 1100 characters, 2200 bytes, over the 2048 of MaxDNSSearchListChars.
    const search = 'é'.repeat(1100);
    const [r] = applyYaml(
      testCluster(),
      `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c, image: nginx}]\n  dnsConfig: {searches: [${search}]}\n`,
    );
    expect(r!.message.split('\n').slice(0, 3)).toEqual([
      'The Pod "p" is invalid: ',
      `* spec.dnsConfig.searches: Invalid value: ["${search}"]: must not have more than 2048 characters (including spaces) in the search list`,
      '* spec.dnsConfig.searches[0]: Invalid value: "' + search + '": must be no more than 253 characters',
    ]);
  });
});
