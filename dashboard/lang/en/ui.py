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
    "filter.place": "Places",
    "filter.weapon": "Weapon systems",
    "filter.source": "Articles or outlets",
    "filter.q": "Search titles and excerpts",
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
    "table.date": "Date",
    "table.title": "Event",
    "table.category": "Category",
    "table.sources": "Sources",
    "table.outlets": "Outlets",
    "table.actors": "Actors",
    "table.precision": "Precision",
    "table.date_text": "Date as written",
    "story.undated": "Unknown date",
    "present.previous": "◀ Previous",
    "present.next": "Next ▶",
    "present.progress": "{position} / {total}",
    "present.empty": "No event to present with these filters.",
    "notice.unknown_parameter": "Unknown link parameter '{param}': ignored.",
    "notice.bad_date": "'{param}={value}' is not a valid YYYY-MM-DD date: ignored.",
    "notice.date_order": "'to={value}' falls before 'from': ignored.",
    "notice.unknown_value": "'{param}={value}' does not exist in this corpus: ignored.",
    "notice.unknown_event": "Event '{value}' does not exist in this corpus: ignored.",
    "notice.bad_choice": "'{param}={value}' is not a possible value: ignored.",
    "notice.bad_number": "'{param}={value}' must be a positive whole number: ignored.",
}

# Streamlit's plotly.js has only an English locale: the timeline labels its own date ticks
# in any other language (dashboard.views.axis).
OWN_DATE_TICKS = False

# Date fields in the sidebar (Streamlit's date_input formats): ISO, unambiguous in English.
DATE_INPUT_FORMAT = "YYYY-MM-DD"

# Counted nouns: (singular, plural). English puts 0 in the plural: "0 articles".
NOUNS = {"article": ("article", "articles"), "excerpt": ("excerpt", "excerpts"),
         "event": ("event", "events")}
ZERO_IS_SINGULAR = False

# Canonical names are international English already.
DISPLAY_NAMES: dict[str, str] = {}

# The corpus, correction and upload panels (dashboard/ui/editing.py, dashboard/ui/adding.py).
STRINGS |= {
    "corpus.default_title": "Articles bundled with Frise",
    "corpus.unknown": "No corpus is called '{slug}'. Corpora here: {known}.",
    "notice.bad_corpus": "'{value}' is not a corpus name (lower-case letters, digits, hyphens): default corpus shown.",
    "access.single_user": "Editable page: on this machine, anyone who opens it can correct events and add articles.",
    "access.edit": "Edit link: you can correct. Give it only to the people who correct.",
    "access.read_only": "Read-only: to correct, open this corpus's edit link.",
    "access.view_link": "View link (read-only)",
    "access.edit_link": "Edit link",
    "edit.author": "Your name (for the history)",
    "edit.author_needed": "Type your name in the sidebar before correcting.",
    "edit.undo": "Undo my last change",
    "edit.redo": "Redo",
    "edit.undone": "Change undone: {what}",
    "edit.redone": "Change redone: {what}",
    "edit.nothing": "Nothing of yours to undo or redo in this corpus.",
    "edit.open": "Correct",
    "edit.close": "Close the editor",
    "edit.title": "Headline",
    "edit.date": "Start",
    "edit.date_end": "End",
    "edit.precision": "Precision",
    "edit.category": "Category",
    "edit.status": "Status",
    "edit.status.happened": "happened",
    "edit.status.planned": "planned",
    "edit.actors": "People (separated by ;)",
    "edit.organisations": "Organisations (separated by ;)",
    "edit.places": "Places (separated by ;)",
    "edit.save": "Save",
    "edit.saved": "Correction saved.",
    "edit.no_change": "Nothing changed to save.",
    "edit.invalid": "Correction refused: {error}",
    "edit.conflict": "Someone changed this event since you opened it.",
    "edit.conflict_field": "{field} — {who} set '{theirs}' ({when}); you propose '{yours}'.",
    "edit.keep_mine": "Keep my version",
    "edit.keep_theirs": "Keep theirs",
    "edit.corrected": "Corrected by hand by {who} on {when}: {fields}",
    "edit.hand_made": "Event added by hand",
    "edit.history": "History of the event ({count})",
    "edit.history_line": "{when} · {who} · {action} {field}: '{before}' → '{after}'",
    "edit.action.edit": "changed",
    "edit.action.delete": "deleted —",
    "edit.action.restore": "restored —",
    "edit.action.join": "joined —",
    "edit.action.split": "split —",
    "edit.action.add": "added",
    "edit.action.undo": "undid",
    "edit.action.redo": "redid",
    "edit.delete": "Delete the event",
    "edit.deleted": "Event deleted; it can be restored.",
    "edit.deleted_list": "Deleted events ({count})",
    "edit.restore": "Restore",
    "edit.join_with": "Join to this event",
    "edit.join": "Join",
    "edit.split_source": "Source to split off into an event of its own",
    "edit.split": "Split",
    "edit.structure": "Join or split",
    "edit.add": "Add an event by hand",
    "edit.add_doc": "Source sentence (optional): article",
    "edit.add_sentence": "Sentence",
    "edit.add_no_doc": "none",
    "edit.add_go": "Add the event",
    "edit.added": "Event added.",
    "edit.orphans": "{count} orphaned correction(s): their sentences are no longer in any event; they are kept and will come back with their sentences.",
    "edit.orphan_line": "{what} — {fields} ({who}, {when})",
    "edit.read_only_refused": "This corpus is read-only here: {error}",
    "upload.heading": "Add articles",
    "upload.files": "Files (.txt, .md, .html, .pdf, .docx)",
    "upload.published": "Publication date (if the file gives none)",
    "upload.language": "Language",
    "upload.go": "Add the files",
    "upload.paste": "Or paste a text",
    "upload.paste_title": "Title",
    "upload.paste_outlet": "Outlet",
    "upload.paste_text": "Text of the article",
    "upload.paste_go": "Add the text",
    "upload.url": "Or give a web address",
    "upload.url_go": "Fetch the page",
    "upload.progress": "Extracting the new articles…",
    "upload.done": "{added} added, {failed} refused, {already} already there.",
    "upload.failed": "Not added: {error}",
    "upload.already": "Already in the corpus: {name}",
    "upload.nothing": "Choose at least one file.",
    "upload.offline": "Page not fetched: {error}",
}
