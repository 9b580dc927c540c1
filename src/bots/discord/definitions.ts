import {
  ApplicationCommandOptionType as T,
  ApplicationIntegrationType,
  InteractionContextType,
  ChannelType,
  PermissionFlagsBits,
  type APIApplicationCommandBasicOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { CRS_MESSAGES } from "../../content/crs-messages.ts";
import { EDUCATION_LEVELS } from "../../core/crs/rules.ts";

/**
 * The slash commands, as data, with French names and descriptions. `ee-bot register-commands`
 * sends exactly this list to Discord.
 */

type Command = RESTPostAPIChatInputApplicationCommandsJSONBody;
type Option = APIApplicationCommandBasicOption;

/**
 * Where a command can be used. Read-only commands work everywhere: in servers that installed the
 * bot, and for users who installed the app on their account — in DMs, group DMs and servers where
 * the bot is not a member. Setting up announcements needs the bot in the server.
 */
const EVERYWHERE = {
  integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
};
const SERVER_ONLY = { integration_types: [ApplicationIntegrationType.GuildInstall], contexts: [InteractionContextType.Guild] };

const fr = (name: string, description: string) => ({ name_localizations: { fr: name }, description_localizations: { fr: description } });

const categoryOption = (required = false): Option => ({
  type: T.String,
  name: "category",
  description: "Round category (e.g. cec, pnp, french, healthcare)",
  ...fr("categorie", "Catégorie de ronde (p. ex. cec, pnp, french, healthcare)"),
  required,
  autocomplete: true,
});

const choice = (name: string, value: string, frName?: string) => ({ name, value, ...(frName ? { name_localizations: { fr: frName } } : {}) });

const TEST_CHOICES = [
  choice("IELTS General Training", "ielts"), choice("CELPIP-General", "celpip"), choice("PTE Core", "pte_core"),
  choice("TEF Canada", "tef_canada"), choice("TCF Canada", "tcf_canada"), choice("CLB levels (English)", "clb:en", "Niveaux CLB (anglais)"),
  choice("NCLC levels (French)", "clb:fr", "Niveaux NCLC (français)"),
];
const EDUCATION_CHOICES = EDUCATION_LEVELS.map((e) => choice(CRS_MESSAGES.en.educationShort[e], e, CRS_MESSAGES.fr.educationShort[e]));
const score = (name: string, en: string, frName: string, frDesc: string): Option => ({ type: T.Number, name, description: en, ...fr(frName, frDesc), required: true, min_value: 0, max_value: 699 });
const years = (name: string, en: string, frName: string, frDesc: string, max: number, required = false): Option => ({ type: T.Integer, name, description: en, ...fr(frName, frDesc), required, min_value: 0, max_value: max });
const yesNo = (name: string, en: string, frName: string, frDesc: string): Option => ({ type: T.Boolean, name, description: en, ...fr(frName, frDesc) });

export const COMMANDS = [
  { name: "latest", ...EVERYWHERE, description: "The latest Express Entry round, overall or of a category", ...fr("derniere", "La dernière ronde d’Entrée express, ou d’une catégorie"), options: [categoryOption()] },
  {
    name: "draws",
    ...EVERYWHERE,
    description: "Recent rounds, newest first",
    ...fr("rondes", "Les rondes récentes, les plus récentes d’abord"),
    options: [categoryOption(), { type: T.Integer, name: "count", description: "How many (1–25)", ...fr("nombre", "Combien (1 à 25)"), min_value: 1, max_value: 25 }],
  },
  { name: "draw", ...EVERYWHERE, description: "One round by its number", ...fr("ronde", "Une ronde par son numéro"), options: [{ type: T.String, name: "number", description: "Round number, e.g. 434 or 91a", ...fr("numero", "Numéro de la ronde, p. ex. 434 ou 91a"), required: true, max_length: 6 }] },
  { name: "stats", ...EVERYWHERE, description: "A year's rounds and invitations", ...fr("stats", "Rondes et invitations d’une année"), options: [{ type: T.Integer, name: "year", description: "Year (2015 or later)", ...fr("annee", "Année (2015 ou après)"), min_value: 2015, max_value: 2100 }] },
  { name: "pool", ...EVERYWHERE, description: "The pool by CRS score", ...fr("bassin", "Le bassin par note SCG"), options: [{ type: T.Integer, name: "score", description: "Your CRS score, to see how many are at or above it", ...fr("note", "Votre note SCG, pour voir combien sont au-dessus"), min_value: 0, max_value: 1200 }] },
  {
    name: "trend",
    ...EVERYWHERE,
    description: "A chart of CRS cutoffs over time",
    ...fr("tendance", "Un graphique des notes SCG minimales dans le temps"),
    options: [categoryOption(), { type: T.String, name: "period", description: "6m, 12m, 2y, a year (2025) or all; default 12m", ...fr("periode", "6m, 12m, 2y, une année (2025) ou all ; défaut 12m"), max_length: 12 }],
  },
  {
    name: "crs",
    ...EVERYWHERE,
    description: "Calculate a CRS score (shown only to you)",
    ...fr("scg", "Calculer une note SCG (visible par vous seul)"),
    options: [
      { type: T.Integer, name: "age", description: "Your age in years", ...fr("age", "Votre âge"), required: true, min_value: 17, max_value: 99 },
      { type: T.String, name: "marital", description: "Marital status", ...fr("etat_civil", "État matrimonial"), required: true, choices: [choice("Single", "single", "Célibataire"), choice("Married", "married", "Marié(e)"), choice("Common-law", "common_law", "Union de fait")] },
      { type: T.String, name: "education", description: "Highest education", ...fr("etudes", "Plus haut niveau d’études"), required: true, choices: EDUCATION_CHOICES },
      { type: T.String, name: "test", description: "First official language test", ...fr("test", "Test de première langue officielle"), required: true, choices: TEST_CHOICES },
      score("listening", "Listening score (or level)", "ecoute", "Compréhension de l’oral"),
      score("reading", "Reading score (or level)", "lecture", "Compréhension de l’écrit"),
      score("writing", "Writing score (or level)", "ecriture", "Expression écrite"),
      score("speaking", "Speaking score (or level)", "oral", "Expression orale"),
      years("canadian_work", "Years of skilled work in Canada (5 = 5+)", "travail_canada", "Années de travail qualifié au Canada (5 = 5+)", 5),
      years("foreign_work", "Years of skilled work abroad (3 = 3+)", "travail_etranger", "Années de travail qualifié à l’étranger (3 = 3+)", 3),
      { type: T.String, name: "second_test", description: "Second official language test", ...fr("second_test", "Test de seconde langue officielle"), choices: TEST_CHOICES },
      { type: T.String, name: "second_scores", description: "Second language: listening reading writing speaking, e.g. 7 8 7 7", ...fr("secondes_notes", "Seconde langue : oral écrit écriture expression, p. ex. 7 8 7 7"), max_length: 40 },
      yesNo("spouse_coming", "Is your spouse/partner coming to Canada?", "conjoint_vient", "Votre époux ou conjoint vient-il au Canada ?"),
      yesNo("spouse_canadian", "Is your spouse/partner a Canadian citizen or PR?", "conjoint_canadien", "Votre époux ou conjoint est-il citoyen ou RP ?"),
      { type: T.String, name: "spouse_education", description: "Spouse's highest education", ...fr("etudes_conjoint", "Études de l’époux"), choices: EDUCATION_CHOICES },
      { type: T.String, name: "spouse_test", description: "Spouse's language test", ...fr("test_conjoint", "Test de langue de l’époux"), choices: TEST_CHOICES },
      { type: T.String, name: "spouse_scores", description: "Spouse: listening reading writing speaking", ...fr("notes_conjoint", "Époux : oral écrit écriture expression"), max_length: 40 },
      years("spouse_canadian_work", "Spouse's years of skilled work in Canada", "travail_conjoint", "Années de travail au Canada de l’époux", 5),
      yesNo("nomination", "Provincial or territorial nomination?", "nomination", "Nomination provinciale ou territoriale ?"),
      yesNo("certificate", "Provincial trade certificate of qualification?", "certificat", "Certificat de compétence provincial ?"),
      { type: T.String, name: "canadian_study", description: "Post-secondary credential earned in Canada", ...fr("etudes_canada", "Diplôme postsecondaire obtenu au Canada"), choices: [choice("None", "none", "Aucun"), choice("1 or 2 years", "one_or_two_year", "1 ou 2 ans"), choice("3 years or more", "three_year_plus", "3 ans ou plus")] },
      yesNo("sibling", "Brother or sister in Canada (citizen or PR)?", "frere_soeur", "Frère ou sœur au Canada (citoyen ou RP) ?"),
      { type: T.String, name: "test_date", description: "Test date YYYY-MM-DD (TEF Canada's scale depends on it)", ...fr("date_test", "Date du test AAAA-MM-JJ (l’échelle du TEF en dépend)"), max_length: 10 },
    ],
  },
  { name: "program", ...EVERYWHERE, description: "A program or topic explained", ...fr("programme", "Un programme ou un sujet expliqué"), options: [{ type: T.String, name: "name", description: "FSW, FST, CEC, PNP, tie-break, ITA…", ...fr("nom", "PTQF, PTMSF, CEC, PCP, départage, IPD…"), required: true, autocomplete: true }] },
  { name: "ask", ...EVERYWHERE, description: "Ask a question in plain words", ...fr("question", "Poser une question en mots simples"), options: [{ type: T.String, name: "question", description: "e.g. when was the last CEC draw?", ...fr("question", "p. ex. dernier tirage PEC ?"), required: true, max_length: 300 }] },
  {
    name: "subscribe",
    ...SERVER_ONLY,
    description: "Announce new rounds in a channel",
    ...fr("abonner", "Annoncer les nouvelles rondes dans un salon"),
    default_member_permissions: String(PermissionFlagsBits.ManageChannels),
    options: [
      { type: T.Channel, name: "channel", description: "Where to announce", ...fr("salon", "Où annoncer"), required: true, channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement] },
      { type: T.String, name: "categories", description: "Only these categories, e.g. cec, pnp (default: all)", ...fr("categories", "Seulement ces catégories, p. ex. cec, pnp (défaut : toutes)"), max_length: 200, autocomplete: true },
      { type: T.Role, name: "role", description: "A role to mention in each announcement", ...fr("role", "Un rôle à mentionner dans chaque annonce") },
      { type: T.Integer, name: "max_crs", description: "Only rounds with a cutoff at or below this score", ...fr("scg_max", "Seulement les rondes avec une note minimale inférieure ou égale"), min_value: 1, max_value: 1200 },
    ],
  },
  {
    name: "unsubscribe",
    ...SERVER_ONLY,
    description: "Stop announcing new rounds in a channel",
    ...fr("desabonner", "Arrêter les annonces dans un salon"),
    default_member_permissions: String(PermissionFlagsBits.ManageChannels),
    options: [{ type: T.Channel, name: "channel", description: "The channel", ...fr("salon", "Le salon"), required: true, channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement] }],
  },
  { name: "help", ...EVERYWHERE, description: "What ee-bot can do", ...fr("aide", "Ce que fait ee-bot") },
] as const satisfies readonly Command[];

export type CommandName = (typeof COMMANDS)[number]["name"];
