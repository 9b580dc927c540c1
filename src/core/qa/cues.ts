/**
 * The words that signal what a question asks, EN and FR (normalised: lower case, no accents).
 * Intents (intents.ts) are built from these; the speller's vocabulary includes every word here.
 */
export const CUES = {
  draw: /\b(draws?|drws?|rounds?|tirages?|rondes?|itas?|ipds?|invitations?|invites?|invited|cut ?offs?|cutoffs?|selections?)\b/,
  cutoff: /\b(cut ?offs?|cutoffs?|crs|scg|scores?|notes?|seuils?|points?|minimum score|score minimum|note minimale|notes minimales|passing)\b/,
  min: /\b(record (?:low|bas|basse|minimum)|all time low|(?:le |la )?plus bas(?:se)? (?:jamais|historique)|lowest|smallest|least|fewest|minimal|plus bas|plus basse|plus faible|plus petite?|le moins|la moins|worst|easiest|most accessible|plus facile|plus accessible|moins eleve|moins elevee|moins haute?)\b/,
  max: /\b(highest|biggest|largest|most(?! recent)|maximal|plus haute?|plus eleve|plus elevee|plus gros|plus grosse|plus grande?|toughest|hardest|record high|all time high|(?:le|la) plus (?:de|d)(?= (?:invit\w*|itas?|ipds?|candidats|personnes|gens|monde))|plus difficile|plus dure?|plus exigeante?|plus competitive?|most competitive|most difficult)\b/,
  size: /\b(size|sizes|biggest|largest|smallest|fewest|itas|invitations|invited|people|gros|grosse|taille|grande?|petite?|issued)\b/,
  average: /\b(average|averages|avg|mean|median|medians|typical|typically|usual|moyenne|moyennes|moyen|mediane|en general)\b/,
  count: /\b(how many|number of|count|total|totals|combien|nombre|in total|au total|altogether|overall|sum)\b/,
  gap: /\b(gaps?|how often|how frequent\w*|frequen\w*|intervals?|intervalles?|(?:between|btw|b w) (?:\w+ ){0,4}(?:draws|rounds|itas|tirages|rondes)|entre (?:\w+ ){0,4}(?:tirages|rondes|draws|rounds)|days between|jours entre|espac\w*|apart|pauses?|(?<!tie )breaks?|how regular\w*|regularity|regulierement|(?:longest|shortest|plus longue?|plus long|plus courte?|plus court|record|max\w*) (?:\w+ ){0,6}(?:without|with no|w o|sans|no|aucune?)|tous les combien|chaque combien|every how many|a quel rythme|rythme|rhythm|cadence|droughts?|dry spells?|stretch(?:es)?|(?:longest|shortest|plus longue?|plus courte?|plus long|plus court) (?:\w+ ){0,3}(?:waits?|waited|waiting|attentes?|periods?|periodes?|times?|temps|delais?|ecarts?|durees?)|waited|ecarts?|bursts?|waves?|vagues?|every (?:\d+|two|three|four|five|six|few|other|couple of|2|3) (?:weeks?|days?|months?)|every (?:week|month)|toutes les (?:\d+|deux|trois|quatre|2|3) semaines|tous les (?:\d+|deux|trois|quinze|dix) (?:jours|mois)|bi ?weekly|weekly|fortnight\w*|hebdo\w*)\b/,
  next: /\b(tomorrow|demain|soon|bientot|future|futur\w*|a l avenir|gonna be|will there be|is there going to be|are there going to be|y aura t il|il y aura|aura t il|va t il y avoir|va y avoir|next|upcoming|prochaine?s?|when will|will (?:we|they|ircc|there)(?= (?:\w+ ){0,3}(?:get|have|be|hold|do|see|make|draws?|rounds?))|are we (?:getting|having|going to get)|(?:can|do|should) we expect|(?:on|ils|ircc) va (?:avoir|faire|y avoir)|vont (?:faire|avoir|tenir)|va t on|aura t on|when is the next|quand aura|a venir|expected|predict\w*|forecast|prevision\w*|prevue?s?|coming|schedule[ds]?|calendars?|calendriers?|horaires?|planning|day of (?:the )?week|(?:which|what) days?|quels? jours?|patterns?|what time|time of (?:the )?day|a quelle heure|quelle heure|jours? de la semaine|weekdays?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|week ends?|fins? de semaine|lundis?|mardis?|mercredis?|jeudis?|vendredis?|samedis?|dimanches?)\b/,
  latest: /\b(last|latest|lastest|recent|newest|previous|current|dernier|derniere|derniers|dernieres|recente?s?|plus recente?|today|yesterday|this week|aujourd hui|hier|cette semaine|new)\b/,
  /** "What's new?", "quoi de neuf ?": asking for the latest round without naming one. */
  news: /\b(what s new|whats new|anything new|any news|news|any updates?|quoi de neuf|du nouveau|des nouvelles|nouveautes?|du neuf)\b/,
  when: /\b(when was|when did|quand a eu lieu|c etait quand|quand etait|date of the last|any draw|was there a|y a t il eu|il y a eu)\b/,
  daysSince: /\b(how long since|how long has it been|how long ago|how many days ago|(?:il y a|ya|y a) combien de (?:jours|temps|semaines)|days since|since the last|depuis combien de (?:temps|jours)|combien de jours depuis|depuis le dernier|depuis la derniere|jours depuis|it s been|its been|been a while|(?:ca|sa) fait (?:combien|longtemps|un bail)|(?:y a|il y a|ya) (?:pas|plus) eu (?:de |d )?(?:tirages?|rondes?|invitations?)|no (?:draws?|rounds?) (?:since|for)|(?:pas|plus) de (?:tirages?|rondes?) depuis)\b/,
  // "How many people…" is the pool, unless it asks how many were invited (a total of rounds).
  // "I'm in the pool since March", "je suis dans le bassin avec 478": the person's situation, not a question about the pool.
  pool: /\b((?<!\b(?:i m|i am|im|i ve been|ive been|we re|we are|been|je suis|suis|j suis|on est|nous sommes|entered|joined|enter|join|entre dans|entree dans|rentre dans|depuis que je suis)\s(?:\w+\s){0,2})(?:pool|bassin)|profiles in|candidates in|candidats dans|distribution|repartition|(?:how many (?:people|candidates)|combien de (?:candidats|personnes|gens))(?!(?: \w+){0,4} (?:invit\w*|itas?|ipds?|got|received|selected|recu|recus|ont eu|selectionn\w*))|above|au dessus|ahead of me|competition)\b/,
  points: /\b(transferability|transferabilite|points?|pts|worth|vaut|valent|rapporte|add|adds|score for|how much is|combien de points|get for|earn|earns|claim)\b/,
  level: /\b(clb|nclc|level|levels|niveau|niveaux|equivalent|equivalence|convert|conversion|band|bands|correspond)\b/,
  funds: /\b(proof of funds?|settlement funds?|funds|fund|fonds|money|argent|bank balance|bank statement|show money|liquidity|pof)\b/,
  fees: /\b(fees?|cost|costs|price|frais|cout|couts|coute|coutent|how much does it cost|combien coute|rprf|right of (?:pr|permanent residence)|droit de (?:la )?(?:rp|residence permanente)|pay|payer|paie)\b/,
  requirement: /\b(how many years|how many months|how much experience|combien d annees|combien de mois|combien d experience|assez|enough|eligible|eligibility|qualify|qualifies|requirements?|require|required|minimum|minimums|needs?|can i apply|apply|exigences?|exige|admissible|admissibilite|criteria|criteres|conditions?|enough)\b/,
  what: /\b(what is|what s|whats|what are|explain|meaning|mean|c est quoi|qu est ce|definition|signifie|veut dire|tell me about|parle moi)\b/,
  active: /\b(active|still|exist|exists|in force|discontinued|cancelled|canceled|removed|stopped|current|en vigueur|toujours|encore|existe|supprimee?|actifs?|active)\b/,
  categories: /\b(categories|category|categorie|categories|category based|par categorie)\b/,
  reform: /\b(merged?|merging|fusion\w*|one program|single program|un seul programme|reform|reforms|reforme|new rules|rule changes?|changes? (?:to|in) express entry|high wage|high-wage|salaire eleve|federal high skilled|high skilled class|hautement qualifie\w*|classe federale|proposal|proposed|proposition|nouvelles regles|changements|overhaul|revamp|new (?:express entry )?system|nouveau systeme|refonte|remaniement)\b/,
  /** Asking whether a program, the grid or Express Entry itself will be removed, merged or changed: the 2026 reform proposals. */
  abolish: /\b(remove[ds]?|removing|abolish\w*|scrap\w*|eliminat\w*|go(?:ing|ne)? away|disappear\w*|dispara\w*|supprim\w*|replac\w*|remplac\w*|merg\w*|fusion\w*|phased? out|get(?:ting)? rid|no longer exist|n existera plus|will change|going to change|is changing|are changing|changing|changing in|changes coming|va changer|vont changer|changer en 2026|change en 2026|future of|avenir d\w*|close|closes|closed|closing|shut down|shutting down|ending|ended for good|stop|stopped|stopping|fermer|ferme|fermee|fermeture|fin d entree express|arreter|arrete|arret)\b/,
  province: /\b(province|provinces|provincial|territory|territoire|official (?:site|page|website)|website|site officiel)\b/,
  compare: /\b(difference|differences|vs|versus|compare|comparer|or|ou|better|mieux)\b/,
  stats: /\b(stats?|statistics|statistiques|summary|bilan|resume|overview|apercu|projections?|projected|projete\w*|on (?:track|pace)|pace|year end|fin d annee)\b/,
  grid: /\b(grid|grille|selection factors?|facteurs de selection|67|100 points|six factors|six facteurs|pass ?mark|passing (?:mark|score|grade|points)|note de passage|seuil de passage|note minimale de passage)\b/,
  itaDeadline: /\b(how many days|how long do i have|how much time|combien de jours|combien de temps|deadline|delai|time limit|time to submit|to submit|pour deposer|pour soumettre|pour envoyer|to apply)\b/,
  processing: /\b(get (?:my )?pr|processing|traitement|aor|ecopr|copr|approval|approuv\w*|decision|landing|to get pr|pour avoir la rp)\b/,
  biometrics: /\b(biometric\w*|biometrie|biometriques?|fingerprints?|empreintes)\b/,
  codes: /\b(noc|nocs|cnp|codes?|occupations?|jobs?|professions?|metiers? admissibles|who qualifies|qui est admissible|list of)\b/,
  chances: /\b(chances?|odds|likely|likelihood|probab\w*|will i get|am i going to get|can i get|enough to get|get invited|be invited|get an ita|get ita|recevoir une (?:ipd|invitation)|etre invite|suffisant|suffit|assez pour)\b/,
  afterIta: /\b(after|apres|once i get|once i got|got an?|got my|received|recu|now that i have|j ai recu)\b.*\b(ita|itas|invitation|ipd)\b/,
  latestOne: /\b(the|la|le|du|au|of the|de la|a la|its|that|ce|cette) (last|latest|most recent|newest|dernier|derniere|plus recente?) (?:\w+ )?(?:\w+ )?(draw|round|tirage|ronde)\b/,
  /** Other IRCC applications and services: not Express Entry, so not ours to answer. */
  otherApplication: /\b(study permit|permis d etudes|work permit (?:renewal|extension)|visitor visa|tourist visa|visa visiteur|super visa|citizenship|citoyennete|pgwp (?:renewal|extension)|renew (?:my )?pgwp|sponsor\w*|parrain\w*|passport renewal|eta|trv|asylum|refugee|refugie)\b/,
  expressEntry: /\b(cec|fsw|fst|crs|scg|draws?|rounds?|tirages?|rondes?|itas?|ipd|profile|profil|pool|bassin|pec|ptqf|ptmsf|category|categorie|pr fees?|permanent residence|residence permanente)\b/,
  neededScore: /\b(points?|score|crs|scg|note|cutoff|seuil)\b.*\b(need|needed|required|requis|faut|besoin|minimum|enough|suffisant|to get|pour avoir|pour obtenir|to enter|pour entrer)\b|\b(need|needed|required|faut|besoin)\b.*\b(points?|score|crs|scg|note)\b|\b(minimum|minimal|minimale)\s+(?:crs\s+|scg\s+)?(points?|score|crs|scg|note|pointage)\b/,
  greeting: /^(hi|hello|hey|bonjour|salut|allo|help|aide|merci|thanks|thank you|yo)\b/,
} as const;

export type CueName = keyof typeof CUES;

export const has = (text: string, ...names: CueName[]) => names.every((n) => CUES[n].test(text));
