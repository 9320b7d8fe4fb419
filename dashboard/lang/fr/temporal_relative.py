"""French rules for dates counted from publication or from the event just mentioned:
weekdays, "hier", "la semaine dernière", "il y a trois mois", "trois jours plus tard",
vague spans ("ces derniers jours").

Same shape as ``temporal_calendar.py``.
"""

P = "2025-07-15"  # a Tuesday, like the examples of temporal_calendar.py

RELATIVE_RULES = (
    {"name": "weekday", "kind": "weekday", "near": ("weekday",),
     "pattern": r"(?:{deadline})?(?:{daypart_before})?(?:(?P<rel>{this})\s+)?(?P<weekday>{weekday})"
                r"(?:\s+(?P<rel_b>{last}|{next}))?(?:{daypart_after})?",
     "examples": [
         ("Le conseil a discrètement donné son accord, a rapporté vendredi le journal local.",
          "2022-12-09", "vendredi", "2022-12-09", "2022-12-09", "day"),
         ("Mardi, après l’incendie, le préfet a affirmé que l'usine n'avait rien signalé.",
          "2022-12-09", "Mardi", "2022-12-06", "2022-12-06", "day"),
         ("Le ministre s'est exprimé mardi dernier.", P, "mardi dernier", "2025-07-08",
          "2025-07-08", "day"),
         ("Il se rendra à Paris jeudi.", P, "jeudi", "2025-07-17", "2025-07-17", "day",
          "future"),
         ("Le sommet aura lieu mardi prochain.", P, "mardi prochain", "2025-07-22",
          "2025-07-22", "day", "future"),
         ("Le président a parlé ce lundi soir.", P, "ce lundi soir", "2025-07-14",
          "2025-07-14", "day"),
         ("La ministre a déclaré vendredi que la grève « se terminera plus vite ».",
          "2024-11-17", "vendredi", "2024-11-15", "2024-11-15", "day"),
         ("Le ministre s'est exprimé mardi.", None, "mardi", None, None, "day",
          "unanchored"),
         # The publication day itself, whatever the tense.
         ("Les délégations doivent se retrouver ce mardi à Istanbul.", P, "ce mardi",
          "2025-07-15", "2025-07-15", "day", "future"),
         ("Les avocats ont plaidé jeudi en fin d'après-midi.", "2025-10-17",
          "jeudi en fin d'après-midi", "2025-10-16", "2025-10-16", "day"),
         ("Des explosions ont retenti dans la matinée de samedi.", P,
          "dans la matinée de samedi", "2025-07-12", "2025-07-12", "day"),
         ("Le Kremlin doit répondre d'ici vendredi.", P, "d'ici vendredi", "2025-07-18",
          "2025-07-18", "day", "future deadline"),
         # A schedule in the present tense, and "à partir de", look ahead.
         ("Le procès s'ouvre lundi à Lyon.", P, "lundi", "2025-07-21", "2025-07-21", "day",
          "future"),
         ("Météo-France annonce de la chaleur à partir de dimanche.", P, "dimanche",
          "2025-07-20", "2025-07-20", "day", "future"),
         # No tense marker at all: the nearer one (a Friday's "dimanche" is two days ahead).
         ("Le match de dimanche contre Nantes.", "2025-08-01", "dimanche", "2025-08-03",
          "2025-08-03", "day", "future"),
         ("Le match de dimanche contre Nantes.", "2025-08-04", "dimanche", "2025-08-03",
          "2025-08-03", "day")]},
    {"name": "relative_day", "kind": "relative", "near": ("word",),
     "pattern": r"(?P<word>avant-hier|hier|aujourd'hui|après-demain|demain|ce\s+matin|ce\s+soir"
                r"|la\s+nuit\s+dernière)(?:\s+(?:{daypart}))?",
     "params": {"unit": "day", "words": {"avant-hier": -2, "hier": -1, "aujourd'hui": 0,
                                         "ce matin": 0, "ce soir": 0, "demain": 1,
                                         "après-demain": 2, "la nuit dernière": -1}},
     "examples": [
         ("Le ministère a annoncé hier soir de nouvelles sanctions.", P, "hier soir",
          "2025-07-14", "2025-07-14", "day"),
         ("Des explosions ont été entendues avant-hier à Kharkiv.", P, "avant-hier",
          "2025-07-13", "2025-07-13", "day"),
         ("Le conseil se réunira demain.", P, "demain", "2025-07-16", "2025-07-16", "day",
          "future"),
         ("Le conseil s'est réuni aujourd'hui.", None, "aujourd'hui", None, None, "day",
          "unanchored")]},
    {"name": "relative_week", "kind": "relative", "near": ("unit",),
     "pattern": r"la\s+semaine\s+(?P<rel>{last}|{next})|(?P<rel_b>{this})\s+semaine",
     "params": {"unit": "week"},
     "examples": [
         ("Un rapport remis par les inspecteurs au conseil municipal la semaine dernière.", P,
          "la semaine dernière", "2025-07-07", "2025-07-13", "week"),
         ("Le texte sera voté la semaine prochaine.", P, "la semaine prochaine", "2025-07-21",
          "2025-07-27", "week", "future"),
         ("Deux villages ont été repris cette semaine.", P, "cette semaine", "2025-07-14",
          "2025-07-20", "week")]},
    {"name": "relative_weekend", "kind": "relative", "near": ("trigger",),
     "pattern": r"(?:le\s+)?week[-\s]?end\s+(?P<rel>{last}|{next})|(?P<rel_b>{this})\s+week[-\s]?end",
     "params": {"unit": "weekend"},
     "examples": [
         ("Des drones ont frappé Odessa ce week-end.", P, "ce week-end", "2025-07-12",
          "2025-07-13", "week"),
         ("Des manifestations sont prévues ce week-end.", P, "ce week-end", "2025-07-19",
          "2025-07-20", "week", "future"),
         ("Le cortège a défilé le week-end dernier.", P, "le week-end dernier", "2025-07-12",
          "2025-07-13", "week")]},
    {"name": "relative_month", "kind": "relative", "near": ("unit",),
     "pattern": r"le\s+mois\s+(?P<rel>{last}|{next})|(?P<rel_b>{this})\s+mois(?:-ci)?",
     "params": {"unit": "month"},
     "examples": [
         ("Les livraisons ont doublé le mois dernier.", P, "le mois dernier", "2025-06-01",
          "2025-06-30", "month"),
         ("Un accord est attendu le mois prochain.", P, "le mois prochain", "2025-08-01",
          "2025-08-31", "month", "future"),
         ("Trois généraux ont été limogés ce mois-ci.", P, "ce mois-ci", "2025-07-01",
          "2025-07-31", "month")]},
    {"name": "earlier_this", "kind": "relative", "near": ("unit",),
     "pattern": r"plus\s+tôt\s+(?:ce|cette|cet)\s+(?P<unit>semaine|mois|année)(?:-ci)?",
     "params": {"clip": "to_publication"},
     "examples": [
         ("Plus tôt ce mois-ci, la banque a relevé ses taux pour la deuxième fois.",
          "2022-12-09", "Plus tôt ce mois-ci", "2022-12-01", "2022-12-09",
          "month"),
         ("Plus tôt cette année, Kiev a reçu des F-16.", P, "Plus tôt cette année",
          "2025-01-01", "2025-07-15", "year")]},
    {"name": "relative_year", "kind": "relative", "near": ("unit",),
     "pattern": r"l'(?:an|année)\s+(?P<rel>{last}|{next})|(?P<rel_b>{this})\s+année",
     "params": {"unit": "year"},
     "examples": [
         ("Les exportations ont chuté l'an dernier.", P, "l'an dernier", "2024-01-01",
          "2024-12-31", "year"),
         ("Le budget a été voté l’année dernière.", P, "l’année dernière", "2024-01-01",
          "2024-12-31", "year"),
         ("Les élections se tiendront l'année prochaine.", P, "l'année prochaine",
          "2026-01-01", "2026-12-31", "year", "future"),
         ("L'inflation a ralenti cette année.", P, "cette année", "2025-01-01", "2025-12-31",
          "year")]},
    {"name": "part_relative_year", "kind": "relative", "near": ("unit",),
     "pattern": r"(?:{deadline})?{partlead}(?P<part>{part})\s+"
                r"(?:de\s+l'|d')(?P<unit>année|an)(?:\s+(?P<rel>{last}|{next}))?",
     "params": {},
     "examples": [
         ("Le texte doit être adopté d'ici la fin de l'année.", P,
          "d'ici la fin de l'année", "2025-12-31", "2025-12-31", "day", "future deadline"),
         ("Un pourvoi pourrait être formé avant la fin de l'année.", P,
          "avant la fin de l'année", "2025-12-31", "2025-12-31", "day", "future deadline"),
         ("Les combats ont repris au début de l'année dernière.", P,
          "au début de l'année dernière", "2024-01-01", "2024-03-31", "quarter")]},
    {"name": "part_relative_month", "kind": "relative", "near": ("unit",),
     "pattern": r"(?:{deadline})?{partlead}(?P<part>{part})\s+"
                r"du\s+(?P<unit>mois)(?:\s+(?P<rel>{last}|{next}))?",
     "params": {},
     "examples": [("Le rapport sera publié d'ici la fin du mois.", P,
                   "d'ici la fin du mois", "2025-07-31", "2025-07-31", "day",
                   "future deadline"),
                  ("Les combats ont repris à la fin du mois dernier.", P,
                   "à la fin du mois dernier", "2025-06-21", "2025-06-30", "month")]},
    # "En début de semaine prochaine", "en fin de semaine", "au milieu de la semaine dernière":
    # part of a week, as in English (Monday to Wednesday, Tuesday to Thursday, Thursday to
    # Sunday).
    {"name": "part_relative_week", "kind": "relative", "near": ("unit",),
     "pattern": r"(?:en\s+|au\s+|à\s+la\s+)?(?P<part>{part})\s+de\s+(?:la\s+|cette\s+)?(?P<unit>semaine)"
                r"(?:\s+(?P<rel>{last}|{next}))?(?!\s+(?:du|de|d')\b)",
     "params": {},
     "examples": [("Un rafraîchissement est attendu en début de semaine prochaine.",
                   "2025-08-13", "en début de semaine prochaine", "2025-08-18", "2025-08-20",
                   "week", "future"),
                  ("Les négociations ont échoué en fin de semaine dernière.", P,
                   "en fin de semaine dernière", "2025-07-10", "2025-07-13", "week")]},
    {"name": "recent_span", "kind": "relative", "near": ("unit",),
     "pattern": r"(?:ces|au\s+cours\s+des)\s+derni(?:ers|ères|eres)\s+(?P<unit>jours|semaines|mois|années)"
                r"|(?:depuis|pendant|durant)\s+(?:quelques|plusieurs)\s+(?P<unit_b>jours|semaines|mois|années|ans)",
     "params": {"vague": True},
     "examples": [("Les pluies ont redoublé ces derniers jours.", P,
                   "ces derniers jours", None, None, None, "vague"),
                  ("Les épisodes se multiplient depuis quelques années.", P,
                   "depuis quelques années", None, None, None, "vague")]},
    {"name": "coming_span", "kind": "relative", "near": ("unit",),
     "pattern": r"(?:(?:dans|au\s+cours\s+des)\s+)?les\s+prochain(?:s|es)\s+(?P<unit>jours|semaines|mois)"
                r"|(?:dans\s+)?les\s+(?P<unit_b>jours|semaines|mois)\s+à\s+venir",
     "params": {"vague": True, "future": True},
     "examples": [
         ("Les prochaines semaines diront si ce pari sauve la saison.", P,
          "Les prochaines semaines", None, None, None, "future vague"),
         ("Une décision est attendue dans les jours à venir.", P, "dans les jours à venir",
          None, None, None, "future vague")]},
    {"name": "ago", "kind": "relative", "near": ("unit",),
     "pattern": r"il\s+y\s+(?:a|avait)\s+(?P<number>{number})\s+(?P<unit>{unit})",
     "params": {"sign": -1},
     "examples": [
         ("« Je suis déçue, car je pensais que le contrat était signé il y a deux mois. »", P,
          "il y a deux mois", "2025-05-01", "2025-05-31", "month"),
         ("Le village a été repris il y a trois jours.", P, "il y a trois jours", "2025-07-12",
          "2025-07-12", "day"),
         ("Le convoi est parti il y a quelques jours.", P, "il y a quelques jours",
          "2025-07-10", "2025-07-13", "week")]},
    {"name": "in_future", "kind": "relative", "near": ("unit",),
     "pattern": r"dans\s+(?P<number>{number})\s+(?P<unit>{unit})",
     "params": {"sign": 1, "future": True},
     "examples": [("Le vote aura lieu dans trois jours.", P, "dans trois jours", "2025-07-18",
                   "2025-07-18", "day", "future")]},
    {"name": "anaphoric_day", "kind": "relative", "near": ("word",),
     "pattern": r"(?P<word>la\s+veille|l'avant-veille|le\s+lendemain|le\s+surlendemain"
                r"|le\s+même\s+jour|ce\s+jour-là)",
     "params": {"unit": "day", "anchor": "previous",
                "words": {"la veille": -1, "l'avant-veille": -2, "le lendemain": 1,
                          "le surlendemain": 2, "le même jour": 0, "ce jour-là": 0}},
     "examples": [
         ("Le 4 juillet 2025, Trump a appelé Zelensky. La veille, il avait parlé à Poutine.", P,
          "La veille", "2025-07-03", "2025-07-03", "day"),
         ("L'attaque a eu lieu le 3 mars 2024. Le lendemain, Kiev a riposté.", P,
          "Le lendemain", "2024-03-04", "2024-03-04", "day"),
         ("Le lendemain, Kiev a riposté.", None, "Le lendemain", None, None, "day",
          "unanchored"),
         (("Le scrutin aura lieu le 12 octobre 2025. Le 3 octobre 2025, les candidats ont "
           "débattu. À la veille du scrutin, le calme régnait."), P, "la veille", "2025-10-11",
          "2025-10-11", "day", "future")]},
    {"name": "anaphoric_earlier", "kind": "relative", "near": ("unit",),
     "pattern": r"(?P<number>{number})\s+(?P<unit>{unit})\s+(?:plus\s+tôt|avant|auparavant)",
     "params": {"sign": -1, "anchor": "previous"},
     "examples": [
         (("La réunion du 4 juillet a été précipitée par l’appel du préfet au maire un jour "
           "avant que l’élu ne la juge « inutile »."), P,
          "un jour avant", "2025-07-03", "2025-07-03", "day"),
         (("Le 10 mars 2024, l'usine a été touchée. Trois jours plus tôt, une alerte avait été "
          "lancée."), P, "Trois jours plus tôt", "2024-03-07", "2024-03-07", "day")]},
    {"name": "anaphoric_later", "kind": "relative", "near": ("unit",),
     "pattern": r"(?P<number>{number})\s+(?P<unit>{unit})\s+(?:plus\s+tard|après)",
     "params": {"sign": 1, "anchor": "previous"},
     "examples": [
         ("Le 10 mars 2024, l'usine a été touchée. Deux jours plus tard, elle a repris.", P,
          "Deux jours plus tard", "2024-03-12", "2024-03-12", "day"),
         (("Le 10 mars 2024, l'usine a été touchée ; quelques heures plus tard, le courant est "
          "revenu."), P, "quelques heures plus tard", "2024-03-10", "2024-03-10", "day"),
         # Counted from the event it names, dated elsewhere, not from the date just before.
         (("Le sommet s'est tenu le 3 mars 2024. L'accord a été signé le 10 mars 2024. Trois "
           "jours après le sommet, Kiev a riposté."), P, "Trois jours après", "2024-03-06",
          "2024-03-06", "day"),
         # An event the text never dates: no date, not one counted from the date just before.
         (("Le rapport a été publié le 2 avril. La réforme est entrée en vigueur trois mois "
           "après la nomination du ministre."), P, "trois mois après", None, None, "month",
          "unanchored"),
         # Days counted right after a date: the event just told, named anew ...
         ("Le pont a cédé le 3 mars 2024. Trois jours après l'accident, il a rouvert.", P,
          "Trois jours après", "2024-03-06", "2024-03-06", "day"),
         # ... but not a duration in apposition to a date, which situates that date.
         (("Le congrès aura lieu le 28 avril 2024, trois jours après la désignation d'une "
           "nouvelle présidente."), P, "trois jours après", None, None, "day", "unanchored"),
         # ... unless its date is written right there, or near its noun (here inflected).
         (("Le 2 avril 2024, il a été investi. Trois mois après l'élection du 4 mai, il a "
           "démissionné."), P, "Trois mois après", "2024-08-04", "2024-08-04", "day"),
         (("Les travaux ont débuté le 3 mars 2025. Le 10 mars, la grue est arrivée. Deux jours "
           "après le début des travaux, un mur s'était effondré."), P, "Deux jours après",
          "2025-03-05", "2025-03-05", "day")]},
    # "Deux mois plus tard que prévu", "trois semaines plus tôt que prévu", "dix jours plus tôt
    # que l'an dernier": a duration measured against a plan or another year, no date. The rule
    # wins its span from anaphoric_later/_earlier and gives no mention; what follows "que"
    # ("l'an dernier") is read on its own.
    {"name": "compared_duration", "kind": "relative", "near": ("unit",),
     "pattern": r"(?P<number>{number})\s+(?P<unit>{unit})\s+plus\s+(?:tard|tôt)\s+qu(?:e|(?='))",
     "params": {"not_a_date": True},
     "examples": [
         ("Le lancement, fixé au 5 février, aura lieu deux mois plus tard que prévu.", P,
          "deux mois plus tard que", None, None, None, "not_a_date"),
         ("La récolte a débuté trois semaines plus tôt que prévu.", P,
          "trois semaines plus tôt que", None, None, None, "not_a_date"),
         ("Les vendanges commencent dix jours plus tôt qu'en 2024.", P,
          "dix jours plus tôt qu", None, None, None, "not_a_date")]},
    # "Plus d'un an après", "près de deux semaines plus tard", "il y a plus de deux ans" : une
    # borne, pas un point ; la compter comme "un an après" dessinerait un jour que nul n'a écrit.
    {"name": "bounded_duration", "kind": "relative", "near": ("unit",),
     "pattern": r"(?:il\s+y\s+(?:a|avait)|dans)\s+{bound}(?P<number>{number})\s+(?P<unit>{unit})"
                r"|{bound}(?P<number_b>{number})\s+(?P<unit_b>{unit})"
                r"\s+(?:plus\s+tard|plus\s+tôt|après|avant|auparavant)",
     "params": {"vague": True},
     "examples": [("Plus d'un an après la catastrophe, les habitants attendent.", P,
                   "Plus d'un an après", None, None, None, "vague"),
                  ("Près de deux semaines plus tard, rien n'avait changé.", P,
                   "Près de deux semaines plus tard", None, None, None, "vague"),
                  ("Le dossier a été ouvert il y a plus de deux ans.", P,
                   "il y a plus de deux ans", None, None, None, "vague"),
                  ("Le vote aura lieu dans moins d'une semaine.", P,
                   "dans moins d'une semaine", None, None, None, "vague")]},
    {"name": "anaphoric_vague_later", "kind": "relative", "near": ("unit",),
     "pattern": r"des\s+(?P<unit>heures|jours|semaines|mois)\s+plus\s+tard",
     "params": {"spans": {"hour": (2, 12), "day": (2, 5), "week": (2, 4), "month": (2, 6)},
                "anchor": "previous"},
     "examples": [(("Le 10 mars 2024, l'usine a été touchée. Des jours plus tard, elle brûlait "
                   "encore."), P, "Des jours plus tard", "2024-03-12", "2024-03-15", "week")]},
    {"name": "following_span", "kind": "relative", "near": ("unit",),
     "pattern": r"(?:dans\s+)?les\s+(?P<unit>jours|semaines)\s+(?:qui\s+(?:ont\s+suivi|suivirent"
                r"|suivent)|suivant(?:s|es))",
     "params": {"spans": {"day": (1, 7), "week": (1, 4)}, "anchor": "previous"},
     "examples": [(("Le 4 juillet 2025, l’entraîneur a démissionné. Dans les jours qui ont "
                    "suivi, un successeur aurait été contacté."), P,
                   "Dans les jours qui ont suivi", "2025-07-05", "2025-07-11", "week")]},
    {"name": "anaphoric_period", "kind": "relative", "near": ("unit",),
     "pattern": r"(?:la|le|l')\s*(?P<unit>semaine|mois|année)\s+(?P<word>suivante?|précédente?"
                r"|d'après|d'avant)",
     "params": {"anchor": "previous",
                "words": {"suivant": 1, "suivante": 1, "d'après": 1, "précédent": -1,
                          "précédente": -1, "d'avant": -1}},
     "examples": [(("L'accord a été signé le 3 mars 2024. La semaine suivante, les combats ont "
                   "repris."), P, "La semaine suivante", "2024-03-04", "2024-03-10", "week")]},
)
