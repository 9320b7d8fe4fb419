"""English interface strings and date formats for the dashboard, as data.

Same names and keys as ``dashboard/lang/fr/ui.py`` (a test checks it).
"""

LANGUAGE_NAME = "English"

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                "Dec")
DAY_NAMES: dict[int, str] = {}

DATE_FORMAT = "{day} {month} {year}"
SHORT_DATE_FORMAT = "{day} {month} {year}"
WEEK_FORMAT = "week of {date}"
MONTH_FORMAT = "{month} {year}"
SEASON_FORMAT = "{season} {year}"
SEASONS = {"spring": "spring", "summer": "summer", "autumn": "autumn", "winter": "winter"}
QUARTER_FORMAT = "{ordinal} {year}"
QUARTER_ORDINALS = {1: "Q1", 2: "Q2", 3: "Q3", 4: "Q4"}
YEAR_FORMAT = "{year}"
LABEL_FORMAT = "{label}: {text}"
QUOTE = "'{text}'"

CATEGORIES = {
    "decision": "Decision",
    "strike": "Strike",
    "deployment": "Deployment",
    "diplomacy": "Diplomacy",
    "statement": "Statement",
    "delivery": "Delivery",
    "report": "Report",
    "other": "Other",
}

PRECISIONS = {
    "day": "to the day",
    "week": "to the week",
    "month": "to the month",
    "season": "to the season",
    "quarter": "to the quarter",
    "year": "to the year",
    "decade": "to the decade",
    "century": "to the century",
}

STRINGS = {
    "app.title": "Frise",
    "app.subtitle": "A timeline of dated events, each linked to the sentences that report it",
    "app.loading": "Reading the articles in the folder “{folder}”…",
    "app.loaded": "{articles} read, {events} found",
    "app.no_events": "No events to show: {path} holds no readable article.",
    "app.load_failed": "Could not read the corpus {path}: {error}",
    "app.document_errors": "{count} document(s) could not be read: {names}",
    "count": "{shown} of {total} events",
    "sidebar.language": "Language",
    "sidebar.mode": "View",
    "mode.explore": "Explore",
    "mode.present": "Present",
    "sidebar.lanes": "Timeline lanes",
    "lanes.category": "Category",
    "lanes.actor": "Actor",
    "lanes.source": "Source",
    "sidebar.filters": "Filters",
    "filter.from": "From",
    "filter.to": "To",
    "filter.category": "Categories",
    "filter.actor": "Actors",
    "filter.org": "Organisations",
    "filter.place": "Places",
    "filter.weapon": "Weapon systems",
    "filter.source": "Articles or outlets",
    "filter.q": "Search titles, excerpts and names",
    "filter.min_sources": "Reported by at least N sources",
    "filter.reset": "Reset the view",
    "filter.event": "Event shown",
    "filter.choose": "Choose…",
    "filter.no_event": "(none)",
    "filter.event_cap": "Only the first {shown} events are offered: narrow the filters to find the others.",
    "story.page": "Page",
    "story.pages": "Events {first} to {last} of {total}",
    "panel.label": "View",
    "sidebar.export": "Export the filtered events",
    "export.csv": "CSV",
    "export.json": "JSON",
    "export.timelinejs": "TimelineJS",
    "export.html": "Standalone HTML page",
    "sidebar.share": "The page's link reproduces exactly this view: copy the address to share it.",
    "tab.detail": "Detail",
    "tab.table": "Table",
    "tab.story": "Story",
    "tab.map": "Map",
    "tab.compare": "Compare sources",
    "timeline.title": "Timeline",
    "timeline.empty": "No event matches the filters.",
    "timeline.other_lane": "others",
    "timeline.no_lane": "(none)",
    "hover.publication": "publication date",
    "hover.sources": "{articles}",
    "hover.written": "written: {text}",
    "hover.dated": "dated: {period}",
    "timeline.more": "+{count}",
    "timeline.zoom": "Zoom with the mouse wheel",
    "timeline.zoom_help": "Otherwise the wheel scrolls the page; the timeline's toolbar zooms too.",
    "timeline.reset": "Reset the filters",
    "timeline.hidden_event": "The selected event is hidden by the filters: '{title}'.",
    "timeline.few": "The events shown:",
    "link.copy": "Copy the link",
    "link.help": "This view's address, to paste for a colleague:",
    "detail.pick": "Click an event on the timeline, or choose it in the sidebar.",
    "detail.date": "Date",
    "detail.precision": "Precision",
    "detail.how": "How it was dated",
    "detail.sources": "{articles} · {excerpts}",
    "detail.published": "published {date}",
    "detail.unpublished": "publication date unknown",
    "detail.read_article": "Read the whole article ({outlet})",
    "detail.disagreements": "The sources do not say the same thing",
    "detail.planned": "announced, not yet happened",
    "detail.actors": "Actors",
    "detail.organisations": "Organisations",
    "detail.places": "Places",
    "detail.weapons": "Weapons",
    "detail.confidence": "Confidence",
    "disagreement.date": "Different dates",
    "disagreement.number": "Different figures",
    "disagreement.name": "Names spelled differently",
    "how.explicit": "{quoted}, as written in the article",
    "how.relative_back": "{quoted}, counted back from {anchor}",
    "how.relative_forward": "{quoted}, counted forward from {anchor}",
    "how.anaphoric": "{quoted}, counted from the previous event ({anchor})",
    "how.publication": "dated by publication ({published})",
    "how.publication_unknown": "dated by publication",
    "how.unanchored": "{quoted}, with no reference date",
    # Why a date without its year, or a bare weekday, resolved as it did (Mention.why).
    "why.relation": "“last” or “next” says which one",
    "why.weekday_year": "year chosen by the day of the week",
    "why.publication_day": "the publication day itself",
    "why.future_tense": "future ({marker}): the next one after publication",
    "why.past_tense": "past ({marker}): the last one before publication",
    "why.nearest_future": "no future verb, but the next one is close: an announced schedule",
    "why.past_default": "no tense marker: the last one before publication",
    "why.deadline": "deadline: at the latest on that day",
    "table.date": "Date",
    "table.start": "Start (to sort by)",
    "table.title": "Event",
    "table.category": "Category",
    "table.sources": "Sources",
    "table.outlets": "Outlets",
    "table.actors": "Actors",
    "table.organisations": "Organisations",
    "table.precision": "Precision",
    "table.date_text": "Date as written",
    "story.undated": "Unknown date",
    "present.previous": "◀ Previous",
    "present.next": "Next ▶",
    "present.progress": "{position} / {total}",
    "present.empty": "No event to present with these filters.",
    "map.events": "event(s)",
    "map.selected": "selected event",
    "map.places": "places",
    "exported.title": "Timeline",
    "exported.summary": "{events} event(s) from {documents} article(s).",
    "exported.undated_left_out": "{n} undated event(s) left out.",
    "exported.offline_note": "Standalone file: it opens without an Internet connection.",
    "exported.generated": "Made with Frise.",
    "notice.unknown_parameter": "Unknown link parameter '{param}': ignored.",
    "notice.bad_date": "'{param}={value}' is not a valid YYYY-MM-DD date: ignored.",
    "notice.date_order": "'to={value}' falls before 'from': ignored.",
    "notice.unknown_value": "'{param}={value}' does not exist in this corpus: ignored.",
    "notice.unknown_event": "Event '{value}' does not exist in this corpus: ignored.",
    "notice.bad_choice": "'{param}={value}' is not a possible value: ignored.",
    "notice.bad_number": "'{param}={value}' must be a positive whole number: ignored.",
}

# Date fields in the sidebar (Streamlit's date_input formats): ISO, unambiguous in English.
DATE_INPUT_FORMAT = "YYYY-MM-DD"

# Counted nouns: (singular, plural). English puts 0 in the plural: "0 articles".
NOUNS = {"article": ("article", "articles"), "excerpt": ("excerpt", "excerpts"),
         "event": ("event", "events")}
ZERO_IS_SINGULAR = False

# Canonical names are international English already.
DISPLAY_NAMES: dict[str, str] = {}
