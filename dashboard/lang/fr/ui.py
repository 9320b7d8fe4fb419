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
    "timeline.aggregated": "Trop d’événements pour les montrer un à un (plus de {limit}) : la frise compte les événements par période et par ligne. Cliquez sur une bulle pour zoomer sur sa période.",
    "timeline.other_lane": "autres",
    "timeline.no_lane": "(aucun)",
    "hover.publication": "date de publication",
    "hover.sources": "{articles}",
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
    "present.first": "Premier",
    "present.last": "Dernier",
    "present.leave": "✕ Quitter",
    "present.fullscreen": "Plein écran",
    "present.fullscreen_exit": "Quitter le plein écran",
    "present.filters": "☰ Filtres",
    "present.keys": "Touches : → ← Page suivante, Page précédente, Espace, Début, Fin ; Échap pour quitter.",
    "present.strip": "Frise resserrée autour de l'événement présenté",
    "present.too_many": "Pas de présentation pour {events} événements (au plus {most}) : filtrez-les avant d'exporter.",
    "present.announce": "Diapositive {position} sur {total} : {when}. {title}",
    "present.more_sources": "Autres sources : {excerpts}",
    "present.read_all": "Lire tout l'extrait",
    "chart.summary": "Frise de {events}, du {first} au {last}.",
    "chart.summary_day": "Frise de {events}, le {day}.",
    "chart.summary_empty": "Frise de {events}, sans date.",
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
    "notice.too_large": "« {param}={value} » est trop grand : ramené à {max}.",
}

# Streamlit's plotly.js has only an English locale: the timeline labels its own date ticks
# in any other language (dashboard.views.axis).
OWN_DATE_TICKS = True

# Date fields in the sidebar (Streamlit's date_input formats).
DATE_INPUT_FORMAT = "DD/MM/YYYY"
# What an empty date field shows for each part (French writes jj/mm/aaaa); Streamlit's own are English.
DATE_INPUT_PLACEHOLDERS = {"day": "jj", "month": "mm", "year": "aaaa"}

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

# The corpus, correction and upload panels (dashboard/ui/editing.py, dashboard/ui/adding.py).
STRINGS |= {
    "corpus.default_title": "Articles fournis avec Frise",
    "corpus.unknown": "Aucun corpus ne s'appelle « {slug} ». Corpus disponibles : {known}.",
    "notice.bad_corpus": "« {value} » n'est pas un nom de corpus (lettres minuscules, chiffres, tirets) : corpus par défaut.",
    "access.single_user": "Page modifiable : sur cette machine, toute personne qui l'ouvre peut corriger et ajouter des articles.",
    "access.edit": "Lien d'édition : vous pouvez corriger. Ne le donnez qu'aux personnes qui corrigent.",
    "access.read_only": "Lecture seule : pour corriger, ouvrez le lien d'édition de ce corpus.",
    "access.view_link": "Lien de consultation (lecture seule)",
    "access.edit_link": "Lien d'édition",
    "edit.author": "Votre nom (pour l'historique)",
    "edit.author_needed": "Indiquez votre nom dans la barre latérale avant de corriger.",
    "edit.undo": "Annuler ma dernière modification",
    "edit.redo": "Rétablir",
    "edit.undone": "Modification annulée : {what}",
    "edit.redone": "Modification rétablie : {what}",
    "edit.nothing": "Rien de vous à annuler ou rétablir dans ce corpus.",
    "edit.open": "Corriger",
    "edit.close": "Fermer l'éditeur",
    "edit.title": "Titre",
    "edit.date": "Début",
    "edit.date_end": "Fin",
    "edit.precision": "Précision",
    "edit.category": "Catégorie",
    "edit.status": "Statut",
    "edit.status.happened": "s'est produit",
    "edit.status.planned": "prévu",
    "edit.actors": "Personnes (séparées par ;)",
    "edit.organisations": "Organisations (séparées par ;)",
    "edit.places": "Lieux (séparés par ;)",
    "edit.save": "Enregistrer",
    "edit.saved": "Correction enregistrée.",
    "edit.no_change": "Aucun changement à enregistrer.",
    "edit.invalid": "Correction refusée : {error}",
    "edit.conflict": "Quelqu'un a modifié cet événement depuis que vous l'avez ouvert.",
    "edit.conflict_field": "{field} — {who} a mis « {theirs} » ({when}) ; vous proposez « {yours} ».",
    "edit.keep_mine": "Garder ma version",
    "edit.keep_theirs": "Garder la leur",
    "edit.corrected": "Corrigé à la main par {who} le {when} : {fields}",
    "edit.hand_made": "Événement ajouté à la main",
    "edit.history": "Historique de l'événement ({count})",
    "edit.history_line": "{when} · {who} · {action} {field} : « {before} » → « {after} »",
    "edit.action.edit": "a changé",
    "edit.action.delete": "a supprimé —",
    "edit.action.restore": "a restauré —",
    "edit.action.join": "a joint —",
    "edit.action.split": "a séparé —",
    "edit.action.add": "a ajouté",
    "edit.action.undo": "a annulé",
    "edit.action.redo": "a rétabli",
    "edit.delete": "Supprimer l'événement",
    "edit.deleted": "Événement supprimé ; il reste restaurable.",
    "edit.deleted_list": "Événements supprimés ({count})",
    "edit.restore": "Restaurer",
    "edit.join_with": "Joindre à cet événement",
    "edit.join": "Joindre",
    "edit.split_source": "Source à séparer en un événement à part",
    "edit.split": "Séparer",
    "edit.structure": "Joindre ou séparer",
    "edit.add": "Ajouter un événement à la main",
    "edit.add_doc": "Phrase source (facultatif) : article",
    "edit.add_sentence": "Phrase",
    "edit.add_no_doc": "aucune",
    "edit.add_go": "Ajouter l'événement",
    "edit.added": "Événement ajouté.",
    "edit.orphans": "{count} correction(s) orpheline(s) : leurs phrases ne se trouvent plus dans aucun événement ; elles sont gardées et reviendront avec leurs phrases.",
    "edit.orphan_line": "{what} — {fields} ({who}, {when})",
    "edit.read_only_refused": "Ce corpus est en lecture seule ici : {error}",
    "upload.heading": "Ajouter des articles",
    "upload.files": "Fichiers (.txt, .md, .html, .pdf, .docx)",
    "upload.published": "Date de publication (si le fichier n'en donne pas)",
    "upload.language": "Langue des articles",
    "upload.go": "Ajouter les fichiers",
    "upload.paste": "Ou collez un texte",
    "upload.paste_title": "Titre",
    "upload.paste_outlet": "Média",
    "upload.paste_text": "Texte de l'article",
    "upload.paste_go": "Ajouter le texte",
    "upload.url": "Ou donnez une adresse web",
    "upload.url_go": "Récupérer la page",
    "upload.progress": "Extraction des nouveaux articles…",
    "upload.done": "{added} ajouté(s), {failed} refusé(s), {already} déjà présent(s).",
    "upload.failed": "Non ajouté : {error}",
    "upload.already": "Déjà dans le corpus : {name}",
    "upload.nothing": "Choisissez au moins un fichier.",
    # In exported files (CSV, JSON, TimelineJS, HTML): the field names as the JSON has them.
    "export.corrected": "corrigé à la main : {fields} ({who})",
    "upload.offline": "Page non récupérée : {error}",
}
