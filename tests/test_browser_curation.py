"""A team correcting one corpus on a shared server, in real headless chromium.

The server runs with FRISE_SHARED=1. Ana opens the edit link, uploads an article and corrects
an event; a student opens the view link in a fresh browser (read-only, correction shown); an
article is added from the command line and the correction survives; Ana and Ben edit the same
event from two browsers at once; Ana undoes her change and Ben's stays. Screenshots of each
step land in tests/artifacts/.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlencode

import pytest
from browser_support import CHROMIUM, CHROMIUM_ARGS, REPO, snapshot, streamlit_server
from playwright.sync_api import Page, expect, sync_playwright

from dashboard.curation.workspace import Workspace

pytestmark = pytest.mark.browser

UPLOADS = Path(__file__).parent / "fixtures" / "uploads"
# See test_browser.py: the first chart on a busy 2-core runner takes tens of seconds.
TEXT_TIMEOUT = 90_000
expect.set_options(timeout=60_000)
COUNT = re.compile(r"^\d+ (sur|of) \d+ (événements|events)$")


def cli(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dashboard", *args], cwd=REPO, check=True,
                          capture_output=True, text=True,
                          env={**os.environ, "FRISE_DB": str(db), "FRISE_SHARED": "1"})


@pytest.fixture(scope="module")
def team(tmp_path_factory):
    """A shared server with corpus "greves", created from the command line, and a browser."""
    folder = tmp_path_factory.mktemp("frise_team")
    db = folder / "frise.sqlite"
    created = cli(db, "corpus", "new", "greves", "--title", "Grèves dans les ports")
    key = re.search(r"key=(?P<key>[A-Za-z0-9_-]+)", created.stdout)["key"]
    env = {"FRISE_DB": str(db), "FRISE_EVENTS": str(folder / "events.json"), "FRISE_CORPUS": "",
           "FRISE_SHARED": "1", "FRISE_ARTICLES": str(REPO / "data" / "articles")}
    with streamlit_server(env, folder / "streamlit.log") as base, sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield {"base": base, "db": db, "key": key, "browser": browser}
        browser.close()


def person(team, name: str | None):
    """A browser context of its own (its own session), as a colleague on another machine."""
    context = team["browser"].new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(60_000)
    return context, page


def open_corpus(team, page: Page, *, key: str | None = None, event: str | None = None,
                author: str | None = None) -> Page:
    params = {"corpus": "greves", **({"key": key} if key else {}), **({"event": event} if event else {})}
    page.goto(f"{team['base']}/?{urlencode(params)}")
    expect(page.get_by_text(COUNT)).to_be_visible(timeout=TEXT_TIMEOUT)
    if author:
        field = page.get_by_label("Votre nom (pour l'historique)")
        field.fill(author)
        field.press("Enter")
        # Enter reruns the script; let that run finish before the next click.
        page.wait_for_timeout(1500)
    return page


def editor(page: Page):
    return page.locator("[data-testid='stForm']")


def correct(page: Page, label: str, value: str) -> None:
    page.get_by_role("button", name="Corriger", exact=True).click()
    # "Titre", or the start of "Lieux (séparés par ;)".
    field = editor(page).get_by_label(re.compile(rf"^{label}( \(|$)"))
    expect(field).to_be_visible()
    field.fill(value)


def save(page: Page) -> None:
    editor(page).get_by_role("button", name="Enregistrer").click()


def test_a_team_uploads_corrects_shares_and_edits_at_once(team):
    workspace = Workspace(team["db"], shared=True)
    ana_context, ana = person(team, "Ana")
    open_corpus(team, ana, key=team["key"], author="Ana")
    expect(ana.get_by_text("Lien d'édition : vous pouvez corriger")).to_be_visible()

    # Ana uploads an article through the file uploader.
    ana.get_by_text("Ajouter des articles", exact=True).click()
    expect(ana.locator("[data-testid='stFileUploader']")).to_be_visible()
    ana.locator("[data-testid='stFileUploader'] input[type=file]").set_input_files(
        str(UPLOADS / "port-de-marseille.txt"))
    expect(ana.locator("[data-testid='stFileChip']")).to_have_count(1)
    ana.get_by_role("button", name="Ajouter les fichiers").click()
    expect(ana.get_by_text(re.compile(r"1 ajouté\(s\), 0 refusé\(s\)"))).to_be_visible(timeout=TEXT_TIMEOUT)
    events = workspace.open("greves").corpus.events
    assert events, "the uploaded article gave no event"
    target = events[0]
    snapshot(ana, "curation-01-uploaded")

    # Ana corrects the event's headline.
    open_corpus(team, ana, key=team["key"], event=target.id, author="Ana")
    correct(ana, "Titre", "Les dockers de Marseille cessent le travail")
    save(ana)
    expect(ana.get_by_text(re.compile("Corrigé à la main par Ana"))).to_be_visible()
    expect(ana.locator(".frise-title")).to_have_text("Les dockers de Marseille cessent le travail")
    snapshot(ana, "curation-02-corrected")

    # A student opens the view link in a fresh browser: read-only, the correction shown.
    student_context, student = person(team, None)
    open_corpus(team, student, event=target.id)
    expect(student.locator(".frise-title")).to_have_text("Les dockers de Marseille cessent le travail")
    expect(student.get_by_text(re.compile("Corrigé à la main par Ana"))).to_be_visible()
    expect(student.get_by_text("Lecture seule : pour corriger")).to_be_visible()
    for control in ("Corriger", "Supprimer l'événement", "Annuler ma dernière modification"):
        expect(student.get_by_role("button", name=control)).to_have_count(0)
    expect(student.get_by_text("Ajouter des articles")).to_have_count(0)
    expect(student.locator("[data-testid='stFileUploader']")).to_have_count(0)
    snapshot(student, "curation-03-view-link-read-only")

    # An article is added from the command line; the correction survives the new merge.
    before = len(workspace.open("greves").corpus.documents)
    cli(team["db"], "corpus", "add", "greves", str(UPLOADS / "harbour-strike.html"), "--key",
        team["key"], "--quiet")
    assert len(workspace.open("greves").corpus.documents) == before + 1
    open_corpus(team, student, event=target.id)
    expect(student.locator(".frise-title")).to_have_text("Les dockers de Marseille cessent le travail")
    student_context.close()

    # Ana and Ben edit the same event at once, from two browsers: both changes are kept.
    ben_context, ben = person(team, "Ben")
    open_corpus(team, ana, key=team["key"], event=target.id, author="Ana")
    open_corpus(team, ben, key=team["key"], event=target.id, author="Ben")
    correct(ana, "Titre", "Grève des dockers à Marseille")
    correct(ben, "Lieux", "Marseille")
    save(ana)
    save(ben)
    expect(ana.get_by_text("Correction enregistrée.")).to_be_visible()
    expect(ben.get_by_text("Correction enregistrée.")).to_be_visible()
    both = workspace.open("greves").event(target.id)
    assert both.title == "Grève des dockers à Marseille" and both.places == ("Marseille",)

    # Both change the headline: the second to save sees a notice with both values.
    open_corpus(team, ana, key=team["key"], event=target.id, author="Ana")
    open_corpus(team, ben, key=team["key"], event=target.id, author="Ben")
    correct(ana, "Titre", "Titre d'Ana")
    correct(ben, "Titre", "Titre de Ben")
    save(ana)
    expect(ana.get_by_text("Correction enregistrée.")).to_be_visible()
    save(ben)
    expect(ben.get_by_text("Quelqu'un a modifié cet événement depuis que vous l'avez ouvert.")).to_be_visible()
    expect(ben.get_by_text(re.compile("Ana a mis « Titre d'Ana »"))).to_be_visible()
    expect(ben.get_by_text(re.compile("vous proposez « Titre de Ben »"))).to_be_visible()
    snapshot(ben, "curation-04-conflict")
    assert workspace.open("greves").event(target.id).title == "Titre d'Ana"
    ben.get_by_role("button", name="Garder la leur").click()

    # Ben changes the category; Ana undoes her last change: her headline goes, Ben's stays.
    open_corpus(team, ben, key=team["key"], event=target.id, author="Ben")
    correct(ben, "Personnes", "CGT")
    save(ben)
    expect(ben.get_by_text("Correction enregistrée.")).to_be_visible()
    ana.get_by_role("button", name="Annuler ma dernière modification").click()
    expect(ana.get_by_text(re.compile("Modification annulée"))).to_be_visible()
    undone = workspace.open("greves").event(target.id)
    assert undone.title == "Grève des dockers à Marseille" and undone.actors == ("CGT",)
    snapshot(ana, "curation-05-undone")
    expect(ana.locator(".frise-title")).to_have_text("Grève des dockers à Marseille")
    for page in (ana, ben):
        expect(page.locator("[data-testid='stException']")).to_have_count(0)
    ana_context.close()
    ben_context.close()
