/**
 * Every short user-facing string of the commands, in English and French. Longer explanations live
 * in src/content/topics/. The `fr` object must have every key of `en` (the type enforces it) and
 * test/content checks none is empty.
 */

const en = {
  round: "Round",
  date: "Date",
  category: "Category",
  invitations: "Invitations",
  crsCutoff: "CRS cutoff",
  tieBreak: "Tie-break",
  tieBreakNone: "not published (rounds before #77)",
  programs: "Programs",
  pool: "Pool",
  officialPage: "Official page",
  source: "Source: IRCC rounds of invitations",
  vsPrevious: (change: string, id: string) => `${change} vs #${id}`,
  firstOfKind: "first round of its kind",
  asOfRound: (id: string, date: string) => `As of round #${id} (${date})`,
  asOfDate: (date: string) => `As of ${date}`,
  editedNote: (n: number) => `IRCC edited this round after publishing it (${n} change${n === 1 ? "" : "s"}):`,
  editLine: (field: string, oldV: string, newV: string, seen: string) => `${field}: was ${oldV}, now ${newV} (seen ${seen})`,
  latestTitle: (id: string, cat: string) => `Latest round: #${id} — ${cat}`,
  roundTitle: (id: string, cat: string) => `Round #${id} — ${cat}`,
  listTitle: (n: number, what: string) => `Last ${n} round${n === 1 ? "" : "s"}${what ? ` — ${what}` : ""}`,
  listLine: (id: string, date: string, cat: string, size: string, crs: number, change: string) =>
    `#${id} · ${date} · ${cat} · ${size} ITAs · CRS ${crs}${change ? ` (${change})` : ""}`,
  noRounds: "No round matches that.",
  noRoundsCategory: (cat: string) => `No ${cat} round is in the store yet.`,
  unknownRound: (id: string) => `There is no round #${id} in IRCC's feed (as far as the bot knows). Rounds go from #1 to the latest.`,
  unknownCategory: (input: string, keys: string) => `“${input}” is not a round category. Try one of: ${keys}.`,
  statsTitle: (year: number) => `Express Entry in ${year}`,
  statsTotals: (rounds: string, invitations: string) => `${rounds} round${rounds === "1" ? "" : "s"}, ${invitations} invitation${invitations === "1" ? "" : "s"}`,
  statsCrsRange: (lo: number, hi: number) => `CRS cutoffs from ${lo} to ${hi}`,
  statsProjection: (invitations: string, rounds: string) => `At this pace: about ${invitations} invitations in ${rounds} rounds by year end (a straight-line projection, not a forecast).`,
  statsSamePeriod: (year: number, rounds: string, invitations: string) => `Same period of ${year}: ${en.statsTotals(rounds, invitations)}`,
  statsWholeYear: (year: number, rounds: string, invitations: string) => `${year} in all: ${en.statsTotals(rounds, invitations)}`,
  statsByCategory: "By category",
  statsCategoryLine: (cat: string, rounds: string, invitations: string, lowest: number) => `${cat}: ${en.statsTotals(rounds, invitations)}, lowest cutoff ${lowest}`,
  statsNoRounds: (year: number) => `No rounds were held in ${year} (as far as the feed says).`,
  statsFuture: (year: number, asOf: string) => `${year} has not started yet (as of ${asOf}).`,
  poolTitle: "The Express Entry pool",
  poolNone: "IRCC has not published a pool distribution in any round the bot knows.",
  poolAsOf: (date: string, id: string) => `Candidates in the pool on ${date}, published with round #${id}.`,
  poolTotal: "Total",
  poolInconsistent: "Note: IRCC's subtotals for this round do not add up exactly; figures are shown as published.",
  poolYourScore: (score: number, atLeast: string, atMost: string) =>
    atLeast === atMost ? `At or above ${score}: ${atLeast} candidates.` : `At or above ${score}: between ${atLeast} and ${atMost} candidates (IRCC publishes bands, not scores).`,
  daysSinceTitle: "Days since the last round, by category",
  daysSinceLine: (cat: string, days: number, id: string, date: string) => `${cat}: ${days} day${days === 1 ? "" : "s"} (#${id}, ${date})`,
  syncUpdated: (added: number, edited: number) => `Sync done: ${added} new round${added === 1 ? "" : "s"}, ${edited} edited.`,
  syncUnchanged: "Sync done: the feed has not changed.",
  syncStale: (reason: string) => `Sync: ignored a stale copy of the feed (${reason}).`,
  syncFailed: (reason: string) => `Sync failed: ${reason}. The store is unchanged.`,
  subscriptionPaused: (since: string, reason: string) =>
    `⏸ Paused since ${since}: the bot may not post here (${reason}). Announcements resume by themselves once it can post again; after several days without the right to post, the subscription ends.`,
  subscriptionActive: "Announcements are being delivered here.",
};

export type Messages = { [K in keyof typeof en]: (typeof en)[K] };

const fr: Messages = {
  round: "Ronde",
  date: "Date",
  category: "Catégorie",
  invitations: "Invitations",
  crsCutoff: "Note SCG minimale",
  tieBreak: "Règle de départage",
  tieBreakNone: "non publiée (rondes avant la nº 77)",
  programs: "Programmes",
  pool: "Bassin",
  officialPage: "Page officielle",
  source: "Source : IRCC, rondes d’invitations",
  vsPrevious: (change, id) => `${change} par rapport à la nº ${id}`,
  firstOfKind: "première ronde de ce type",
  asOfRound: (id, date) => `En date de la ronde nº ${id} (${date})`,
  asOfDate: (date) => `En date du ${date}`,
  editedNote: (n) => `IRCC a modifié cette ronde après sa publication (${n} changement${n === 1 ? "" : "s"}) :`,
  editLine: (field, oldV, newV, seen) => `${field} : était ${oldV}, maintenant ${newV} (vu le ${seen})`,
  latestTitle: (id, cat) => `Dernière ronde : nº ${id} — ${cat}`,
  roundTitle: (id, cat) => `Ronde nº ${id} — ${cat}`,
  listTitle: (n, what) => `${n} dernière${n === 1 ? "" : "s"} ronde${n === 1 ? "" : "s"}${what ? ` — ${what}` : ""}`,
  listLine: (id, date, cat, size, crs, change) => `nº ${id} · ${date} · ${cat} · ${size} invitations · SCG ${crs}${change ? ` (${change})` : ""}`,
  noRounds: "Aucune ronde ne correspond.",
  noRoundsCategory: (cat) => `Aucune ronde « ${cat} » n’est encore connue.`,
  unknownRound: (id) => `Il n’y a pas de ronde nº ${id} dans le flux d’IRCC (à la connaissance du bot). Les rondes vont de la nº 1 à la plus récente.`,
  unknownCategory: (input, keys) => `« ${input} » n’est pas une catégorie de ronde. Essayez : ${keys}.`,
  statsTitle: (year) => `Entrée express en ${year}`,
  statsTotals: (rounds, invitations) => `${rounds} ronde${rounds === "1" ? "" : "s"}, ${invitations} invitation${invitations === "1" ? "" : "s"}`,
  statsCrsRange: (lo, hi) => `Notes SCG minimales de ${lo} à ${hi}`,
  statsProjection: (invitations, rounds) => `À ce rythme : environ ${invitations} invitations en ${rounds} rondes d’ici la fin de l’année (une projection linéaire, pas une prévision).`,
  statsSamePeriod: (year, rounds, invitations) => `Même période en ${year} : ${fr.statsTotals(rounds, invitations)}`,
  statsWholeYear: (year, rounds, invitations) => `${year} au complet : ${fr.statsTotals(rounds, invitations)}`,
  statsByCategory: "Par catégorie",
  statsCategoryLine: (cat, rounds, invitations, lowest) => `${cat} : ${fr.statsTotals(rounds, invitations)}, note minimale la plus basse ${lowest}`,
  statsNoRounds: (year) => `Aucune ronde n’a eu lieu en ${year} (selon le flux).`,
  statsFuture: (year, asOf) => `${year} n’a pas encore commencé (en date du ${asOf}).`,
  poolTitle: "Le bassin d’Entrée express",
  poolNone: "IRCC n’a publié la répartition du bassin dans aucune ronde connue du bot.",
  poolAsOf: (date, id) => `Candidats dans le bassin le ${date}, publiés avec la ronde nº ${id}.`,
  poolTotal: "Total",
  poolInconsistent: "Remarque : les sous-totaux d’IRCC pour cette ronde ne concordent pas exactement ; les chiffres sont ceux publiés.",
  poolYourScore: (score, atLeast, atMost) =>
    atLeast === atMost ? `À ${score} ou plus : ${atLeast} candidats.` : `À ${score} ou plus : entre ${atLeast} et ${atMost} candidats (IRCC publie des tranches, pas des notes).`,
  daysSinceTitle: "Jours depuis la dernière ronde, par catégorie",
  daysSinceLine: (cat, days, id, date) => `${cat} : ${days} jour${days === 1 ? "" : "s"} (nº ${id}, ${date})`,
  syncUpdated: (added, edited) => `Synchronisation faite : ${added} nouvelle${added === 1 ? "" : "s"} ronde${added === 1 ? "" : "s"}, ${edited} modifiée${edited === 1 ? "" : "s"}.`,
  syncUnchanged: "Synchronisation faite : le flux n’a pas changé.",
  syncStale: (reason) => `Synchronisation : copie périmée du flux ignorée (${reason}).`,
  syncFailed: (reason) => `La synchronisation a échoué : ${reason}. Rien n’a changé.`,
  subscriptionPaused: (since, reason) =>
    `⏸ En pause depuis le ${since} : le bot ne peut pas publier ici (${reason}). Les annonces reprennent d’elles-mêmes dès qu’il le peut ; après plusieurs jours sans ce droit, l’abonnement prend fin.`,
  subscriptionActive: "Les annonces sont bien livrées ici.",
};

export const MESSAGES = { en, fr } as const;

export function messages(lang: "en" | "fr"): Messages {
  return MESSAGES[lang];
}
