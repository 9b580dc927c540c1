/**
 * Short user-facing strings of the platform transports that the chat words do not have yet.
 * English and French; the `fr` object must have every key of `en` (the type enforces it).
 */

const en = {
  serverOnly: "This command works only in a server where ee-bot is a member (it sets up announcements in a channel).",
  seeSettings: "Only members who can manage channels may see announcement settings.",
};

export type PlatformMessages = { [K in keyof typeof en]: (typeof en)[K] };

const fr: PlatformMessages = {
  serverOnly: "Cette commande ne fonctionne que dans un serveur dont ee-bot est membre (elle configure les annonces d’un salon).",
  seeSettings: "Seuls les membres qui gèrent les salons peuvent voir les réglages des annonces.",
};

export const PLATFORM_MESSAGES = { en, fr } as const;

export const platformMessages = (lang: "en" | "fr"): PlatformMessages => PLATFORM_MESSAGES[lang];
