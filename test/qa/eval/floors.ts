/**
 * Floors for the engine, as constants the lead raises when the rewritten engine lands. The goal of issue 11
 * is TUNING_MIN_ACCURACY ≥ 0.9 and no confidently wrong answer on either part; the values below are what
 * the current engine reaches (npm run eval), so that main stays green meanwhile.
 */
export const TUNING_MIN_ACCURACY = 0.54;
export const HELD_OUT_MIN_ACCURACY = 0.24;
export const MAX_CONFIDENTLY_WRONG = { tuning: 132, heldOut: 104 };
