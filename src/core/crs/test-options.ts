import type { Words } from "../../content/commands.ts";

/**
 * The language tests a user can pick, in the wizard and in the /crs form: "ielts", …, and
 * "clb:en" / "clb:fr" for levels given directly. `lang` is the official language it tests.
 */
export const TEST_OPTIONS: ReadonlyArray<{ value: string; label: Words; lang: "en" | "fr"; /** A shorter label for buttons. */ button?: string }> = [
  { value: "ielts", label: { en: "IELTS General Training", fr: "IELTS General Training" }, lang: "en", button: "IELTS General" },
  { value: "celpip", label: { en: "CELPIP-General", fr: "CELPIP-General" }, lang: "en" },
  { value: "pte_core", label: { en: "PTE Core", fr: "PTE Core" }, lang: "en" },
  { value: "tef_canada", label: { en: "TEF Canada", fr: "TEF Canada" }, lang: "fr" },
  { value: "tcf_canada", label: { en: "TCF Canada", fr: "TCF Canada" }, lang: "fr" },
  { value: "clb:en", label: { en: "CLB levels (English)", fr: "Niveaux CLB (anglais)" }, lang: "en" },
  { value: "clb:fr", label: { en: "NCLC levels (French)", fr: "Niveaux NCLC (français)" }, lang: "fr" },
];
