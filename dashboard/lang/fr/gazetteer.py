"""How French articles name the people, places, organisations and weapons of this news domain.

Every table maps a canonical name (the international spelling shared by all languages, e.g.
"Volodymyr Zelensky", "Kyiv") to the surface forms French articles use. The canonical name
always matches by itself, so it is not repeated. Matching ignores case, accents and hyphens,
so "Kyïv", "kyiv" and "Saint Pétersbourg" need no entry of their own. An alias written in
capitals of three letters or fewer ("UE", "ONU") only matches in capitals, because such short
acronyms collide with ordinary words in lower case.

Surnames alone are listed only where the surname is unambiguous in this domain ("Zelensky",
"Poutine"); common surnames ("Austin", "Sullivan") need the first name.
"""

PERSONS = {
    "Volodymyr Zelensky": (
        "Zelensky", "Zelenski", "Zelenskyy", "Zelenskiy", "Zelenskyi", "Zelenskii",
        "Volodymyr Zelenski", "Volodimir Zelensky", "Vladimir Zelensky",
    ),
    "Donald Trump": ("Trump", "Donald J. Trump"),
    "Joe Biden": ("Biden", "Joseph Biden"),
    "Vladimir Putin": ("Poutine", "Vladimir Poutine", "Putin", "Vladimir Vladimirovitch Poutine"),
    "Antony Blinken": ("Blinken", "Anthony Blinken"),
    "Dmytro Kuleba": ("Kuleba", "Kouleba", "Dmytro Kouleba", "Dmitri Kouleba"),
    "Maria Zakharova": ("Zakharova", "Maria Zakharova", "Maria Zakharova"),
    "Mark Rutte": ("Rutte",),
    "Dmitry Medvedev": ("Medvedev", "Dmitri Medvedev", "Dmitri Medvedev"),
    "Sergey Lavrov": ("Lavrov", "Sergueï Lavrov"),
    "Dmitry Peskov": ("Peskov", "Dmitri Peskov"),
    "Sergei Shoigu": ("Choïgou", "Sergueï Choïgou", "Shoigu"),
    "Valery Gerasimov": ("Guerassimov", "Valeri Guerassimov", "Gerasimov"),
    "Andrei Belousov": ("Belooussov", "Andreï Belooussov", "Belousov"),
    "Oleksandr Syrskyi": ("Syrsky", "Syrskyi", "Syrski", "Oleksandr Syrsky"),
    "Valerii Zaluzhnyi": ("Zaloujny", "Valeri Zaloujny", "Zaluzhny", "Zaluzhnyi"),
    "Kyrylo Budanov": ("Boudanov", "Kyrylo Boudanov", "Budanov"),
    "Andriy Yermak": ("Iermak", "Andriï Iermak", "Yermak"),
    "Rustem Umerov": ("Oumerov", "Roustem Oumerov", "Umerov"),
    "Andrii Sybiha": ("Sybiha", "Sybiga", "Andriï Sybiha"),
    "Denys Shmyhal": ("Chmyhal", "Denys Chmyhal", "Shmyhal"),
    "Emmanuel Macron": ("Macron",),
    "Olaf Scholz": ("Scholz",),
    "Friedrich Merz": ("Merz",),
    "Keir Starmer": ("Starmer",),
    "Rishi Sunak": ("Sunak",),
    "Boris Johnson": (),
    "Jens Stoltenberg": ("Stoltenberg",),
    "Ursula von der Leyen": ("von der Leyen",),
    "Josep Borrell": ("Borrell",),
    "Kaja Kallas": ("Kallas",),
    "Viktor Orbán": ("Orban", "Viktor Orban"),
    "Giorgia Meloni": ("Meloni",),
    "Recep Tayyip Erdoğan": ("Erdogan", "Recep Tayyip Erdogan"),
    "Xi Jinping": (),
    "Kim Jong Un": ("Kim Jong-un",),
    "Alexander Lukashenko": ("Loukachenko", "Alexandre Loukachenko", "Lukashenko"),
    "Yevgeny Prigozhin": ("Prigojine", "Evguéni Prigojine", "Prigozhin"),
    "Alexei Navalny": ("Navalny", "Alexeï Navalny"),
    "Kamala Harris": (),
    "JD Vance": ("Vance", "J.D. Vance"),
    "Marco Rubio": ("Rubio",),
    "Pete Hegseth": ("Hegseth",),
    "Steve Witkoff": ("Witkoff",),
    "Keith Kellogg": (),
    "Lloyd Austin": (),
    "Jake Sullivan": (),
    "John Kirby": (),
    "Donald Tusk": ("Tusk",),
    "Andrzej Duda": (),
    "António Guterres": ("Guterres", "Antonio Guterres"),
    "Rafael Grossi": ("Grossi",),
    "Boris Pistorius": ("Pistorius",),
}

# Countries are actors ("la Russie a menacé"); after a locative ("en Russie") they are places too.
COUNTRIES = {
    "United States": ("États-Unis", "USA", "Amérique"),
    "Ukraine": (),
    "Russia": ("Russie", "Fédération de Russie"),
    "Belarus": ("Biélorussie", "Bélarus"),
    "North Korea": ("Corée du Nord",),
    "South Korea": ("Corée du Sud",),
    "China": ("Chine",),
    "Iran": (),
    "France": (),
    "Germany": ("Allemagne",),
    "United Kingdom": ("Royaume-Uni", "Grande-Bretagne"),
    "Poland": ("Pologne",),
    "Italy": ("Italie",),
    "Turkey": ("Turquie",),
    "Hungary": ("Hongrie",),
    "Moldova": ("Moldavie",),
    "Georgia": ("Géorgie",),
    "Finland": ("Finlande",),
    "Sweden": ("Suède",),
    "Norway": ("Norvège",),
    "Denmark": ("Danemark",),
    "Netherlands": ("Pays-Bas",),
    "Belgium": ("Belgique",),
    "Lithuania": ("Lituanie",),
    "Latvia": ("Lettonie",),
    "Estonia": ("Estonie",),
    "Romania": ("Roumanie",),
    "Slovakia": ("Slovaquie",),
    "Czech Republic": ("République tchèque", "Tchéquie"),
    "Canada": (),
    "Japan": ("Japon",),
    "India": ("Inde",),
    "Israel": ("Israël",),
    "Syria": ("Syrie",),
    "Saudi Arabia": ("Arabie saoudite",),
    "Qatar": (),
}

ORGANISATIONS = {
    "NATO": ("OTAN", "Alliance atlantique"),
    "European Union": ("Union européenne", "UE"),
    "United Nations": ("Nations unies", "ONU"),
    "Pentagon": ("Pentagone",),
    "Kremlin": (),
    "White House": ("Maison Blanche",),
    "SBU": ("services de sécurité ukrainiens", "service de sécurité ukrainien"),
    "US Congress": ("Congrès américain", "Congrès des États-Unis"),
    "US State Department": ("Département d'État", "département d'État américain"),
    "Russian Defence Ministry": ("ministère russe de la Défense",),
    "CIA": (),
    "G7": (),
    "IAEA": ("AIEA", "Agence internationale de l'énergie atomique"),
    "Wagner Group": ("groupe Wagner", "Wagner"),
    "World Health Organization": ("Organisation mondiale de la santé", "OMS"),
    "European Space Agency": ("Agence spatiale européenne", "ESA"),
    "European Commission": ("Commission européenne",),
    "European Parliament": ("Parlement européen",),
    "La France insoumise": ("LFI", "France insoumise"),
    "Rassemblement national": ("RN",),
}

# US states whose French name differs from the English one (the others match as written).
US_STATES = {
    "California": "Californie",
    "Pennsylvania": "Pennsylvanie",
    "Florida": "Floride",
    "North Carolina": "Caroline du Nord",
    "South Carolina": "Caroline du Sud",
    "Virginia": "Virginie",
    "West Virginia": "Virginie-Occidentale",
    "Louisiana": "Louisiane",
    "New Mexico": "Nouveau-Mexique",
    "North Dakota": "Dakota du Nord",
    "South Dakota": "Dakota du Sud",
    "Hawaii": "Hawaï",
}

PLACES = {
    "Kyiv": ("Kiev",),
    "Moscow": ("Moscou",),
    "Saint Petersburg": ("Saint-Pétersbourg",),
    "Kursk": ("Koursk",),
    "Belgorod": (),
    "Bryansk": ("Briansk",),
    "Ryazan": ("Riazan",),
    "Saratov": (),
    "Engels": (),
    "Voronezh": ("Voronej",),
    "Rostov-on-Don": ("Rostov-sur-le-Don", "Rostov"),
    "Novorossiysk": ("Novorossiisk",),
    "Kazan": (),
    "Kaliningrad": (),
    "Dnipro": ("Dniepr", "Dnipropetrovsk", "Dniepropetrovsk"),
    "Kharkiv": ("Kharkov",),
    "Odesa": ("Odessa",),
    "Zaporizhzhia": ("Zaporijjia", "Zaporijia", "Zaporojie"),
    "Kherson": (),
    "Mykolaiv": ("Mykolaïv", "Nikolaïev"),
    "Donetsk": (),
    "Luhansk": ("Louhansk", "Lougansk"),
    "Bakhmut": ("Bakhmout",),
    "Avdiivka": ("Avdiïvka", "Avdiivka"),
    "Pokrovsk": (),
    "Mariupol": ("Marioupol",),
    "Lviv": ("Lvov",),
    "Sumy": ("Soumy",),
    "Chernihiv": ("Tchernihiv",),
    "Sevastopol": ("Sébastopol",),
    "Crimea": ("Crimée",),
    "Donbas": ("Donbass",),
    "Black Sea": ("mer Noire",),
    "Crimean Bridge": ("pont de Crimée", "pont de Kertch"),
    "Rome": (),
    "Washington": (),
    "Paris": (),
    "London": ("Londres",),
    "Berlin": (),
    "Brussels": ("Bruxelles",),
    "Warsaw": ("Varsovie",),
    "Geneva": ("Genève",),
    "The Hague": ("La Haye",),
    "Minsk": (),
    "Istanbul": (),
    "Riyadh": ("Riyad",),
    "Jeddah": ("Djeddah",),
    "Vilnius": (),
    "Ramstein": (),
    "Oval Office": ("Bureau ovale",),
    # French regions whose canonical (GeoNames, English) name differs from the French one.
    "Brittany": ("Bretagne",),
    "Normandy": ("Normandie",),
    "Corsica": ("Corse",),
    **{state: (french,) for state, french in US_STATES.items()},
}

WEAPONS = {
    "ATACMS": (
        "ATACM", "Army Tactical Missile System",
        "système de missiles tactiques de l'armée", "systèmes de missiles tactiques de l'armée",
    ),
    "Tomahawk": (),
    "Storm Shadow": ("SCALP", "Scalp-EG"),
    "Patriot": (),
    "HIMARS": ("M142",),
    "Oreshnik": ("Orechnik", "Orešnik"),
    "Taurus": (),
    "F-16": (),
    "Abrams": (),
    "Leopard": ("Leopard 2",),
    "Bradley": (),
    "IRIS-T": (),
    "NASAMS": (),
    "Javelin": (),
    "Stinger": (),
    "CAESAR": ("canon Caesar", "canons Caesar"),
    "JASSM": (),
    "Iskander": (),
    "Kinzhal": ("Kinjal",),
    "Kalibr": (),
    "Shahed": ("Geran",),
    "Bayraktar": (),
    "Sarmat": (),
}


# Words before a country name that make it a place as well as an actor: "en Russie", "au Qatar".
LOCATIVES = (
    "en", "au", "aux", "dans", "à l'intérieur de la", "à l'intérieur du", "à l'intérieur de",
    "sur le territoire de la", "sur le territoire du",
)

# Stripped from the front of an unknown person's name found by the NER ("le président X").
PERSON_TITLES = (
    "le", "la", "les", "président", "présidente", "ministre", "général", "générale", "M.", "Mme",
    "monsieur", "madame", "secrétaire", "porte-parole", "chancelier", "chancelière", "premier",
    "première", "vice-président", "commandant", "colonel", "sénateur", "sénatrice", "député",
    "députée", "chef", "directeur", "directrice", "ambassadeur", "ambassadrice", "Me", "maître",
    "juge", "procureur", "procureure", "préfet", "préfète", "maire", "PDG", "patron", "patronne",
    "entraîneur", "avocat", "avocate",
)

# Lower-case words that belong inside a person's name: "Luca de Meo", "Ursula von der Leyen".
NAME_PARTICLES = ("de", "du", "des", "d'", "von", "van", "der", "den", "al", "el", "ben", "bin", "da", "di", "y")


# Lower-case nouns that open an organisation's name: "ministère des Affaires étrangères",
# "tribunal correctionnel de Paris". Another lower-case word opening a span is not a name.
ORGANISATION_NOUNS = (
    "ministère", "tribunal", "cour", "parquet", "conseil", "équipe", "armée", "service", "services",
    "agence", "commission", "banque", "groupe", "parti", "comité", "office", "direction", "préfecture",
)

# Institutions named by their place: "le tribunal correctionnel de Paris", "la cour d'assises
# du Rhône", "l'équipe de France" are bodies, not the place they are of. Up to two words
# may come between the noun and the link word.
INSTITUTIONS_OF_PLACE = ("tribunal", "cour", "parquet", "préfecture", "mairie", "conseil", "équipe",
                         "université", "académie", "barreau")
OF_PLACE = ("de", "du", "des", "d'", "de la", "de l'")

# Nouns that say the name after them is a body: "le groupe de luxe Kering", "la société
# Enedis", "le syndicat SUD-Rail". A one-word name that no gazetteer places and that follows
# one of them is an organisation, whatever label the model gave it.
ORGANISATION_KIND_NOUNS = (
    "groupe", "société", "entreprise", "constructeur", "compagnie", "syndicat", "parti", "club",
    "banque", "assureur", "opérateur", "fabricant", "géant", "start-up", "cabinet", "fonds",
    "laboratoire", "chaîne", "journal", "quotidien", "distributeur", "équipementier",
)

# Legal forms and club suffixes that end a French company's or club's name ("Renault SA",
# "Airbus SE", "Nantes FC"): see the English table.
ORGANISATION_SUFFIXES = ("SA", "SAS", "SARL", "SE", "SCA", "FC")

# Words that put a place after them, beyond the locatives: "à Landiras", "près de Brest".
PLACE_PREPOSITIONS = ("à", "près de", "vers", "depuis", "dans le", "dans la", "dans l'", "de la ville de")
