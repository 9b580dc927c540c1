/**
 * The chat platforms' own words (subscriptions, Discord's interactions, Telegram's /lang and
 * questions, apologies), in English and French. `fr` must have every key of `en` (the type enforces
 * it); test/content checks none is empty and each fits a chat message, button labels a button.
 */

const en = {
  apology: "Sorry, something went wrong on our side. Please try again in a moment.",
  // Subscriptions, both platforms.
  everyRound: "every round",
  scoreFilter: (max: number) => `, only when the cutoff is ${max} or less`,
  announcements: (what: string) => `Announcements: ${what}.`,
  badScore: (word: string) => `A score must be from 1 to 1200, not ${word}.`,
  badCategory: (word: string, keys: string) => `“${word}” is not a category. Use: ${keys}, or a score like 480.`,
  // Telegram subscriptions.
  allCategories: "All categories",
  noScoreFilter: "No score filter",
  unsubscribeButton: "Unsubscribe",
  groupAdminsOnly: "Only this group's administrators can change its announcements.",
  subscribed: "Subscribed",
  subscriptionUpdated: "Subscription updated",
  subscribedHow: "Each new round will be announced here once, as soon as IRCC publishes it. /settings to change, /unsubscribe to stop.",
  unsubscribed: "Unsubscribed: no more round announcements here.",
  unsubscribedShort: "Unsubscribed.",
  notSubscribed: "This chat was not subscribed.",
  notSubscribedShort: "Not subscribed.",
  settingsNone: "This chat is not subscribed. /subscribe [categories] [score] to start, e.g. /subscribe cec pnp or /subscribe 480.",
  settingsHow: "Tap to change, or /subscribe with new options.",
  // Discord subscriptions.
  manageChannelsToSet: "Only members who can manage channels may set up announcements.",
  manageChannelsToChange: "Only members who can manage channels may change announcements.",
  announcedIn: (channel: string, what: string) => `New rounds will be announced in ${channel}: ${what}`,
  cutoffAtMost: (max: number) => `, only with a cutoff of ${max} or less`,
  mentioning: (role: string) => `, mentioning ${role}.`,
  noMoreIn: (channel: string) => `No more announcements in ${channel}.`,
  hadNone: (channel: string) => `${channel} had no announcements.`,
  // Discord /crs form.
  fixOptions: "Some options need fixing:",
  share: "Share in this channel",
  runCrsFirst: "Run /crs first.",
  buttonExpired: "This button has expired.",
  scoresNeeded: (what: string) => `give the four ${what} scores, e.g. "7 8 7 7" (listening, reading, writing, speaking)`,
  secondLanguage: "second-language",
  spouses: "spouse's",
  chooseTest: "choose the test these scores are from",
  // Telegram.
  langUsage: "Use /lang en or /lang fr.",
  langSet: "OK, I'll answer in English in this chat.",
  unknownCommand: (name: string) => `Unknown command /${name}. Type /help for the list.`,
  yesAsk: "Yes? Ask me something, e.g. \"last CEC draw?\"",
  flood: "You're sending a lot of messages: I'll answer again in a few seconds.",
};

export type ChatWords = { [K in keyof typeof en]: (typeof en)[K] };

const fr: ChatWords = {
  apology: "Désolé, un problème est survenu de notre côté. Réessayez dans un instant.",
  everyRound: "toutes les rondes",
  scoreFilter: (max) => `, seulement si la note minimale est de ${max} ou moins`,
  announcements: (what) => `Annonces : ${what}.`,
  badScore: (word) => `Une note doit aller de 1 à 1200, pas ${word}.`,
  badCategory: (word, keys) => `« ${word} » n’est pas une catégorie. Utilisez : ${keys}, ou une note comme 480.`,
  allCategories: "Toutes les catégories",
  noScoreFilter: "Sans filtre de note",
  unsubscribeButton: "Se désabonner",
  groupAdminsOnly: "Seuls les administrateurs de ce groupe peuvent gérer ses annonces.",
  subscribed: "Abonné",
  subscriptionUpdated: "Abonnement mis à jour",
  subscribedHow: "Chaque nouvelle ronde sera annoncée ici une fois, dès qu’IRCC la publie. /settings pour modifier, /unsubscribe pour arrêter.",
  unsubscribed: "Désabonné : plus d’annonces de rondes ici.",
  unsubscribedShort: "Désabonné.",
  notSubscribed: "Cette conversation n’était pas abonnée.",
  notSubscribedShort: "Pas abonné.",
  settingsNone: "Cette conversation n’est pas abonnée. /subscribe [catégories] [note] pour commencer, p. ex. /subscribe cec pnp ou /subscribe 480.",
  settingsHow: "Touchez pour modifier, ou /subscribe avec de nouvelles options.",
  manageChannelsToSet: "Seuls les membres qui gèrent les salons peuvent configurer les annonces.",
  manageChannelsToChange: "Seuls les membres qui gèrent les salons peuvent modifier les annonces.",
  announcedIn: (channel, what) => `Les nouvelles rondes seront annoncées dans ${channel} : ${what}`,
  cutoffAtMost: (max) => `, seulement avec une note minimale de ${max} ou moins`,
  mentioning: (role) => `, en mentionnant ${role}.`,
  noMoreIn: (channel) => `Plus d’annonces dans ${channel}.`,
  hadNone: (channel) => `${channel} n’avait pas d’annonces.`,
  fixOptions: "Certaines options sont à corriger :",
  share: "Partager dans ce salon",
  runCrsFirst: "Lancez d’abord /scg.",
  buttonExpired: "Ce bouton a expiré.",
  scoresNeeded: (what) => `donnez les quatre notes de ${what}, p. ex. « 7 8 7 7 » (oral, écrit, écriture, expression)`,
  secondLanguage: "seconde langue",
  spouses: "l’époux",
  chooseTest: "choisissez le test de ces notes",
  langUsage: "Utilisez /lang en ou /lang fr.",
  langSet: "D’accord, je réponds en français dans cette conversation.",
  unknownCommand: (name) => `Commande inconnue : /${name}. Tapez /help pour la liste.`,
  yesAsk: "Oui ? Posez votre question, p. ex. « dernier tirage PEC ? »",
  flood: "Vous envoyez beaucoup de messages : je répondrai de nouveau dans quelques secondes.",
};

export const CHAT_WORDS = { en, fr } as const;

/** Labels that go on buttons (kept short). */
export const CHAT_BUTTON_KEYS = ["allCategories", "noScoreFilter", "unsubscribeButton", "share"] as const;
