import { CRS_CHOICE_WORDS as C, CRS_OPTION_WORDS as W } from "../../content/commands.ts";
import { crsMessages } from "../../content/crs-messages.ts";
import { EDUCATION_LEVELS } from "../crs/rules.ts";
import { TEST_OPTIONS } from "../crs/test-options.ts";
import { opt, type Choice } from "./spec.ts";

/**
 * The /crs form: every profile answer as a typed option (Discord's slash form). Telegram and the
 * console ask the same answers step by step (src/core/crs/wizard.ts); both build the profile with
 * `profileFromAnswers`.
 */

const TEST_CHOICES: Choice[] = TEST_OPTIONS.map((t) => ({ value: t.value, label: t.label }));
const EDUCATION_CHOICES: Choice[] = EDUCATION_LEVELS.map((e) => ({ value: e, label: { en: crsMessages("en").educationShort[e], fr: crsMessages("fr").educationShort[e] } }));
const score = (words: (typeof W)[keyof typeof W]) => opt.number({ words, required: true, min: 0, max: 699 });

export const CRS_FORM = {
  age: opt.integer({ words: W.age, required: true, min: 17, max: 99 }),
  marital: opt.string({ words: W.marital, required: true, choices: [{ value: "single", label: C.single }, { value: "married", label: C.married }, { value: "common_law", label: C.common_law }] }),
  education: opt.string({ words: W.education, required: true, choices: EDUCATION_CHOICES }),
  test: opt.string({ words: W.test, required: true, choices: TEST_CHOICES }),
  listening: score(W.listening),
  reading: score(W.reading),
  writing: score(W.writing),
  speaking: score(W.speaking),
  canadian_work: opt.integer({ words: W.canadian_work, min: 0, max: 5 }),
  foreign_work: opt.integer({ words: W.foreign_work, min: 0, max: 3 }),
  second_test: opt.string({ words: W.second_test, choices: TEST_CHOICES }),
  second_scores: opt.string({ words: W.second_scores, maxLength: 40 }),
  spouse_coming: opt.boolean({ words: W.spouse_coming }),
  spouse_canadian: opt.boolean({ words: W.spouse_canadian }),
  spouse_education: opt.string({ words: W.spouse_education, choices: EDUCATION_CHOICES }),
  spouse_test: opt.string({ words: W.spouse_test, choices: TEST_CHOICES }),
  spouse_scores: opt.string({ words: W.spouse_scores, maxLength: 40 }),
  spouse_canadian_work: opt.integer({ words: W.spouse_canadian_work, min: 0, max: 5 }),
  nomination: opt.boolean({ words: W.nomination }),
  certificate: opt.boolean({ words: W.certificate }),
  canadian_study: opt.string({ words: W.canadian_study, choices: [{ value: "none", label: C.studyNone }, { value: "one_or_two_year", label: C.studyOneOrTwo }, { value: "three_year_plus", label: C.studyThreePlus }] }),
  sibling: opt.boolean({ words: W.sibling }),
  test_date: opt.string({ words: W.test_date, maxLength: 10 }),
};
