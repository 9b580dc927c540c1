/** An interaction as Discord posts it over HTTP: the fields ee-bot reads. */

export interface RawOption {
  name: string;
  type: number;
  value?: string | number | boolean;
  focused?: boolean;
  options?: RawOption[];
}

export interface RawInteraction {
  id: string;
  application_id: string;
  type: number;
  token: string;
  data?: { name?: string; options?: RawOption[]; custom_id?: string; resolved?: Record<string, Record<string, Record<string, unknown>>> };
  guild_id?: string;
  channel_id?: string;
  member?: { user: { id: string }; permissions?: string };
  /** The app's (the bot's) permissions in the channel the command was used in. */
  app_permissions?: string;
  user?: { id: string };
  /** Who installed the app for this interaction: "0" a server, "1" a user. */
  authorizing_integration_owners?: Record<string, string>;
  locale?: string;
  guild_locale?: string;
}
