import {
  ApplicationCommandOptionType as T,
  ChannelType,
  PermissionFlagsBits,
  type APIApplicationCommandBasicOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { CATALOGUE, commandsOn } from "../../core/commands/catalogue.ts";
import type { Command, OptionKind, OptionSpec } from "../../core/commands/spec.ts";

/**
 * The slash commands, generated from the command catalogue, with French names and descriptions.
 * `ee-bot register-commands` sends exactly this list to Discord.
 */

type Localized = { name_localizations: { fr: string }; description_localizations: { fr: string } };
export type Definition = RESTPostAPIChatInputApplicationCommandsJSONBody & Localized;

const TYPE: Record<OptionKind, T.String | T.Integer | T.Number | T.Boolean | T.Channel | T.Role> = {
  string: T.String, integer: T.Integer, number: T.Number, boolean: T.Boolean, channel: T.Channel, role: T.Role,
};

function option(name: string, o: OptionSpec): APIApplicationCommandBasicOption {
  return {
    type: TYPE[o.kind],
    name,
    description: o.words.description.en,
    name_localizations: { fr: o.words.frName },
    description_localizations: { fr: o.words.description.fr },
    ...(o.required ? { required: true } : {}),
    ...(o.min !== undefined ? { min_value: o.min } : {}),
    ...(o.max !== undefined ? { max_value: o.max } : {}),
    ...(o.maxLength !== undefined ? { max_length: o.maxLength } : {}),
    ...(o.autocomplete ? { autocomplete: true } : {}),
    ...(o.choices ? { choices: o.choices.map((c) => ({ name: c.label.en, value: c.value, ...(c.label.fr !== c.label.en ? { name_localizations: { fr: c.label.fr } } : {}) })) } : {}),
    ...(o.kind === "channel" ? { channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement] } : {}),
  } as APIApplicationCommandBasicOption;
}

export function definitionOf(c: Command): Definition {
  const options = Object.entries(c.options).map(([name, o]) => option(name, o));
  return {
    name: c.name,
    description: c.words.description.en,
    name_localizations: { fr: c.words.frName },
    description_localizations: { fr: c.words.description.fr },
    // Changing a channel's announcements needs Manage Channels, and a server.
    ...(c.admin ? { default_member_permissions: String(PermissionFlagsBits.ManageChannels), dm_permission: false } : {}),
    ...(options.length ? { options } : {}),
  };
}

export const COMMANDS: readonly Definition[] = commandsOn("discord", CATALOGUE).map(definitionOf);
