/**
 * The fields the eligibility profile adds to the CRS profile (ELIGIBILITY-PROFILE.md). `crs --json`
 * accepts and ignores them, so one profile serves both commands.
 */
export const ELIGIBILITY_FIELDS = [
  "asOf", "work", "educationInCanada", "educationCredentialAssessed", "canadianStudyTwoYears", "relativeInCanada", "jobOfferNoc",
  "certificateOfQualificationNoc", "authorizedToWorkInCanada", "settlementFundsCAD", "familySize",
] as const;

export const SPOUSE_ELIGIBILITY_FIELDS = ["canadianStudyTwoYears", "canadianWorkOneYear"] as const;
