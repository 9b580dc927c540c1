import { messages } from "../content/messages.ts";
import type { Lang } from "./reply.ts";
import type { Subscription } from "./subscriptions.ts";

/** Whether announcements reach a subscribed chat, for /settings: paused since when and why, or delivered. */
export function deliveryStatusLine(sub: Subscription, lang: Lang): string {
  const m = messages(lang);
  if (!sub.paused) return m.subscriptionActive;
  const since = `${sub.paused.since.slice(0, 10)} ${sub.paused.since.slice(11, 16)} UTC`;
  return m.subscriptionPaused(since, sub.paused.reason.slice(0, 200));
}
