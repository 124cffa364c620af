// Caps that keep a pasted manifest from freezing the page; each has a clear message where it bites
// (README.md, "Limits").
// There is no separate cap on Services: every Service but the system ones (kubernetes, kube-dns,
// ingress-nginx's) is a document of its own (the pipeline does not expand `kind: List`), so
// maxDocuments already bounds them to ~5,000, and, as in a real cluster, the ClusterIP range does
// too (pkg/registry/core/service/ipallocator ErrFull, tested in fuzz/limits.test.ts). A second
// Service cap above maxDocuments could never bite.
export const SCENARIO_LIMITS = { maxDocuments: 5_000, maxPods: 5_000, maxReplicas: 1_000 } as const;
