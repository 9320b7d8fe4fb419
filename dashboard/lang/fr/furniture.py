"""Page furniture in French pages: lines that belong to the site, not to the article.

Same shape as ``dashboard/lang/web_furniture.py``: each pattern must match a WHOLE line of the
folded text (apostrophes are ', dashes are -, odd spaces are ' '); ``examples`` must match,
``counter_examples`` are real news lines that must not.
"""

# Weekdays and months after "Par": "Par mardi" is not a byline, but machine translation
# produces odd starts, and a byline never starts with a date word.
_NOT_A_NAME = r"(?!(?:Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Janvier|F[eé]vrier|Mars|Avril|Mai|Juin" \
              r"|Juillet|Ao[uû]t|Septembre|Octobre|Novembre|D[eé]cembre|Ailleurs|Contre|Exemple|Cons[eé]quent)\b)"
_NAME = r"[A-ZÀ-ÖØ-Þ][\w.'-]*"
_NAMES = rf"{_NAME}(?:\s+(?:{_NAME}|de|du|des|d'|van|von|le|la))*"

RULES = (
    {
        "name": "fr.skip_link",
        "reason": "navigation",
        "pattern": r"(?i)(?:aller|passer|acc[eé]der)(?: directement)? (?:au contenu(?: principal)?|[aà] la navigation"
                   r"|au menu|[aà] la recherche|au pied de page)",
        "examples": ("Aller au contenu", "Aller au contenu principal", "Accéder directement à la navigation"),
        "counter_examples": ("Aller au contenu des négociations sera difficile, a prévenu le diplomate.",),
    },
    {
        "name": "fr.menu_word",
        "reason": "navigation",
        "pattern": r"(?i)menu|fermer|rechercher|recherche|accueil|se connecter|connexion|s'abonner|je m'abonne"
                   r"|mon compte|retour en haut(?: de (?:la )?page)?|haut de page|sommaire|lire plus tard"
                   r"|(?:ajouter (?:[aà] (?:mes|vos) (?:s[eé]lections|favoris)|aux favoris))",
        "examples": ("Menu", "Rechercher", "Se connecter", "Retour en haut de la page"),
        "counter_examples": ("Accueil glacial pour le chancelier à Kiev.",),
        "max_words": 6,
    },
    {
        "name": "fr.prev_next_teaser",
        "reason": "teaser",
        # "Suivant les recommandations..." opens real sentences: alone or before a separator only.
        "pattern": r"(?i)article (?:pr[eé]c[eé]dent|suivant)\b.*|(?:pr[eé]c[eé]dent|suivant)e?(?:\s*[:>»|-].*)?",
        "examples": ("Précédent", "Suivant : Zelensky à Washington", "Article précédent Poutine menace l'Europe"),
        "counter_examples": ("Suivant les recommandations de l'OTAN, Berlin a livré des chars.",
                             "Précédent inquiétant, selon les experts de l'ONU."),
    },
    {
        "name": "fr.read_also",
        "reason": "teaser",
        "pattern": r"(?i)(?:[aà] )?(?:lire|voir|regarder|[eé]couter|d[eé]couvrir) (?:aussi|[eé]galement|la suite)\b.*"
                   r"|lire plus|sur le m[eê]me sujet\b.*|(?:nos )?articles? (?:li[eé]s|similaires|recommand[eé]s)\b.*"
                   r"|les plus lus|les plus partag[eé]s|(?:pour )?en savoir plus(?:\s*:.*)?|voir plus|dans la m[eê]me rubrique",
        "examples": ("Lire aussi : Kiev frappe une raffinerie russe", "À lire aussi Les frappes ukrainiennes",
                     "A lire également : l'OTAN se réunit", "Sur le même sujet", "En savoir plus"),
        "counter_examples": ("Pour en savoir plus sur les cibles, les enquêteurs ont interrogé des pilotes.",),
        "max_words": 30,
    },
    {
        "name": "fr.share_prompt",
        "reason": "share prompt",
        "pattern": r"(?i)(?:partager|partagez)(?: (?:cet article|cette (?:page|histoire|publication|actualit[eé]|vid[eé]o)"
                   r"|l'article|sur (?:facebook|twitter|x|linkedin|whatsapp|telegram|bluesky|messenger)"
                   r"|par (?:e-?mail|courriel|sms)))?\s*:?|vous pouvez partager (?:cet|cette|ce) \w+\b.*"
                   r"|(?:envoyer|imprimer|offrir)(?: cet article| l'article| par e-?mail)?|copier le lien|lien copi[eé] ?!?",
        "examples": ("Vous pouvez partager cette histoire sur les réseaux sociaux :", "Partager sur Facebook",
                     "Partager cet article", "Partager :", "Copier le lien"),
        "counter_examples": ("Partager les renseignements avec Kiev reste une priorité, a dit le ministre.",),
        "max_words": 14,
    },
    {
        "name": "fr.follow_prompt",
        "reason": "follow prompt",
        "pattern": r"(?i)(?:pour (?:les |ne rien manquer des )?(?:derni[eè]res? )?(?:mises [aà] jour|actualit[eé]s|infos?)"
                   r"[ ,]+)?(?:suivez|retrouvez|rejoignez)[- ]nous\b.*"
                   r"|abonnez-vous\b.*\b(?:cha[iî]ne|newsletter|compte|google|whatsapp|telegram|youtube|notifications?)\b.*"
                   r"|(?:t[eé]l[eé]chargez|installez) (?:notre|l') ?application\b.*",
        "examples": ("Suivez-nous sur Google Actualités", "Retrouvez-nous sur Facebook et X",
                     "Abonnez-vous à notre chaîne WhatsApp", "Téléchargez notre application"),
        "counter_examples": ("Suivez l'argent, disait un enquêteur américain en 2023.",),
        "max_words": 25,
    },
    {
        "name": "fr.newsletter_prompt",
        "reason": "newsletter prompt",
        "pattern": r"(?i).*\b(?:inscrivez-vous|abonnez-vous|recevez|s'inscrire|je m'inscris|inscription)\b.*"
                   r"\b(?:newsletters?|lettre d'information|infolettre|e-?mail|bo[iî]te mail|alertes?)\b.*"
                   r"|newsletters?|infolettre",
        "examples": ("Inscrivez-vous à notre newsletter quotidienne", "Recevez nos alertes par e-mail",
                     "Newsletter"),
        "counter_examples": ("Le ministère a reçu un e-mail des autorités russes, a-t-il précisé.",),
        "max_words": 25,
    },
    {
        "name": "fr.cookie_prompt",
        "reason": "cookie or privacy prompt",
        "pattern": r"(?i).*\b(?:ce site|nous) utilis\w* des (?:cookies|traceurs)\b.*"
                   r"|.*\b(?:cookies|traceurs)\b.*\b(?:accept|consent|navigation|param[eé]tr|pr[eé]f[eé]rences)\w*\b.*"
                   r"|.*\b(?:accept|consent|poursuivant)\w*\b.*\b(?:cookies|traceurs)\b.*"
                   r"|(?:tout )?(?:accepter|refuser)(?: (?:et fermer|tout|les cookies))?|continuer sans accepter"
                   r"|(?:g[eé]rer|param[eé]trer) (?:les |mes )?(?:cookies|pr[eé]f[eé]rences|choix)"
                   r"|politique de (?:confidentialit[eé]|cookies)|mentions l[eé]gales|tous droits r[eé]serv[eé]s.*",
        "examples": ("Ce site utilise des cookies pour améliorer votre expérience.", "Tout accepter",
                     "En poursuivant votre navigation, vous acceptez l'utilisation de cookies.",
                     "Continuer sans accepter", "Mentions légales"),
        "counter_examples": ("Kiev a refusé d'accepter les conditions russes.",),
        "max_words": 60,
    },
    {
        "name": "fr.byline",
        "reason": "credit line",
        "pattern": rf"(?:Par|Propos recueillis par|Texte|R[eé]daction)\s*:?\s+{_NOT_A_NAME}{_NAMES}"
                   rf"(?:\s*(?:,|et)\s+{_NAMES})*(?:\s*[,|-]\s*[^.!?]{{0,60}})?",
        "examples": ("Par Jean Dupont", "Par Jean Dupont et Marie Martin", "Par Anne-Laure Frémont, envoyée spéciale à Kiev",
                     "Propos recueillis par Paul Durand"),
        "counter_examples": ("Par ailleurs, le Kremlin a démenti toute implication.",
                             "Par Moscou interposée, la pression s'accentue sur Kiev.",
                             "Par mardi, les troupes s'étaient retirées."),
        "max_words": 12,
    },
    {
        "name": "fr.contributed_credit",
        "reason": "credit line",
        "pattern": r"(?i).*\b(?:ont|a) contribu[eé] [aà] (?:ce|cet) (?:rapport|article|reportage|compte rendu)\b.*"
                   r"|\(?(?:avec|source\s*:)\s*(?:l'|la )?(?:afp|reuters|ap|agences?|belga|ats|r[eé]daction)"
                   r"(?:\s*(?:,|et)\s*(?:afp|reuters|ap|agences?|belga|ats))*\)?\.?"
                   r"|(?:par )?la r[eé]daction(?: (?:de|d'|du) ?[\w'-]+(?: [\w'-]+)?)?",
        "examples": ("Jack Forrest, Katie Bo Lillis et Gawon Bae de CNN ont contribué à ce rapport.", "Avec AFP",
                     "Par la rédaction", "La rédaction de franceinfo",
                     "(avec AFP et Reuters)", "Source : AFP"),
        "counter_examples": ("Avec l'aide des Américains, Kiev a frappé un aérodrome.",
                             "La rédaction du texte a pris trois mois."),
        "max_words": 40,
    },
    {
        "name": "fr.outlet_with_agency",
        "reason": "credit line",
        "pattern": r"(?i)(?:[\w'.-]+ ){1,3}avec (?:l')?(?:afp|reuters|ap|agences?)\.?",
        "examples": ("Le Monde avec AFP", "franceinfo avec AFP"),
        "counter_examples": ("Entretien exclusif avec AFP TV.",),
        "max_words": 6,
    },
    {
        "name": "fr.update_notice",
        "reason": "update notice",
        "pattern": r"(?i)(?:cette|cet) (?:histoire|article|d[eé]p[eê]che|information|page) a [eé]t[eé] "
                   r"(?:mise? [aà] jour|actualis[eé]e?|modifi[eé]e?|corrig[eé]e?)\b.*"
                   # A page's date line has a digit and no sentence after it: "Publié le 12 mars, le rapport..."
                   # is news.
                   r"|(?:article )?(?:mis [aà] jour|modifi[eé]|actualis[eé]|publi[eé]|mis en ligne)\s*(?:le|:|il y a)\s"
                   r"(?=[^,;]*\d)[^,;!?]{0,60}(?:,\s*(?:mis [aà] jour|modifi[eé]|actualis[eé])\b[^,;!?]{0,60})?(?<!\.)",
        "examples": ("Cette histoire a été mise à jour avec des informations supplémentaires.",
                     "Mis à jour le 12/03/2024 à 10h32", "Publié le 12 mars 2024",
                     "Publié le 14 août 2024 à 09h12, modifié le 14 août 2024 à 11h40"),
        "counter_examples": ("Cette histoire a marqué la diplomatie européenne pendant des mois.",
                             "Publié le 12 mars, le rapport accuse Moscou de crimes de guerre."),
        "max_words": 30,
    },
    {
        "name": "fr.translation_notice",
        "reason": "translation notice",
        "pattern": r"(?i).*\b(?:tradui\w*|traduction) (?:gr[aâ]ce [aà]|par|avec|au moyen d')(?: une| un| l')? ?"
                   r"(?:technologie|outil|logiciel|intelligence artificielle|ia|machine|traduction automatique|deepl"
                   r"|google)\b.*|.*\b(?:article|texte|contenu)\b.*\b(?:traduit|traduite)s? automatiquement\b.*"
                   r"|.*\btraduction automatique\b.*\b(?:article|texte|contenu|site)\b.*",
        "examples": ("Toutes les actualités du site n'expriment pas le point de vue du site, mais nous transmettons cette "
                     "actualité automatiquement et la traduisons grâce à une technologie programmatique sur le site "
                     "et non à partir d'un éditeur humain.",
                     "Cet article a été traduit automatiquement de l'anglais."),
        "counter_examples": ("Le discours a été traduit par un interprète du Kremlin.",),
        "max_words": 80,
    },
    {
        "name": "fr.advertising",
        "reason": "advertising",
        "pattern": r"(?i)publicit[eé]|contenu (?:sponsoris[eé]|partenaire)|sponsoris[eé]|annonce"
                   r"|la suite apr[eè]s (?:cette |la )?publicit[eé]",
        "examples": ("Publicité", "La suite après cette publicité", "Contenu sponsorisé"),
        "counter_examples": ("Publicité mensongère : le Kremlin accuse les médias occidentaux.",),
        "max_words": 6,
    },
    {
        "name": "fr.paywall",
        "reason": "paywall",
        "pattern": r"(?i)(?:cet )?(?:article )?r[eé]serv[eé] (?:aux|[aà] nos) abonn[eé]s.*|il vous reste \d+ ?% de cet article [aà] lire.*"
                   r"|d[eé]j[aà] abonn[eé]\s*(?:\?.*)?",
        "examples": ("Article réservé aux abonnés", "Il vous reste 75 % de cet article à lire.", "Déjà abonné ? Se connecter"),
        "counter_examples": ("Déjà abonné aux livraisons américaines, Kiev réclame davantage.",),
        "max_words": 20,
    },
    {
        "name": "fr.comments",
        "reason": "comments",
        "pattern": r"(?i)\d+ commentaires?|commentaires?|r[eé]agir|(?:laisser|ajouter|voir|lire) (?:un |les )?commentaires?",
        "examples": ("12 commentaires", "Réagir", "Voir les commentaires"),
        "counter_examples": ("Commentaires acerbes du Kremlin après l'annonce.",),
        "max_words": 4,
    },
    {
        "name": "fr.reading_time",
        "reason": "page information",
        "pattern": r"(?i)(?:temps de )?lecture\s*:?\s*\d+ ?min(?:utes?)?\.?|\d+ ?min(?:utes?)? de lecture"
                   r"|[eé]couter(?: cet article| l'article)?(?:\s*[:(].*)?"
                   # "Il y a 2 heures" under a headline is when the page was shown, not a date in the story.
                   r"|(?:(?:publi[eé]|mis [aà] jour) )?il y a (?:\d+|une?) (?:secondes?|minutes?|min|heures?|h|jours?)",
        "examples": ("Temps de lecture : 3 min", "4 minutes de lecture", "Temps de Lecture 3 min.", "Écouter cet article",
                     "Il y a 2 heures", "Publié il y a 35 minutes"),
        "counter_examples": ("Lecture 2 du traité : le Sénat vote mardi.",
                             "Il y a deux jours, les drones ont frappé la raffinerie de Samara."),
        "max_words": 6,
    },
    {
        "name": "fr.topics_label",
        "reason": "tags",
        "pattern": r"(?i)(?:mots-cl[eé]s|tags|th[eè]mes?|sujets?|rubriques?)\s*:.*",
        "examples": ("Mots-clés : Ukraine, Russie, OTAN", "Sujets : Guerre en Ukraine"),
        "counter_examples": ("Sujets de discorde entre Kiev et Washington, les ATACMS restent bloqués.",),
        "max_words": 20,
    },
)

# Real news lines that look a little like furniture (a verb like "Lire", "Suivant" or
# "Publié" at the start, a colon, an outlet's name): no rule may mark any of them.
NOT_FURNITURE = (
    "Le président Joe Biden a autorisé l'Ukraine à utiliser des armes américaines à longue portée en Russie.",
    "Par ailleurs, le Kremlin a démenti toute implication dans l'attaque de mardi.",
    "Suivant les recommandations de l'OTAN, Berlin a livré des chars Leopard en janvier.",
    "Zelensky a déclaré vendredi que la guerre se terminera plus rapidement.",
    "Lire entre les lignes du communiqué n'est pas simple, estime un diplomate.",
    "Menu des discussions : sanctions, gaz et prisonniers, selon le Kremlin.",
    "Publié par le ministère, le rapport accuse Moscou de crimes de guerre.",
    "Les journalistes de CNN ont interrogé trois responsables américains.",
)
