/**
 * Where each eligibility figure comes from (shared/domain/ELIGIBILITY.md, researched 2026-11-21).
 * `date` is the date the source itself states (null: the stored copy showed none). `official`:
 * a canada.ca / IRCC page or IRCC data; anything else is a third-party report of it. A `url` is always
 * the official page to show people (OFFICIAL-LINKS.md) or the page the figure was read on; never a guess.
 */

export interface Source {
  title: string;
  url: string;
  /** The date the source states (ISO), or null when it shows none. */
  date: string | null;
  official: boolean;
}

const PDI = "https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/permanent-residence/economic-classes/federal-skilled-workers/";
const EE = "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/";

export const SOURCES = {
  pdiAge: { title: "IRCC operational instructions: FSW selection criteria, age", url: `${PDI}selection-criteria.html`, date: null, official: true },
  pdiEducation: { title: "IRCC operational instructions: FSW selection criteria, education", url: `${PDI}selection-criteria-education.html`, date: null, official: true },
  pdiWork: {
    title: "IRCC operational instructions: FSW selection criteria, work experience (applications on or after 2022-11-16)",
    url: `${PDI}selection-criteria-work-experience.html`,
    date: "2022-11-16",
    official: true,
  },
  pdiArranged: {
    title: "IRCC operational instructions: FSW arranged employment (applications on or after 2013-05-04)",
    url: `${PDI}arranged-employment/awarding-points-applications-received-on-after-may-4-2013.html`,
    date: null,
    official: true,
  },
  irpr78: { title: "Immigration and Refugee Protection Regulations s.78 (TEER wording)", url: "https://cleartoenter.ca/irpr/78", date: "2022-11-16", official: false },
  sixFactors: { title: "IRCC \"Six selection factors\" page (copies; TEER-era minimums)", url: `${EE}who-can-apply/federal-skilled-workers.html`, date: "2023-09-10", official: false },
  fswPage: { title: "Federal Skilled Worker Program (IRCC)", url: `${EE}who-can-apply/federal-skilled-workers.html`, date: "2026-08-15", official: false },
  cecHelpCentre: { title: "IRCC Help Centre Q377: Canadian Experience Class work experience", url: "https://ircc.canada.ca/english/helpcentre/answer.asp?qnum=377", date: null, official: true },
  cecLanguage: { title: "CEC language minimums by TEER (citing IRCC's language-test page)", url: `${EE}who-can-apply/canadian-experience-class.html`, date: "2026-08-15", official: false },
  fstPage: { title: "Federal Skilled Trades Program (IRCC; NOC 2021 groups as in IRPR s.87.2)", url: `${EE}who-can-apply/federal-skilled-trades.html`, date: "2026-08-15", official: false },
  funds2025: {
    title: "Proof of funds table effective 2025-07-07 (news reports of IRCC's update: nairametrics.com 2025-07-08, businesstoday.in 2025-07-09)",
    url: `${EE}documents/proof-funds.html`,
    date: "2025-07-07",
    official: false,
  },
  categories2026: {
    title: "Category-based selection 2026 (announced 2026-02-18; lists transcribed 2026-07-27)",
    url: `${EE}rounds-invitations/category-based-selection.html`,
    date: "2026-02-18",
    official: false,
  },
  fees2024: { title: "Express Entry fees 2024-04-30 (cicnews.com 2024-04-02)", url: `${EE}apply-permanent-residence/fees.html`, date: "2024-04-30", official: false },
  fees2026: { title: "Fees from 2026-04-30 (IRCC notice of 2026-03-27, reported by ansariimmigration.com 2026-04-28)", url: `${EE}apply-permanent-residence/fees.html`, date: "2026-04-30", official: false },
  biometrics: { title: "IRCC operational instructions: biometric fee (R315.1)", url: `${EE}apply-permanent-residence/fees.html`, date: null, official: true },
  reform2026: { title: "Proposed Express Entry reform (IRCC Forward Regulatory Plan 2026–2028; consultation 2026-04-23 to 2026-05-24)", url: "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry.html", date: "2026-04-01", official: false },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;

/** A rule or table with its sources and the date it is stated as of. */
export interface Cited {
  sources: readonly SourceId[];
  /** The date the figure is valid from or was stated on (ISO). */
  asOf: string;
}
