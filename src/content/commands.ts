/**
 * The words of the command catalogue (src/core/commands/catalogue.ts), in English and French: each
 * command's description and the argument hint shown in text help, each option's description and
 * French name, and the frames around the help lists. Discord's definitions, Telegram's menus, the
 * console and every help text are built from these. test/content checks every key has both
 * languages and fits Discord's (100) and Telegram's (256) description limits.
 */

export interface Words {
  en: string;
  fr: string;
}

export interface CommandWords {
  /** The French name Discord shows (Telegram and text commands keep the English name). */
  frName: string;
  description: Words;
  /** What follows the name in text help, e.g. "[category] [count]"; empty when nothing. */
  args?: Words;
}

export interface OptionWords {
  frName: string;
  description: Words;
}

const w = (en: string, fr: string): Words => ({ en, fr });

export const COMMAND_WORDS = {
  latest: { frName: "derniere", description: w("The latest Express Entry round, overall or of a category", "La dernière ronde d’Entrée express, ou d’une catégorie"), args: w("[category]", "[catégorie]") },
  draws: { frName: "rondes", description: w("Recent rounds, newest first", "Les rondes récentes, les plus récentes d’abord"), args: w("[category] [count] [year]", "[catégorie] [nombre] [année]") },
  draw: { frName: "ronde", description: w("One round by its number", "Une ronde par son numéro"), args: w("N", "N") },
  stats: { frName: "stats", description: w("A year's rounds and invitations", "Rondes et invitations d’une année"), args: w("[year]", "[année]") },
  records: { frName: "records", description: w("Records over the rounds: lowest and highest cutoffs, largest and smallest rounds", "Records des rondes : notes minimales extrêmes, plus grandes et plus petites rondes"), args: w("[category]", "[catégorie]") },
  pool: { frName: "bassin", description: w("The pool by CRS score, as a chart", "Le bassin par note SCG, en graphique"), args: w("[score]", "[note]") },
  trend: { frName: "tendance", description: w("A chart of CRS cutoffs over time", "Un graphique des notes SCG minimales dans le temps"), args: w("[category] [6m|2y|2025|all]", "[catégorie] [6m|2y|2025|all]") },
  crs: { frName: "scg", description: w("Calculate a CRS score (shown only to you)", "Calculer une note SCG (visible par vous seul)") },
  program: { frName: "programme", description: w("A program or topic explained (FSW, CEC, PNP…)", "Un programme ou un sujet expliqué (PTQF, PEC, PCP…)"), args: w("[name]", "[nom]") },
  ask: { frName: "question", description: w("Ask a question in plain words", "Poser une question en mots simples"), args: w("QUESTION", "QUESTION") },
  subscribe: { frName: "abonner", description: w("Announce new rounds here (administrators)", "Annoncer ici les nouvelles rondes (administrateurs)"), args: w("[categories] [max score]", "[catégories] [note max]") },
  unsubscribe: { frName: "desabonner", description: w("Stop announcing new rounds here", "Arrêter les annonces de rondes ici") },
  settings: { frName: "reglages", description: w("Announcement settings", "Réglages des annonces") },
  lang: { frName: "langue", description: w("Language: /lang en or /lang fr", "Langue : /lang en ou /lang fr"), args: w("en|fr", "en|fr") },
  help: { frName: "aide", description: w("What ee-bot can do", "Ce que fait ee-bot") },
  start: { frName: "demarrer", description: w("Start", "Commencer") },
} satisfies Record<string, CommandWords>;

/** Option words, by command then option name. */
export const OPTION_WORDS = {
  category: { frName: "categorie", description: w("Round category (e.g. cec, pnp, french, healthcare)", "Catégorie de ronde (p. ex. cec, pnp, french, healthcare)") },
  count: { frName: "nombre", description: w("How many (1–50)", "Combien (1 à 50)") },
  year: { frName: "annee", description: w("Year (2015 or later)", "Année (2015 ou après)") },
  number: { frName: "numero", description: w("Round number, e.g. 434 or 91a", "Numéro de la ronde, p. ex. 434 ou 91a") },
  score: { frName: "note", description: w("Your CRS score, to see how many are at or above it", "Votre note SCG, pour voir combien sont au-dessus") },
  period: { frName: "periode", description: w("6m, 12m, 2y, a year (2025) or all; default 12m", "6m, 12m, 2y, une année (2025) ou all ; défaut 12m") },
  name: { frName: "nom", description: w("FSW, FST, CEC, PNP, tie-break, ITA…", "PTQF, PTMSF, PEC, PCP, départage, IPD…") },
  question: { frName: "question", description: w("e.g. when was the last CEC draw?", "p. ex. dernier tirage PEC ?") },
  channel: { frName: "salon", description: w("The channel", "Le salon") },
  categories: { frName: "categories", description: w("Only these categories, e.g. cec, pnp (default: all)", "Seulement ces catégories, p. ex. cec, pnp (défaut : toutes)") },
  role: { frName: "role", description: w("A role to mention in each announcement", "Un rôle à mentionner dans chaque annonce") },
  max_crs: { frName: "scg_max", description: w("Only rounds with a cutoff at or below this score", "Seulement les rondes avec une note minimale inférieure ou égale") },
} satisfies Record<string, OptionWords>;

/** The frames around the generated command lists, and the messages of the command runner. */
export const HELP_WORDS = {
  en: {
    intro: "ee-bot answers Express Entry questions in English and French, from IRCC's official data.",
    askInWords: "You can also ask in plain words (\"last CEC draw?\").",
    inGroups: "In a group, mention me or reply to my message.",
    console: "Ask in plain words (\"when was the last CEC draw?\", \"c'est quoi le PEC ?\"), or use a command:",
    quit: "/quit — leave the console",
    greeting: "Hi! I answer questions about Express Entry from IRCC's official data. Commands:",
    greetingEnd: "Or ask in plain words.",
    unknownCommand: (name: string) => `Unknown command /${name}.`,
    badOption: (option: string, hint: string) => `The ${option} is not valid: ${hint}.`,
    notHere: (name: string) => `/${name} is not available here.`,
    hintRange: (min: number, max: number) => `give a number from ${min} to ${max}`,
    hintChoices: (list: string) => `choose one of ${list}`,
    hintLength: (max: number) => `give at most ${max} characters`,
    hintRequired: "it is required",
    hintKind: "give a value of the right kind",
  },
  fr: {
    intro: "ee-bot répond aux questions sur Entrée express, en français et en anglais, à partir des données officielles d’IRCC.",
    askInWords: "Posez aussi vos questions en mots simples (« dernier tirage PEC ? »).",
    inGroups: "Dans un groupe, mentionnez-moi ou répondez à mon message.",
    console: "Posez vos questions en mots simples (« c'est quoi le PEC ? »), ou utilisez une commande :",
    quit: "/quit — quitter la console",
    greeting: "Bonjour! Je réponds aux questions sur Entrée express à partir des données officielles d’IRCC. Commandes :",
    greetingEnd: "Ou posez votre question en mots simples.",
    unknownCommand: (name: string) => `Commande inconnue : /${name}.`,
    badOption: (option: string, hint: string) => `L’option ${option} n’est pas valide : ${hint}.`,
    notHere: (name: string) => `/${name} n’est pas disponible ici.`,
    hintRange: (min: number, max: number) => `donnez un nombre de ${min} à ${max}`,
    hintChoices: (list: string) => `choisissez parmi ${list}`,
    hintLength: (max: number) => `donnez au plus ${max} caractères`,
    hintRequired: "elle est obligatoire",
    hintKind: "donnez une valeur du bon type",
  },
} as const;

/** What a typed command says when its words do not fit (text commands: Telegram, the console, the CLI). */
export const USAGE_WORDS = {
  en: {
    drawsCount: (max: number) => `The count must be from 1 to ${max}, e.g. /draws cec 5.`,
    draw: "Give one round number, e.g. /draw 434 (or /draw 91a).",
    statsYear: "Give a year, e.g. /stats 2025 (or nothing for this year).",
    statsBefore2015: "Express Entry began in 2015: give a year from 2015.",
    ask: "Ask a question after /ask, e.g. /ask when was the last CEC draw?",
    pool: "Give a CRS score from 0 to 1200, e.g. /pool 480 (or nothing).",
    noCharts: "Charts are not available here.",
  },
  fr: {
    drawsCount: (max: number) => `Le nombre doit aller de 1 à ${max}, p. ex. /draws cec 5.`,
    draw: "Indiquez un numéro de ronde, p. ex. /draw 434 (ou /draw 91a).",
    statsYear: "Indiquez une année, p. ex. /stats 2025 (ou rien pour cette année).",
    statsBefore2015: "Entrée express a commencé en 2015 : indiquez une année à partir de 2015.",
    ask: "Posez une question après /ask, p. ex. /ask quand a eu lieu le dernier tirage PEC ?",
    pool: "Indiquez une note SCG de 0 à 1200, p. ex. /pool 480 (ou rien).",
    noCharts: "Les graphiques ne sont pas disponibles ici.",
  },
} as const;

/** The /crs form's options (Discord): names, French names and descriptions. */
export const CRS_OPTION_WORDS = {
  age: { frName: "age", description: w("Your age in years", "Votre âge") },
  marital: { frName: "etat_civil", description: w("Marital status", "État matrimonial") },
  education: { frName: "etudes", description: w("Highest education", "Plus haut niveau d’études") },
  test: { frName: "test", description: w("First official language test", "Test de première langue officielle") },
  listening: { frName: "ecoute", description: w("Listening score (or level)", "Compréhension de l’oral") },
  reading: { frName: "lecture", description: w("Reading score (or level)", "Compréhension de l’écrit") },
  writing: { frName: "ecriture", description: w("Writing score (or level)", "Expression écrite") },
  speaking: { frName: "oral", description: w("Speaking score (or level)", "Expression orale") },
  canadian_work: { frName: "travail_canada", description: w("Years of skilled work in Canada (5 = 5+)", "Années de travail qualifié au Canada (5 = 5+)") },
  foreign_work: { frName: "travail_etranger", description: w("Years of skilled work abroad (3 = 3+)", "Années de travail qualifié à l’étranger (3 = 3+)") },
  second_test: { frName: "second_test", description: w("Second official language test", "Test de seconde langue officielle") },
  second_scores: { frName: "secondes_notes", description: w("Second language: listening reading writing speaking, e.g. 7 8 7 7", "Seconde langue : oral écrit écriture expression, p. ex. 7 8 7 7") },
  spouse_coming: { frName: "conjoint_vient", description: w("Is your spouse/partner coming to Canada?", "Votre époux ou conjoint vient-il au Canada ?") },
  spouse_canadian: { frName: "conjoint_canadien", description: w("Is your spouse/partner a Canadian citizen or PR?", "Votre époux ou conjoint est-il citoyen ou RP ?") },
  spouse_education: { frName: "etudes_conjoint", description: w("Spouse's highest education", "Études de l’époux") },
  spouse_test: { frName: "test_conjoint", description: w("Spouse's language test", "Test de langue de l’époux") },
  spouse_scores: { frName: "notes_conjoint", description: w("Spouse: listening reading writing speaking", "Époux : oral écrit écriture expression") },
  spouse_canadian_work: { frName: "travail_conjoint", description: w("Spouse's years of skilled work in Canada", "Années de travail au Canada de l’époux") },
  nomination: { frName: "nomination", description: w("Provincial or territorial nomination?", "Nomination provinciale ou territoriale ?") },
  certificate: { frName: "certificat", description: w("Provincial trade certificate of qualification?", "Certificat de compétence provincial ?") },
  canadian_study: { frName: "etudes_canada", description: w("Post-secondary credential earned in Canada", "Diplôme postsecondaire obtenu au Canada") },
  sibling: { frName: "frere_soeur", description: w("Brother or sister in Canada (citizen or PR)?", "Frère ou sœur au Canada (citoyen ou RP) ?") },
  test_date: { frName: "date_test", description: w("Test date YYYY-MM-DD (TEF Canada's scale depends on it)", "Date du test AAAA-MM-JJ (l’échelle du TEF en dépend)") },
} satisfies Record<string, OptionWords>;

/** Choice labels of the /crs form. */
export const CRS_CHOICE_WORDS = {
  single: w("Single", "Célibataire"),
  married: w("Married", "Marié(e)"),
  common_law: w("Common-law", "Union de fait"),
  studyNone: w("None", "Aucun"),
  studyOneOrTwo: w("1 or 2 years", "1 ou 2 ans"),
  studyThreePlus: w("3 years or more", "3 ans ou plus"),
} satisfies Record<string, Words>;
