import type { Topic } from "./topic.ts";

/**
 * Steps around a profile and an application, as program knowledge (EN and FR): profile validity,
 * declining an ITA, medical exam, police certificates, biometrics, dependants, TEER/NOC, processing.
 * No fee or amount is typed here: those are dated data in src/content/eligibility/.
 */

const REVIEWED = "2026-11-21";

export const PROCESS_TOPICS: Topic[] = [
  {
    id: "profile-validity",
    keywords: { en: ["profile valid", "profile validity", "profile expire", "profile expires", "profile expiry", "how long is my profile valid", "stay in the pool", "how long in the pool"], fr: ["validite du profil", "profil expire", "expiration du profil", "duree du profil", "combien de temps dans le bassin"] },
    title: { en: "How long an Express Entry profile is valid", fr: "Durée de validité d’un profil Entrée express" },
    short: {
      en: "IRCC's rule: an Express Entry profile stays in the pool for up to 12 months from the day you submit it (check IRCC's Express Entry page). If you are not invited in that time it expires, and you can create a new profile if you still meet a program's minimums. Keep test results and your ECA valid, and update the profile when something changes (a new test, more work experience, a birthday).",
      fr: "Règle d’IRCC : un profil Entrée express reste dans le bassin jusqu’à 12 mois après sa soumission (voyez la page Entrée express d’IRCC). Sans invitation pendant ce temps, il expire; vous pouvez alors créer un nouveau profil si vous respectez toujours les exigences minimales d’un programme. Gardez vos résultats de test et votre EDE valides, et mettez le profil à jour quand quelque chose change (nouveau test, expérience, anniversaire).",
    },
    long: {
      en: "A new profile gets a new submission date, which matters for the tie-breaking rule. Language results must be less than two years old both when the profile is submitted and when you apply for permanent residence.",
      fr: "Un nouveau profil a une nouvelle date de soumission, ce qui compte pour la règle de départage. Les résultats de langue doivent dater de moins de deux ans lors de la soumission du profil et lors de la demande de résidence permanente.",
    },
    links: ["expressEntry"],
    reviewed: REVIEWED,
  },
  {
    id: "decline-ita",
    keywords: { en: ["decline ita", "decline the ita", "decline my ita", "refuse ita", "reject ita", "ita expire", "ita expires", "let the ita expire", "not apply after ita", "miss the 60 days", "turn down the invitation"], fr: ["refuser l'ipd", "refuser l'invitation", "decliner l'invitation", "ipd expire", "laisser expirer l'invitation"] },
    title: { en: "Declining an ITA or letting it expire", fr: "Refuser une IPD ou la laisser expirer" },
    short: {
      en: "You may decline an invitation to apply (ITA) in your account. If you decline, or let the 60 days pass without applying, the invitation is gone; if your profile is still valid and you still meet the minimums you go back into the pool and may be invited again in a later round. Declining is better than submitting an incomplete application or one you cannot prove.",
      fr: "Vous pouvez refuser une invitation à présenter une demande (IPD) dans votre compte. Si vous la refusez, ou laissez passer les 60 jours sans présenter de demande, l’invitation est perdue; si votre profil est encore valide et que vous respectez toujours les exigences, vous revenez dans le bassin et pouvez être invité de nouveau lors d’une ronde ultérieure. Mieux vaut refuser que soumettre une demande incomplète ou impossible à prouver.",
    },
    long: {
      en: "An incomplete application, or a claim in the profile you cannot support with documents, can be refused, and a misrepresentation finding can bar you for years. If your situation changed so that your score would drop below the round's cutoff, declining and updating the profile is usually the safer choice.",
      fr: "Une demande incomplète, ou une déclaration du profil que vous ne pouvez pas prouver, peut être refusée, et une fausse déclaration peut vous interdire de territoire pendant des années. Si votre situation a changé au point que votre note tomberait sous la note minimale de la ronde, refuser et mettre le profil à jour est souvent le plus sûr.",
    },
    links: ["applyPr"],
    reviewed: REVIEWED,
  },
  {
    id: "medical-exam",
    keywords: { en: ["medical", "medical exam", "medical examination", "upfront medical", "panel physician", "immigration medical", "health check"], fr: ["examen medical", "visite medicale", "medecin designe", "examen medical aux fins de l'immigration"] },
    title: { en: "The immigration medical exam", fr: "L’examen médical aux fins de l’immigration" },
    short: {
      en: "You, your spouse or partner and your dependent children need an immigration medical exam by a panel physician (a doctor IRCC has approved) — even family members who are not coming. You do it after the ITA, usually before or while you submit the application; IRCC tells you if it needs more. Your own doctor cannot do it.",
      fr: "Vous, votre époux ou conjoint et vos enfants à charge devez passer un examen médical aux fins de l’immigration chez un médecin désigné (approuvé par IRCC) — même les membres de la famille qui ne vous accompagnent pas. Il se fait après l’IPD, en général avant ou pendant la soumission de la demande; IRCC vous dira s’il lui faut autre chose. Votre propre médecin ne peut pas le faire.",
    },
    long: {
      en: "The results are valid for a limited time: if they expire before your permanent residence is granted, IRCC may ask for a new exam. The list of panel physicians and the instructions are on IRCC's pages for the application documents.",
      fr: "Les résultats sont valides pendant une durée limitée : s’ils expirent avant l’octroi de la résidence permanente, IRCC peut demander un nouvel examen. La liste des médecins désignés et les instructions sont sur les pages d’IRCC sur les documents de la demande.",
    },
    links: ["applicationDocuments", "applyPr"],
    reviewed: REVIEWED,
  },
  {
    id: "police-certificates",
    keywords: { en: ["police certificate", "police certificates", "pcc", "police clearance", "criminal record", "background check"], fr: ["certificat de police", "certificats de police", "casier judiciaire", "extrait de casier"] },
    title: { en: "Police certificates", fr: "Certificats de police" },
    short: {
      en: "IRCC's rule (check its documents page, which has country-by-country instructions): after an ITA you give police certificates for you and each family member 18 or older, from every country where each of you lived for 6 months or more in a row since turning 18 (Canada included when you live here). Some countries take weeks: start early.",
      fr: "Règle d’IRCC (voyez sa page sur les documents, qui donne les consignes pays par pays) : après une IPD, vous fournissez des certificats de police pour vous et chaque membre de la famille de 18 ans ou plus, de chaque pays où chacun a vécu 6 mois ou plus d’affilée depuis ses 18 ans (y compris le Canada si vous y vivez). Certains pays prennent des semaines : commencez tôt.",
    },
    long: {
      en: "If a certificate cannot arrive within the 60 days, submit the application with proof that you asked for it, and send the certificate when you receive it.",
      fr: "Si un certificat ne peut pas arriver dans les 60 jours, soumettez la demande avec la preuve que vous l’avez demandé, et envoyez le certificat dès que vous le recevez.",
    },
    links: ["applicationDocuments"],
    reviewed: REVIEWED,
  },
  {
    id: "dependants",
    keywords: { en: ["dependant", "dependants", "dependent", "dependents", "dependent child", "dependent children", "add my child", "add my children", "include my kids"], fr: ["personne a charge", "personnes a charge", "enfant a charge", "enfants a charge", "inclure mes enfants"] },
    title: { en: "Family members and dependants", fr: "Membres de la famille et personnes à charge" },
    short: {
      en: "Your spouse or common-law partner and your dependent children are part of your application, whether or not they come with you: each must be declared, have a medical exam, and count in the family size for proof of funds. IRCC's definition (IRPR s.2; check IRCC's page): a dependent child is under 22 and not a spouse or partner, or 22 or older and dependent on you because of a physical or mental condition since before 22.",
      fr: "Votre époux ou conjoint de fait et vos enfants à charge font partie de votre demande, qu’ils vous accompagnent ou non : chacun doit être déclaré, passer l’examen médical et compter dans la taille de la famille pour la preuve de fonds. Définition d’IRCC (RIPR art. 2; voyez la page d’IRCC) : un enfant à charge a moins de 22 ans et n’est pas marié ni en union de fait, ou a 22 ans ou plus et dépend de vous en raison d’un état physique ou mental depuis avant ses 22 ans.",
    },
    long: {
      en: "A family member not declared and not examined may never be sponsored later as a family member. A spouse who is a Canadian citizen or PR does not make you a candidate 'with spouse' for the CRS.",
      fr: "Un membre de la famille non déclaré et non examiné ne pourra peut-être jamais être parrainé plus tard comme membre de la famille. Un époux citoyen canadien ou RP ne fait pas de vous un candidat « avec époux » pour le SCG.",
    },
    links: ["applicationDocuments", "proofOfFunds"],
    reviewed: REVIEWED,
  },
  {
    id: "teer-noc",
    keywords: { en: ["noc", "noc code", "teer", "teer category", "teer 0", "teer 1", "teer 2", "teer 3", "teer 4", "teer 5", "teer job", "national occupational classification", "occupation code", "skill level", "which noc", "my noc"], fr: ["cnp", "code cnp", "feer", "categorie feer", "feer 0", "feer 1", "feer 2", "feer 3", "feer 4", "feer 5", "classification nationale des professions", "code de profession"] },
    title: { en: "NOC codes and TEER categories", fr: "Codes CNP et catégories FEER" },
    short: {
      en: "Canada classifies jobs with the National Occupational Classification (NOC 2021): each occupation has a 5-digit code, and its second digit is its TEER category (Training, Education, Experience and Responsibilities), from 0 (management) to 5. Express Entry counts skilled work in TEER 0, 1, 2 or 3; TEER 4 and 5 do not count. Pick the NOC whose lead statement and main duties match what you actually did.",
      fr: "Le Canada classe les emplois avec la Classification nationale des professions (CNP 2021) : chaque profession a un code à 5 chiffres, dont le deuxième est sa catégorie FEER (formation, études, expérience et responsabilités), de 0 (gestion) à 5. Entrée express compte le travail qualifié des FEER 0, 1, 2 ou 3; les FEER 4 et 5 ne comptent pas. Choisissez le code CNP dont la description et les fonctions principales correspondent à ce que vous avez vraiment fait.",
    },
    long: {
      en: "TEER 1 usually needs a university degree, TEER 2 a college diploma of two years or more or an apprenticeship, TEER 3 a shorter college program or apprenticeship. For the Canadian Experience Class, TEER 0–1 work needs CLB 7 and TEER 2–3 work CLB 5. Category-based rounds list eligible occupations by NOC code.",
      fr: "Le FEER 1 exige en général un diplôme universitaire, le FEER 2 un diplôme collégial de deux ans ou plus ou un apprentissage, le FEER 3 un programme collégial plus court ou un apprentissage. Pour l’expérience canadienne, le travail FEER 0–1 exige NCLC 7 et le FEER 2–3 NCLC 5. Les rondes par catégorie listent les professions admissibles par code CNP.",
    },
    links: ["expressEntry", "categoryBased"],
    reviewed: REVIEWED,
  },
  {
    id: "biometrics",
    keywords: { en: ["biometrics", "biometric", "fingerprints", "biometric instruction letter", "bil", "give biometrics"], fr: ["biometrie", "donnees biometriques", "empreintes digitales", "lettre d'instructions biometriques"] },
    title: { en: "Biometrics", fr: "Données biométriques" },
    short: {
      en: "For permanent residence you give biometrics (fingerprints and a photo) after you submit the application, when IRCC asks for them in a letter. IRCC's rule: biometrics given for an earlier application stay valid for 10 years, so you may not need to give them again (check IRCC's page). The fee is in /program fees: per person, with a maximum for a family applying together.",
      fr: "Pour la résidence permanente, vous donnez vos données biométriques (empreintes digitales et photo) après la soumission de la demande, quand IRCC les demande par lettre. Règle d’IRCC : des données biométriques données pour une demande antérieure restent valides 10 ans, vous n’aurez peut-être pas à les redonner (voyez la page d’IRCC). Les frais sont dans /program fees : par personne, avec un maximum pour une famille qui présente sa demande ensemble.",
    },
    long: {
      en: "Give them at an official collection point with the instruction letter; the letter says where and how long you have.",
      fr: "Donnez-les dans un point de service officiel avec la lettre d’instructions; la lettre indique où et dans quel délai.",
    },
    links: ["afterApply", "fees"],
    reviewed: REVIEWED,
  },
  {
    id: "processing-time",
    keywords: { en: ["processing time", "processing times", "processing", "how long does it take", "how long to get pr", "service standard", "timeline", "aor", "how long after ita", "how long after aor", "ecopr"], fr: ["delai de traitement", "delais de traitement", "traitement", "combien de temps pour la rp", "norme de service", "combien de temps apres l'ipd", "aor"] },
    title: { en: "Processing time after you apply", fr: "Délai de traitement après la demande" },
    short: {
      en: "After you submit a complete application for permanent residence, IRCC processes it against its service standard for Express Entry: 6 months for most complete applications (IRCC's published standard; check its pages). The actual time varies with the case (medical, police certificates, security checks, requests for more documents); IRCC's processing-times tool on canada.ca gives today's estimate. You get an acknowledgement of receipt (AOR), then requests such as biometrics, then the decision.",
      fr: "Après la soumission d’une demande complète de résidence permanente, IRCC la traite selon sa norme de service pour Entrée express : 6 mois pour la plupart des demandes complètes (norme publiée par IRCC; voyez ses pages). Le délai réel varie selon le dossier (examen médical, certificats de police, vérifications de sécurité, demandes de documents); l’outil des délais de traitement d’IRCC sur canada.ca donne l’estimation du jour. Vous recevez un accusé de réception (AOR), puis des demandes comme la biométrie, puis la décision.",
    },
    long: {
      en: "The clock starts when IRCC receives a complete application, not at the ITA. Before the ITA there is no processing: the profile waits in the pool until a round invites it.",
      fr: "Le délai commence quand IRCC reçoit une demande complète, pas à l’IPD. Avant l’IPD, il n’y a pas de traitement : le profil attend dans le bassin jusqu’à ce qu’une ronde l’invite.",
    },
    links: ["afterApply", "applyPr"],
    reviewed: REVIEWED,
  },
];
