// Caps that keep a pasted manifest from freezing the page; each has a clear message where it bites
// (README.md, "Limits").
export const SCENARIO_LIMITS = { maxDocuments: 5_000, maxPods: 5_000, maxServices: 12_000, maxReplicas: 1_000 } as const;
