// The seeded random numbers every simulation draws from (same seed, same packets).
export { createRng, DEFAULT_SEED, type Rng } from './rng.ts';
