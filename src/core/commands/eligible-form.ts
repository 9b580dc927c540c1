import { ELIGIBLE_CHOICE_WORDS as C, ELIGIBLE_OPTION_WORDS as W } from "../../content/commands.ts";
import { opt } from "./spec.ts";

/**
 * The /eligible form (Discord's slash options): the main occupation and its months, and the rest
 * of the eligibility profile, on top of the user's saved /crs profile. Telegram and the console ask
 * the same step by step (src/core/eligibility/wizard.ts).
 */
export const ELIGIBLE_FORM = {
  occupation: opt.string({ words: W.occupation, required: true, maxLength: 100 }),
  months: opt.integer({ words: W.months, required: true, min: 1, max: 480 }),
  where: opt.string({ words: W.where, required: true, choices: [{ value: "canada", label: C.canada }, { value: "foreign", label: C.foreign }] }),
  hours: opt.number({ words: W.hours, min: 1, max: 168 }),
  ended: opt.string({ words: W.ended, maxLength: 10 }),
  self_employed: opt.boolean({ words: W.self_employed }),
  student: opt.boolean({ words: W.student }),
  unauthorized: opt.boolean({ words: W.unauthorized }),
  education_assessed: opt.boolean({ words: W.education_assessed }),
  job_offer: opt.string({ words: W.job_offer, maxLength: 100 }),
  certificate_trade: opt.string({ words: W.certificate_trade, maxLength: 100 }),
  authorized_now: opt.boolean({ words: W.authorized_now }),
  funds: opt.integer({ words: W.funds, min: 0, max: 100_000_000 }),
  family_size: opt.integer({ words: W.family_size, min: 1, max: 30 }),
  study_canada: opt.boolean({ words: W.study_canada }),
  relative: opt.boolean({ words: W.relative }),
};
