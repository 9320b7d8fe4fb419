"""English figures with their units; same layout as ``dashboard.lang.fr.quantities``."""

DECIMAL_MARK = "."
GROUP_MARKS = (",",)

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "a hundred": 100,
    "a thousand": 1000,
}

SCALES = {"thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
          "bn": 1e9, "m": 1e6}

VAGUE = {
    "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999),
    "thousands": (2000, 9999), "tens of thousands": (20000, 99999),
    "hundreds of thousands": (200000, 999999),
}

APPROXIMATE = ("about", "around", "nearly", "almost", "roughly", "approximately", "some")
AT_LEAST = ("at least", "more than", "over", "no fewer than", "upwards of")

# Words that may join an amount to its unit: "thousands of troops".
LINKS = ("of",)

# English adjectives come before the noun: "10,000 North Korean troops".
WORDS_BEFORE_UNIT = 2

UNITS = {
    "km": ("length", 1.0), "kilometre": ("length", 1.0), "kilometres": ("length", 1.0),
    "kilometer": ("length", 1.0), "kilometers": ("length", 1.0),
    "miles": ("length", 1.609344), "mile": ("length", 1.609344),
    "metres": ("length", 0.001), "meters": ("length", 0.001),
    "troops": ("soldiers", 1), "soldiers": ("soldiers", 1), "servicemen": ("soldiers", 1),
    "fighters": ("soldiers", 1), "personnel": ("soldiers", 1),
    "aircraft": ("aircraft", 1), "planes": ("aircraft", 1), "bombers": ("aircraft", 1),
    "jets": ("aircraft", 1), "helicopters": ("aircraft", 1),
    "drones": ("drones", 1),
    "missiles": ("missiles", 1), "rockets": ("missiles", 1), "shells": ("shells", 1),
    "tanks": ("tanks", 1),
    "dead": ("killed", 1), "killed": ("killed", 1), "deaths": ("killed", 1),
    "wounded": ("wounded", 1), "injured": ("wounded", 1),
    "civilians": ("civilians", 1), "people": ("people", 1), "prisoners": ("prisoners", 1),
    "dollars": ("usd", 1), "$": ("usd", 1), "euros": ("eur", 1), "€": ("eur", 1),
}

DIMENSIONS = {
    "length": "range", "soldiers": "troops", "aircraft": "aircraft", "drones": "drones",
    "missiles": "missiles", "shells": "shells", "tanks": "tanks", "killed": "dead",
    "wounded": "wounded", "civilians": "civilians", "people": "people",
    "prisoners": "prisoners", "usd": "amount in dollars", "eur": "amount in euros",
}

EXAMPLES = (
    ("ATACMS missiles with a range of up to 300 km (186 miles)", "length", 300.0),
    ("outside the 180-mile range", "length", 289.68),
    ("10,000 North Korean troops", "soldiers", 10000.0),
    ("at least 12 aircraft were damaged", "aircraft", 12.0),
    ("three servicemen were wounded", "soldiers", 3.0),
    ("$1.5 billion in aid", "usd", 1.5e9),
)
