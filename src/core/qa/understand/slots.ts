import type { Ability, TestKind } from "../../crs/language.ts";
import type { Education } from "../../crs/rules.ts";

/**
 * What a question holds, slot by slot. Each extractor (one small file each) fills some slots from
 * the normalised question; intents say which slots they honour, and an answer names any slot it
 * could not use.
 */

/** A period of rounds: inclusive ISO dates, either end open. `relative` ones are resolved against the data's date. */
export interface Period {
  kind: "year" | "since" | "range" | "last" | "all";
  from?: string;
  to?: string;
  /** For "last N days/weeks": the length in days; for "last N months/years": in calendar months (resolved when answering). */
  days?: number;
  months?: number;
  /** For "this year" / "last year": years back from the data's year. */
  yearsBack?: number;
  /** For "this month" / "last month": a calendar month, this many months back from today. */
  monthsBack?: number;
  /** A month named without a year (1–12): its most recent occurrence up to the data's date. */
  month?: number;
  text: string;
}

export interface TestScores {
  test: Exclude<TestKind, "clb">;
  /** Scores per ability; `all` when one score was given for every ability. */
  scores: Partial<Record<Ability, number>>;
  all?: number;
  /** The test was not named: it was inferred from the scores' scale ("EE 450" is TEF Canada's). */
  assumed?: boolean;
  /** The test date, when the question gives it: TEF Canada's table depends on it. */
  testDate?: string;
}

export interface Slots {
  category?: string;
  /** A second category, to compare with the first ("French vs healthcare draws"). */
  category2?: string;
  /** Categories the question leaves out ("not counting PNP draws", "hors PCP"). */
  excludedCategories?: string[];
  period?: Period;
  /** A second period to compare with the first ("2023 compared to 2024", "last year vs this year"). */
  period2?: Period;
  /** Only the newest N rounds of the slice ("the average of the last 10 CEC draws"). */
  lastN?: number;
  round?: string;
  /** A round so many places after (+) or before (−) `round` ("the draw before #430"); `round` is "latest" for "the one before the last". */
  roundStep?: number;
  /** The second round of a pair ("between draw 433 and 434"). */
  roundTo?: string;
  roundDate?: string;
  /** A CRS score the person mentions (100–1200). */
  score?: number;
  /** The top of a range of scores ("between 451 and 500"), with `score` its bottom. */
  scoreTo?: number;
  /** A bound on a score: "below 400", "au-dessus de 500". */
  bound?: { op: "below" | "above" | "equal"; value: number };
  /** A bound on a round's size: "more than 5000 ITAs". */
  sizeBound?: { op: "below" | "above"; value: number };
  age?: number;
  test?: TestScores;
  /** The test named, even without a score ("what IELTS score do I need for CLB 9"). */
  testName?: TestScores["test"];
  clb?: number;
  /** CLB/NCLC levels given per ability ("NCLC 6 in speaking and 8 in the rest"), when they differ. */
  clbLevels?: Partial<Record<Ability, number>>;
  /** Levels given per official language ("NCLC 9 … CLB 7 in English"), when the question gives both. */
  englishClb?: number;
  frenchNclc?: number;
  /** Which official language the person says is their first ("je suis francophone", "English is my first language"). */
  firstLanguageIs?: "en" | "fr";
  /** The language ability named alone ("my speaking"), when a CLB level is asked for one ability. */
  ability?: Ability;
  secondLanguage?: boolean;
  /** About the spouse's own factor ("my wife has IELTS 6"). */
  spouse?: boolean;
  /** A spouse who does not come or is a Canadian citizen/PR: scored as single. */
  spouseExcluded?: boolean;
  /** Scored with an accompanying spouse ("if married"). */
  married?: boolean;
  education?: Education;
  canadianEducation?: boolean;
  canadianWorkYears?: number;
  foreignWorkYears?: number;
  /** Work experience in months, when the program (not the CRS) is asked about. */
  workMonths?: number;
  familySize?: number;
  program?: "fsw" | "cec" | "fst" | "pnp";
  province?: string;
  /** Authorized to work in Canada with a job offer (the proof-of-funds exemption). */
  jobOfferInCanada?: boolean;
  /** A NOC 2021 unit group the question names (5 digits, in the catalogue). */
  noc?: string;
}

export type SlotName = keyof Slots;

/** One extractor: reads the normalised question and returns the slots it found. */
export type Extractor = (text: string) => Partial<Slots>;
