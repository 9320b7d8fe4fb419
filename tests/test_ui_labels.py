"""Labels beside the timeline's marks: headlines that fit, a count where a lane is crowded."""

from __future__ import annotations

from datetime import date, timedelta

from dashboard.model import Event, Source
from dashboard.views.figures import hover_text, timeline_figure
from dashboard.views.labels import CHAR_WIDTH_PX, PLOT_WIDTH_PX, place_labels, short_label


def _event(n: int, day: date, title: str) -> Event:
    source = Source(doc_id="d", excerpt=title, start=0, end=len(title), date=day, date_end=day,
                    precision="day", dated_by="explicit", date_text=day.isoformat())
    return Event(id=f"ev{n}", title=title, date=day, date_end=day, precision="day",
                 date_text=day.isoformat(), dated_by="explicit", category="strike",
                 sources=(source,), confidence=0.9, language="fr", date_source="d")


def test_labels_in_a_row_cover_no_other_mark_and_the_unlabelled_ones_are_counted():
    xs = [0, 1, 2, 3, 200, 201]
    placed = place_labels(xs, [0] * 6, ["Kiev a reçu des drones de combat"] * 6, view=(0, 365))
    days_per_px = 365 / PLOT_WIDTH_PX
    for p in placed:
        end = xs[p.index] + (9 + len(p.text) * CHAR_WIDTH_PX) * days_per_px
        assert not any(xs[p.index] < x < end for x in xs), p
    assert sum(p.hidden for p in placed) + len(placed) == 6
    assert [(p.index, p.hidden) for p in placed] == [(3, 3), (5, 1)]


def test_marks_in_different_rows_each_keep_their_label():
    placed = place_labels([0, 0], [0.0, 0.2], ["A", "B"], view=(0, 30))
    assert len(placed) == 2


def test_the_selected_event_always_has_its_label():
    placed = place_labels([0, 1, 2], [0] * 3, ["un", "deux", "trois"], view=(0, 365), selected=2)
    assert [(p.index, p.hidden) for p in placed] == [(2, 2)]


def test_a_label_at_the_end_of_the_view_is_written_on_the_left_of_its_mark():
    (placed,) = place_labels([360], [0], ["Kiev a reçu des drones"], view=(0, 365))
    assert placed.side == "left"


def test_a_label_on_the_left_never_covers_an_unlabelled_mark_before_it():
    # 340 has no room for a label (360 is too close) and 360, the last, has none on its right.
    xs = [20, 340, 360]
    placed = place_labels(xs, [0] * 3, ["Kiev a reçu des drones de combat"] * 3, view=(0, 365))
    days_per_px = 365 / PLOT_WIDTH_PX
    for p in placed:
        width = (9 + len(p.text) * CHAR_WIDTH_PX) * days_per_px
        low, high = (xs[p.index] - width, xs[p.index]) if p.side == "left" else (xs[p.index], xs[p.index] + width)
        assert not any(low < x < high for n, x in enumerate(xs) if n != p.index), p
    assert sum(p.hidden for p in placed) + len(placed) == 3


def test_a_row_with_no_room_for_a_label_counts_its_events_on_the_lanes_nearest_label():
    # Row 0.2 holds two marks a day apart at the end of the view: neither has room.
    placed = place_labels([0, 100, 101], [0.0, 0.2, 0.2], ["Kiev a reçu des drones"] * 3, view=(0, 102))
    assert [(p.index, p.hidden) for p in placed] == [(0, 2)]


def test_a_shortened_label_does_not_end_on_a_function_word():
    assert short_label("Son attaque la plus audacieuse est survenue", 18) == "Son attaque…"


def test_a_long_headline_is_shortened_on_a_word_boundary():
    label = short_label("La Commission européenne a proposé de geler les avoirs russes")
    assert len(label) <= 34 and label == "La Commission européenne…"


def test_labels_are_written_escaped_beside_the_marks_and_follow_the_selection():
    start = date(2024, 1, 1)
    # Two short headlines far apart: each has room for its label.
    events = [_event(n, start + timedelta(days=400 * n), f"T <b>{n}</b> &") for n in range(2)]
    figure = timeline_figure(events, selected_id="ev1")
    (labels,) = [t for t in figure.data if t.meta["kind"] == "labels"]
    assert len(labels.text) == 2 and list(labels.textposition) == ["middle right", "middle left"]
    assert labels.text[1].strip() == "<b>T &lt;b&gt;1&lt;/b&gt; &amp;</b>"
    assert list(labels.customdata) == ["ev0", "ev1"]


def test_hover_says_what_each_date_is_with_labels():
    event = _event(1, date(2025, 7, 4), "Trump appelle Zelensky")
    event = Event(**{**event.__dict__, "date_text": "4 juillet"})
    text = hover_text(event, "fr")
    assert "écrit : « 4 juillet »" in text and "daté : 4 juillet 2025" in text
    english = hover_text(event, "en")
    assert "written: '4 juillet'" in english and "dated: 4 July 2025" in english


def test_hover_labels_are_left_aligned_dark_on_white():
    figure = timeline_figure([_event(1, date(2025, 7, 4), "Kiev a reçu des drones")])
    hover = figure.layout.hoverlabel
    assert hover.align == "left" and hover.bgcolor == "#ffffff" and hover.font.color == "#1d232b"
