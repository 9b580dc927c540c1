/**
 * Everyday words of English and French (normalised: no accents) that the speller must leave alone.
 * The speller corrects any word it does not know to the nearest word it does, and its vocabulary is
 * the bot's own words: without these, "around" became "round" (a round of invitations), "France"
 * became "franco" (the French category), "remonte" became "refonte" (the reform), "quelle" became
 * "qu elle". These words are known, so never corrected, but never a correction's target either:
 * a typo still goes to the bot's own word ("lates" → "latest", not "late").
 * Only words of 4 letters or more matter (shorter ones are never corrected).
 */

const EN = `
about above across actually after afternoon again against ago ahead almost alone along already also although always among amount
another answer answered anybody anyone anything anyway anywhere appear around arrive arrived asked asking aunt away back backlog
based basically because become becomes been before began begin beginning behind being believe below beside besides best better
between beyond birthday both bother bought bring brother brought build built busy call called calling came cannot card care careful
case cause certain certainly chance change changed check checked checking child children city clear clearly close closed come comes
coming cook cooks could count counted country couple course cousin cover crazy current currently daily data date daughter days dead deal dear decide
decided definitely didn different does doing done door down drop during each earlier early easy either else email end ended ending
enough entire especially even evening event ever every everybody everyone everything exactly example except excited expect face fact
fair fall family famous fast faster father feel feeling feels fellow felt figure final finally find fine finger finish first five
fixed follow followed following form forward found four free friend friends from front full fully funny gave getting girl give given
gives giving glad goes going gone good great group guess guys half hand hang happen happened happening happens happy hard have
having head hear heard hello help here high hold home honest honestly hope hoping hour hours house however hundred husband idea
into issue itself just keep keeping kept kind knew know knowing known large last late later latter least leave left less letter
life like likely line list listen little live lived lives living long look looked looking lose lost love made main make makes making
many married matter maybe mean meaning means meant meet member mention mess message might mind mine minute minutes miss missed mom money
month months more morning most mother move moved much must myself name near nearly need needed needs never news next nice night nobody
none normal nothing notice number often okay once only open opened order other others otherwise over page parents part past pending
people perhaps period person phone place plan planning play please plus point possible post posted pretty probably problem pull
question quick quickly quite rate rather read ready real really reason recently refresh refreshing remember reply rest right room rule
said same save saying says second seem seemed seems seen send sending sent seriously several shall share short should show showed
side since single sister small some somebody someone something sometimes somewhere soon sorry sort start started starting state stay
still stop stopped stops story stuff such super suppose sure take taken taking talk talking tell telling than thank thanks that their
them then there these they thing things think thinking third this those though thought three through time times tired today together
told tomorrow took total toward tried trust truth trying turn twice type under understand until upon used useful usual usually very
wait waiting want wanted wants watch watching week weekend weeks weird well went were what whatever when whenever where whether which
while whole whom whose wife will wish with within without woman wonder wondering word words work worked working world worried worry
worse would write writing wrong year years yesterday young your yours yourself
`;

const FR = `
afin ailleurs ainsi aller alors ami amie amis amener annee annees apres argent arrive arriver arrivee assez attendre attends attente
aucun aucune aujourd aupres aussi autant autre autres avant avec avez avoir avons beaucoup besoin bien bientot bon bonne bonjour
bonsoir cela celle celles celui certain certaine certains cest chaque chat chez chose choses ciel cinq comme comment compris contre
cote coupe cousin cousine croire crois dans demain demande demander demandeur depuis derniere dernier dernieres derniers devant
devenir devoir devrait disait dire dis dit dites dois doit donc donne donner dont elle elles encore enfin ensemble ensuite entre
envoye envoyer espere esperer etaient etait etant etre eux exactement faire fais faisait fait faites famille faut femme fille fils
fin fois font france frere gens grand grande gros grosse haut heure heures homme hui ici idee jamais jour journee jours juste
laisser leur leurs loin longe longtemps lorsque maintenant mais mal maman marche mari matin meilleur meme mere merci mettre midi
mieux moins mois moment monde montant montrer nombre notre nous nouveau nouvelle nouvelles oui ouvert papa parce pareil parfois
parle parler part partir pas passe passer pendant pense penser perdu personne petit petite peu peut peut-etre peuvent peux plein
plupart plus plusieurs plutot pour pourquoi pourrait pouvez pouvoir prendre prepare presque principal pris prochain prochaine
quand quatre quelle quelles quelque quelques quels question quoi raison rapide recu remonte rendre reponse reste rester reviennent
revenir rien sais sait salut sans savoir semaine semaines sera serait seul seule seulement sinon soeur soir sommes sont souvent
suis suite sujet super surtout tant tard tellement temps tiens toujours tous tout toute toutes train travail tres trois trop
trouve trouver vais vend vendredi venir vers veut veux vie viens vient vise voici voila voir vois voit votre vous voudrais vraiment
vrai accompagnant residente suffisent qualifiee calculee federale fonctionne gouvernement montre
`;

const words = (text: string) => text.split(/\s+/).filter((w) => w.length >= 4);

export const COMMON_WORDS: Readonly<Record<"en" | "fr", readonly string[]>> = { en: words(EN), fr: words(FR) };
