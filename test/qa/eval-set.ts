/**
 * The question-answering evaluation set: real-sounding questions (a third in French, a fifth with
 * typos or slang), each with the topic the answer must be about and the facts it must contain.
 * Data facts come from the bundled snapshot (rounds #1–#434) with the clock at 2026-08-20;
 * program facts from src/content and the CRS rules. `typo` marks questions with typos or slang.
 */

export interface EvalCase {
  q: string;
  lang: "en" | "fr";
  /** The answer's topic must start with this. */
  topic: string;
  /** Each must appear in the answer's text (case-insensitive). */
  facts: string[];
  typo?: boolean;
}

export const EVAL_NOW = "2026-08-20T12:00:00Z";

export const EVAL_SET: EvalCase[] = [
  // Latest rounds, English
  { q: "When was the last CEC draw?", lang: "en", topic: "latest-round:cec", facts: ["#432", "516", "August 5, 2026"] },
  { q: "what was the latest express entry draw", lang: "en", topic: "latest-round", facts: ["#434", "470"] },
  { q: "latest PNP round cutoff?", lang: "en", topic: "latest-round:pnp", facts: ["#431", "768"] },
  { q: "What was the CRS cutoff in the most recent French draw?", lang: "en", topic: "latest-round:french", facts: ["#433", "391"] },
  { q: "last healthcare draw", lang: "en", topic: "latest-round:healthcare", facts: ["#422", "475"] },
  { q: "When did the last trades draw happen?", lang: "en", topic: "latest-round:trades", facts: ["#408", "477"] },
  { q: "latest STEM round?", lang: "en", topic: "latest-round:stem", facts: ["#293", "491"] },
  { q: "when was the last FST draw", lang: "en", topic: "latest-round:fst", facts: ["#159", "415"] },
  { q: "most recent all-program draw", lang: "en", topic: "latest-round:general", facts: ["#294", "529"] },
  { q: "last draw for physicians?", lang: "en", topic: "latest-round:physicians", facts: ["#421", "223"] },
  { q: "latest senior managers draw", lang: "en", topic: "latest-round:senior-managers", facts: ["#426", "392"] },
  { q: "What's the cutoff for the last military draw", lang: "en", topic: "latest-round:military", facts: ["#430", "368"] },
  { q: "last education draw?", lang: "en", topic: "latest-round:education", facts: ["#367", "462"] },
  { q: "latest agriculture draw", lang: "en", topic: "latest-round:agriculture", facts: ["#285", "437"] },
  { q: "When was the last transport round?", lang: "en", topic: "latest-round:transport", facts: ["#434", "470"] },
  { q: "last FSW draw ever?", lang: "en", topic: "latest-round:fsw", facts: ["#240", "489"] },
  // Latest rounds, typos and slang
  { q: "wen was the lastest drw", lang: "en", topic: "latest-round", facts: ["#434"], typo: true },
  { q: "lst cec drw cutoff??", lang: "en", topic: "latest-round:cec", facts: ["#432", "516"], typo: true },
  { q: "any new EE draw? whats the latest ITA round", lang: "en", topic: "latest-round", facts: ["#434", "470"], typo: true },
  { q: "latset pnp rnd", lang: "en", topic: "latest-round:pnp", facts: ["#431"], typo: true },
  { q: "recnt french draw cutof", lang: "en", topic: "latest-round:french", facts: ["#433", "391"], typo: true },
  { q: "last helthcare draw score", lang: "en", topic: "latest-round:healthcare", facts: ["#422", "475"], typo: true },
  // A round by number
  { q: "Tell me about draw 262", lang: "en", topic: "round", facts: ["#262", "496", "−21"] },
  { q: "round #176?", lang: "en", topic: "round", facts: ["27,332", "75"] },
  { q: "what happened in round 1", lang: "en", topic: "round", facts: ["January 31, 2015", "886"] },
  { q: "draw 91b", lang: "en", topic: "round", facts: ["#91b", "902"] },
  { q: "drw #300 details", lang: "en", topic: "round", facts: ["#300", "436"], typo: true },
  { q: "round 999", lang: "en", topic: "round", facts: ["no round #999"] },
  // Years
  { q: "How many invitations were issued in 2025?", lang: "en", topic: "year-stats", facts: ["113,998", "58 rounds"] },
  { q: "total ITAs in 2024", lang: "en", topic: "year-stats", facts: ["98,903"], typo: true },
  { q: "how many draws in 2023", lang: "en", topic: "year-stats", facts: ["42 rounds", "110,266"] },
  { q: "2026 stats so far", lang: "en", topic: "year-stats", facts: ["46 rounds", "113,423", "straight-line"] },
  // Days since
  { q: "How long since the last French draw?", lang: "en", topic: "days-since", facts: ["14 days", "#433"] },
  { q: "days since the last PNP round", lang: "en", topic: "days-since", facts: ["16 days", "#431"] },
  { q: "how long since the last general draw", lang: "en", topic: "days-since", facts: ["849 days", "#294"] },
  // Pool
  { q: "How many people are in the pool above 480?", lang: "en", topic: "pool", facts: ["46,034", "62,402", "August 3, 2026"] },
  { q: "pool distribution", lang: "en", topic: "pool", facts: ["229,100", "#434"] },
  { q: "how many candidates with 501 or more", lang: "en", topic: "pool", facts: ["20,205"] },
  // CRS factor points
  { q: "points for age 30", lang: "en", topic: "crs-points:age", facts: ["105", "95"] },
  { q: "How many points is a master's?", lang: "en", topic: "crs-points:education", facts: ["135", "126"] },
  { q: "Is a job offer still worth points?", lang: "en", topic: "crs-points:jobOffer", facts: ["0 CRS points", "2025-03-25", "200"] },
  { q: "how many points for a sibling in Canada", lang: "en", topic: "crs-points:sibling", facts: ["15 points"] },
  { q: "points for a provincial nomination", lang: "en", topic: "crs-points:provincialNomination", facts: ["600"] },
  { q: "how many points do I get for french", lang: "en", topic: "crs-points:french", facts: ["50 points", "25"] },
  { q: "points for 3 years canadian work experience", lang: "en", topic: "crs-points:canadianWork", facts: ["64", "56"] },
  { q: "how many points for CLB 9", lang: "en", topic: "crs-points:firstLanguage", facts: ["31", "124"] },
  { q: "points for a PhD", lang: "en", topic: "crs-points:education", facts: ["150", "140"] },
  { q: "how many points for a canadian degree", lang: "en", topic: "crs-points:canadianStudy", facts: ["15", "30"] },
  { q: "does LMIA give points anymore", lang: "en", topic: "crs-points:jobOffer", facts: ["0 CRS points"], typo: true },
  { q: "im 35 years old how many points for age", lang: "en", topic: "crs-points:age", facts: ["77", "70"], typo: true },
  { q: "how many points is IELTS 7", lang: "en", topic: "crs-points:firstLanguage", facts: ["listening CLB 7", "110 points"] },
  { q: "celpip 9 how many points", lang: "en", topic: "crs-points:firstLanguage", facts: ["CLB 9", "124 points"] },
  { q: "is there a draw today?", lang: "en", topic: "latest-round", facts: ["#434"] },
  // Programs and topics, English
  { q: "What's FST?", lang: "en", topic: "fst", facts: ["tradespeople", "certificate of qualification"] },
  { q: "what is the federal skilled worker program", lang: "en", topic: "fsw", facts: ["67 points"] },
  { q: "What does CEC require?", lang: "en", topic: "cec", facts: ["skilled work experience in Canada", "no proof of funds"] },
  { q: "How does PNP work?", lang: "en", topic: "pnp", facts: ["600"] },
  { q: "What is Express Entry?", lang: "en", topic: "express-entry", facts: ["pool", "CRS"] },
  { q: "what is the tie breaking rule", lang: "en", topic: "tie-break", facts: ["submitted their profile before"] },
  { q: "What do I do after getting an ITA?", lang: "en", topic: "after-ita", facts: ["60 days"] },
  { q: "how much proof of funds do i need", lang: "en", topic: "proof-of-funds", facts: ["official page"] },
  { q: "what is an ECA", lang: "en", topic: "eca", facts: ["educational credential assessment"] },
  { q: "which language tests are accepted", lang: "en", topic: "language-tests", facts: ["CELPIP", "TEF Canada"] },
  { q: "What is category based selection?", lang: "en", topic: "category-based", facts: ["French-language proficiency", "healthcare"] },
  { q: "what documents do I need to create a profile", lang: "en", topic: "documents-profile", facts: ["passport", "ECA"] },
  { q: "how is the CRS score calculated", lang: "en", topic: "crs", facts: ["1,200", "600"] },
  { q: "difference between FSW and CEC", lang: "en", topic: "compare:fsw:cec", facts: ["Federal Skilled Worker", "Canadian Experience Class"] },
  { q: "CEC vs PNP which is better", lang: "en", topic: "compare:cec:pnp", facts: ["Canadian Experience Class", "Provincial Nominee"] },
  { q: "how do express entry draws work", lang: "en", topic: "rounds", facts: ["cutoff"] },
  { q: "what is the healthcare category", lang: "en", topic: "healthcare", facts: ["#422"] },
  { q: "tell me about the french category", lang: "en", topic: "french", facts: ["NCLC 7", "#433"] },
  { q: "what's an ITA", lang: "en", topic: "ita", facts: ["60 days"] },
  // Typos and slang on topics
  { q: "wats fst", lang: "en", topic: "fst", facts: ["tradespeople"], typo: true },
  { q: "proof of fnds amount??", lang: "en", topic: "proof-of-funds", facts: ["official page"], typo: true },
  { q: "tiebreak rule explain pls", lang: "en", topic: "tie-break", facts: ["submitted their profile before"], typo: true },
  { q: "got ITA wat now", lang: "en", topic: "ita", facts: ["60 days"], typo: true },
  { q: "provincal nominee program?", lang: "en", topic: "pnp", facts: ["600"], typo: true },
  { q: "canadian experiance class requirments", lang: "en", topic: "cec", facts: ["skilled work experience in Canada"], typo: true },
  { q: "hw many pts for sibling in canda", lang: "en", topic: "crs-points:sibling", facts: ["15 points"], typo: true },
  { q: "EE pool how many ppl above 500", lang: "en", topic: "pool", facts: ["20,205"], typo: true },
  { q: "wats the diffrence btw fsw and cec", lang: "en", topic: "compare:fsw:cec", facts: ["Federal Skilled Worker"], typo: true },
  { q: "PNP draw today??", lang: "en", topic: "latest-round:pnp", facts: ["#431"], typo: true },
  { q: "how many itas in 2025 total lol", lang: "en", topic: "year-stats", facts: ["113,998"], typo: true },
  // Nothing to answer: say so, don't guess
  { q: "What's the weather in Toronto?", lang: "en", topic: "none", facts: ["not sure"] },
  { q: "can you book me a flight", lang: "en", topic: "none", facts: ["not sure"] },
  { q: "what's a NOC code", lang: "en", topic: "none", facts: ["not sure"] },
  { q: "hello", lang: "en", topic: "help", facts: ["/latest"] },

  // French
  { q: "C'est quoi le PEC ?", lang: "fr", topic: "cec", facts: ["expérience de travail qualifié au Canada"] },
  { q: "Quand a eu lieu le dernier tirage ?", lang: "fr", topic: "latest-round", facts: ["nº 434", "470"] },
  { q: "dernier tirage PCP", lang: "fr", topic: "latest-round:pnp", facts: ["nº 431", "768"] },
  { q: "Quelle était la note minimale de la dernière ronde francophone ?", lang: "fr", topic: "latest-round:french", facts: ["nº 433", "391"] },
  { q: "dernière ronde pour la catégorie de l'expérience canadienne", lang: "fr", topic: "latest-round:cec", facts: ["nº 432", "516"] },
  { q: "dernier tirage santé", lang: "fr", topic: "latest-round:healthcare", facts: ["nº 422", "475"] },
  { q: "dernier tirage des métiers", lang: "fr", topic: "latest-round:trades", facts: ["nº 408"] },
  { q: "Parle-moi de la ronde 262", lang: "fr", topic: "round", facts: ["nº 262", "496"] },
  { q: "tirage numéro 176", lang: "fr", topic: "round", facts: ["27 332", "75"] },
  { q: "Combien d'invitations en 2024 ?", lang: "fr", topic: "year-stats", facts: ["98 903", "52 rondes"] },
  { q: "combien de tirages en 2025", lang: "fr", topic: "year-stats", facts: ["58 rondes", "113 998"] },
  { q: "Depuis combien de temps le dernier tirage francophone ?", lang: "fr", topic: "days-since", facts: ["14 jours", "nº 433"] },
  { q: "combien de jours depuis le dernier tirage PCP", lang: "fr", topic: "days-since", facts: ["16 jours"] },
  { q: "Combien de candidats dans le bassin au-dessus de 480 ?", lang: "fr", topic: "pool", facts: ["46 034", "62 402"] },
  { q: "répartition du bassin", lang: "fr", topic: "pool", facts: ["229 100"] },
  { q: "Combien de points pour une maîtrise ?", lang: "fr", topic: "crs-points:education", facts: ["135", "126"] },
  { q: "Combien de points pour l'âge de 30 ans ?", lang: "fr", topic: "crs-points:age", facts: ["105", "95"] },
  { q: "Une offre d'emploi donne-t-elle encore des points ?", lang: "fr", topic: "crs-points:jobOffer", facts: ["2025-03-25", "0 point"] },
  { q: "combien de points pour un frère au Canada", lang: "fr", topic: "crs-points:sibling", facts: ["15 points"] },
  { q: "combien de points pour le français", lang: "fr", topic: "crs-points:french", facts: ["50 points", "25"] },
  { q: "combien de points vaut une nomination provinciale", lang: "fr", topic: "crs-points:provincialNomination", facts: ["600"] },
  { q: "C'est quoi Entrée express ?", lang: "fr", topic: "express-entry", facts: ["bassin", "SCG"] },
  { q: "Qu'est-ce que le PTMSF ?", lang: "fr", topic: "fst", facts: ["métiers"] },
  { q: "c'est quoi le programme des travailleurs qualifiés", lang: "fr", topic: "fsw", facts: ["67 points"] },
  { q: "Comment fonctionne le PCP ?", lang: "fr", topic: "pnp", facts: ["600"] },
  { q: "C'est quoi la règle de départage ?", lang: "fr", topic: "tie-break", facts: ["soumis leur profil avant"] },
  { q: "Que faire après l'invitation à présenter une demande ?", lang: "fr", topic: "after-ita", facts: ["60 jours"] },
  { q: "Quelle est la différence entre le PTQF et la CEC ?", lang: "fr", topic: "compare:fsw:cec", facts: ["travailleurs qualifiés", "expérience canadienne"] },
  { q: "c'est quoi une EDE", lang: "fr", topic: "eca", facts: ["évaluation des diplômes"] },
  { q: "quels tests de langue sont acceptés", lang: "fr", topic: "language-tests", facts: ["TEF Canada", "CELPIP"] },
  { q: "c'est quoi la sélection par catégorie", lang: "fr", topic: "category-based", facts: ["connaissance du français"] },
  { q: "preuve de fonds combien", lang: "fr", topic: "proof-of-funds", facts: ["page officielle"] },
  { q: "comment est calculée la note SCG", lang: "fr", topic: "crs", facts: ["1 200", "600"] },
  { q: "c'est quoi une IPD", lang: "fr", topic: "ita", facts: ["60 jours"] },
  { q: "bonjour", lang: "fr", topic: "help", facts: ["/latest"] },
  { q: "combien de points pour TEF 450", lang: "fr", topic: "crs-points:firstLanguage", facts: ["NCLC 7", "NCLC 6"] },
  { q: "y a-t-il eu un tirage hier ?", lang: "fr", topic: "latest-round", facts: ["nº 434"] },
  { q: "Quel temps fait-il à Montréal ?", lang: "fr", topic: "none", facts: ["pas sûr"] },
  // French with typos and slang
  { q: "dernier tirrage pec", lang: "fr", topic: "latest-round:cec", facts: ["nº 432"], typo: true },
  { q: "c koi le pcp", lang: "fr", topic: "pnp", facts: ["600"], typo: true },
  { q: "combien dinvitations en 2025", lang: "fr", topic: "year-stats", facts: ["113 998"], typo: true },
  { q: "derniere ronde francophonne", lang: "fr", topic: "latest-round:french", facts: ["nº 433"], typo: true },
  { q: "preuve de fond pour le ptqf", lang: "fr", topic: "proof-of-funds", facts: ["page officielle"], typo: true },
  { q: "regle de departage cest quoi", lang: "fr", topic: "tie-break", facts: ["soumis leur profil avant"], typo: true },
  { q: "combien de pts pour une maitrise svp", lang: "fr", topic: "crs-points:education", facts: ["135"], typo: true },
];
