/** The commands registered with Telegram (setMyCommands), with their descriptions in English and French. */
export const TELEGRAM_COMMANDS: Array<{ command: string; en: string; fr: string }> = [
  { command: "latest", en: "Latest round (optionally of a category)", fr: "Dernière ronde (ou d’une catégorie)" },
  { command: "draws", en: "Recent rounds: /draws [category] [count]", fr: "Rondes récentes : /draws [catégorie] [nombre]" },
  { command: "draw", en: "One round by number: /draw 434", fr: "Une ronde par numéro : /draw 434" },
  { command: "stats", en: "A year's rounds and invitations", fr: "Rondes et invitations d’une année" },
  { command: "pool", en: "The pool by CRS score, as a chart", fr: "Le bassin par note SCG, en graphique" },
  { command: "trend", en: "CRS cutoff chart: /trend [category] [6m|2y|2025|all]", fr: "Graphique des notes : /trend [catégorie] [6m|2y|2025|all]" },
  { command: "crs", en: "Calculate your CRS score step by step", fr: "Calculer votre note SCG étape par étape" },
  { command: "program", en: "Programs explained (FSW, CEC, PNP…)", fr: "Les programmes expliqués (PTQF, CEC, PCP…)" },
  { command: "subscribe", en: "Get new rounds announced here", fr: "Recevoir ici les nouvelles rondes" },
  { command: "unsubscribe", en: "Stop round announcements", fr: "Arrêter les annonces de rondes" },
  { command: "settings", en: "Announcement settings", fr: "Réglages des annonces" },
  { command: "lang", en: "Language: /lang en or /lang fr", fr: "Langue : /lang en ou /lang fr" },
  { command: "help", en: "What ee-bot can do", fr: "Ce que fait ee-bot" },
  { command: "start", en: "Start", fr: "Commencer" },
];

export function helpText(lang: "en" | "fr"): string {
  const lines = TELEGRAM_COMMANDS.filter((c) => c.command !== "start").map((c) => `/${c.command} — ${c[lang]}`);
  return lang === "fr"
    ? `ee-bot répond aux questions sur Entrée express, en français et en anglais, à partir des données officielles d’IRCC.\n\n${lines.join("\n")}\n\nPosez aussi vos questions en mots simples (« dernier tirage PEC ? »). Dans un groupe, mentionnez-moi ou répondez à mon message.`
    : `ee-bot answers Express Entry questions in English and French, from IRCC's official data.\n\n${lines.join("\n")}\n\nYou can also ask in plain words ("last CEC draw?"). In a group, mention me or reply to my message.`;
}
