/**
 * Short user-facing strings of the platform transports (Discord over HTTP, Telegram webhooks):
 * rate limits, apologies, commands a context does not allow. English and French; the `fr` object
 * must have every key of `en` (the type enforces it).
 */

const en = {
  apology: "Sorry, something went wrong on our side. Please try again in a moment.",
  rateLimited: (seconds: number) => `You're sending a lot of commands: try again in ${seconds} second${seconds === 1 ? "" : "s"}.`,
  unknownCommand: "Unknown command.",
  buttonExpired: "This button has expired.",
  serverOnly: "This command works only in a server where ee-bot is a member (it sets up announcements in a channel).",
};

export type PlatformMessages = { [K in keyof typeof en]: (typeof en)[K] };

const fr: PlatformMessages = {
  apology: "Désolé, un problème est survenu de notre côté. Réessayez dans un instant.",
  rateLimited: (seconds) => `Vous envoyez beaucoup de commandes : réessayez dans ${seconds} seconde${seconds === 1 ? "" : "s"}.`,
  unknownCommand: "Commande inconnue.",
  buttonExpired: "Ce bouton a expiré.",
  serverOnly: "Cette commande ne fonctionne que dans un serveur dont ee-bot est membre (elle configure les annonces d’un salon).",
};

export const PLATFORM_MESSAGES = { en, fr } as const;

export const platformMessages = (lang: "en" | "fr"): PlatformMessages => PLATFORM_MESSAGES[lang];
