"""English sentences that must give no date: numbers, durations, ages, scores, look-alikes.
Read by the parametrised rule test."""

P = "2025-07-15"  # a Tuesday, like the examples of temporal_calendar.py

NOT_DATES = (
    ("The US refused for the first two years of the war, after three years of war.", P),
    ("Trump said he could end the war in 24 hours, or within a day.", P),
    ("Missiles with a range of 300 km (186 miles) and 1,600 km.", P),
    ("Russia deployed 50,000 soldiers and 10,000 North Korean troops.", P),
    ("More than 2000 soldiers and 1500 drones were involved.", P),
    ("The Mars rover may march on; June Carter sang; you may go.", P),
    ("I think his position and my decision are clear; at least 12 planes were hit.", P),
    # Years inside numbers, prices, addresses and references stay out.
    ("He lives at 1600 Pennsylvania Avenue; the fee was $2019 and the score 2-1.", P),
    ("They ran 2000 metres in 24 hours, and 1,200 homes cast 2,019 votes.", P),
    ("Page 2014 of report No. 2021 lists flight 1549.", P),
    ("Tourists flocked to Easter Island; he may march on.", P),
    # Durations alone, ages, scores, prices and counts (second round of issue 7).
    ("The project took three months, and three months is a long time.", P),
    ("The 24-year-old signed for $45 million; she lived to 102.", P),
    ("The score was 3-1 in the 90th minute; the match ended 2-1.", P),
    ("A 48-hour strike is planned; rates rose to 4.5 percent in a year.", P),
    ("Gas costs $3.95 a gallon; the three days of celebrations drew 2024 visitors.", P),
    ("He stayed in office for nearly twenty years; the club has won 3 of its last 5 games.", P),
    # Opening hours and ranges of numbers that are not days (third round of issue 7).
    ("The museum is open Monday to Friday, from 10 a.m. to 6 p.m.", P),
    ("Children aged 2 to 17 pay between 1,800 and 2,000 dollars; it was 30-35 C.", P),
    ("Entry is free on the first Sunday of every month, and protesters gather every Saturday.", P),
)
