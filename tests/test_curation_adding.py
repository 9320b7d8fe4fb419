"""Adding articles to a corpus with the real extractor, and corrections that survive it."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from dashboard.curation import adding
from dashboard.curation.adding import add_documents, refresh, seed
from dashboard.curation.uploads import read_paths, read_pasted, read_upload
from dashboard.curation.workspace import KeyRequired, Workspace

UPLOADS = Path(__file__).parent / "fixtures" / "uploads"


@pytest.fixture
def seeded(tmp_path, articles_dir):
    """A workspace whose "default" corpus holds the five seed articles, really extracted."""
    workspace = Workspace(tmp_path / "frise.sqlite", shared=False)
    seed(workspace, "default", articles_dir, title="Démonstration")
    return workspace


def the_event_of(view, doc_id):
    return next(e for e in view.corpus.events if doc_id in e.doc_ids)


def test_seeding_twice_adds_nothing_and_keeps_the_corrections(seeded, articles_dir):
    view = seeded.open("default")
    first = view.corpus.events[0]
    seeded.edit("default", first.id, {"title": "Corrigé"}, author="Ana", version=0)
    again = seed(seeded, "default", articles_dir)
    assert again.added == () and len(again.already) == 5
    assert seeded.open("default").event(first.id).title == "Corrigé"


def test_adding_an_article_extracts_only_it_and_every_correction_survives(seeded):
    before = seeded.open("default")
    target = before.corpus.events[2]
    seeded.edit("default", target.id, {"title": "Corrigé à la main", "category": "report"},
                author="Ana", version=0)
    seeded.delete("default", before.corpus.events[3].id, author="Ana")
    built = []
    result = add_documents(seeded, "default", read_paths([UPLOADS / "port-de-marseille.txt"]),
                           progress=lambda done, total, name: built.append(name))
    assert [d.doc_id for d in result.added] == ["port-de-marseille"] and built == ["port-de-marseille"]
    after = seeded.open("default")
    assert len(after.corpus.documents) == 6
    corrected = after.event(target.id)
    assert (corrected.title, corrected.category) == ("Corrigé à la main", "report")
    assert [e.id for e in after.curated.deleted] == [before.corpus.events[3].id]
    marseille = the_event_of(after, "port-de-marseille")
    assert marseille.date is not None and after.curated.orphans == ()


def test_a_new_extractor_version_rebuilds_every_article_and_the_corrections_still_apply(seeded, monkeypatch):
    target = seeded.open("default").corpus.events[1]
    seeded.edit("default", target.id, {"date": "2024-01-15", "precision": "day"}, author="Ana",
                version=0)
    monkeypatch.setattr(adding, "extractor_fingerprint", lambda: "a-newer-extractor")
    assert refresh(seeded, "default") == 5
    view = seeded.open("default")
    assert view.extractor == "a-newer-extractor"
    assert view.event(target.id).date == date(2024, 1, 15) and view.curated.orphans == ()
    assert refresh(seeded, "default") == 0


def test_the_same_text_is_not_added_twice_and_a_second_file_of_the_same_name_is_kept(seeded):
    text = (UPLOADS / "port-de-marseille.txt").read_bytes()
    first = add_documents(seeded, "default", [read_upload("article.txt", text)])
    again = add_documents(seeded, "default", [read_upload("article.txt", text)])
    other = add_documents(seeded, "default", [read_upload("article.txt", text.replace(b"mardi", b"lundi"))])
    assert [d.doc_id for d in first.added] == ["article"] and len(again.already) == 1
    assert [d.doc_id for d in other.added] == ["article-2"]


def test_a_bad_file_gets_its_own_notice_and_the_others_are_added(seeded):
    documents = [read_upload("vide.txt", b""), read_upload("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(200)),
                 read_upload("notes.odt", b"whatever"),
                 read_upload("port.txt", (UPLOADS / "port-de-marseille.txt").read_bytes())]
    result = add_documents(seeded, "default", documents)
    assert [d.doc_id for d in result.added] == ["port"]
    notices = [d.error for d in result.failed]
    assert notices[0].startswith("vide.txt: ") and "empty" in notices[0]
    assert notices[1].startswith("image.txt: ") and "PNG" in notices[1]
    assert notices[2].startswith("notes.odt: ") and ".pdf" in notices[2]
    assert len(seeded.open("default").corpus.documents) == 6


def test_a_shared_workspace_adds_no_article_without_the_key(seeded):
    shared = Workspace(seeded.path, shared=True)
    with pytest.raises(KeyRequired):
        add_documents(shared, "default", [read_pasted("Le 3 mai 2024, un texte.", title="T")])
    key = seeded.new_key("default")
    result = add_documents(shared, "default",
                           [read_pasted("Le 3 mai 2024, le maire a inauguré le pont.", title="Pont")],
                           key=key)
    assert len(result.added) == 1


def test_an_html_upload_takes_its_date_outlet_and_title_from_the_page_and_drops_scripts():
    doc = read_upload("harbour-strike.html", (UPLOADS / "harbour-strike.html").read_bytes())
    assert (doc.error, doc.published, doc.published_from, doc.language) == (
        None, date(2022, 8, 22), "html-meta", "en")
    assert doc.title == "Dockers walk out at Felixstowe" and "alert" not in doc.text


def test_a_text_upload_takes_its_date_from_its_dateline_and_the_form_date_wins():
    data = (UPLOADS / "port-de-marseille.txt").read_bytes()
    assert read_upload("port.txt", data).published == date(2023, 3, 14)
    given = read_upload("port.txt", data, published=date(2023, 3, 15))
    assert (given.published, given.published_from) == (date(2023, 3, 15), "form")


def write_pdf(text: str, *, password: str | None = None, created: str | None = None) -> bytes:
    """A one-page PDF whose page shows ``text`` in Helvetica (WinAnsi, so French accents work)."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"),
                             NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica"),
                             NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject(
        {NameObject("/F1"): writer._add_object(font)})})
    lines = "".join(f"({line.replace('(', '[').replace(')', ']')}) Tj T* " for line in text.split("\n"))
    stream = DecodedStreamObject()
    stream.set_data(f"BT /F1 11 Tf 14 TL 50 800 Td {lines}ET".encode("cp1252"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    if created:
        writer.add_metadata({"/CreationDate": created, "/Title": "Grève au port"})
    if password:
        writer.encrypt(password)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_pdf_upload_is_read_with_its_text_title_and_date():
    pdf = write_pdf("Les dockers du port de Marseille ont cessé le travail mardi.\n"
                    "Le 7 mars 2023, la CGT avait appelé à la grève.", created="D:20230314090000Z")
    doc = read_upload("greve.pdf", pdf)
    assert doc.error is None and "dockers du port de Marseille" in doc.text
    assert (doc.published, doc.published_from, doc.title) == (date(2023, 3, 14), "pdf-meta",
                                                              "Grève au port")


def test_an_encrypted_pdf_gets_a_notice_saying_so():
    doc = read_upload("secret.pdf", write_pdf("Texte.", password="motdepasse"))
    assert doc.error.startswith("secret.pdf: ") and "encrypted" in doc.error


def test_a_file_that_only_claims_to_be_a_pdf_or_a_docx_gets_a_notice():
    assert "PDF" in read_upload("faux.pdf", b"hello, not a pdf").error
    assert "Word" in read_upload("faux.docx", b"hello, not a docx").error


def test_a_docx_upload_is_read_paragraph_by_paragraph():
    import docx

    document = docx.Document()
    document.core_properties.title = "Grève au port"
    document.add_paragraph("Publié le 14 mars 2023")
    document.add_paragraph("Les dockers du port de Marseille ont cessé le travail mardi.")
    out = io.BytesIO()
    document.save(out)
    doc = read_upload("greve.docx", out.getvalue())
    assert doc.error is None and doc.title == "Grève au port"
    assert doc.published == date(2023, 3, 14) and "dockers" in doc.text


def test_an_upload_over_the_size_limit_gets_a_notice(monkeypatch):
    from dashboard.curation import uploads

    monkeypatch.setattr(uploads, "MAX_UPLOAD_BYTES", 100)
    assert "limit" in read_upload("long.txt", b"a" * 101).error


def test_a_file_in_an_unknown_encoding_gets_a_notice():
    doc = read_upload("brouille.txt", bytes(range(128, 256)) * 3 + b" texte ")
    assert doc.error.startswith("brouille.txt: ") and "unknown encoding" in doc.error


@pytest.mark.parametrize("name, safe", [
    ("../../etc/passwd.txt", "passwd.txt"),
    ("..\\..\\windows\\win.ini.txt", "win.ini.txt"),
    ("<script>alert(1)</script>.txt", "script_.txt"),
    ("article\u202e.txt", "article.txt"),
    ("...", "document"),
])
def test_an_uploaded_file_name_is_cut_down_to_a_plain_base_name(name, safe):
    from dashboard.curation.uploads import safe_name

    assert safe_name(name) == safe


def test_an_upload_named_to_escape_its_folder_stays_inside_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    doc = read_upload("../../../evil.txt", "Le 3 mai 2024, un texte.".encode())
    assert doc.file == "evil.txt" and not list(tmp_path.parent.glob("evil.txt"))


def test_opening_a_corpus_built_by_an_older_extractor_builds_it_again(seeded, tmp_path, articles_dir,
                                                                   monkeypatch):
    from dashboard.service import loading

    seed(seeded, "copie", articles_dir)
    target = seeded.open("copie").corpus.events[0]
    seeded.edit("copie", target.id, {"title": "Corrigé"}, author="Ana", version=0)
    monkeypatch.setattr(adding, "extractor_fingerprint", lambda: "a-newer-extractor")
    monkeypatch.setattr(loading, "extractor_fingerprint", lambda: "a-newer-extractor")
    loaded = loading.load(articles_dir, tmp_path / "events.json", seeded.path, None, slug="copie")
    assert loaded.curation.extractor == "a-newer-extractor"
    assert loaded.curation.event(target.id).title == "Corrigé"


def test_a_seeded_corpus_holds_what_extract_corpus_makes_of_the_same_folder(seeded, seed_corpus):
    view = seeded.open("default")
    assert view.corpus.events == seed_corpus.events
    assert view.corpus.aliases == seed_corpus.aliases and view.corpus.places == seed_corpus.places
