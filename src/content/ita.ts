/**
 * /ita: the 60 days after an invitation to apply, in English and French. Figures come from
 * shared/domain/ELIGIBILITY.md (fees §6, funds §4) with their dates; the full document list is
 * IRCC's page, linked, not copied.
 */

export const ITA_DAYS = 60;
/** Reminders go when this many days are left. */
export const ITA_REMINDER_DAYS = [30, 14, 7, 2] as const;

const en = {
  title: (days: number) => (days === 0 ? "Your application is due today" : `${days} day${days === 1 ? "" : "s"} left to apply`),
  overdue: (deadline: string) => `The 60 days ended on ${deadline}. If you did not apply in time, the invitation has expired; you can stay in the pool or create a new profile.`,
  dates: (ita: string, deadline: string) => `Invitation on ${ita}; a complete application must be submitted by ${deadline} (60 days).`,
  reminders: (days: string) => `I will remind you here when ${days} days are left. /ita off stops the reminders.`,
  remindersOff: "Reminders stopped. /ita DATE starts them again.",
  noneToStop: "No ITA countdown was running here.",
  noReminders: "Reminders come in a private chat with me on Telegram; here you see the countdown and the checklist.",
  checklistTitle: "Checklist",
  checklist: [
    "Language test results: less than 2 years old on the day you apply.",
    "Education from outside Canada: your ECA report.",
    "Proof of funds for FSW and FST (table as of 2025-07-07), unless you are authorized to work in Canada with a valid job offer (then upload a letter explaining the exemption); CEC needs none.",
    "Fees from 2026-04-30: processing fee 990 CAD for the principal applicant (as reported of IRCC’s 2026-03-27 notice), right of permanent residence fee 600 CAD, biometrics 85 CAD a person (170 CAD a family). The 2026 spouse and child fees were not found: check IRCC's fees page.",
    "Every other document IRCC asks for in your case: see IRCC's documents page.",
  ],
  reminderTitle: (days: number) => `Reminder: ${days} day${days === 1 ? "" : "s"} left to submit your permanent residence application`,
  usage: "Give the date of your invitation: /ita 2026-11-05 (or /ita off).",
  badDate: "That is not a date: write it YYYY-MM-DD, e.g. /ita 2026-11-05.",
  future: "That date is in the future: give the date of the invitation you received.",
  tooOld: (deadline: string) => `An invitation of that date expired on ${deadline}.`,
  privateOnly: "The ITA countdown runs in a private chat, so reminders reach only you:",
  openPrivate: "Start my ITA countdown",
  footer: "Fees as of 2026-04-30 and funds as of 2025-07-07 (the newest found); IRCC's pages are the reference.",
};

export type ItaMessages = { [K in keyof typeof en]: (typeof en)[K] };

const fr: ItaMessages = {
  title: (days) => (days === 0 ? "Votre demande est à remettre aujourd’hui" : `${days} jour${days === 1 ? "" : "s"} pour présenter votre demande`),
  overdue: (deadline) => `Les 60 jours ont pris fin le ${deadline}. Sans demande présentée à temps, l’invitation a expiré ; vous pouvez rester dans le bassin ou créer un nouveau profil.`,
  dates: (ita, deadline) => `Invitation le ${ita} ; une demande complète doit être présentée au plus tard le ${deadline} (60 jours).`,
  reminders: (days) => `Je vous le rappellerai ici quand il restera ${days} jours. /ita off arrête les rappels.`,
  remindersOff: "Rappels arrêtés. /ita DATE les relance.",
  noneToStop: "Aucun compte à rebours d’IPD n’était en cours ici.",
  noReminders: "Les rappels arrivent dans une conversation privée avec moi sur Telegram ; ici, vous voyez le compte à rebours et la liste.",
  checklistTitle: "Liste de vérification",
  checklist: [
    "Résultats de test de langue : moins de 2 ans le jour de la demande.",
    "Études hors du Canada : votre rapport d’EDE.",
    "Preuve de fonds pour le PTQF et le PTMSF (barème du 2025-07-07), sauf si vous êtes autorisé à travailler au Canada avec une offre d’emploi valide (joignez alors une lettre expliquant la dispense) ; la CEC n’en demande pas.",
    "Frais depuis le 2026-04-30 : frais de traitement 990 $ CA pour le demandeur principal (selon l’avis d’IRCC du 2026-03-27, tel que rapporté), frais relatifs au droit de résidence permanente 600 $ CA, biométrie 85 $ CA par personne (170 $ CA par famille). Les frais 2026 de l’époux et des enfants n’ont pas été trouvés : voyez la page des frais d’IRCC.",
    "Tous les autres documents qu’IRCC demande dans votre cas : voyez la page des documents d’IRCC.",
  ],
  reminderTitle: (days) => `Rappel : ${days} jour${days === 1 ? "" : "s"} pour présenter votre demande de résidence permanente`,
  usage: "Indiquez la date de votre invitation : /ita 2026-11-05 (ou /ita off).",
  badDate: "Ce n’est pas une date : écrivez-la AAAA-MM-JJ, p. ex. /ita 2026-11-05.",
  future: "Cette date est dans le futur : indiquez la date de l’invitation reçue.",
  tooOld: (deadline) => `Une invitation de cette date a expiré le ${deadline}.`,
  privateOnly: "Le compte à rebours d’IPD se fait en privé, pour que les rappels n’arrivent qu’à vous :",
  openPrivate: "Lancer mon compte à rebours d’IPD",
  footer: "Frais au 2026-04-30 et fonds au 2025-07-07 (les plus récents trouvés) ; les pages d’IRCC font foi.",
};

export const ITA_MESSAGES = { en, fr } as const;

export function itaMessages(lang: "en" | "fr"): ItaMessages {
  return ITA_MESSAGES[lang];
}
