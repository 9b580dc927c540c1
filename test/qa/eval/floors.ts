/**
 * Floors for the engine, as constants the lead raises as the engine improves, so that a change that makes it worse
 * fails. The goal of issue 11 is ≥ 0.9 and no confidently wrong answer on either part.
 *
 * 2026-11-22: the first held-out part was retired into tuning (see tuning-retired-held-out.ts), which brings its 26
 * misses (18 confident) into the tuning figures: tuning 437/463 (94%). The new held-out part's floors are set from
 * its first run, before anyone tunes anything.
 *
 * 2026-11-22: the new held-out part (185 questions, written without reading the engine) first ran at 141/185 (76%),
 * 27 confidently wrong: that is the honest starting point, and its floors.
 *
 * 2026-11-22: 222 fresh hand-written tuning questions (tuning-fresh.ts) join tuning, phrased as users write rather
 * than as the engine expects; the engine gets 180 of them (81%, 21 confidently wrong): tuning 617/685 (90%), 39
 * confidently wrong. Floors set from that run.
 *
 * 2026-11-22: 185 knowledge questions (tuning-knowledge.ts: program minimums, the FSW grid, process, NOC/TEER, 2026
 * categories, PNPs, fees, funds, the reform, help, out of scope) join tuning, written apart from the engine: tuning
 * 549/648 (84.7%) with 56 confidently wrong (the knowledge part alone 112/185, 38 confident) until the engine learns them.
 * With tuning-fresh.ts as well: 729/870 (83.8%), 77 confidently wrong.
 *
 * 2026-11-22: the engine had since reached 866/866 on tuning. 83 tricky questions (tuning-tricky.ts, first batch: a
 * score beside a category's cutoff, someone else's facts, negations, comparisons, periods, numbers of several sorts,
 * dates, near-domain questions to decline, predictions to refuse) join tuning: the engine gets 55 of them, 19 of the
 * misses confidently, so tuning is 921/949 (97.0%) with 19 confidently wrong. Floors set from that run.
 *
 * 2026-11-22: the second batch brings tuning-tricky.ts to 166 questions (79 French, 34 with typos or slang, 12 long):
 * the engine gets 118 of them (71%), 32 of the misses confidently. Tuning 984/1032 (95.3%), 32 confidently wrong.
 * Floors set from that run.
 *
 * 2026-11-22, end of session: after the engine's generalisation work (round data; rules, points, programs and
 * calibration), tuning 1,032/1,032 with none confidently wrong; held-out 170/185 (92%) with 11 confidently wrong.
 * Floors set from that run (tuning 0.99 leaves room for one or two facts reworded).
 *
 * 2026-11-22, qa-rules re-measure after more rules work (categories against one's facts, test-score shapes and dates,
 * whose facts are whose, calibration of opinions/predictions): tuning still 1,032/1,032, none confidently wrong. The
 * tuning floors stay at 0.99 and 0 (1.00 would fail on any reworded fact); the held-out floors are not touched here.
 */
export const TUNING_MIN_ACCURACY = 0.99;
export const HELD_OUT_MIN_ACCURACY = 0.91;
export const MAX_CONFIDENTLY_WRONG = { tuning: 0, heldOut: 11 };
