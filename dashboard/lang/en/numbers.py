"""English number words, as counted in "two months ago" or "three days later".

A value is an int, or a ``(low, high)`` pair for the vague ones ("a few days"), which the
resolver turns into a range of dates instead of pretending to know the exact day.
"""

NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "a hundred": 100, "a couple of": 2,
    "a few": (2, 5), "few": (2, 5), "several": (2, 5), "a dozen": (10, 14),
}

# "the second quarter", "Q3".
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
            "4th": 4}
