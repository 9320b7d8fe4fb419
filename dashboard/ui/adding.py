"""The panel that adds articles: files, a pasted text, or a web address, with a progress bar.

Only shown to someone who may edit. The work is the library's (``curation.uploads`` reads,
``curation.adding`` extracts the new articles and merges the corpus again); this draws the
form, the progress bar and one notice per refused file, as plain text.
"""

from __future__ import annotations

import streamlit as st

from dashboard.curation.adding import Added, add_documents
from dashboard.curation.uploads import SUPPORTED, Offline, fetch_url, read_pasted, read_upload
from dashboard.store import StoreError
from dashboard.ui.editing import Access, flash
from dashboard.views.i18n import interface_languages, t, table

AUTO = "auto"


def _progress(lang: str):
    bar = st.progress(0.0, text=t("upload.progress", lang))

    def update(done: int, total: int, name: str) -> None:
        bar.progress(done / max(total, 1), text=f"{done} / {total} · {name}")
    return update


def _report(added: Added, lang: str) -> None:
    flash("success" if added.added else "info",
          t("upload.done", lang, added=len(added.added), failed=len(added.failed),
            already=len(added.already)))
    for doc in added.failed:
        flash("warning", t("upload.failed", lang, error=doc.error))
    for doc in added.already:
        flash("info", t("upload.already", lang, name=doc.file))


def _add(access: Access, documents, lang: str) -> None:
    try:
        added = add_documents(access.workspace, access.slug, documents, key=access.key,
                              progress=_progress(lang))
    except StoreError as error:
        flash("warning", t("edit.read_only_refused", lang, error=error))
    else:
        _report(added, lang)
    st.rerun()


def upload_panel(access: Access, lang: str) -> None:
    if not access.editable or access.workspace is None:
        return
    with st.expander(t("upload.heading", lang)):
        files = st.file_uploader(t("upload.files", lang), type=[s[1:] for s in SUPPORTED],
                                 accept_multiple_files=True, key="upload")
        published = st.date_input(t("upload.published", lang), value=None, key="upload_published",
                                  format=table(lang).DATE_INPUT_FORMAT)
        language = st.radio(t("upload.language", lang), (AUTO, *interface_languages()), key="upload_lang",
                            horizontal=True,
                            format_func=lambda code: "auto" if code == AUTO else table(code).LANGUAGE_NAME)
        language = None if language == AUTO else language
        if st.button(t("upload.go", lang), key="upload_go", type="primary"):
            if not files:
                flash("info", t("upload.nothing", lang))
                st.rerun()
            else:
                # The browser's file name is untrusted: read_upload keeps a plain base name only.
                _add(access, [read_upload(f.name, f.getvalue(), published=published,
                                          language=language) for f in files], lang)
        st.markdown(f"**{t('upload.paste', lang)}**")
        st.text_input(t("upload.paste_title", lang), key="paste_title")
        st.text_input(t("upload.paste_outlet", lang), key="paste_outlet")
        st.text_area(t("upload.paste_text", lang), key="paste_text", height=150)
        if st.button(t("upload.paste_go", lang), key="paste_go"):
            _add(access, [read_pasted(st.session_state.get("paste_text") or "",
                                      title=st.session_state.get("paste_title") or "",
                                      outlet=st.session_state.get("paste_outlet") or "",
                                      published=published, language=language)], lang)
        st.markdown(f"**{t('upload.url', lang)}**")
        st.text_input("URL", key="url", placeholder="https://")
        if st.button(t("upload.url_go", lang), key="url_go"):
            try:
                document = fetch_url((st.session_state.get("url") or "").strip(),
                                     published=published, language=language)
            except Offline as error:
                flash("warning", t("upload.offline", lang, error=error))
                st.rerun()
            else:
                _add(access, [document], lang)
