/**
 * @deprecated Moved to src/core/cache/data-cache.ts (a neutral place the question engine can use).
 * Kept only so branches written before the move still build; import from the new place.
 */
export * from "../cache/data-cache.ts";
