// What one cold load costs on this machine: a chase of dependent loads through objects linked in
// random order, over a small heap (every object in cache) and over one the size of the
// 10,000-Service routing cluster (~256 MB). README "Benchmarks" reads the spread 10,000-Service
// routing rows against it: they differ from the hot-set rows only in loads like these.
//   node --expose-gc bench/coldLoad.mjs [counts]
function ring(n) {
  const objs = new Array(n);
  for (let i = 0; i < n; i++) objs[i] = { next: null, a: i, b: 0, c: 0, d: 0, e: 0, f: 0, g: 0 };
  const order = Array.from({ length: n }, (_, i) => i);
  let s = 12345;
  for (let i = n - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  for (let i = 0; i < n; i++) objs[order[i]].next = objs[order[(i + 1) % n]];
  return objs[0];
}

function chase(head, steps) {
  let p = head;
  let acc = 0;
  for (let i = 0; i < steps; i++) {
    acc += p.a;
    p = p.next;
  }
  return acc;
}

// Object counts to chase over (`node --expose-gc bench/coldLoad.mjs 1000,300000,3000000`).
for (const n of (process.argv[2] ?? '1000,3000000').split(',').map(Number)) {
  const head = ring(n);
  globalThis.gc?.();
  chase(head, 1_000_000);
  const ns = [];
  for (let k = 0; k < 5; k++) {
    const c = process.cpuUsage();
    chase(head, 2_000_000);
    const u = process.cpuUsage(c);
    ns.push(((u.user + u.system) * 1000) / 2_000_000);
  }
  ns.sort((a, b) => a - b);
  const heap = (process.memoryUsage().heapUsed / 1_048_576).toFixed(0);
  console.log(
    `${n} objects (${heap} MB heap): ${ns[2].toFixed(1)} ns per dependent load (median of 5; min ${ns[0].toFixed(1)})`,
  );
}
