"""French sentences with numbers, durations, ages, scores, prices and look-alike words
that must give no date at all (run by tests/test_temporal_rules.py)."""

P = "2025-07-15"  # a Tuesday, like the examples of temporal_calendar.py

# Sentences with numbers, durations and look-alike words that must give no date at all.
NOT_DATES = (
    ("Le conseil a refusé pendant les deux premières années du mandat.", "2024-11-17"),
    ("La direction, qui, après près de trois ans de conflit, avait gelé les salaires.",
     "2024-11-17"),
    ("Le candidat a déclaré qu’il pourrait régler la crise en un jour.", "2024-11-17"),
    ("Elle avait promis une fois de boucler le dossier en une journée.", P),
    ("Signer un accord avec les syndicats en 24 heures.", P),
    ("Au-delà d’un rayon de 180 milles autour du port.", "2024-11-17"),
    ("L’armée a déployé près de 50 000 soldats et 10 000 réservistes.", "2024-11-17"),
    ("Des missiles allant d’environ 1 600 km, et jusqu’à 300 km (186 miles).", P),
    ("Au moins 12 avions ont été endommagés.", P),
    ("[expert_review_poll id= »334″ params= »JTdCJTIy »]", P),
    ("L'incursion de trois mois est au point mort ; la décision était à l'étude depuis des mois.",
     "2024-11-17"),
    ("Il a fallu pendant trois ans de patience, et un âge de 45 ans.", P),
    ("Mai Lan a chanté avec Juin ; la sonde s'est posée sur Mars et la surface de Mars.", P),
    ("Je crois que sa position et ma décision sont claires, je le sais.", P),
    ("Plus de 2000 soldats et de 1500 drones ont été engagés.", P),
    ("Ils étaient sept. Le missile vole en un jour à mi-âge.", P),
    # Years inside numbers, scores, prices, references and counts stay out.
    ("Le score final, 2-1, a surpris ; il a détourné 1 200 000 euros.", P),
    ("Le vol 2019 a été annulé et l'article 2014 du code reste en vigueur.", P),
    ("La revue n° 2021 titre sur les 2000 mètres courus en 95 minutes.", P),
    ("L'objet coûte 1999 € et pèse 2025 grammes ; l'équipe a marqué 2020 points.", P),
    # Holidays need their capital: "l'ascension du col", "une pâque juive" are no dates.
    ("L'ascension du col a pris trois heures ; la toussaint des coureurs est loin.", P),
    ("Le printemps arabe et le printemps de Prague ont marqué l'histoire.", P),
    # A season without article in the present is a habit, not this year's season.
    ("En automne, les feuilles tombent ; en hiver comme en été, le refuge reste ouvert.", P),
    # Durations alone, ages, scores, prices and counts (second round of issue 7).
    ("Le chantier a duré trois mois, et trois mois c'est long.", P),
    ("Le joueur de 24 ans a signé pour 45 millions d'euros ; elle a vécu 102 ans.", P),
    ("Le score était de 3-1 à la 90e minute ; le match s'est terminé sur le score de 2 à 1.", P),
    ("Une grève de 48 heures est prévue ; le taux est passé à 4,5 % en un an.", P),
    ("Le prix du litre atteint 1,95 euro ; les trois jours de fête ont attiré 2024 visiteurs.", P),
    ("Il est resté en poste pendant près de vingt ans, après trois semaines de grève.", P),
    # Opening hours and ranges of numbers that are not days (third round of issue 7).
    ("Le musée est ouvert du lundi au vendredi, de 10 heures à 18 heures.", P),
    ("Les jeunes de 3 à 16 ans paient entre 1 850 et 2 050 euros par an.", P),
    ("Les riverains ont manifesté devant la mairie, au 1962 avenue de Savoie.", P),
    ("La visite est offerte le dernier samedi de chaque mois et tous les mardis.", P),
)
