/**
 * What the bots say when they refuse: missing rights, too many requests, a busy chart renderer.
 * English and French; the `fr` object must have every key of `en`.
 */

const en = {
  onlyChannelAdmins: "Only this channel's administrators (with the right to post) can change its announcements.",
  onlyGroupAdminsButton: "Only this group's administrators (with the right to change its info) can change its announcements.",
  rightsUnknown: "I could not check your rights in this chat; please try again in a moment.",
  slowDown: (seconds: number) => `Slow down a little: you can use ee-bot again in ${seconds} s.`,
  chartsBusy: "Many charts are being drawn right now. Please try again in a minute.",
  chartPending: "Your previous chart is still being drawn: wait for it, then ask again.",
  chartTimeout: "Drawing this chart took too long. Please try again in a minute.",
  discordNoChannel: (channel: string) => `I cannot see ${channel}: add me to that channel (View Channel), then try again.`,
  discordMemberManage: (channel: string) => `Only members who can manage channels may set up announcements: you need Manage Channels in ${channel}.`,
  discordBotMissing: (channel: string, missing: string) => `I cannot post announcements in ${channel}: give me ${missing} there, then try again.`,
  discordRoleNotMentionable: (role: string, channel: string) => `${role} cannot be mentioned by you in ${channel}: make the role mentionable (Server Settings → Roles), or choose another role.`,
  discordBotCannotMention: (role: string, channel: string) => `I cannot mention ${role} in ${channel}: make the role mentionable, or give me Mention @everyone, @here and All Roles there.`,
  discordBotRightsUnknown: (channel: string) => `I could not check my own rights in ${channel}. Please try again in a moment, or use /subscribe in that channel.`,
  discordBotNotMember: "I am not a member of this server, so I cannot post announcements here: invite ee-bot with the bot scope, then try again.",
};

export type GuardMessages = typeof en;

const fr: GuardMessages = {
  onlyChannelAdmins: "Seuls les administrateurs de cette chaîne (qui peuvent y publier) peuvent gérer ses annonces.",
  onlyGroupAdminsButton: "Seuls les administrateurs de ce groupe (qui peuvent modifier ses infos) peuvent gérer ses annonces.",
  rightsUnknown: "Je n’ai pas pu vérifier vos droits dans cette conversation ; réessayez dans un instant.",
  slowDown: (seconds: number) => `Doucement : vous pourrez utiliser ee-bot de nouveau dans ${seconds} s.`,
  chartsBusy: "Beaucoup de graphiques sont en cours. Réessayez dans une minute.",
  chartPending: "Votre graphique précédent est encore en cours : attendez-le, puis redemandez.",
  chartTimeout: "Ce graphique a pris trop de temps. Réessayez dans une minute.",
  discordNoChannel: (channel: string) => `Je ne vois pas ${channel} : ajoutez-moi à ce salon (Voir le salon), puis réessayez.`,
  discordMemberManage: (channel: string) => `Seuls les membres qui gèrent les salons peuvent configurer les annonces : il vous faut Gérer les salons dans ${channel}.`,
  discordBotMissing: (channel: string, missing: string) => `Je ne peux pas publier d’annonces dans ${channel} : donnez-moi ${missing} dans ce salon, puis réessayez.`,
  discordRoleNotMentionable: (role: string, channel: string) => `Vous ne pouvez pas mentionner ${role} dans ${channel} : rendez le rôle mentionnable (Paramètres du serveur → Rôles), ou choisissez un autre rôle.`,
  discordBotCannotMention: (role: string, channel: string) => `Je ne peux pas mentionner ${role} dans ${channel} : rendez le rôle mentionnable, ou donnez-moi Mentionner @everyone, @here et tous les rôles dans ce salon.`,
  discordBotRightsUnknown: (channel: string) => `Je n’ai pas pu vérifier mes propres droits dans ${channel}. Réessayez dans un instant, ou utilisez /subscribe dans ce salon.`,
  discordBotNotMember: "Je ne suis pas membre de ce serveur, je ne peux donc pas y publier d’annonces : invitez ee-bot avec la portée bot, puis réessayez.",
};

export const GUARD_MESSAGES: Record<"en" | "fr", GuardMessages> = { en, fr };
