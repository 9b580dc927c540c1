/**
 * Steps around a profile and an application, recognised as a subject and what is asked about it, in any order and
 * either language: "does my profile expire", "combien de temps reste le profil dans le bassin", "can I turn down the
 * invitation and stay in the pool". Rules are data: a topic (src/content/topics-process.ts), the words for its subject,
 * the words of the question about it (when the subject alone is not enough), and words that mean another topic.
 */

export interface ProcessRule {
  topic: string;
  /** Checked before the questions about rounds (its words are specific enough: "refuse the invitation"). */
  early?: boolean;
  subject: RegExp;
  asks?: RegExp;
  not?: RegExp;
}

export const PROCESS_RULES: readonly ProcessRule[] = [
  {
    topic: "decline-ita",
    early: true,
    subject: /\b(itas?|invitations?|ipds?|invited|invite|60 days|60 jours)\b/,
    asks: /\b(declin\w*|refus\w*|reject\w*|turn(?:ing)? (?:it |the \w+ )?down|not (?:ready|apply|accept\w*)|pas prete?s?|ne (?:pas|plus) (?:accepter|postuler|appliquer)|let (?:it |the \w+ )?(?:expire|lapse)|laisse\w* (?:la |l )?(?:expirer|passer)|laisser expirer|lapse\w*|ignore\w*|miss(?:ed)? the (?:deadline|60)|don t (?:submit|apply)|not submit\w*|not eligible anymore|no longer eligible|plus admissible|situation (?:has )?changed|lost my job|perdu mon emploi)\b/,
  },
  {
    topic: "profile-validity",
    subject: /\b(profiles?|profil|pool|bassin)\b/,
    asks: /\b(expire\w*|expiry|expiration|valid\w*|validite|how long|combien de temps|stays?|remain\w*|reste\w*|last|lasts|dure\w*|12 months|one year|un an|renew\w*|recreate|re create|new profile|nouveau profil|again|de nouveau|encore)\b/,
    // The invitation's own validity is another topic ("the ITA expires in 60 days"); "my profile expires and no invitation yet" is not.
    not: /\b(?:itas?|invitations?|ipd)\s+(?:\w+\s+){0,3}?(?:expire\w*|valid\w*|lasts?|dure\w*)|\b(?:expire\w*|valid\w*)\s+(?:\w+\s+){0,2}?(?:itas?|invitations?|ipd)\b|\b(ielts|celpip|tef|tcf|pte|test|results?|resultats?|eca|ede|wes|distribution|repartition|how many (?:candidates|people|profiles|persons)|combien de (?:candidats|personnes|profils)|above|au dessus)\b/,
  },
  {
    topic: "medical-exam",
    subject: /\b(medicals?|medical exam\w*|medicale?s?|visite medicale|examen medical|panel physician|medecin designe|health (?:exam|check))\b/,
  },
  {
    topic: "police-certificates",
    subject: /\b(police|pcc|criminal record|casier judiciaire|background check|clearance certificate)\b/,
  },
  {
    topic: "dependants",
    subject: /\b(kids?|child|children|son|daughter|enfants?|fils|fille|dependa?e?nts?|personnes? a charge|parents?|mother|father|siblings?|grand ?parents?|mere|pere|grands? parents?)\b/,
    asks: /\b(age|old|ans|count|counts|compte\w*|include\w*|inclure|add|ajouter|declar\w*|dependent|dependant|a charge|qualify|eligible|considered|considere\w*|over|plus de|come with|bring|take|amener|emmener|venir avec|accompagn\w*)\b/,
    not: /\b(funds?|fonds|money|argent|fees?|frais|cost|cout|points?|pts|crs|scg|score)\b/,
  },
  {
    topic: "processing-time",
    subject: /\b(processing|traitement|process|traite\w*|aor|ecopr|copr|decision|decid\w*|approval|approuv\w*|landing|get (?:my |the )?pr|obtenir (?:la |ma )?rp|avoir (?:la |ma )?rp|pr applications?|applications? for (?:pr|permanent residence)|demandes? de rp|demandes? de residence permanente)\b/,
    asks: /\b(how long|combien de temps|time|times|delai|delais|standard|norme|months?|mois|wait\w*|attend\w*|take|takes|prend|fast|vite|rapide|when|quand)\b/,
    not: /\b(lmia|eimt|study permit|work permit|visa|citizenship|citoyennete|sponsor\w*|parrain\w*)\b/,
  },
  {
    topic: "language-tests",
    early: true,
    subject: /\b(ielts|celpip|pte|tef|tcf|language tests?|test results?|test de langue|resultats? (?:de|du) test|scores?)\b/,
    asks: /\b(valid\w*|validite|valable|accept\w*|recogni[sz]\w*|reconnue?s?|allowed|autorisee?s?|instead|au lieu|which tests?|quels? tests?|can i (?:take|do|pass)|puis je (?:passer|faire)|expire\w*|expiry|perime\w*|how long|combien de temps|still (?:good|ok|okay|usable|use it|use them|count|counts|accepted)|(?:can|could) i (?:still )?(?:use|reuse)|encore (?:bons?|ok|utilisables?|accepte\w*|valables?)|(?:encore )?(?:l |les )?utiliser|reutiliser|how old|too old|trop vieux|trop ancien|(?:\d+|two|deux) (?:years?|ans) old|date de|dates from|from (?:19|20)\d\d|de (?:19|20)\d\d|in (?:19|20)\d\d|en (?:19|20)\d\d|last year|l an dernier|l annee derniere)\b/,
    not: /\b(profiles?|profil|clb|nclc|points?|pts|crs|scg|score)\b/,
  },
  {
    topic: "documents-profile",
    subject: /\b(documents?|docs|papers|paperwork|papiers|pieces justificatives|pieces)\b/,
    asks: /\b(profiles?|profil|create|creer|start|commencer|before|avant|need|needed|besoin|faut|required|requis|list|liste)\b/,
    not: /\b(itas?|invitation|ipd|after|apres|e apr|eapr|application for (?:pr|permanent residence)|demande de rp|submit\w*|soumettre|police|medical|medicale?)\b/,
  },
  {
    topic: "eca",
    subject: /\b(eca|wes|ede|iqas|icas|credential assessment|evaluation des diplomes|evaluation de diplome|educational assessment)\b/,
  },
];

/** The process topic a question is about, or undefined; `early` only the rules checked before round questions. */
export function processTopicOf(text: string, early = false): string | undefined {
  return PROCESS_RULES.find((r) => (!early || r.early) && r.subject.test(text) && (!r.asks || r.asks.test(text)) && !r.not?.test(text))?.topic;
}
