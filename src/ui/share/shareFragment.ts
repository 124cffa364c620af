/** A page address whose fragment carries a shared scenario (`#s=1.…`, src/core/share/linkCodec.ts). */
export const isShareFragment = (hash: string): boolean => hash.startsWith('#s=');
