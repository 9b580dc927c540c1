/**
 * Floors for the engine, as constants the lead raises when the rewritten engine lands. The goal of issue 11
 * is TUNING_MIN_ACCURACY ≥ 0.9 and no confidently wrong answer on either part; the values below are what
 * the engine reached (2026-11-22, after a generalisation pass: tuning 311/311 with none confidently wrong; held-out 126/152,
 * 83%, with 18 confidently wrong), so that a change that makes it worse fails. The held-out part is short of the
 * goal: that gap is the honest measure of how far the engine generalises.
 */
export const TUNING_MIN_ACCURACY = 0.97;
export const HELD_OUT_MIN_ACCURACY = 0.82;
export const MAX_CONFIDENTLY_WRONG = { tuning: 0, heldOut: 18 };
