"""The correction panels: who you are, undo and redo, the editor, delete, join, split, add.

Each write is a workspace call (``dashboard.curation.workspace``) made from a button's
callback, so the rerun that follows already reads the new revision. What the library refuses
(a conflict, a bad value, a missing key) comes back as a notice on the next run. Every text
from the corpus is shown through ``views.card.escape_text`` or ``ui.plain.plain_markdown``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlencode

import streamlit as st

from dashboard.curation.fields import InvalidValue
from dashboard.curation.workspace import Workspace
from dashboard.model import PRECISIONS, STATUSES, CATEGORIES, Event
from dashboard.service.loading import Loaded
from dashboard.store import StoreError
from dashboard.store.edits import EditConflict
from dashboard.ui import corrections
from dashboard.views import card
from dashboard.ui.plain import plain_markdown
from dashboard.views.i18n import category_label, precision_label, t, table

FLASH = "flash"


@dataclass(frozen=True)
class Access:
    """Who may change the corpus shown: from the workspace, the corpus and the URL's key."""

    workspace: Workspace | None
    slug: str
    key: str | None
    editable: bool

    @property
    def shared(self) -> bool:
        return self.workspace is not None and self.workspace.shared


def access_for(workspace: Workspace | None, slug: str, key: str | None) -> Access:
    editable = workspace is not None and workspace.may_edit(slug, key)
    return Access(workspace, slug, key if editable else None, editable)


def _html(markup: str) -> None:
    st.markdown(markup, unsafe_allow_html=True)


def _text(line: str, css: str = "frise-meta") -> None:
    _html(card.html_block(card.escape_text(line), css))


def flash(kind: str, message: str) -> None:
    """A notice for the next run (callbacks run before the page is drawn again)."""
    st.session_state.setdefault(FLASH, []).append((kind, message))


def show_flashes() -> None:
    for kind, message in st.session_state.pop(FLASH, []):
        getattr(st, kind)(plain_markdown(message))


def _author(lang: str) -> str | None:
    author = (st.session_state.get("author") or "").strip()
    if not author:
        flash("warning", t("edit.author_needed", lang))
        return None
    return author


def _attempt(action, lang: str, done: str | None = None) -> bool:
    """Run one workspace write; a refusal becomes a notice, never a traceback."""
    try:
        action()
    except EditConflict:
        raise
    except InvalidValue as error:
        flash("error", t("edit.invalid", lang, error=error))
        return False
    except StoreError as error:
        flash("warning", t("edit.read_only_refused", lang, error=error))
        return False
    if done:
        flash("success", done)
    return True


def _page_address() -> str:
    """The page's address without its query (st.context.url; empty in a headless test)."""
    try:
        address = (st.context.url or "").split("?")[0]
    except Exception:  # noqa: BLE001 - no browser session (AppTest): links stay relative
        return ""
    return address if not address or address.endswith("/") else address + "/"


def sidebar(access: Access, lang: str) -> None:
    """The access note, the share links, your name, and undo/redo."""
    if access.workspace is None:
        return
    if not access.shared:
        st.info(t("access.single_user", lang))
    elif access.editable:
        st.success(t("access.edit", lang))
    else:
        st.info(t("access.read_only", lang))
    address = _page_address()
    st.caption(t("access.view_link", lang))
    st.code(f"{address}?{urlencode({'corpus': access.slug})}", language=None)
    if access.shared and access.editable:
        st.caption(t("access.edit_link", lang))
        st.code(f"{address}?{urlencode({'corpus': access.slug, 'key': access.key})}",
                language=None)
    if not access.editable:
        return
    st.text_input(t("edit.author", lang), key="author", max_chars=80)
    # One a line: side by side, the sidebar cut "Annuler ma dernière modification" short.
    st.button(t("edit.undo", lang), key="undo", on_click=_step, args=(access, True, lang),
              width="stretch")
    st.button(t("edit.redo", lang), key="redo", on_click=_step, args=(access, False, lang),
              width="stretch")


def _keep_selection() -> None:
    """Set the picked event again from the callback, so the rerun keeps it.

    A correction renames the event in the picker; in a browser, the picker can then come back
    empty after an undo, and the detail panel with it. Setting the value here makes the
    server's value the one the rerun uses.
    """
    if st.session_state.get("event"):
        st.session_state["event"] = st.session_state["event"]


def _step(access: Access, back: bool, lang: str) -> None:
    _keep_selection()
    author = _author(lang)
    if author is None:
        return
    call = access.workspace.undo if back else access.workspace.redo
    try:
        entries = call(access.slug, author=author, key=access.key)
    except EditConflict as conflict:
        flash("warning", t("edit.conflict", lang) + " " + " ".join(
            _conflict_line(c, lang) for c in conflict.conflicts))
        return
    except StoreError:
        flash("info", t("edit.nothing", lang))
        return
    what = ", ".join(corrections.field_label(e.field, lang) for e in entries)
    flash("success", t("edit.undone" if back else "edit.redone", lang, what=what))


def _conflict_line(conflict, lang: str) -> str:
    return t("edit.conflict_field", lang, field=corrections.field_label(conflict.field, lang),
             who=conflict.theirs_by or "?", theirs=conflict.theirs, yours=conflict.yours,
             when=corrections.when(conflict.theirs_at, lang) if conflict.theirs_at else "")


def orphans(loaded: Loaded, lang: str) -> None:
    view = loaded.curation
    if view is None or not view.curated.orphans:
        return
    with st.expander(t("edit.orphans", lang, count=len(view.curated.orphans))):
        for line in corrections.orphan_lines(view.curated.orphans, lang):
            _text(line)


def event_tools(event: Event, shown: Sequence[Event], access: Access, loaded: Loaded,
                lang: str) -> None:
    """Below the detail panel: who corrected it, its history, and (if editable) the editor."""
    view = loaded.curation
    if view is None:
        return
    state = view.state(event.id)
    if state.origin == "hand":
        _text(t("edit.hand_made", lang))
    note = corrections.corrected_note(state, lang)
    if note:
        _text("✎ " + note, "frise-corrected")
    history = access.workspace.history(access.slug, corrections=state.corrections)
    if history:
        with st.expander(t("edit.history", lang, count=len(history))):
            for line in corrections.history_lines(history, lang):
                _text(line)
    if not access.editable:
        return
    _conflict_panel(access, lang)
    opened = st.session_state.get("editor_for") == event.id
    left, right = st.columns(2)
    left.button(t("edit.close" if opened else "edit.open", lang), key="edit",
                on_click=_toggle_editor, args=(event, state.version, opened), width="stretch")
    right.button(t("edit.delete", lang), key="delete", on_click=_delete,
                 args=(access, event.id, lang), width="stretch")
    if opened:
        _editor(event, access, lang)
    with st.expander(t("edit.structure", lang)):
        others = [e.id for e in shown if e.id != event.id]
        st.selectbox(t("edit.join_with", lang), others, key="join_with", index=None,
                     format_func=lambda i: loaded.event_labels[lang].get(i, i))
        st.button(t("edit.join", lang), key="join_go", on_click=_join, args=(access, event.id, lang),
                  disabled=not others)
        if len(event.sources) > 1:
            st.selectbox(t("edit.split_source", lang), range(len(event.sources)), key="split_source",
                         format_func=lambda i: f"{loaded.outlets.get(event.sources[i].doc_id, '')} — "
                                               f"{event.sources[i].excerpt[:90]}")
            st.button(t("edit.split", lang), key="split_go", on_click=_split,
                      args=(access, event.id, lang))


def _toggle_editor(event: Event, version: int, opened: bool) -> None:
    if opened:
        st.session_state.pop("editor_for", None)
        return
    st.session_state["editor_for"] = event.id
    st.session_state["editor_version"] = version
    st.session_state.update(corrections.editor_values(event))


def _editor(event: Event, access: Access, lang: str) -> None:
    with st.form("editor", border=True):
        st.text_input(t("edit.title", lang), key="edit_title")
        left, right = st.columns(2)
        date_format = table(lang).DATE_INPUT_FORMAT
        left.date_input(t("edit.date", lang), key="edit_date", format=date_format)
        right.date_input(t("edit.date_end", lang), key="edit_date_end", format=date_format)
        st.selectbox(t("edit.precision", lang), PRECISIONS, key="edit_precision",
                     format_func=lambda p: precision_label(p, lang))
        st.selectbox(t("edit.category", lang), CATEGORIES, key="edit_category",
                     format_func=lambda c: category_label(c, lang))
        st.radio(t("edit.status", lang), STATUSES, key="edit_status", horizontal=True,
                 format_func=lambda s: t(f"edit.status.{s}", lang))
        for name in corrections.NAME_FIELDS:
            st.text_input(t(f"edit.{name}", lang), key=f"edit_{name}")
        st.form_submit_button(t("edit.save", lang), key="edit_save", on_click=_save,
                              args=(access, event, lang), type="primary")


def _submitted() -> dict:
    return {key: st.session_state.get(key) for key in corrections.editor_values_keys()}


def _save(access: Access, event: Event, lang: str, force: bool = False) -> None:
    _keep_selection()
    author = _author(lang)
    if author is None:
        return
    changed = corrections.changes(event, _submitted())
    if not changed:
        flash("info", t("edit.no_change", lang))
        return
    version = st.session_state.get("editor_version", 0)
    try:
        saved = _attempt(lambda: access.workspace.edit(access.slug, event.id, changed, author=author,
                                                       version=version, key=access.key, force=force),
                         lang, t("edit.saved", lang))
    except EditConflict as conflict:
        st.session_state["conflict"] = {"event": event, "conflicts": conflict.conflicts,
                                        "version": conflict.version}
        return
    if saved:
        st.session_state.pop("editor_for", None)
        st.session_state.pop("conflict", None)


def _conflict_panel(access: Access, lang: str) -> None:
    pending = st.session_state.get("conflict")
    if not pending:
        return
    with st.container(border=True):
        st.warning(t("edit.conflict", lang))
        for conflict in pending["conflicts"]:
            _text(_conflict_line(conflict, lang))
        left, right = st.columns(2)
        left.button(t("edit.keep_mine", lang), key="keep_mine", on_click=_save,
                    args=(access, pending["event"], lang, True))
        right.button(t("edit.keep_theirs", lang), key="keep_theirs", on_click=_keep_theirs)


def _keep_theirs() -> None:
    st.session_state.pop("conflict", None)
    st.session_state.pop("editor_for", None)


def _delete(access: Access, event_id: str, lang: str) -> None:
    author = _author(lang)
    if author and _attempt(lambda: access.workspace.delete(access.slug, event_id, author=author,
                                                           key=access.key),
                           lang, t("edit.deleted", lang)):
        st.session_state["event"] = None


def _join(access: Access, event_id: str, lang: str) -> None:
    other, author = st.session_state.get("join_with"), _author(lang)
    if other and author:
        _attempt(lambda: access.workspace.join(access.slug, event_id, other, author=author,
                                               key=access.key), lang)


def _split(access: Access, event_id: str, lang: str) -> None:
    author = _author(lang)
    if author:
        _attempt(lambda: access.workspace.split(access.slug, event_id,
                                                int(st.session_state.get("split_source") or 0),
                                                author=author, key=access.key), lang)


def deleted_events(access: Access, loaded: Loaded, lang: str) -> None:
    view = loaded.curation
    if view is None or not access.editable or not view.curated.deleted:
        return
    deleted = {e.id: e for e in view.curated.deleted}
    with st.expander(t("edit.deleted_list", lang, count=len(deleted))):
        st.selectbox(t("edit.restore", lang), list(deleted), key="restore_pick",
                     format_func=lambda i: deleted[i].title)
        st.button(t("edit.restore", lang), key="restore", on_click=_restore, args=(access, lang))


def _restore(access: Access, lang: str) -> None:
    chosen, author = st.session_state.get("restore_pick"), _author(lang)
    if chosen and author:
        _attempt(lambda: access.workspace.restore(access.slug, chosen, author=author,
                                                  key=access.key), lang)


def add_event(access: Access, loaded: Loaded, lang: str) -> None:
    """A form for an event a person writes, with an article's sentence as its source or none."""
    if not access.editable or loaded.curation is None:
        return
    with st.expander(t("edit.add", lang)):
        st.text_input(t("edit.title", lang), key="add_title")
        st.date_input(t("edit.date", lang), key="add_date", value=None,
                      format=table(lang).DATE_INPUT_FORMAT)
        st.selectbox(t("edit.category", lang), CATEGORIES, key="add_category",
                     format_func=lambda c: category_label(c, lang))
        documents = {d.doc_id: d for d in loaded.corpus.documents if d.text}
        doc_id = st.selectbox(t("edit.add_doc", lang), [None, *documents], key="add_doc",
                              format_func=lambda d: t("edit.add_no_doc", lang) if d is None
                              else loaded.source_names.get(d, d))
        if doc_id is not None:
            text = documents[doc_id].text
            st.selectbox(t("edit.add_sentence", lang), corrections.sentences(documents[doc_id]),
                         key="add_sentence", format_func=lambda span: text[span[0]:span[1]][:140])
        st.button(t("edit.add_go", lang), key="add_go", on_click=_add, args=(access, lang))


def _add(access: Access, lang: str) -> None:
    author = _author(lang)
    if author is None:
        return
    values = {"title": st.session_state.get("add_title"),
              "date": st.session_state.get("add_date"),
              "category": st.session_state.get("add_category") or "other"}
    span = st.session_state.get("add_sentence") if st.session_state.get("add_doc") else None
    source = (st.session_state["add_doc"], *span) if span else None

    def add() -> None:
        new_id = access.workspace.add_event(access.slug, values, author=author, key=access.key,
                                            source=source)
        st.session_state["event"] = new_id
    _attempt(add, lang, t("edit.added", lang))
