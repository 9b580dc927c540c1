/**
 * Official IRCC pages that answers link to. Only canada.ca / cic.gc.ca addresses; the content
 * validator checks every link in src/content against the hosts below.
 */
const EN = "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/";
const FR = "https://www.canada.ca/fr/immigration-refugies-citoyennete/services/immigrer-canada/";

export const OFFICIAL_HOSTS = ["www.canada.ca", "www.cic.gc.ca"] as const;

export const LINKS = {
  expressEntry: { en: `${EN}express-entry.html`, fr: `${FR}entree-express.html` },
  fsw: { en: `${EN}express-entry/who-can-apply/federal-skilled-workers.html` },
  fst: { en: `${EN}express-entry/who-can-apply/federal-skilled-trades.html` },
  cec: { en: `${EN}express-entry/who-can-apply/canadian-experience-class.html` },
  pnp: { en: `${EN}provincial-nominees.html` },
  crsCriteria: { en: `${EN}express-entry/check-score/crs-criteria.html` },
  crsTool: { en: "https://www.cic.gc.ca/english/immigrate/skilled/crs-tool.asp" },
  rounds: { en: `${EN}express-entry/submit-profile/rounds-invitations.html`, fr: `${FR}entree-express/soumettre-profil/rondes-invitations.html` },
  categoryBased: { en: `${EN}express-entry/rounds-invitations/category-based-selection.html` },
  languageTests: { en: `${EN}express-entry/documents/language-test.html`, fr: `${FR}entree-express/documents/examen-langue.html` },
  eca: { en: `${EN}express-entry/documents/education-assessed.html`, fr: `${FR}entree-express/documents/evaluer-diplomes-etudes.html` },
  proofOfFunds: { en: `${EN}express-entry/documents/proof-funds.html` },
  applyPr: { en: `${EN}express-entry/apply-permanent-residence.html` },
  applicationDocuments: { en: `${EN}express-entry/apply-permanent-residence/documents.html` },
  fees: { en: `${EN}express-entry/apply-permanent-residence/fees.html` },
  afterApply: { en: `${EN}express-entry/after-apply.html` },
} as const satisfies Record<string, { en: string; fr?: string }>;

export type LinkId = keyof typeof LINKS;

/** What each page is, for link labels. */
export const LINK_TITLES: Record<LinkId, { en: string; fr: string }> = {
  expressEntry: { en: "Express Entry (IRCC)", fr: "Entrée express (IRCC)" },
  fsw: { en: "Federal Skilled Worker Program (IRCC)", fr: "Travailleurs qualifiés (IRCC, en anglais)" },
  fst: { en: "Federal Skilled Trades Program (IRCC)", fr: "Métiers spécialisés (IRCC, en anglais)" },
  cec: { en: "Canadian Experience Class (IRCC)", fr: "Expérience canadienne (IRCC, en anglais)" },
  pnp: { en: "Provincial Nominee Program (IRCC)", fr: "Candidats des provinces (IRCC, en anglais)" },
  crsCriteria: { en: "CRS criteria (IRCC)", fr: "Critères du SCG (IRCC, en anglais)" },
  crsTool: { en: "IRCC's CRS tool", fr: "Outil SCG d’IRCC (en anglais)" },
  rounds: { en: "Rounds of invitations (IRCC)", fr: "Rondes d’invitations (IRCC)" },
  categoryBased: { en: "Category-based selection (IRCC)", fr: "Sélection par catégorie (IRCC, en anglais)" },
  languageTests: { en: "Language tests (IRCC)", fr: "Examens de langue (IRCC)" },
  eca: { en: "Educational credential assessment (IRCC)", fr: "Évaluation des diplômes (IRCC)" },
  proofOfFunds: { en: "Proof of funds (IRCC)", fr: "Preuve de fonds (IRCC, en anglais)" },
  applyPr: { en: "Apply for permanent residence (IRCC)", fr: "Demander la résidence permanente (IRCC, en anglais)" },
  applicationDocuments: { en: "Documents for the application (IRCC)", fr: "Documents de la demande (IRCC, en anglais)" },
  fees: { en: "Fees (IRCC)", fr: "Frais (IRCC, en anglais)" },
  afterApply: { en: "After you apply (IRCC)", fr: "Après la demande (IRCC, en anglais)" },
};
