/**
 * Everyday words of chat messages (normalised: lower case, no accents), per language. The speller leaves these alone —
 * they are words, not typos — and never corrects toward them: "remonte" must not become "refonte", "coupe" not "coute",
 * "seal" not "seul", "around" not "round", "France" not "franco", "cook" not "look". Not a dictionary: the common words
 * of questions people ask, which the bot's own vocabulary lacks.
 */

const FR = `
a ai aie aient ais ait as au aucun aucune aujourd aupres auquel aussi autant autre autres aux avais avait avant avec avez aviez avoir avons ayant
beaucoup bien bientot bon bonne bons bref ca car ce ceci cela celle celles celui cependant certain certaine certains ces cet cette ceux chacun chaque chez chose choses
ci comme comment contre crois croit dans de dedans dehors deja demain depuis des dessous dessus deux devant devenir devient devrait dire dis disait dit dite dites
doit doivent donc dont du elle elles en encore ensuite entre envers es est et etaient etais etait etant ete etes etre eu eux facile fais faisait fait faite faites
faut fois font fut gens grand grande gros hier ici il ils jamais je jusqu jusque la laquelle le lequel les lesquels leur leurs lorsque lui ma mais mal me meme memes
merci mes mien mieux moi moins mon moyen ne ni non nos notre nous nouveau nouvelle on ont ou ou par parce parfois parmi pas passe pendant personne peu peut peuvent
peux plupart plus plusieurs plutot pour pourquoi pourrait pouvez pouvons premier premiere pres presque puis puisque quand que quel quelle quelles quelque quelques
quels qui quoi rien sa sais sait sans se selon ses seul seule si sien soi soit son sont sous souvent suis sur ta tant te tel telle tes toi ton tot toujours tous tout
toute toutes tres trop tu un une vers veut veux via voici voila vos votre vous vraiment vrai vraie
bonjour bonsoir salut allo coucou svp stp merci merci beaucoup desole desolee aide aider question questions reponse repondre
savoir sais sait connais connait comprendre comprends compris penser pense pensez croire crois trouver trouve chercher cherche
demander demande demandes envoyer envoye envoie recevoir recu recue recus attendre attends attend attente arriver arrive arrivee
partir parti partie rester reste restes venir viens vient venu aller vais va vont allons allez alle sortir sorti monter monte
remonter remonte remontent descendre descend baisser baisse baisses augmenter augmente passer passe passee passes
changer change changes changement commencer commence commencee finir fini finie terminer termine ouvrir ouvert fermer ferme
gagner gagne gagnes perdre perdu perds jouer joue vendre vend vendu acheter achete payer paye payes prendre pris prise
mettre mis donner donne donnes donnent montrer montre prouver prouve remplir rempli soumettre soumis deposer depose
coupe coupes match equipe hockey soccer football sport jeu jeux film films musique chanson livre livres
voiture char auto maison appartement logement chambre ville quartier rue magasin epicerie resto restaurant cafe
travail travaille travailler travaillais emploi job boulot patron employeur collegue bureau poste salaire
ecole etudiant etudiante etudes cours classe professeur universite college diplome formation
famille enfant enfants fils fille bebe mari femme epouse epoux conjoint conjointe parents pere mere frere soeur ami amie amis copain copine
annee annees mois semaine semaines jour jours heure heures minute minutes matin soir nuit temps date dates
janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
lundi mardi mercredi jeudi vendredi samedi dimanche
premier deuxieme troisieme dernier derniere prochain prochaine ancien ancienne nouveau nouveaux nouvelles
bon mauvais vite lent rapide long longue court courte haut haute bas basse petit petite grand grande
oui non peut etre probablement vraiment seulement surtout environ exactement
pays canada quebec montreal toronto vancouver ottawa calgary edmonton winnipeg halifax laval gatineau
meteo neige pluie froid chaud hiver ete printemps automne
telephone cellulaire forfait internet ordinateur site lien page courriel message
gouvernement federal provincial ministre loi lois regle regles politique
citoyen citoyenne citoyens citoyennes resident residente residents
avis serai serais seras sera serons serez seront aurai aurais pourrai pourrais devrai devrais laisse laisser laisses bosse bosser bosses tante tantes oncle cher chere rentre rentrer partiel partielle partiels sers garage virage vote votes voter monde fronde
probleme problemes raison raisons chance chances espoir stress peur
quelqu quelqu un quelque chose
afin ailleurs ainsi alors amener apres argent assez besoin cest chat ciel cinq cote cousin cousine demandeur dernieres derniers devoir dois enfin
ensemble espere esperer faire fin france grosse homme hui idee journee juste laisser loin longe longtemps maintenant maman marche meilleur midi moment
monde montant nombre papa pareil parle parler part peut-etre plein pouvoir prepare principal quatre rendre reviennent revenir sera serait sinon sommes
suite sujet super tard tellement tiens train trois vie vise voir vois voit voudrais accompagnant residente suffisent qualifiee calculee federale
fonctionne
partiel partielle partiels tante tantes oncle oncles cousins neveu neveux niece nieces grand mere grand pere petit fils petite fille
citoyen citoyenne citoyens citoyennes resident residents permanent permanente
barre passe passer calcule calculer calcul ingenieur infirmier infirmiere autorisee autorise cuisinier serveur serveuse
respectivement perdu perdue utilise utiliser sers servir an
carte cartes renouvellement renouveler renouvelle sejour sejours voyage voyager pays passer passe passee vacances
`;

const EN = `
a about above after again against all almost also although always am among an and another any anyone anything are around as at away
back be became because been before being below best better between both but by came can cannot could did do does doing done down during
each either else enough even ever every everyone everything few first for from further get gets getting give given gives go goes going gone got
had has have having he her here hers him his how however i if in into is it its itself just know known last less let like likely
made make makes many may maybe me might more most much must my myself need never new next no nor not nothing now of off often on once only or
other others our out over own per perhaps please probably quite rather really said same say says see seem seems she should since so some someone
something sometimes soon still such sure take taken than that the their them then there these they thing things think this those though through
thus to today together too took toward under until up upon us use used very want was way we well went were what whatever when where whether
which while who whole whom whose why will with within without would yes yet you your yours
hi hello hey thanks thank please sorry question questions answer answers help language languages guys folks everyone anybody somebody
ask asked asking tell told say said wait waiting waited send sent receive received arrive arrived leave left stay stayed keep kept
start started begin began finish finished end ended open opened close closed change changed changing win won lose lost play played
buy bought sell sold pay paid spend spent move moved live lived living work worked working study studied studying
car house home apartment room city street shop store restaurant coffee food
game games team match cup hockey soccer football sport movie music song book books
job boss employer coworker office salary
school student class teacher university college
family kid kids child children son daughter baby husband wife parents father mother brother sister friend friends
year years month months week weeks day days hour hours minute minutes morning evening night time date
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
good bad fast slow long short high low big small old young true false
country canada toronto vancouver montreal ottawa calgary edmonton winnipeg halifax
weather snow rain cold hot winter summer spring fall
phone internet computer website link page email message
government federal provincial minister law laws rule rules policy
problem problems reason reasons chance chances hope stress worried
seal seals stamp ticket tickets grad grads postgrad undergrad
wasn isn weren aren doesn didn don won couldn shouldn wouldn hasn haven hadn ain sale sales retail black white wise tip tips drew cool tool tools poll polls east cast vast text texts nest store stores scope scare grade grades trace wealth item items step steps weak gate mate hate feed feeds pounds
across actually afternoon ago ahead alone along already amount answered anyway anywhere appear aunt backlog based basically become becomes beginning
behind believe beside besides beyond birthday bother bring brought build built busy call called calling card care careful case cause certain certainly
check checked checking clear clearly come comes coming cook cooks count counted couple course cousin cover crazy current currently daily data dead
deal dear decide decided definitely didn different door drop earlier early easy ending entire especially event everybody exactly example except
excited expect face fact fair famous faster feel feeling feels fellow felt figure final finally find fine finger five fixed follow followed following
form forward found four free front full fully funny gave girl giving glad great group guess half hand hang happen happened happening happens happy
hard head hear heard hold honest honestly hoping hundred idea issue keeping kind knew knowing large late later latter least letter life line list
listen little lives look looked looking love main making married matter mean meaning means meant meet member mention mess mind mine miss missed mom
money name near nearly needed needs news nice nobody none normal notice number okay order otherwise part past pending people period person place plan
planning plus point possible post posted pretty pull quick quickly rate read ready real recently refresh refreshing remember reply rest right save
saying second seemed seen sending seriously several shall share show showed side single somewhere sort starting state stop stopped stops story stuff
super suppose taking talk talking telling thinking third thought three times tired tomorrow total tried trust truth trying turn twice type understand
useful usual usually wanted wants watch watching weekend weird whenever wish woman wonder wondering word words world worry worse write writing wrong
yesterday yourself
`;

const words = (text: string) => new Set(text.split(/\s+/).filter((w) => w.length >= 2));

export const COMMON_WORDS: Readonly<Record<"en" | "fr", ReadonlySet<string>>> = { en: words(EN), fr: words(FR) };
