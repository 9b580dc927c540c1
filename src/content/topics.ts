import type { Topic } from "./topic.ts";
import { PROCESS_TOPICS } from "./topics-process.ts";

/**
 * Program knowledge, in English and French, as data. Every topic has an id, keywords in both
 * languages, a short answer that fits one chat message, a longer one, official links and the date
 * it was last reviewed. Figures come only from shared/domain (the CRS rules, the feed) — anything
 * else is linked, not quoted. test/content/topics.test.ts validates all of it.
 */

export type { Topic };

const REVIEWED = "2026-11-21";

export const TOPICS: Topic[] = [
  {
    id: "express-entry",
    keywords: { en: ["express entry", "ee", "profile", "immigrate", "permanent residence", "pr"], fr: ["entree express", "profil", "immigrer", "residence permanente", "rp"] },
    title: { en: "Express Entry", fr: "Entrée express" },
    short: {
      en: "Express Entry is IRCC's online system for three federal economic programs (Federal Skilled Worker, Federal Skilled Trades, Canadian Experience Class) and part of the Provincial Nominee Program. You create a profile; if you are eligible you join the pool and get a CRS score. IRCC holds rounds and invites the highest-ranked candidates to apply for permanent residence.",
      fr: "Entrée express est le système en ligne d’IRCC pour trois programmes économiques fédéraux (travailleurs qualifiés, métiers spécialisés, expérience canadienne) et une partie du Programme des candidats des provinces. Vous créez un profil; si vous êtes admissible, vous entrez dans le bassin avec une note SCG. IRCC tient des rondes et invite les candidats les mieux classés à présenter une demande de résidence permanente.",
    },
    long: {
      en: "1. Check which program you may qualify for (FSW, FST, CEC; a province may also nominate you).\n2. Get what the profile needs: a language test result, and for education outside Canada an educational credential assessment (ECA).\n3. Submit your profile. If you meet a program's minimums you enter the pool and receive a Comprehensive Ranking System (CRS) score.\n4. IRCC holds rounds of invitations: general rounds, program rounds and category-based rounds. Each invites candidates at or above a cutoff score.\n5. With an invitation to apply (ITA), you have 60 days to submit a complete application for permanent residence.",
      fr: "1. Vérifiez à quel programme vous pourriez être admissible (PTQF, PTMSF, CEC; une province peut aussi vous nommer).\n2. Préparez ce que le profil exige : un résultat de test de langue et, pour des études hors du Canada, une évaluation des diplômes d’études (EDE).\n3. Soumettez votre profil. Si vous respectez les exigences minimales d’un programme, vous entrez dans le bassin avec une note du Système de classement global (SCG).\n4. IRCC tient des rondes d’invitations : générales, par programme et par catégorie. Chacune invite les candidats qui ont au moins la note minimale.\n5. Avec une invitation à présenter une demande (IPD), vous avez 60 jours pour soumettre une demande complète de résidence permanente.",
    },
    links: ["expressEntry", "rounds"],
    reviewed: REVIEWED,
  },
  {
    id: "crs",
    keywords: { en: ["crs", "comprehensive ranking system", "score", "points", "ranking", "how is crs calculated", "crs factors", "max crs"], fr: ["scg", "crs", "systeme de classement global", "note", "points", "pointage", "calcul", "facteurs"] },
    title: { en: "The CRS score", fr: "La note SCG" },
    short: {
      en: "The Comprehensive Ranking System (CRS) ranks Express Entry candidates out of 1,200 points: core factors (age, education, official languages, Canadian work) up to 500 with the spouse factors, skill transferability up to 100, and additional points up to 600 (a provincial nomination alone is 600). Use /crs to compute yours.",
      fr: "Le Système de classement global (SCG) classe les candidats d’Entrée express sur 1 200 points : facteurs de base (âge, études, langues officielles, travail au Canada) jusqu’à 500 avec ceux de l’époux, transférabilité des compétences jusqu’à 100 et points supplémentaires jusqu’à 600 (une nomination provinciale vaut 600 à elle seule). Utilisez /crs pour calculer la vôtre.",
    },
    long: {
      en: "Core / human capital: at most 460 with an accompanying spouse or partner, 500 without. Spouse factors: at most 40 (education, language, Canadian work). Skill transferability: at most 100 — education or foreign work combined with strong language results or Canadian work, and a trade certificate of qualification. Additional points: at most 600 — provincial nomination 600, strong French 25 or 50, a Canadian post-secondary credential 15 or 30, a brother or sister in Canada 15. Since 2025-03-25, a job offer earns no CRS points. The total is at most 1,200.",
      fr: "Facteurs de base : au plus 460 avec un époux ou conjoint qui vous accompagne, 500 sans. Facteurs de l’époux : au plus 40 (études, langue, travail au Canada). Transférabilité : au plus 100 — études ou travail à l’étranger combinés à de bons résultats linguistiques ou à du travail au Canada, et un certificat de compétence. Points supplémentaires : au plus 600 — nomination provinciale 600, bon français 25 ou 50, diplôme postsecondaire canadien 15 ou 30, frère ou sœur au Canada 15. Depuis le 25 mars 2025, une offre d’emploi ne donne plus de points SCG. Le total est d’au plus 1 200.",
    },
    links: ["crsCriteria", "crsTool"],
    reviewed: REVIEWED,
  },
  {
    id: "rounds",
    keywords: { en: ["round", "rounds", "draw", "draws", "ita round", "how do draws work", "express entry draws", "draws work", "how draws work", "types of draws", "general draw", "all program draw", "category draw", "program specific draw"], fr: ["ronde", "rondes", "tirage", "tirages", "ronde d'invitations", "types de tirages", "tirage general", "tirage par categorie"] },
    title: { en: "Rounds of invitations", fr: "Rondes d’invitations" },
    short: {
      en: "IRCC invites candidates from the pool in rounds. A general round invites the top-ranked candidates of all programs; a program round only one program (CEC, PNP, FST, FSW); a category-based round only candidates eligible for a category (French, healthcare, trades…). Each round has a size and a minimum CRS score (the cutoff). Try /latest or /draws.",
      fr: "IRCC invite les candidats du bassin par rondes. Une ronde générale invite les mieux classés de tous les programmes; une ronde par programme, un seul programme (CEC, PCP, PTMSF, PTQF); une ronde par catégorie, seulement les candidats admissibles à une catégorie (français, santé, métiers…). Chaque ronde a une taille et une note SCG minimale. Essayez /latest ou /draws.",
    },
    long: {
      en: "For each round IRCC publishes the date, the type, the number of invitations, the lowest CRS score invited, the tie-breaking rule and usually the pool's distribution by score. Candidates with a score above the cutoff were invited; at exactly the cutoff, only those whose profile was submitted before the tie-break date and time. There is no fixed schedule: IRCC decides when and which rounds to hold.",
      fr: "Pour chaque ronde, IRCC publie la date, le type, le nombre d’invitations, la note SCG la plus basse invitée, la règle de départage et souvent la répartition du bassin par note. Les candidats au-dessus de la note minimale ont été invités; à la note exacte, seulement ceux dont le profil a été soumis avant la date et l’heure de départage. Il n’y a pas de calendrier fixe : IRCC décide quand et quelles rondes tenir.",
    },
    links: ["rounds", "categoryBased"],
    reviewed: REVIEWED,
  },
  {
    id: "tie-break",
    keywords: { en: ["tie break", "tie-break", "tiebreak", "tie breaking rule", "cutoff time", "drawcutoff", "same score", "profile submitted before"], fr: ["regle de departage", "departage", "egalite", "meme note", "date et heure"] },
    title: { en: "The tie-breaking rule", fr: "La règle de départage" },
    short: {
      en: "When more candidates share the cutoff score than a round can invite, IRCC uses the tie-breaking rule: candidates at the cutoff score were invited only if they submitted their profile before the date and time IRCC gives for that round. Candidates above the cutoff were invited regardless.",
      fr: "Quand plus de candidats ont la note minimale que la ronde ne peut en inviter, IRCC applique la règle de départage : les candidats à la note minimale n’ont été invités que s’ils avaient soumis leur profil avant la date et l’heure indiquées pour cette ronde. Ceux au-dessus de la note minimale ont tous été invités.",
    },
    long: {
      en: "The tie-break is not the time the round was run: it is usually weeks or months earlier. Example: round #434 (2026-08-07, CRS 470) has the tie-break October 11, 2025 at 14:55:49 UTC — a candidate at exactly 470 was invited only with a profile submitted before that moment. IRCC sometimes corrects a published tie-break (#262's was edited after publication); /draw N shows such edits.",
      fr: "La date de départage n’est pas l’heure de la ronde : elle est souvent des semaines ou des mois plus tôt. Exemple : la ronde nº 434 (7 août 2026, SCG 470) a pour départage le 11 octobre 2025 à 14:55:49 UTC — un candidat à exactement 470 n’a été invité que si son profil avait été soumis avant ce moment. IRCC corrige parfois un départage publié (celui de la nº 262 a été modifié); /draw N montre ces modifications.",
    },
    links: ["rounds"],
    reviewed: REVIEWED,
  },
  {
    id: "pool-distribution",
    keywords: { en: ["pool", "pool distribution", "how many candidates", "candidates in the pool", "score distribution", "competition"], fr: ["bassin", "repartition", "combien de candidats", "candidats dans le bassin", "distribution des notes"] },
    title: { en: "The pool distribution", fr: "La répartition du bassin" },
    short: {
      en: "With most rounds IRCC publishes how many candidates were in the pool by CRS band (601–1200, 501–600, 491–500 … 0–300) on a given date. /pool shows the latest one and, with your score, how many candidates stand at or above it.",
      fr: "Avec la plupart des rondes, IRCC publie le nombre de candidats dans le bassin par tranche de note SCG (601–1200, 501–600, 491–500 … 0–300) à une date donnée. /pool affiche la plus récente et, avec votre note, combien de candidats sont au même niveau ou au-dessus.",
    },
    long: {
      en: "The distribution is a snapshot of the pool a few days before the round, not a forecast. IRCC gives bands of 10 points between 401 and 500 and wider bands elsewhere, so the number of candidates above a given score is a range unless the score starts a band. Rounds before 2022 mostly have no published distribution.",
      fr: "La répartition est un instantané du bassin quelques jours avant la ronde, pas une prévision. IRCC donne des tranches de 10 points entre 401 et 500 et des tranches plus larges ailleurs, donc le nombre de candidats au-dessus d’une note est une fourchette, sauf au début d’une tranche. Les rondes avant 2022 n’ont généralement pas de répartition publiée.",
    },
    links: ["rounds"],
    reviewed: REVIEWED,
  },
  {
    id: "ita",
    keywords: { en: ["ita", "invitation to apply", "invited", "got an ita", "60 days", "deadline", "what next"], fr: ["ipd", "invitation a presenter une demande", "invite", "60 jours", "delai"] },
    title: { en: "The invitation to apply (ITA)", fr: "L’invitation à présenter une demande (IPD)" },
    short: {
      en: "An invitation to apply (ITA) lets you apply for permanent residence. You have 60 days from the invitation to submit a complete application online, with the documents that prove what your profile claimed. See /program after-ita for the steps.",
      fr: "Une invitation à présenter une demande (IPD) vous permet de demander la résidence permanente. Vous avez 60 jours après l’invitation pour soumettre en ligne une demande complète, avec les documents qui prouvent ce que votre profil déclarait. Voir /program apres-ipd pour les étapes.",
    },
    long: {
      en: "Within the 60 days: gather the documents (police certificates, medical exam, proof of work experience such as reference letters, proof of funds when your program requires it), pay the fees and submit. Everything must match your profile; a claim you cannot prove can lead to a refusal. If you cannot or will not apply you may decline the invitation and stay in or re-enter the pool.",
      fr: "Pendant les 60 jours : réunissez les documents (certificats de police, examen médical, preuves d’expérience de travail comme les lettres de référence, preuve de fonds si votre programme l’exige), payez les frais et soumettez. Tout doit correspondre à votre profil; une déclaration que vous ne pouvez pas prouver peut mener à un refus. Si vous ne pouvez pas présenter de demande, vous pouvez refuser l’invitation.",
    },
    links: ["applyPr", "applicationDocuments", "fees"],
    reviewed: REVIEWED,
  },
  {
    id: "after-ita",
    keywords: { en: ["after ita", "what to do after ita", "after invitation", "apply for pr", "application for permanent residence", "next steps", "after i apply"], fr: ["apres ipd", "quoi faire apres l'invitation", "demande de residence permanente", "prochaines etapes", "apres la demande"] },
    title: { en: "After an ITA: applying for permanent residence", fr: "Après l’IPD : demander la résidence permanente" },
    short: {
      en: "After an ITA: 1) collect your documents, 2) fill in the application online and pay the fees, 3) submit within 60 days, 4) give biometrics and answer requests, 5) wait for the decision and, if approved, confirm permanent residence.",
      fr: "Après une IPD : 1) réunissez vos documents, 2) remplissez la demande en ligne et payez les frais, 3) soumettez-la dans les 60 jours, 4) donnez vos données biométriques et répondez aux demandes, 5) attendez la décision et, si elle est favorable, confirmez la résidence permanente.",
    },
    long: {
      en: "Documents usually asked: passport, language test and ECA results used in the profile, police certificates for each country where you lived for the required time, an immigration medical exam by a panel physician, reference letters proving your work experience, and proof of funds unless you are exempt (for example with a valid job offer or under the Canadian Experience Class). IRCC's pages list the exact requirements and current fees.",
      fr: "Documents généralement demandés : passeport, résultats de langue et EDE utilisés dans le profil, certificats de police pour chaque pays où vous avez vécu la durée requise, examen médical aux fins de l’immigration par un médecin désigné, lettres de référence qui prouvent votre expérience de travail et preuve de fonds sauf exemption (par exemple avec une offre d’emploi valide ou dans la catégorie de l’expérience canadienne). Les pages d’IRCC donnent les exigences exactes et les frais en vigueur.",
    },
    links: ["applyPr", "applicationDocuments", "fees", "afterApply"],
    reviewed: REVIEWED,
  },
  {
    id: "documents-profile",
    keywords: { en: ["documents for profile", "documents before ita", "create a profile", "documents to create a profile", "profile documents", "passport", "requirements for profile"], fr: ["documents pour le profil", "avant l'invitation", "creer un profil", "documents pour creer un profil", "passeport"] },
    title: { en: "What you need for an Express Entry profile", fr: "Ce qu’il faut pour un profil Entrée express" },
    short: {
      en: "Before creating a profile: a valid passport, an accepted language test result (IELTS General Training, CELPIP-General or PTE Core for English; TEF Canada or TCF Canada for French), and an educational credential assessment (ECA) for education completed outside Canada. Keep every figure you enter consistent with these documents.",
      fr: "Avant de créer un profil : un passeport valide, un résultat de test de langue accepté (IELTS General Training, CELPIP-General ou PTE Core pour l’anglais; TEF Canada ou TCF Canada pour le français) et une évaluation des diplômes d’études (EDE) pour les études faites hors du Canada. Gardez chaque donnée du profil conforme à ces documents.",
    },
    long: {
      en: "Language results must come from an accepted test and be valid (less than two years old) when you submit the profile and when you apply. IELTS Academic is not accepted. An ECA is needed for foreign education to count; Canadian credentials need none. You will also need your work history (occupation codes, dates, hours) and, if married or common-law, your partner's details.",
      fr: "Les résultats de langue doivent venir d’un test accepté et être valides (moins de deux ans) lors de la soumission du profil et de la demande. L’IELTS Academic n’est pas accepté. Une EDE est nécessaire pour que des études étrangères comptent; les diplômes canadiens n’en ont pas besoin. Il vous faudra aussi votre historique de travail (codes de profession, dates, heures) et, si vous êtes marié ou en union de fait, les renseignements sur votre partenaire.",
    },
    links: ["languageTests", "eca"],
    reviewed: REVIEWED,
  },
  {
    id: "language-tests",
    keywords: { en: ["language test", "ielts", "celpip", "pte", "pte core", "tef", "tcf", "clb", "nclc", "which test", "english test", "french test", "convert score to clb", "results valid", "test results valid", "ielts valid", "how long are test results valid", "test validity", "ielts academic", "academic ielts", "general training", "toefl", "toeic", "duolingo", "cambridge", "delf", "dalf"], fr: ["ielts academique", "toefl", "duolingo", "delf", "dalf", "toeic", "test de langue", "ielts", "celpip", "tef", "tcf", "nclc", "clb", "quel test", "test de francais", "test d'anglais", "equivalence", "validite des resultats", "resultats valides"] },
    title: { en: "Language tests and CLB/NCLC levels", fr: "Tests de langue et niveaux NCLC/CLB" },
    short: {
      en: "Accepted tests: English — IELTS General Training, CELPIP-General, PTE Core; French — TEF Canada, TCF Canada. Each score is converted to a CLB (English) or NCLC (French) level per ability, and CRS points follow the level. Example: IELTS listening 8.0 is CLB 9, 8.5 is CLB 10. IELTS Academic and other tests (TOEFL, Duolingo, DELF/DALF…) are not accepted. Results are valid for 2 years. /crs converts your scores for you.",
      fr: "Tests acceptés : anglais — IELTS General Training, CELPIP-General, PTE Core; français — TEF Canada, TCF Canada. Chaque note est convertie en niveau CLB (anglais) ou NCLC (français) par compétence, et les points SCG suivent le niveau. Exemple : 8,0 à l’écoute IELTS donne CLB 9, 8,5 donne CLB 10. L’IELTS Academic et les autres tests (TOEFL, Duolingo, DELF/DALF…) ne sont pas acceptés. Les résultats sont valides 2 ans. /crs fait la conversion pour vous.",
    },
    long: {
      en: "CELPIP levels 4–9 equal the CLB level; 10–12 count as CLB 10. TEF Canada changed scale on 2023-12-10 (and before that on 2019-10-01), so the same number can mean a different NCLC depending on the test date. In the CRS, each of the four abilities earns points on its own; for skill transferability the lowest of the four counts.",
      fr: "Les niveaux CELPIP 4 à 9 égalent le niveau CLB; 10 à 12 comptent comme CLB 10. Le TEF Canada a changé d’échelle le 10 décembre 2023 (et avant cela le 1er octobre 2019) : une même note peut donner un NCLC différent selon la date du test. Dans le SCG, chacune des quatre compétences donne des points; pour la transférabilité, la plus faible des quatre compte.",
    },
    links: ["languageTests", "crsCriteria"],
    reviewed: REVIEWED,
  },
  {
    id: "eca",
    keywords: { en: ["eca", "educational credential assessment", "wes", "degree assessment", "foreign degree"], fr: ["ede", "evaluation des diplomes", "wes", "diplome etranger", "equivalence de diplome"] },
    title: { en: "Educational credential assessment (ECA)", fr: "Évaluation des diplômes d’études (EDE)" },
    short: {
      en: "An educational credential assessment (ECA) shows what your education completed outside Canada is equal to in Canada. Express Entry needs one for foreign education to count for the program and for CRS points. It must come from an organization designated by IRCC.",
      fr: "Une évaluation des diplômes d’études (EDE) indique l’équivalent canadien de vos études faites hors du Canada. Entrée express en exige une pour que ces études comptent pour le programme et pour les points SCG. Elle doit venir d’un organisme désigné par IRCC.",
    },
    long: {
      en: "IRCC's page lists the designated organizations and how long a report stays valid. Canadian credentials need no assessment. For the CRS, the level of the assessed credential decides the education points (for example, a master's gives 135 points to a candidate without a spouse).",
      fr: "La page d’IRCC donne la liste des organismes désignés et la durée de validité d’un rapport. Les diplômes canadiens n’ont pas besoin d’évaluation. Pour le SCG, le niveau du diplôme évalué détermine les points d’études (par exemple, une maîtrise donne 135 points à un candidat sans époux).",
    },
    links: ["eca"],
    reviewed: REVIEWED,
  },
  {
    id: "proof-of-funds",
    keywords: { en: ["proof of funds", "settlement funds", "how much money", "bank statement", "funds"], fr: ["preuve de fonds", "fonds d'etablissement", "combien d'argent", "releve bancaire", "fonds"] },
    title: { en: "Proof of funds", fr: "Preuve de fonds" },
    short: {
      en: "Federal Skilled Worker and Federal Skilled Trades candidates must show they have enough money to settle in Canada, unless they are authorized to work in Canada and have a valid job offer. Canadian Experience Class candidates do not need proof of funds. The amounts depend on family size and are updated by IRCC: see the official page for the current figures.",
      fr: "Les candidats du PTQF et du PTMSF doivent prouver qu’ils ont assez d’argent pour s’établir au Canada, sauf s’ils sont autorisés à travailler au Canada et ont une offre d’emploi valide. Les candidats de la catégorie de l’expérience canadienne n’ont pas besoin de preuve de fonds. Les montants dépendent de la taille de la famille et sont mis à jour par IRCC : voyez la page officielle (en anglais).",
    },
    long: {
      en: "Funds must be available and transferable, not borrowed, and shown with official letters from your financial institutions. ee-bot does not quote the amounts because IRCC changes them; the official page has the current table.",
      fr: "Les fonds doivent être disponibles et transférables, non empruntés, et prouvés par des lettres officielles de vos institutions financières. ee-bot ne cite pas les montants, qu’IRCC modifie; la page officielle (en anglais) donne le tableau à jour.",
    },
    links: ["proofOfFunds"],
    reviewed: REVIEWED,
  },
  {
    id: "fsw",
    category: "fsw",
    keywords: { en: ["fsw", "fswp", "federal skilled worker", "skilled worker program", "67 points", "selection grid", "fsw requirements"], fr: ["ptqf", "travailleurs qualifies", "programme des travailleurs qualifies", "grille de selection", "67 points"] },
    title: { en: "Federal Skilled Worker Program (FSW)", fr: "Programme des travailleurs qualifiés (fédéral) (PTQF)" },
    short: {
      en: "The Federal Skilled Worker Program is for skilled workers with foreign or Canadian work experience. You need continuous skilled work experience, an accepted language test at the required level, education (with an ECA if foreign), proof of funds unless exempt, and at least 67 points on the FSW selection grid — a separate pass mark, not your CRS score.",
      fr: "Le Programme des travailleurs qualifiés (fédéral) s’adresse aux travailleurs qualifiés ayant de l’expérience à l’étranger ou au Canada. Il faut de l’expérience de travail qualifié continue, un test de langue accepté au niveau requis, des études (avec EDE si étrangères), une preuve de fonds sauf exemption et au moins 67 points sur la grille de sélection du PTQF — une note de passage distincte de la note SCG.",
    },
    long: {
      en: "The 67-point grid scores six factors: language skills, education, work experience, age, arranged employment and adaptability. Meeting 67 only makes you eligible to enter the pool; invitations are then by CRS score. IRCC's FSW page lists the exact minimum language level, work experience and the grid's points.",
      fr: "La grille de 67 points évalue six facteurs : compétences linguistiques, études, expérience de travail, âge, emploi réservé et capacité d’adaptation. Atteindre 67 rend seulement admissible au bassin; les invitations se font ensuite selon la note SCG. La page du PTQF d’IRCC (en anglais) donne le niveau de langue minimal, l’expérience exigée et les points de la grille.",
    },
    links: ["fsw", "expressEntry"],
    reviewed: REVIEWED,
  },
  {
    id: "fst",
    category: "fst",
    keywords: { en: ["fst", "fstp", "federal skilled trades", "skilled trades program", "trades program", "tradesperson", "certificate of qualification"], fr: ["ptmsf", "metiers specialises", "programme des travailleurs de metiers specialises", "certificat de competence"] },
    title: { en: "Federal Skilled Trades Program (FST)", fr: "Programme des travailleurs de métiers spécialisés (fédéral) (PTMSF)" },
    short: {
      en: "The Federal Skilled Trades Program is for qualified tradespeople. You need work experience in an eligible skilled trade, a language test at the program's level, and either a full-time job offer or a Canadian certificate of qualification in your trade, plus proof of funds unless exempt. There is no points grid for eligibility.",
      fr: "Le Programme des travailleurs de métiers spécialisés (fédéral) s’adresse aux gens de métier qualifiés. Il faut de l’expérience dans un métier spécialisé admissible, un test de langue au niveau du programme, et soit une offre d’emploi à temps plein soit un certificat de compétence canadien dans votre métier, plus une preuve de fonds sauf exemption. Il n’y a pas de grille de points pour l’admissibilité.",
    },
    long: {
      en: "A provincial or territorial certificate of qualification also earns CRS skill-transferability points: 25 with CLB 5 or more in all four abilities (one under 7), 50 with CLB 7 or more in all four. IRCC has held a few FST-only rounds; see /draws fst.",
      fr: "Un certificat de compétence provincial ou territorial donne aussi des points de transférabilité SCG : 25 avec CLB 5 ou plus dans les quatre compétences (dont une sous 7), 50 avec CLB 7 ou plus dans les quatre. IRCC a tenu quelques rondes réservées au PTMSF; voyez /draws fst.",
    },
    links: ["fst", "expressEntry"],
    reviewed: REVIEWED,
  },
  {
    id: "cec",
    category: "cec",
    keywords: { en: ["cec", "canadian experience class", "canadian experience", "work in canada", "pgwp", "cec requirements"], fr: ["cec", "pec", "categorie de l'experience canadienne", "experience canadienne", "travail au canada"] },
    title: { en: "Canadian Experience Class (CEC)", fr: "Catégorie de l’expérience canadienne (CEC)" },
    short: {
      en: "The Canadian Experience Class is for people with skilled work experience in Canada. You need recent skilled Canadian work experience gained with work authorization, and an accepted language test at the level your occupation requires. There is no education requirement and no proof of funds. IRCC holds CEC-only rounds often: see /latest cec.",
      fr: "La catégorie de l’expérience canadienne s’adresse aux personnes ayant de l’expérience de travail qualifié au Canada. Il faut une expérience récente de travail qualifié au Canada, acquise avec une autorisation de travail, et un test de langue accepté au niveau exigé pour votre profession. Aucune exigence d’études ni de preuve de fonds. IRCC tient souvent des rondes réservées à la CEC : voyez /latest cec.",
    },
    long: {
      en: "Self-employment and work done while a full-time student do not count toward CEC. Canadian work experience also earns CRS points: for a candidate without a spouse, 40 for 1 year up to 80 for 5 years or more, plus skill-transferability points. IRCC's CEC page gives the exact experience period and language levels.",
      fr: "Le travail autonome et le travail fait pendant des études à temps plein ne comptent pas pour la CEC. L’expérience canadienne donne aussi des points SCG : pour un candidat sans époux, 40 pour 1 an jusqu’à 80 pour 5 ans ou plus, plus des points de transférabilité. La page CEC d’IRCC (en anglais) donne la période d’expérience et les niveaux de langue exacts.",
    },
    links: ["cec", "expressEntry"],
    reviewed: REVIEWED,
  },
  {
    id: "pnp",
    category: "pnp",
    keywords: { en: ["pnp", "provincial nominee program", "provincial nomination", "nomination", "enhanced pnp", "base pnp", "600 points", "province"], fr: ["pcp", "programme des candidats des provinces", "nomination provinciale", "province", "pcp ameliore", "600 points"] },
    title: { en: "Provincial Nominee Program (PNP)", fr: "Programme des candidats des provinces (PCP)" },
    short: {
      en: "Provinces and territories nominate people who fit their needs. An enhanced nomination is made through Express Entry and adds 600 CRS points, which in practice means an invitation in a following round. A base nomination is outside Express Entry, with a paper or online application directly to IRCC after the nomination.",
      fr: "Les provinces et territoires nomment des personnes qui répondent à leurs besoins. Une nomination améliorée passe par Entrée express et ajoute 600 points SCG, ce qui mène en pratique à une invitation dans une ronde suivante. Une nomination de base se fait hors d’Entrée express, avec une demande présentée ensuite directement à IRCC.",
    },
    long: {
      en: "Each province runs its own streams and criteria; some invite candidates from the Express Entry pool, others require an application to the province first. PNP rounds in Express Entry invite only nominated candidates, which is why their cutoffs are above 600. See IRCC's PNP page and the province's own site.",
      fr: "Chaque province a ses propres volets et critères; certaines invitent des candidats du bassin d’Entrée express, d’autres exigent d’abord une demande à la province. Les rondes du PCP dans Entrée express n’invitent que des candidats nommés, d’où des notes minimales au-dessus de 600. Voyez la page PCP d’IRCC (en anglais) et le site de la province.",
    },
    links: ["pnp", "expressEntry"],
    reviewed: REVIEWED,
  },
  {
    id: "category-based",
    keywords: { en: ["category based selection", "category based", "categories", "targeted draw", "which categories", "occupation categories"], fr: ["selection par categorie", "categories", "tirage cible", "quelles categories", "categories de professions"] },
    title: { en: "Category-based selection", fr: "Sélection par catégorie" },
    short: {
      en: "In category-based rounds IRCC invites only candidates who meet a category's criteria, usually at lower cutoffs than general rounds. Categories used in rounds (current first): French-language proficiency, healthcare and social services, trades, transport, education, physicians with Canadian experience, senior managers with Canadian experience, skilled military recruits; earlier: STEM, agriculture and agri-food.",
      fr: "Dans les rondes par catégorie, IRCC n’invite que les candidats qui répondent aux critères d’une catégorie, souvent avec des notes minimales plus basses que les rondes générales. Catégories utilisées (actuelles d’abord) : connaissance du français, santé et services sociaux, métiers, transport, éducation, médecins ayant une expérience au Canada, cadres supérieurs ayant une expérience au Canada, recrues militaires qualifiées; auparavant : STIM, agriculture et agroalimentaire.",
    },
    long: {
      en: "Occupation categories require enough recent work experience in one of the listed occupations; the French category requires strong French results. IRCC publishes the eligible occupations and criteria for each year's categories on its category-based selection page, and renames categories between versions. /latest followed by a category (e.g. /latest healthcare) shows its latest round.",
      fr: "Les catégories de professions exigent assez d’expérience récente dans une des professions visées; la catégorie du français exige de bons résultats en français. IRCC publie les professions admissibles et les critères de chaque année sur sa page de sélection par catégorie (en anglais), et renomme les catégories d’une version à l’autre. /latest suivi d’une catégorie (p. ex. /latest healthcare) montre sa dernière ronde.",
    },
    links: ["categoryBased", "rounds"],
    reviewed: REVIEWED,
  },
  {
    id: "french",
    category: "french",
    keywords: { en: ["french category", "french draw", "french proficiency", "francophone", "french points", "french bonus", "nclc 7"], fr: ["categorie francais", "tirage francophone", "francophone", "points pour le francais", "bonus francais", "nclc 7"] },
    title: { en: "French-language proficiency", fr: "Connaissance du français" },
    short: {
      en: "Strong French helps twice. The French-language category invites candidates with strong French results in dedicated rounds, often at low cutoffs. And the CRS adds 50 points for NCLC 7 or more in all four French abilities with CLB 5 or more in all four English abilities, or 25 points with weaker or no English — on top of the language points.",
      fr: "Un bon français aide deux fois. La catégorie du français invite, dans des rondes dédiées, les candidats ayant de bons résultats en français, souvent à des notes minimales basses. Et le SCG ajoute 50 points pour NCLC 7 ou plus dans les quatre compétences en français avec CLB 5 ou plus dans les quatre en anglais, ou 25 points avec un anglais plus faible ou sans anglais — en plus des points de langue.",
    },
    long: {
      en: "French results come from TEF Canada or TCF Canada. The French points apply whether French is your first or second official language. See IRCC's category-based selection page for the category's exact criteria.",
      fr: "Les résultats en français viennent du TEF Canada ou du TCF Canada. Les points pour le français s’appliquent que le français soit votre première ou votre seconde langue officielle. Voyez la page de sélection par catégorie d’IRCC pour les critères exacts.",
    },
    links: ["categoryBased", "languageTests"],
    reviewed: REVIEWED,
  },
  ...(
    [
      ["healthcare", ["healthcare", "health care", "nurse", "doctor", "social services", "healthcare draw"], ["sante", "soins de sante", "infirmiere", "services sociaux", "tirage sante"]],
      ["trades", ["trades", "trade occupations", "trades draw", "electrician", "plumber", "carpenter"], ["metiers", "tirage metiers", "electricien", "plombier", "charpentier"]],
      ["transport", ["transport", "transport occupations", "truck driver", "transport draw"], ["transport", "camionneur", "professions du transport"]],
      ["education", ["education occupations", "teacher", "teachers", "early childhood educator", "education draw"], ["professions de l'education", "enseignant", "educatrice", "tirage education"]],
      ["physicians", ["physicians", "physician draw", "doctors with canadian experience"], ["medecins", "tirage medecins"]],
      ["senior-managers", ["senior managers", "managers draw", "executives"], ["cadres superieurs", "gestionnaires"]],
      ["military", ["military", "skilled military recruits", "armed forces", "caf"], ["militaires", "recrues militaires", "forces armees"]],
      ["researchers", ["researchers", "researcher", "research category", "researchers category"], ["chercheurs", "chercheur", "categorie chercheurs"]],
      ["stem", ["stem", "stem occupations", "stem draw", "engineer", "software developer", "it"], ["stim", "professions stim", "ingenieur", "informatique"]],
      ["agriculture", ["agriculture", "agri food", "agri-food", "farm", "butcher"], ["agriculture", "agroalimentaire", "ferme", "boucher"]],
    ] as const
  ).map(([key, en, fr]): Topic => categoryTopic(key, [...en], [...fr])),
  {
    id: "job-offer",
    keywords: { en: ["job offer", "lmia", "arranged employment", "job offer points", "is a job offer worth points", "50 points", "200 points"], fr: ["offre d'emploi", "emploi reserve", "eimt", "points offre d'emploi", "50 points", "200 points"] },
    title: { en: "Job offers and the CRS", fr: "Offres d’emploi et SCG" },
    short: {
      en: "Since 2025-03-25, a job offer earns no CRS points. Before that, a qualifying offer was worth 50 points (TEER 0, 1, 2 or 3) or 200 (NOC major group 00). IRCC called the removal temporary and gave no end date. A job offer can still matter for eligibility (FSW points grid, FST, proof-of-funds exemption).",
      fr: "Depuis le 25 mars 2025, une offre d’emploi ne donne aucun point SCG. Avant, une offre admissible valait 50 points (FEER 0, 1, 2 ou 3) ou 200 (grand groupe 00 de la CNP). IRCC a qualifié ce retrait de temporaire, sans date de fin. Une offre d’emploi peut encore compter pour l’admissibilité (grille du PTQF, PTMSF, exemption de preuve de fonds).",
    },
    long: {
      en: "Profiles still record job offers, and ee-bot's calculator still asks about them, so the score is right if IRCC restores the points (a new rules table with its date). Scores quoted from before 2025-03-25 may include these points.",
      fr: "Les profils indiquent encore les offres d’emploi, et le calculateur d’ee-bot les demande encore, pour que la note soit juste si IRCC rétablit les points (une nouvelle table de règles avec sa date). Les notes d’avant le 25 mars 2025 peuvent inclure ces points.",
    },
    links: ["crsCriteria"],
    reviewed: REVIEWED,
  },
  ...PROCESS_TOPICS,
];

function categoryTopic(key: string, en: string[], fr: string[]): Topic {
  const names: Record<string, { en: string; fr: string }> = {
    healthcare: { en: "Healthcare and social services occupations", fr: "Professions des soins de santé et des services sociaux" },
    trades: { en: "Trade occupations", fr: "Métiers" },
    transport: { en: "Transport occupations", fr: "Professions du transport" },
    education: { en: "Education occupations", fr: "Professions de l’éducation" },
    physicians: { en: "Physicians with Canadian work experience", fr: "Médecins ayant une expérience de travail au Canada" },
    "senior-managers": { en: "Senior managers with Canadian work experience", fr: "Cadres supérieurs ayant une expérience de travail au Canada" },
    military: { en: "Skilled military recruits", fr: "Recrues militaires qualifiées" },
    researchers: { en: "Researchers with Canadian work experience", fr: "Chercheurs ayant une expérience de travail au Canada" },
    stem: { en: "STEM occupations", fr: "Professions STIM" },
    agriculture: { en: "Agriculture and agri-food occupations", fr: "Professions de l’agriculture et de l’agroalimentaire" },
  };
  const n = names[key]!;
  // Whether the category is in force and has had rounds is computed from the 2026 list and the rounds, when answering.
  const status = { en: "", fr: "" };
  return {
    id: key,
    category: key,
    keywords: { en, fr },
    title: { en: n.en, fr: n.fr },
    short: {
      en: `${n.en} is a category of category-based selection: its rounds invite only candidates with enough recent work experience in one of its eligible occupations. ${status.en}The eligible occupations are on IRCC's category-based selection page.`,
      fr: `${n.fr} est une catégorie de la sélection par catégorie : ses rondes n’invitent que les candidats ayant assez d’expérience récente dans une de ses professions admissibles. ${status.fr}Les professions admissibles sont sur la page de sélection par catégorie d’IRCC (en anglais).`,
    },
    long: {
      en: `IRCC sets each category's list of occupations (by NOC code) and the work experience required, and renames categories between versions (e.g. "Version 1", "2026-Version 3"). ee-bot tracks the rounds of every version under one category. /latest ${key} and /draws ${key} show its rounds.`,
      fr: `IRCC fixe la liste des professions de chaque catégorie (par code CNP) et l’expérience exigée, et renomme les catégories d’une version à l’autre (p. ex. « Version 1 », « 2026-Version 3 »). ee-bot regroupe les rondes de toutes les versions sous une même catégorie. /latest ${key} et /draws ${key} montrent ses rondes.`,
    },
    links: ["categoryBased"],
    reviewed: REVIEWED,
  };
}

const BY_ID = new Map(TOPICS.map((t) => [t.id, t]));

export function topicById(id: string): Topic | undefined {
  return BY_ID.get(id);
}
