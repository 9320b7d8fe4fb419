"""Odd files a careless user drops in: each is read right or named for what it is."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.extract import read_corpus, read_document

REPO = Path(__file__).resolve().parent.parent
ARTICLE = ("Kiev frappe une raffinerie russe\n"
           "Le 4 juillet 2025, l'Ukraine a frappé une raffinerie de la région de Samara, selon l'armée.\n"
           "Les États-Unis ont livré des missiles à longue portée, a déclaré le ministre.\n")


def _read(tmp_path, name: str, content: bytes):
    path = tmp_path / name
    path.write_bytes(content)
    return read_document(path)


@pytest.mark.parametrize("separator", [";", "\t"])
def test_a_manifest_separated_by_semicolons_or_tabs_says_to_use_commas(tmp_path, separator):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    header = separator.join(("doc_id", "file", "title", "outlet", "url", "language", "published", "note"))
    (tmp_path / "sources.csv").write_text(f"{header}\na{separator}a.txt{separator}{separator}{separator}"
                                          f"{separator}fr{separator}2025-07-15{separator}\n", encoding="utf-8")
    [document] = [d for d in read_corpus(tmp_path) if d.error]
    assert "commas" in document.error and repr(separator) in document.error
    assert "missing column" not in document.error


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_recognised(tmp_path, encoding):
    document = _read(tmp_path, "word.txt", ARTICLE.encode(encoding))
    assert document.error is None, document.error
    assert document.text == ARTICLE
    assert any("UTF-16" in w for w in document.warnings)


def test_binary_data_with_nul_bytes_is_still_refused_as_binary(tmp_path):
    document = _read(tmp_path, "data.txt", bytes(range(256)) * 20)
    assert document.error and "binary" in document.error


def test_a_file_that_is_all_page_furniture_says_so(tmp_path):
    chrome = ("Aller au contenu principal\nMenu\nRechercher\nSe connecter\nPartager sur Facebook\n"
              "Suivez-nous sur Google Actualités\nLire aussi : Kiev frappe une raffinerie russe\n")
    document = _read(tmp_path, "menu.txt", chrome.encode("utf-8"))
    assert document.error and "page furniture" in document.error and "\n" not in document.error
    assert document.text == ""


def test_an_article_with_some_furniture_is_still_read(tmp_path):
    document = _read(tmp_path, "ok.txt", ("Menu\nPartager sur Facebook\n" + ARTICLE).encode("utf-8"))
    assert document.error is None and document.furniture


def test_text_inside_iframe_and_noscript_stays_out_of_the_article(tmp_path):
    paragraphs = "".join(f"<p>{line}</p>" for line in ARTICLE.splitlines())
    page = ("<html lang='fr'><head><title>Frappe</title></head><body>"
            "<noscript><p>NOSCRIPT Activez JavaScript pour lire la suite de cet article maintenant.</p></noscript>"
            f"{paragraphs}<iframe src='y'/>"
            "<iframe src='x'><p>IFRAME Votre navigateur ne prend pas en charge les cadres intégrés.</p></iframe>"
            "</body></html>")
    document = _read(tmp_path, "page.html", page.encode("utf-8"))
    assert "l'Ukraine a frappé" in document.text
    assert "NOSCRIPT" not in document.text and "IFRAME" not in document.text


def test_a_file_mixing_utf8_and_cp1252_lines_is_decoded_line_by_line(tmp_path):
    lines = ARTICLE.splitlines(keepends=True)
    content = lines[0].encode("utf-8") + lines[1].encode("cp1252") + lines[2].encode("utf-8")
    document = _read(tmp_path, "mixed.txt", content)
    assert document.error is None
    assert document.text == ARTICLE
    [warning] = [w for w in document.warnings if "mixed encodings" in w]
    assert "line 2" in warning


def test_the_cli_names_a_semicolon_manifest_in_one_line(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sources.csv").write_text("doc_id;file\na;a.txt\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "dashboard", "extract", str(tmp_path), "--out",
                           str(tmp_path / "out.json"), "--quiet"], capture_output=True, text=True, cwd=REPO,
                          check=False)
    [line] = [line for line in done.stderr.splitlines() if "sources.csv" in line]
    assert "commas" in line
