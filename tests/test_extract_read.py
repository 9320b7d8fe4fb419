"""Reading documents: manifests, encodings, HTML, datelines, and bad input that must not stop a corpus."""

from __future__ import annotations

import zlib
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard import lang as languages
from dashboard.extract import find_furniture, read_corpus, read_document
from dashboard.extract.dateline import all_rules as dateline_rules
from dashboard.extract.dateline import find_datelines
from dashboard.extract.html import strip_tags
from dashboard.extract.language import guess_language
from dashboard.extract.reader import NO_DATE_WARNING

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
HEADER = "doc_id,file,title,outlet,url,language,published,note\n"
ARTICLE = ("Kiev frappe une raffinerie russe\n"
           "L'Ukraine a frappé mardi une raffinerie de la région de Samara, selon des sources militaires.\n")


def _write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _by_id(documents):
    return {d.doc_id: d for d in documents}


def _is_one_line(message: str | None) -> bool:
    return bool(message) and "\n" not in message


def test_seed_corpus_reads_one_document_per_manifest_row_with_its_metadata(articles_dir):
    documents = read_corpus(articles_dir)
    assert [d.doc_id[:3] for d in documents] == ["000", "001", "002", "003", "004"]
    first = documents[0]
    assert first.published == date(2025, 7, 15) and first.published_from == "manifest"
    assert first.outlet.startswith("Financial Times") and first.language == "fr"
    assert all(d.error is None and d.text and not d.warnings for d in documents)


def test_text_is_the_file_as_written_so_offsets_cut_the_original(articles_dir):
    document = read_corpus(articles_dir)[2]
    raw = (articles_dir / document.file).read_text(encoding="utf-8")
    assert document.text == raw


def test_folder_without_manifest_reads_every_article_file_by_stem(tmp_path):
    _write(tmp_path, "a.txt", ARTICLE)
    _write(tmp_path, "b.md", ARTICLE)
    _write(tmp_path, "c.html", (FIXTURES / "page_fr_with_scripts.html").read_text(encoding="utf-8"))
    _write(tmp_path, "notes.json", "{}")
    assert sorted(_by_id(read_corpus(tmp_path))) == ["a", "b", "c"]


def test_a_single_file_path_is_a_corpus_of_one(tmp_path):
    path = _write(tmp_path, "seul.txt", ARTICLE)
    [document] = read_corpus(path, published=date(2024, 3, 12))
    assert document.doc_id == "seul" and document.published_from == "cli"


def test_cli_date_applies_only_when_manifest_and_file_have_none(tmp_path):
    _write(tmp_path, "a.txt", ARTICLE)
    _write(tmp_path, "b.txt", "Publié le 3 juin 2025 à 08h00\n" + ARTICLE)
    documents = _by_id(read_corpus(tmp_path, published=date(2024, 1, 1)))
    assert (documents["a"].published, documents["a"].published_from) == (date(2024, 1, 1), "cli")
    assert (documents["b"].published, documents["b"].published_from) == (date(2025, 6, 3), "dateline")


@pytest.mark.parametrize(("name", "content", "words"), [
    ("vide.txt", b"", ("vide.txt", "empty")),
    ("blancs.txt", b"  \n\n \t\n", ("blancs.txt", "blank")),
    ("rapport.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", ("rapport.txt", "PDF")),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ("image.txt", "PNG")),
    ("archive.txt", b"PK\x03\x04\x14\x00\x00\x00", ("archive.txt", "ZIP")),
    ("octets.txt", zlib.compress(b"du texte compresse" * 50), ("octets.txt", "binary")),
])
def test_bad_files_give_one_clear_error_and_the_rest_of_the_folder_is_read(tmp_path, name, content, words):
    _write(tmp_path, "bon.txt", ARTICLE)
    _write(tmp_path, name, content)
    documents = _by_id(read_corpus(tmp_path))
    bad = documents[Path(name).stem]
    assert _is_one_line(bad.error) and bad.text == ""
    assert all(word in bad.error for word in words)
    assert documents["bon"].error is None and documents["bon"].text == ARTICLE


def test_text_over_the_size_limit_is_refused_from_its_size_alone(tmp_path):
    huge = tmp_path / "enorme.txt"
    with huge.open("wb") as handle:
        handle.truncate(20_000_000)
    document = read_document(huge)
    assert _is_one_line(document.error)
    assert "20.0 MB" in document.error and "5.0 MB" in document.error and "FRISE_MAX_BYTES" in document.error


def test_the_size_limit_can_be_raised(tmp_path):
    path = _write(tmp_path, "long.txt", ARTICLE * 200)
    assert read_document(path, max_bytes=1000).error
    assert read_document(path, max_bytes=10_000_000).error is None


def test_cp1252_text_decodes_accents_and_apostrophes_with_a_warning(tmp_path):
    text = "L’armée ukrainienne a frappé l’aérodrome de Saky, a déclaré mardi le ministère.\n"
    path = _write(tmp_path, "ancien.txt", text.encode("cp1252"))
    document = read_document(path)
    assert document.text == text
    assert any("cp1252" in w and "ancien.txt" in w for w in document.warnings)


def test_utf16_with_a_byte_order_mark_decodes(tmp_path):
    path = _write(tmp_path, "utf16.txt", ARTICLE.encode("utf-16"))
    assert read_document(path).text == ARTICLE


def test_windows_line_endings_become_plain_newlines(tmp_path):
    path = _write(tmp_path, "crlf.txt", ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    assert read_document(path).text == ARTICLE


def test_html_page_gives_article_text_without_scripts_styles_or_handlers():
    document = read_document(FIXTURES / "page_fr_with_scripts.html")
    assert "L’Ukraine a frappé mardi une raffinerie" in document.text
    assert "PAYLOAD" not in document.text and "SCRIPT_WRITE" not in document.text
    assert "alert" not in document.text and "display: none" not in document.text


def test_html_metadata_gives_date_title_outlet_and_url():
    document = read_document(FIXTURES / "page_fr_with_scripts.html")
    assert (document.published, document.published_from) == (date(2024, 3, 12), "html-meta")
    assert document.title == "Kiev frappe une raffinerie russe dans la région de Samara"
    assert document.outlet == "Le Quotidien d'exemple"
    assert document.url == "https://quotidien.example/international/kiev-raffinerie"


def test_html_teaser_inside_the_article_is_marked_as_furniture():
    document = read_document(FIXTURES / "page_fr_with_scripts.html")
    assert [document.text[s.start:s.end] for s in document.furniture] == [
        "Lire aussi : Les drones ukrainiens, une arme devenue centrale"]


def test_html_saved_with_a_txt_name_is_still_read_as_html(tmp_path):
    markup = (FIXTURES / "page_fr_with_scripts.html").read_text(encoding="utf-8")
    document = read_document(_write(tmp_path, "page.txt", markup))
    assert "<p" not in document.text and document.published_from == "html-meta"


def test_html_without_visible_text_is_an_error(tmp_path):
    path = _write(tmp_path, "vide.html", "<html><body><script>alert('x')</script></body></html>")
    document = read_document(path)
    assert _is_one_line(document.error) and "vide.html" in document.error


def test_tag_stripping_fallback_keeps_blocks_as_lines_and_drops_code():
    markup = ('<div onclick="evil()">Premier paragraphe.</div><script>var x = "CODE";</script>'
              "<style>p{}</style><p>Second <b>paragraphe</b>.</p>")
    assert strip_tags(markup) == "Premier paragraphe.\nSecond paragraphe."


def test_dateline_in_a_plain_text_file_gives_the_publication_date(tmp_path):
    path = _write(tmp_path, "depeche.txt", "PARIS, 12 mars 2024 (AFP) - Le président a annoncé un plan d'aide.\n")
    document = read_document(path)
    assert (document.published, document.published_from) == (date(2024, 3, 12), "dateline")
    assert document.furniture[0].reason == "dateline"


def test_a_published_dateline_wins_over_an_updated_one(tmp_path):
    text = "Mis à jour le 14 mars 2024\nPublié le 12 mars 2024 à 10h32\n" + ARTICLE
    assert read_document(_write(tmp_path, "a.txt", text)).published == date(2024, 3, 12)


def _dateline_cases():
    for lang in languages.available("datelines"):
        for rule in dateline_rules(lang):
            for line, iso in rule.examples:
                yield pytest.param(lang, rule.name, line, iso, id=f"{rule.name}:{line[:30]}")


@pytest.mark.parametrize(("lang", "name", "line", "iso"), list(_dateline_cases()))
def test_every_dateline_rule_reads_its_examples(lang, name, line, iso):
    [found] = find_datelines(line, lang)
    assert (found.rule, found.date.isoformat()) == (name, iso)


def test_no_date_anywhere_gives_the_unanchored_warning(tmp_path):
    document = read_document(_write(tmp_path, "a.txt", ARTICLE))
    assert document.published is None and document.published_from is None
    assert any(NO_DATE_WARNING in w for w in document.warnings)


@pytest.mark.parametrize("bad_date", ["2024-13-45", "soon"])
def test_malformed_manifest_date_is_a_warning_and_the_document_is_processed(tmp_path, bad_date):
    _write(tmp_path, "a.txt", ARTICLE)
    _write(tmp_path, "sources.csv", HEADER + f"a,a.txt,Titre,Outlet,,fr,{bad_date},\n")
    [document] = read_corpus(tmp_path)
    assert document.error is None and document.text == ARTICLE and document.published is None
    assert any("line 2" in w and "published" in w and bad_date in w for w in document.warnings)


def test_malformed_manifest_date_falls_back_to_a_dateline(tmp_path):
    _write(tmp_path, "a.txt", "Publié le 3 juin 2025\n" + ARTICLE)
    _write(tmp_path, "sources.csv", HEADER + "a,a.txt,,,,fr,soon,\n")
    [document] = read_corpus(tmp_path)
    assert (document.published, document.published_from) == (date(2025, 6, 3), "dateline")


def test_manifest_row_naming_a_missing_file_is_an_error_for_that_row_only(tmp_path):
    _write(tmp_path, "a.txt", ARTICLE)
    _write(tmp_path, "sources.csv", HEADER + "a,a.txt,,,,fr,2024-03-12,\nb,absent.txt,,,,fr,2024-03-12,\n")
    documents = _by_id(read_corpus(tmp_path))
    assert documents["a"].error is None and documents["a"].published == date(2024, 3, 12)
    assert _is_one_line(documents["b"].error) and "absent.txt" in documents["b"].error
    assert "line 3" in documents["b"].error


@pytest.mark.parametrize(("content", "words"), [
    ("doc_id,title\na,Titre\n", ("sources.csv", "'file'")),
    ("", ("sources.csv", "empty")),
    ('doc_id,file\na,"a.txt\n', ("sources.csv", "CSV")),
])
def test_unusable_manifest_is_one_error_document(tmp_path, content, words):
    _write(tmp_path, "a.txt", ARTICLE)
    _write(tmp_path, "sources.csv", content)
    [document] = read_corpus(tmp_path)
    assert document.doc_id == "sources.csv" and _is_one_line(document.error)
    assert all(word in document.error for word in words)


def test_a_file_missing_from_the_manifest_is_read_with_a_warning(tmp_path):
    _write(tmp_path, "a.txt", ARTICLE)
    _write(tmp_path, "oublie.txt", ARTICLE)
    _write(tmp_path, "sources.csv", HEADER + "a,a.txt,,,,fr,2024-03-12,\n")
    documents = _by_id(read_corpus(tmp_path))
    assert documents["oublie"].error is None
    assert any("not listed" in w for w in documents["oublie"].warnings)


def test_a_pdf_in_a_folder_is_reported_not_silently_skipped(tmp_path):
    _write(tmp_path, "a.txt", ARTICLE)
    _write(tmp_path, "rapport.pdf", b"%PDF-1.7")
    documents = _by_id(read_corpus(tmp_path))
    assert documents["a"].error is None and ".pdf" in documents["rapport"].error


def test_a_missing_corpus_path_is_one_error_document(tmp_path):
    [document] = read_corpus(tmp_path / "nulle-part")
    assert _is_one_line(document.error) and "nulle-part" in document.error


@pytest.mark.parametrize(("text", "lang"), [
    ("The president said on Tuesday that the strikes would continue and that it was not over.", "en"),
    ("Le président a déclaré mardi que les frappes allaient continuer et que ce n'était pas fini.", "fr"),
    ("12 345 678", "fr"),
])
def test_language_is_guessed_from_frequent_words_defaulting_to_french(text, lang):
    assert guess_language(text) == lang


def test_an_english_article_gets_english_furniture_and_datelines(tmp_path):
    text = ("Published March 12, 2024\nBy Jane Doe\n"
            "The Pentagon said on Tuesday that it would send more air defence systems to Ukraine.\n"
            "Share this article\n")
    document = read_document(_write(tmp_path, "en.txt", text))
    assert document.language == "en" and document.published == date(2024, 3, 12)
    assert [s.reason for s in document.furniture] == ["dateline", "credit line", "share prompt"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400))
def test_any_bytes_give_a_document_with_text_or_a_one_line_error(tmp_path, data):
    document = read_document(_write(tmp_path, "hasard.txt", data))
    assert (document.error is None and document.text.strip()) or (_is_one_line(document.error) and not document.text)


@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("abc Lire aussi:PREV\n[]=’\u00a0é#AFP"), max_size=300))
def test_furniture_spans_of_any_text_lie_inside_it_in_order(text):
    spans = find_furniture(text, "fr")
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
    assert [s.start for s in spans] == sorted(s.start for s in spans)


def test_markdown_article_gets_its_heading_as_title_and_its_chrome_marked(tmp_path):
    text = ("# Kiev frappe une raffinerie russe\n\n![Un drone](https://x.org/d.jpg)\n\n"
            "L'Ukraine a frappé mardi une raffinerie de la région de Samara, selon des sources militaires.\n\n"
            "- [Lire aussi : Les drones ukrainiens](https://x.org/drones)\n\n---\n\n## Partager\n")
    document = read_document(_write(tmp_path, "article.md", text))
    assert document.title == "Kiev frappe une raffinerie russe"
    assert [s.reason for s in document.furniture] == ["image", "teaser", "layout", "share prompt"]


def test_utf8_with_a_damaged_byte_keeps_its_accents_and_warns(tmp_path):
    data = "L’armée a frappé mardi l’aérodrome de Saky, a déclaré le ministère.\n".encode() + b"\xff fin\n"
    document = read_document(_write(tmp_path, "abime.txt", data))
    assert document.text.startswith("L’armée a frappé") and "\ufffd" in document.text
    assert any("1 invalid byte" in w for w in document.warnings)


def test_bytes_no_encoding_decodes_cleanly_give_an_unknown_encoding_error(tmp_path):
    document = read_document(_write(tmp_path, "brouille.txt", bytes(range(128, 256)) * 3 + b" texte "))
    assert _is_one_line(document.error) and "unknown encoding" in document.error and "brouille.txt" in document.error


@pytest.mark.parametrize("sentence", [
    "Le ministre a été publié le 12 mars 2024 dans le journal officiel.",
    "Le rapport - publié le 12 mars 2024 - accuse Moscou.",
    "The report, published March 12, 2024, accused Moscow of war crimes.",
])
def test_a_date_inside_a_sentence_is_not_a_dateline(sentence):
    assert find_datelines(sentence, "fr") == [] and find_datelines(sentence, "en") == []


def test_html_page_declared_as_latin1_is_read_with_its_accents_and_curly_quotes(tmp_path):
    paragraph = ("L’Ukraine a frappé mardi une raffinerie de la région de Samara, à plus de 800 kilomètres "
                 "de la frontière, selon des sources militaires ukrainiennes citées par plusieurs médias.")
    markup = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
              f"<body><article><p>{paragraph}</p><p>{paragraph}</p></article></body></html>")
    document = read_document(_write(tmp_path, "latin1.html", markup.encode("cp1252")))
    assert paragraph in document.text
    assert any("cp1252" in w for w in document.warnings)
