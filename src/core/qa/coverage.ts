import { normalise } from "./text.ts";

/**
 * Whether an answer about a person's application covers what the question asks. Each concept is a subject a question can
 * ask about (fees, funds, processing time, the medical exam, "when"…) with the answers that cover it; a concept asked
 * and not covered makes the answer partial: it says so, offers the closest topic, and is not confident. Only the
 * sentences that ask (those with a question mark, or the last one) are read: "I'm 27, bachelor's (ECA done)… how many
 * points for language?" asks about language, not the ECA.
 */

export interface Concept {
  id: string;
  re: RegExp;
  /** Answers (topic ids, or their prefix before ":") that cover it. */
  covers: readonly string[];
  /** Or: every answer covers it except these. */
  except?: readonly string[];
  /** The topic to offer when it is not covered. */
  topic: string;
  name: { en: string; fr: string };
}

const PROCESS = ["ita", "after-ita", "decline-ita", "processing-time", "biometrics", "medical-exam", "police-certificates", "profile-validity", "eca", "language-tests", "dependants", "documents-profile", "express-entry"];

export const CONCEPTS: readonly Concept[] = [
  {
    id: "opinion",
    re: /\b(easiest|easier|best|hardest|fastest|quickest|plus facile|plus simple|meilleure?s?|le plus rapide|la plus rapide|recommend\w*|conseill\w*|worth it|is it worth|worth (?:applying|doing|trying|taking)|vaut le coup|vaut il la peine|good (?:crs|score)|bon score|bonne note|should i (?:choose|pick|go|take|do|use|apply|try)|would you|lequel choisir|dois je (?:choisir|prendre|passer)|(?:vaut il|est il) mieux|better to|mieux de|which (?:one|province|program|test) (?:should|is better))\b/,
    covers: ["compare"],
    topic: "express-entry",
    name: { en: "which is best (a judgement ee-bot does not make)", fr: "lequel est le meilleur (un jugement qu’ee-bot ne porte pas)" },
  },
  {
    id: "prediction",
    re: /\b(?:will|going to|gonna|is (?:ircc|it) going to|are they going to|vont ils|va t il|va t elle|vont|va)\s+(?:\w+\s+){0,3}?(?:increase|rise|go up|drop|fall|decrease|change|be raised|be cut|stop|end|close|resume|restart|augmenter|baisser|monter|diminuer|changer|arreter|cesser|reprendre)\b|\b(?:next year|l an prochain|l annee prochaine|in 20(?:2[7-9]|3\d)|en 20(?:2[7-9]|3\d))\b/,
    covers: ["reform", "next-round", "chances", "trend", "needed-score"],
    topic: "express-entry",
    name: { en: "a prediction (ee-bot does not predict)", fr: "une prédiction (ee-bot ne prédit pas)" },
  },
  {
    id: "withdraw",
    re: /\b(withdraw\w*|cancel (?:my |the )?(?:application|profile)|retirer (?:ma|la) demande|annuler (?:ma|la) demande|annuler (?:mon|le) profil|mistake|error|erreur|wrong information|mauvaise information|misrepresentation|fausse declaration)\b/,
    covers: [],
    topic: "after-ita",
    name: { en: "withdrawing or correcting an application", fr: "retirer ou corriger une demande" },
  },
  {
    id: "fundsSource",
    re: /\b(gift\w*|gifted|gift deed|lettre de don|parents?\s+(?:money|funds|account)|(?:argent|compte) (?:de|des) (?:mes )?parents|family money|joint account|compte joint|gold|jewel\w*|bijoux|crypto\w*|bitcoin|stocks?|shares|investments?|placements?|mutual funds?|fixed deposits?|depot a terme|rrsp|reer)\b/,
    covers: [],
    topic: "proof-of-funds",
    name: { en: "what counts as funds (check IRCC's proof-of-funds page)", fr: "ce qui compte comme fonds (voyez la page d’IRCC sur la preuve de fonds)" },
  },
  {
    id: "when",
    re: /\b(when (?:do|should|can|will|must|would|does|is|are) (?:i|we|you|it|they|the)|at what (?:point|stage|time)|how soon|a quel moment|quand (?:dois|doit|faut|est ce|puis|vais|va)|before or after|avant ou apres)\b/,
    covers: [...PROCESS, "reform"],
    topic: "after-ita",
    name: { en: "when", fr: "quand" },
  },
  {
    id: "howLong",
    re: /\b(how long|combien de temps|how many (?:days|weeks|months)|combien de (?:jours|semaines|mois)|how fast|how quickly|delai|valid for)\b/,
    covers: [],
    except: ["eca", "documents-profile", "medical-exam", "police-certificates", "express-entry", "teer-noc", "noc", "crs", "job-offer", "pnp", "fees", "proof-of-funds", "clb", "clb-threshold", "tie-break", "rounds"],
    topic: "processing-time",
    name: { en: "how long", fr: "combien de temps" },
  },
  {
    id: "change",
    re: /\b(?:(?:can|could|should|may|must|do|how (?:do|to|can)) (?:i |we )?(?:still )?(?:change|update|modify|edit|correct)|(?:peux|puis|dois|peut on|faut il) (?:je )?(?:changer|modifier|mettre a jour|corriger)|comment (?:changer|modifier|mettre a jour|corriger))\s+(?:\w+\s+){0,2}?(?:my |the |mon |ma |mes |le |la |les )?(?:noc|cnp|profile|profil|job|emploi|score|information|info|details|application|demande)\b/,
    covers: ["profile-validity", "decline-ita", "crs-points"],
    topic: "decline-ita",
    name: { en: "changing your profile or application", fr: "modifier votre profil ou votre demande" },
  },
  {
    id: "howTo",
    re: /\b(how (?:do|can|to|should) (?:i |we )?(?:pay|send|upload|book|schedule|get|order|request)|comment (?:payer|envoyer|televerser|prendre rendez vous|obtenir|demander))\b/,
    covers: ["after-ita", "ita", "biometrics", "police-certificates", "medical-exam", "eca", "documents-profile", "express-entry", "pnp", "processing-time"],
    topic: "after-ita",
    name: { en: "how to do it", fr: "comment faire" },
  },
  {
    id: "failure",
    re: /\b(fail|fails|failed|failing|echoue\w*|denied|inadmissib\w*|rejected|refused)\b|\b(?:if|si|when|quand) (?:i |je |j )?(?:lose|lost|quit|perds|perd|quitte|change) (?:my |mon |ma )?(?:job|emploi|travail|poste)\b|\b(?:laid off|get fired|got fired|licencie\w*|mise? a pied)\b/,
    covers: ["decline-ita"],
    topic: "after-ita",
    name: { en: "what happens if it fails", fr: "ce qui arrive en cas d’échec" },
  },
  {
    id: "extension",
    re: /\b(more time|extension|extend|extended|prolong\w*|plus de temps|delai supplementaire|repousser|postpone)\b/,
    covers: [],
    topic: "ita",
    name: { en: "getting more time", fr: "obtenir plus de temps" },
  },
  {
    id: "times",
    re: /\b(how many times|combien de fois|more than one (?:profile|application)|plus d un profil|two profiles|deux profils|several profiles|plusieurs profils)\b/,
    covers: [],
    topic: "profile-validity",
    name: { en: "how many times", fr: "combien de fois" },
  },
  {
    id: "fees",
    re: /\b(fees?|frais|cost|costs|cout\w*|price|prix|pay|paid|payer|paye\w*|rprf)\b/,
    covers: ["fees", "biometrics", "ita", "after-ita"],
    topic: "fees",
    name: { en: "the fees", fr: "les frais" },
  },
  {
    id: "funds",
    re: /\b(proof of funds?|settlement funds?|show (?:the )?(?:money|funds)|preuve de fonds|fonds d etablissement|bank statements?|releves? bancaires?)\b/,
    covers: ["proof-of-funds", "cec", "fsw", "fst", "ita", "after-ita"],
    topic: "proof-of-funds",
    name: { en: "proof of funds", fr: "la preuve de fonds" },
  },
  {
    id: "processing",
    re: /\b(processing(?! fees?)|(?<!frais de )traitement|aor|ecopr|copr|landing|approval|approuv\w*)\b/,
    covers: ["processing-time", "ita", "after-ita", "biometrics"],
    topic: "processing-time",
    name: { en: "processing time", fr: "le délai de traitement" },
  },
  {
    id: "medical",
    re: /\b(medicals?|medical exam\w*|medicale?s?|examen medical|visite medicale|panel physician)\b/,
    covers: ["medical-exam", "after-ita", "dependants"],
    topic: "medical-exam",
    name: { en: "the medical exam", fr: "l’examen médical" },
  },
  {
    id: "police",
    re: /\b(police certificates?|police clearance|pcc|certificats? de police|casier judiciaire)\b/,
    covers: ["police-certificates", "after-ita"],
    topic: "police-certificates",
    name: { en: "police certificates", fr: "les certificats de police" },
  },
  {
    id: "biometrics",
    re: /\b(biometri\w*|fingerprints?|empreintes)\b/,
    covers: ["biometrics", "fees", "after-ita", "processing-time"],
    topic: "biometrics",
    name: { en: "biometrics", fr: "la biométrie" },
  },
  {
    id: "eca",
    re: /\b(eca|wes|ede|credential assessment|evaluation des diplomes)\b/,
    covers: ["eca", "fsw", "cec", "fst", "crs-points", "fsw-grid", "documents-profile", "express-entry"],
    topic: "eca",
    name: { en: "the ECA", fr: "l’EDE" },
  },
];

/** The sentences of a message that ask something: those ending with "?", else the last one. Normalised. */
export function askedPart(raw: string): string {
  // Sentences, and the asides a chat message strings together with a dash or an emoji ("… last week 🙏 quick one — what was…").
  const sentences = raw.split(/(?<=[.!?\n])\s+|\s+[—–]\s+|\s*\p{Extended_Pictographic}+\s*/u).map((s) => s.trim()).filter(Boolean);
  const asking = sentences.filter((s) => s.includes("?"));
  return normalise((asking.length ? asking : sentences.slice(-1)).join(" ")).replace(/'/g, " ");
}

/** The concepts the asked part holds that the answer (its topic id) does not cover. */
export function uncovered(answerTopic: string, asked: string): Concept[] {
  const id = answerTopic.split(":")[0]!;
  return CONCEPTS.filter((c) => c.re.test(asked) && (c.except ? c.except.includes(id) || c.except.includes(answerTopic) : !c.covers.includes(id) && !c.covers.includes(answerTopic)));
}
