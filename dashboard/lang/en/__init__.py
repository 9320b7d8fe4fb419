"""English: tables of dates, furniture and datelines, read by the language-blind engines."""
