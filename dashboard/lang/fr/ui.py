"""French interface strings and date formats for the dashboard, as data.

``dashboard.views.i18n`` reads these tables; it knows no language. The English module
``dashboard/lang/en/ui.py`` has exactly the same names and keys (a test checks it).
"""

from dashboard.lang.fr.gazetteer import COUNTRIES, US_STATES

LANGUAGE_NAME = "Français"

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre")
MONTHS_SHORT = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
                "oct.", "nov.", "déc.")
# French writes the first day of a month as an ordinal: « 1er juillet ».
DAY_NAMES = {1: "1er"}

DATE_FORMAT = "{day} {month} {year}"
SHORT_DATE_FORMAT = "{day} {month} {year}"
WEEK_FORMAT = "semaine du {date}"
MONTH_FORMAT = "{month} {year}"
SEASON_FORMAT = "{season} {year}"
SEASONS = {"spring": "printemps", "summer": "été", "autumn": "automne", "winter": "hiver"}
QUARTER_FORMAT = "{ordinal} trimestre {year}"
QUARTER_ORDINALS = {1: "1er", 2: "2e", 3: "3e", 4: "4e"}
YEAR_FORMAT = "{year}"
# Quotes around a date expression as written in the article.
# Between a label and its value: French puts a space before the colon.
LABEL_FORMAT = "{label} : {text}"
QUOTE = "« {text} »"

CATEGORIES = {
    "decision": "Décision",
    "strike": "Frappe",
    "deployment": "Déploiement",
    "diplomacy": "Diplomatie",
    "statement": "Déclaration",
    "delivery": "Livraison",
    "report": "Révélation",
    "other": "Autre",
}

PRECISIONS = {
    "day": "au jour près",
    "week": "à la semaine près",
    "month": "au mois près",
    "season": "à la saison près",
    "quarter": "au trimestre près",
    "year": "à l'année près",
    "decade": "à la décennie près",
    "century": "au siècle près",
}

STRINGS = {
    "app.title": "Frise",
    "app.subtitle": "Chronologie des événements datés, chacun relié aux phrases qui le rapportent",
    "app.loading": "Lecture des articles du dossier « {folder} »…",
    "app.loaded": "{articles} lus, {events} trouvés",
    "app.no_events": "Aucun événement à afficher : {path} ne contient aucun article lisible.",
    "app.load_failed": "Impossible de lire le corpus {path} : {error}",
    "app.document_errors": "{count} document(s) n'ont pas pu être lus : {names}",
    "count": "{shown} sur {total} événements",
    "sidebar.language": "Langue",
    "sidebar.mode": "Affichage",
    "mode.explore": "Explorer",
    "mode.present": "Présenter",
    "sidebar.lanes": "Lignes de la frise",
    "lanes.category": "Catégorie",
    "lanes.actor": "Acteur",
    "lanes.source": "Source",
    "sidebar.filters": "Filtres",
    "filter.from": "Du",
    "filter.to": "Au",
    "filter.category": "Catégories",
    "filter.actor": "Acteurs",
    "filter.org": "Organisations",
    "filter.place": "Lieux",
    "filter.weapon": "Systèmes d'armes",
    "filter.source": "Articles ou médias",
    "filter.q": "Rechercher dans les titres, les extraits et les noms",
    "filter.min_sources": "Rapporté par au moins N sources",
    "filter.reset": "Réinitialiser la vue",
    "filter.event": "Événement affiché",
    "filter.choose": "Choisir…",
    "filter.no_event": "(aucun)",
    "filter.event_cap": "Seuls les {shown} premiers événements sont proposés : affinez les filtres pour trouver les autres.",
    "story.page": "Page",
    "story.pages": "Événements {first} à {last} sur {total}",
    "panel.label": "Vue",
    "sidebar.export": "Exporter les événements filtrés",
    "export.csv": "CSV",
    "export.json": "JSON",
    "export.timelinejs": "TimelineJS",
    "export.html": "Page HTML autonome",
    "sidebar.share": "Le lien de la page reproduit exactement cette vue : copiez l'adresse pour la partager.",
    "tab.detail": "Détail",
    "tab.table": "Tableau",
    "tab.story": "Récit",
    "tab.map": "Carte",
    "tab.compare": "Comparer les sources",
    "timeline.title": "Frise chronologique",
    "timeline.empty": "Aucun événement ne correspond aux filtres.",
    "timeline.other_lane": "autres",
    "timeline.no_lane": "(aucun)",
    "hover.publication": "date de publication",
    "hover.sources": "{articles}",
    "hover.written": "écrit : {text}",
    "hover.dated": "daté : {period}",
    "timeline.more": "+{count}",
    "timeline.zoom": "Zoomer à la molette",
    "timeline.zoom_help": "Sinon la molette fait défiler la page ; la barre d'outils de la frise zoome aussi.",
    "timeline.reset": "Réinitialiser les filtres",
    "timeline.hidden_event": "L'événement choisi est masqué par les filtres : « {title} ».",
    "timeline.few": "Les événements affichés :",
    "link.copy": "Copier le lien",
    "link.help": "L'adresse de cette vue, à coller pour un collègue :",
    "detail.pick": "Cliquez sur un événement de la frise, ou choisissez-le dans la barre latérale.",
    "detail.date": "Date",
    "detail.precision": "Précision",
    "detail.how": "Comment elle a été datée",
    "detail.sources": "{articles} · {excerpts}",
    "detail.published": "publié le {date}",
    "detail.unpublished": "date de publication inconnue",
    "detail.read_article": "Lire l'article entier ({outlet})",
    "detail.disagreements": "Les sources ne disent pas la même chose",
    "detail.planned": "annoncé, pas encore arrivé",
    "detail.actors": "Acteurs",
    "detail.organisations": "Organisations",
    "detail.places": "Lieux",
    "detail.weapons": "Armes",
    "detail.confidence": "Confiance",
    "disagreement.date": "Dates différentes",
    "disagreement.number": "Chiffres différents",
    "disagreement.name": "Noms écrits autrement",
    "how.explicit": "{quoted}, écrit tel quel dans l'article",
    "how.relative_back": "{quoted}, compté à rebours depuis le {anchor}",
    "how.relative_forward": "{quoted}, compté à partir du {anchor}",
    "how.anaphoric": "{quoted}, compté depuis l'événement précédent ({anchor})",
    "how.publication": "datée par la publication ({published})",
    "how.publication_unknown": "datée par la publication",
    "how.unanchored": "{quoted}, sans date de référence",
    # Why a date without its year, or a bare weekday, resolved as it did (Mention.why).
    "why.relation": "« dernier » ou « prochain » dit lequel",
    "why.weekday_year": "année choisie par le jour de la semaine",
    "why.publication_day": "le jour même de la publication",
    "why.future_tense": "futur ({marker}) : le prochain après la publication",
    "why.past_tense": "passé ({marker}) : le dernier avant la publication",
    "why.nearest_future": "sans verbe au futur, mais le prochain est tout proche : un calendrier annoncé",
    "why.past_default": "sans marque de temps : le dernier avant la publication",
    "why.deadline": "échéance : au plus tard ce jour-là",
    "table.date": "Date",
    "table.start": "Début (pour trier)",
    "table.title": "Événement",
    "table.category": "Catégorie",
    "table.sources": "Sources",
    "table.outlets": "Médias",
    "table.actors": "Acteurs",
    "table.organisations": "Organisations",
    "table.precision": "Précision",
    "table.date_text": "Date écrite",
    "story.undated": "Date inconnue",
    "present.previous": "◀ Précédent",
    "present.next": "Suivant ▶",
    "present.progress": "{position} / {total}",
    "present.empty": "Aucun événement à présenter avec ces filtres.",
    "map.events": "événement(s)",
    "map.selected": "événement choisi",
    "map.places": "lieux",
    "exported.title": "Frise chronologique",
    "exported.summary": "{events} événement(s) tirés de {documents} article(s).",
    "exported.undated_left_out": "{n} événement(s) sans date laissé(s) de côté.",
    "exported.offline_note": "Fichier autonome : il s'ouvre sans connexion à Internet.",
    "exported.generated": "Produit par Frise.",
    "notice.unknown_parameter": "Paramètre d'adresse « {param} » inconnu : ignoré.",
    "notice.bad_date": "« {param}={value} » n'est pas une date AAAA-MM-JJ valable : ignoré.",
    "notice.date_order": "« to={value} » tombe avant « from » : ignoré.",
    "notice.unknown_value": "« {param}={value} » n'existe pas dans ce corpus : ignoré.",
    "notice.unknown_event": "L'événement « {value} » n'existe pas dans ce corpus : ignoré.",
    "notice.bad_choice": "« {param}={value} » n'est pas une valeur possible : ignoré.",
    "notice.bad_number": "« {param}={value} » doit être un entier positif : ignoré.",
}

# Date fields in the sidebar (Streamlit's date_input formats).
DATE_INPUT_FORMAT = "DD/MM/YYYY"

# Counted nouns: (singular, plural). French puts 0 in the singular: « 0 article ».
NOUNS = {"article": ("article", "articles"), "excerpt": ("extrait", "extraits"),
         "event": ("événement", "événements")}
ZERO_IS_SINGULAR = True

# How French writes canonical (international English) names, for display only: filters and
# links keep the canonical name. Countries come from the gazetteer, whose first French alias
# is the country's French name; places, organisations and people are listed by hand because
# the gazetteer's first alias there is sometimes an old or Russian-derived spelling.
DISPLAY_NAMES = {
    **{name: aliases[0] for name, aliases in COUNTRIES.items() if aliases},
    **US_STATES,
    "Vladimir Putin": "Vladimir Poutine", "Sergey Lavrov": "Sergueï Lavrov",
    "Dmitry Peskov": "Dmitri Peskov", "Dmitry Medvedev": "Dmitri Medvedev",
    "Sergei Shoigu": "Sergueï Choïgou",
    "NATO": "OTAN", "European Union": "Union européenne", "United Nations": "Nations unies",
    "Pentagon": "Pentagone", "White House": "Maison Blanche", "US Congress": "Congrès américain",
    "US State Department": "Département d'État",
    "Russian Defence Ministry": "ministère russe de la Défense", "IAEA": "AIEA",
    "Wagner Group": "groupe Wagner", "World Health Organization": "Organisation mondiale de la santé",
    "European Space Agency": "Agence spatiale européenne", "European Commission": "Commission européenne",
    "European Parliament": "Parlement européen",
    "Kyiv": "Kiev", "Moscow": "Moscou", "Saint Petersburg": "Saint-Pétersbourg", "Kursk": "Koursk",
    "Bryansk": "Briansk", "Ryazan": "Riazan", "Voronezh": "Voronej",
    "Rostov-on-Don": "Rostov-sur-le-Don", "Odesa": "Odessa", "Zaporizhzhia": "Zaporijjia",
    "Luhansk": "Louhansk", "Bakhmut": "Bakhmout", "Mariupol": "Marioupol", "Sumy": "Soumy",
    "Sevastopol": "Sébastopol", "Crimea": "Crimée", "Donbas": "Donbass", "Black Sea": "mer Noire",
    "Crimean Bridge": "pont de Crimée", "London": "Londres", "Brussels": "Bruxelles",
    "Warsaw": "Varsovie", "Geneva": "Genève", "The Hague": "La Haye", "Riyadh": "Riyad",
    "Jeddah": "Djeddah", "Oval Office": "Bureau ovale",
}
