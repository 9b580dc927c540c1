import type { SavedProfiles } from "../store/saved-profiles.ts";
import { calculate } from "./calculate.ts";
import type { CrsProfile } from "./profile.ts";

/**
 * The last CRS profile each user calculated, kept so /pool can mark their score and /crs can offer
 * it again. One key per platform and user (the prefixes are the stored ones, kept as they were).
 */

export interface ProfileOwner {
  platform: "discord" | "telegram";
  id: string | number;
}

export const savedProfileKey = (user: ProfileOwner) => `${user.platform === "telegram" ? "tg" : "dc"}:profile:${user.id}`;

export const loadProfile = (profiles: SavedProfiles, user: ProfileOwner) => profiles.get<CrsProfile>(savedProfileKey(user));

export const saveProfile = (profiles: SavedProfiles, user: ProfileOwner, profile: CrsProfile) => profiles.save(savedProfileKey(user), profile);

/** The user's CRS total from their last saved profile, if any. */
export async function lastScore(profiles: SavedProfiles, user: ProfileOwner): Promise<number | undefined> {
  const profile = await loadProfile(profiles, user);
  return profile ? calculate(profile).total : undefined;
}
