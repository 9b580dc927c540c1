/**
 * @deprecated Moved to src/core/draws/replies.ts (presentation beside what it presents). Kept only
 * so branches written before the move still build; import from the new place.
 */
export * from "../draws/replies.ts";
