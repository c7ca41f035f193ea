"""Fill the <translation> elements of a Qt .ts file from a Python dictionary.

Usage (from the project root, after `make translations` ran lupdate):

    .venv/bin/python scripts/translate_fill.py [resources/i18n/fichier_client_fr.ts]
        [--overwrite] [--dict other_module.py]

- A message whose source (or context + source, or context + source + comment) is in the
  dictionary gets that translation, marked finished.
- By default a translation already finished in the .ts (for instance edited in Qt Linguist)
  is kept; `--overwrite` replaces it with the dictionary's.
- Every message left unfinished is listed, and the exit status is 1 when there is any,
  so that a new tr() string without a French text is noticed.

Only the <translation> elements are rewritten, in lupdate's own XML escaping, so the file
stays byte-identical to what lupdate writes (stable diffs, lupdate can run again after).

Dictionary keys, most specific first:
    ("Context", "source", "disambiguation comment")
    ("Context", "source")
    "source"
Values: a string, or for a `numerus="yes"` message a tuple of plural forms
(French: (singular for 0 and 1, plural)).
A string given for a plural message is used for every form.

Typography of the French texts: a no-break space (U+00A0) before « : ; ? ! » and inside
« », the ellipsis character « … », placeholders ({0}, %n) exactly as in the source.
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import re
import sys
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TS = ROOT / "resources" / "i18n" / "fichier_client_fr.ts"

NBSP = "\u00a0"
Key = str | tuple[str, ...]
Value = str | tuple[str, ...]

# fmt: off
FRENCH: dict[Key, Value] = {
    # --- main window -------------------------------------------------------------------
    "Fichier client {0}": "Fichier client {0}",
    ("MainWindow", "Contacts"): "Contacts",
    "Agenda": "Agenda",
    "The agenda of follow-ups": "L'agenda des relances",
    "Mailing": "Mailing",
    "Mailing labels": "Les étiquettes de publipostage",
    "Statistics": "Statistiques",
    "Settings": "Paramètres",
    "Store: {0}": f"Base de données{NBSP}: {{0}}",
    "{0}: coming in a future version.": f"{{0}}{NBSP}: à venir dans une prochaine version.",

    # --- contacts page -------------------------------------------------------------------
    "New contact": "Nouveau contact",
    "Create a contact (Ctrl+N)": "Créer un contact (Ctrl+N)",
    "Move to trash": "Mettre à la corbeille",
    "Move the selected contacts to the trash (Del)":
        "Mettre les contacts sélectionnés à la corbeille (Suppr)",
    "Restore": "Restaurer",
    "Delete permanently": "Supprimer définitivement",
    "Empty the trash": "Vider la corbeille",
    "%n contact(s) in the trash": ("%n contact dans la corbeille", "%n contacts dans la corbeille"),
    "&File": "&Fichier",
    "&Help": "&Aide",
    "Export every contact (JSON)…": "Exporter tous les contacts (JSON)…",
    "Quit": "Quitter",
    "About Fichier client": "À propos de Fichier client",
    "Fichier client {0}\nThe customer file of very small businesses.\n\nStore: {1}": (
        f"Fichier client {{0}}\nLe fichier clients des très petites entreprises.\n\n"
        f"Base de données{NBSP}: {{1}}"
    ),
    "Export every contact": "Exporter tous les contacts",
    "JSON files (*.json)": "Fichiers JSON (*.json)",
    "Exporting contacts…": "Export des contacts…",
    ("JsonExport", "Cancel"): "Annuler",
    ("JsonExport", "Export"): "Export",
    "%n contact(s) exported to {0}.": (
        "%n contact exporté dans {0}.", "%n contacts exportés dans {0}."
    ),
    "%n shown of {0}": ("%n contact affiché sur {0}", "%n contacts affichés sur {0}"),
    "Unsaved changes": "Modifications non enregistrées",
    "The contact sheet has unsaved changes. Save them?":
        f"La fiche contact comporte des modifications non enregistrées. "
        f"Voulez-vous les enregistrer{NBSP}?",
    "Delete %n contact(s) permanently? This cannot be undone.": (
        f"Supprimer définitivement %n contact{NBSP}? Cette action est irréversible.",
        f"Supprimer définitivement %n contacts{NBSP}? Cette action est irréversible.",
    ),
    "Empty the trash: %n contact(s) deleted permanently? This cannot be undone.": (
        f"Vider la corbeille et supprimer définitivement %n contact{NBSP}? "
        f"Cette action est irréversible.",
        f"Vider la corbeille et supprimer définitivement %n contacts{NBSP}? "
        f"Cette action est irréversible.",
    ),
    "Please confirm": "Confirmation",

    # --- filter bar -------------------------------------------------------------------------
    "Search: name, company, city, e-mail, phone… (Ctrl+F)":
        f"Rechercher{NBSP}: nom, société, ville, e-mail, téléphone… (Ctrl+F)",
    "value": "valeur",
    "Trash": "Corbeille",
    "Show the contacts in the trash": "Afficher les contacts de la corbeille",
    "All kinds": "Tous les statuts",
    "Private": "Particulier",
    "Professional": "Professionnel",
    "All categories": "Toutes les catégories",
    "All types": "Tous les types",
    "All tags": "Tous les mots-clés",
    "Custom field…": "Champ personnalisé…",

    # --- contact table ------------------------------------------------------------------------
    "Name": "Nom",
    "Company": "Société",
    "Type": "Type",
    "Kind": "Statut",
    "Postal code": "Code postal",
    "City": "Ville",
    "Phone": "Téléphone",
    "E-mail": "E-mail",
    "Category": "Catégorie",
    "{0} (pinned)": "{0} (fixée)",  # la catégorie est fixée à la main
    ("FieldTypes", "Text"): "Texte",
    ("FieldTypes", "Number"): "Nombre",
    ("FieldTypes", "Date"): "Date",
    ("FieldTypes", "Yes / no"): "Oui / non",
    ("FieldTypes", "Choice list"): "Liste de choix",

    # --- categories -----------------------------------------------------------------------------
    "Active client": "Client actif",
    "Inactive client": "Client inactif",
    "Hot prospect": "Prospect chaud",
    "Cold prospect": "Prospect froid",
    "Suspect": "Suspect",

    # --- contact sheet ----------------------------------------------------------------------------
    "Pin category…": "Fixer la catégorie…",
    "Identity": "Identité",
    ("SheetForm", "Contact"): "Coordonnées",  # the group of e-mails and phones
    "Address": "Adresse",
    "Origin": "Origine",
    "Commercial": "Informations commerciales",
    "Notes": "Notes",
    "Custom fields": "Champs personnalisés",
    "Private person": "Particulier",
    "Contact type": "Type de contact",
    "Civility": "Civilité",
    "First name": "Prénom",
    "Last name": "Nom",
    "Job title": "Fonction",
    # Address lines 2 to 5 of the French postal standard (NF Z10-011).
    "Apartment, floor, c/o": "Appartement, étage, chez",
    "Building, residence": "Bâtiment, résidence",
    "Number and street": "Numéro et voie",
    "PO box, locality": "BP, lieu-dit",
    "Country": "Pays",
    "Language": "Langue",
    "How met": "Provenance",
    "Details": "Précisions",
    "Date met": "Date de rencontre",
    "Good payer": "Bon payeur",
    "Tough negotiator": "Dur en affaires",
    "Company in difficulty": "Entreprise en difficulté",
    "Tags separated by commas": "Mots-clés séparés par des virgules",
    "Importance": "Importance",
    "Tags": "Mots-clés",
    "Birth date": "Date de naissance",
    "Save": "Enregistrer",
    "Cancel changes": "Annuler les modifications",
    "No pin: computed category": f"Ne pas fixer{NBSP}: catégorie calculée",
    "Pin category": "Fixer la catégorie",
    "Category:": f"Catégorie{NBSP}:",
    "Reason:": f"Motif{NBSP}:",
    # Civilities, shown as written on French envelopes (the stored codes).
    "Mr": "M.",
    "Mrs": "Mme",
    "Mr and Mrs": "M. et Mme",
    "Dr": "Dr",
    "Maître": "Maître",
    # How the contact was met.
    "Trade fair": "Salon",
    "Tasting": "Dégustation",
    "Recommendation": "Recommandation",
    "Purchased list": "Fichier acheté",
    "Website": "Site web",
    "Open day": "Portes ouvertes",
    "Other": "Autre",

    # --- sheet fields ----------------------------------------------------------------------------
    "Other numbers, separated by ;": f"Autres numéros, séparés par «{NBSP};{NBSP}»",
    "E-mail 2": "E-mail 2",
    "E-mail 3": "E-mail 3",
    "Landline": "Téléphone fixe",
    "Mobile": "Téléphone portable",
    "Other phones": "Autres téléphones",
    "DD/MM/YYYY": "JJ/MM/AAAA",
    "Type the date as DD/MM/YYYY, for example 14/07/1975.":
        "Saisissez la date au format JJ/MM/AAAA, par exemple 14/07/1975.",
    "Yes": "Oui",
    "No": "Non",

    # --- countries ---------------------------------------------------------------------------------
    "France": "France",
    "Belgium": "Belgique",
    "Switzerland": "Suisse",
    "Luxembourg": "Luxembourg",
    "Monaco": "Monaco",
    "Germany": "Allemagne",
    "United Kingdom": "Royaume-Uni",
    "Ireland": "Irlande",
    "Italy": "Italie",
    "Spain": "Espagne",
    "Portugal": "Portugal",
    "Netherlands": "Pays-Bas",
    "Austria": "Autriche",
    "Denmark": "Danemark",
    "Sweden": "Suède",
    "Norway": "Norvège",
    "Poland": "Pologne",
    "United States": "États-Unis",
    "Canada": "Canada",
    "Brazil": "Brésil",
    "Japan": "Japon",
    "China": "Chine",
    "Hong Kong": "Hong Kong",
    "Singapore": "Singapour",
    "Australia": "Australie",

    # --- languages of a contact ----------------------------------------------------------------------
    "French": "Français",
    "English": "Anglais",
    "German": "Allemand",
    "Italian": "Italien",
    "Spanish": "Espagnol",
    "Dutch": "Néerlandais",
    "Portuguese": "Portugais",
    "Japanese": "Japonais",
    "Chinese": "Chinois",

    # --- settings page -------------------------------------------------------------------------------
    "Categories": "Catégories",
    "Contact types": "Types de contact",
    "Storage": "Stockage",
    "Language:": f"Langue{NBSP}:",
    "The new language applies at the next start.":
        "La nouvelle langue s'appliquera au prochain démarrage.",
    "Database:": f"Base de données{NBSP}:",
    "Backup folder:": f"Dossier des sauvegardes{NBSP}:",
    "To open another file or a shared server, start the application with --db.":
        "Pour ouvrir un autre fichier ou un serveur partagé, lancez l'application "
        "avec l'option --db.",
    # Categories section.
    "Apply": "Appliquer",
    "Save the thresholds and recompute every category":
        "Enregistrer les seuils et recalculer toutes les catégories",
    "Restore defaults": "Rétablir les valeurs par défaut",
    "Active client, private person (years):": f"Client actif, particulier (années){NBSP}:",
    "A private person who ordered within this many years is an active client; "
    "after that, an inactive client.":
        f"Un particulier qui a commandé au cours de ce nombre d'années est un client "
        f"actif{NBSP}; au-delà, un client inactif.",
    "Active client, professional (years):": f"Client actif, professionnel (années){NBSP}:",
    "The same window for a professional (wine shop, restaurant, importer…).":
        "La même durée pour un professionnel (caviste, restaurant, importateur…).",
    "Hot prospect (days):": f"Prospect chaud (jours){NBSP}:",
    "A contact who never ordered but was met, called or written to within this many days "
    "is a hot prospect; after that, a cold prospect.":
        f"Un contact qui n'a jamais commandé mais que vous avez rencontré, appelé ou à qui "
        f"vous avez écrit au cours de ce nombre de jours est un prospect chaud{NBSP}; "
        f"au-delà, un prospect froid.",
    "Categories are computed from orders and direct contacts, never typed by hand.":
        "Les catégories sont calculées d'après les commandes et les contacts directs, "
        "jamais saisies à la main.",
    "Categories recomputed.": "Catégories recalculées.",
    "Nothing was changed.": "Rien n'a été modifié.",
    # Contact types section.
    ("ContactTypesSection", "Contacts"): "Contacts",
    "Add…": "Ajouter…",
    "Rename…": "Renommer…",
    "Edit…": "Modifier…",
    "Delete…": "Supprimer…",
    "Delete": "Supprimer",
    "The types sort your contacts (wine shop, restaurant, importer…). "
    "Renaming a type keeps it on its contacts.":
        "Les types classent vos contacts (caviste, restaurant, importateur…). "
        "Un type renommé reste attribué à ses contacts.",
    "New contact type": "Nouveau type de contact",
    "Rename a contact type": "Renommer un type de contact",
    "%n contact(s) will lose this type; nothing else changes for them.": (
        f"%n contact perdra ce type{NBSP}; rien d'autre ne change pour lui.",
        f"%n contacts perdront ce type{NBSP}; rien d'autre ne change pour eux.",
    ),
    "No contact uses it.": "Aucun contact ne l'utilise.",
    "Delete the type “{0}”?": f"Supprimer le type «{NBSP}{{0}}{NBSP}»{NBSP}?",
    "Delete a contact type": "Supprimer un type de contact",
    "Name of the type:": f"Nom du type{NBSP}:",
    # Custom fields section and dialog.
    "Field": "Champ",
    "In the table": "Dans le tableau",
    "Fields of your own on every contact sheet (grape preference, delivery day…).":
        "Vos propres champs sur chaque fiche contact (cépage préféré, jour de livraison…).",
    "Delete the field “{0}”?": f"Supprimer le champ «{NBSP}{{0}}{NBSP}»{NBSP}?",
    "Its values are erased from every contact; this cannot be undone.":
        f"Ses valeurs seront effacées de tous les contacts{NBSP}; cette action est irréversible.",
    "Delete a custom field": "Supprimer un champ personnalisé",
    "New custom field": "Nouveau champ personnalisé",
    "Edit a custom field": "Modifier un champ personnalisé",
    "One choice per line": "Un choix par ligne",
    "Show as a column in the contact table": "Afficher en colonne dans le tableau des contacts",
    "Label:": f"Libellé{NBSP}:",
    "Type:": f"Type{NBSP}:",
    "Choices:": f"Choix{NBSP}:",

    # --- error dialogs ---------------------------------------------------------------------------------
    "Fichier client": "Fichier client",
    "An unexpected error occurred. Your data has not been changed.\n"
    "Please try again; if it happens again, restart the application.\n\n{0}":
        "Une erreur inattendue s'est produite. Vos données n'ont pas été modifiées.\n"
        f"Veuillez réessayer{NBSP}; si le problème se reproduit, redémarrez l'application.\n\n{{0}}",
}
# fmt: on

_CONTEXT = re.compile(r"<context>.*?</context>", re.S)
_NAME = re.compile(r"<name>(.*?)</name>", re.S)
_MESSAGE = re.compile(r"(?P<indent>[ \t]*)<message(?P<attrs>[^>]*)>(?P<body>.*?)</message>", re.S)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
_COMMENT = re.compile(r"<comment>(.*?)</comment>", re.S)
_TRANSLATION = re.compile(
    r"(?P<indent>[ \t]*)<translation(?P<attrs>[^>]*?)(?:/>|>(?P<text>.*?)</translation>)", re.S
)
_TYPE = re.compile(r'\s+type="[^"]*"')
_FORM = re.compile(r"<numerusform[^>]*>(.*?)</numerusform>|<numerusform[^>]*/>", re.S)


def protect(text: str) -> str:
    """XML escaping exactly as Qt's lupdate writes it (ts.cpp `protect`)."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch in "\"&<>'":
            out.append({'"': "&quot;", "&": "&amp;", ">": "&gt;", "<": "&lt;",
                        "'": "&apos;"}[ch])
        elif (code < 0x20 or (code > 0x7F and ch.isspace())) and ch not in "\n\t":
            out.append(f"&#x{code:x};")
        else:
            out.append(ch)
    return "".join(out)


def unprotect(text: str) -> str:
    return html.unescape(text)


def lookup(table: Mapping[Key, Value], context: str, source: str, comment: str) -> Value | None:
    for key in ((context, source, comment), (context, source), source):
        if key in table:
            return table[key]
    return None


def _finished(attrs: str) -> bool:
    return 'type="' not in attrs


def _translation_xml(indent: str, value: Value, numerus: bool, forms: int) -> str:
    if not numerus:
        text = value if isinstance(value, str) else value[0]
        return f"{indent}<translation>{protect(text)}</translation>"
    values = [value] * forms if isinstance(value, str) else list(value)
    inner = "".join(f"\n{indent}    <numerusform>{protect(v)}</numerusform>" for v in values)
    return f"{indent}<translation>{inner}\n{indent}</translation>"


def fill(ts_text: str, table: Mapping[Key, Value], overwrite: bool = False
         ) -> tuple[str, int, list[tuple[str, str]]]:
    """(new .ts text, number of translations written, (context, source) left unfinished)."""
    written = 0
    missing: list[tuple[str, str]] = []

    def do_context(match: re.Match[str]) -> str:
        nonlocal written
        block = match.group(0)
        name_match = _NAME.search(block)
        context = unprotect(name_match.group(1)) if name_match else ""

        def do_message(msg: re.Match[str]) -> str:
            nonlocal written
            body = msg.group("body")
            numerus = 'numerus="yes"' in msg.group("attrs")
            source_match, comment_match = _SOURCE.search(body), _COMMENT.search(body)
            trans = _TRANSLATION.search(body)
            if source_match is None or trans is None:
                return msg.group(0)
            source = unprotect(source_match.group(1))
            comment = unprotect(comment_match.group(1)) if comment_match else ""
            attrs = trans.group("attrs") or ""
            if "obsolete" in attrs or "vanished" in attrs:
                return msg.group(0)
            done = _finished(attrs) and bool((trans.group("text") or "").strip())
            value = lookup(table, context, source, comment)
            if value is None or (done and not overwrite):
                if not done:
                    missing.append((context, source))
                return msg.group(0)
            forms = max(2, len(_FORM.findall(trans.group("text") or "")))
            if numerus and not isinstance(value, str) and len(value) != forms:
                print(f"warning: {context} / {source!r}: {len(value)} forms given, "
                      f"{forms} expected", file=sys.stderr)
            new = _translation_xml(trans.group("indent"), value, numerus, forms)
            written += 1
            new_body = body[: trans.start()] + new + body[trans.end():]
            return f"{msg.group('indent')}<message{msg.group('attrs')}>{new_body}</message>"

        return _MESSAGE.sub(do_message, block)

    return _CONTEXT.sub(do_context, ts_text), written, missing


def _load_table(path: str) -> Mapping[Key, Value]:
    spec = importlib.util.spec_from_file_location("translations_table", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.TRANSLATIONS  # type: ignore[no-any-return]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts", nargs="?", default=str(DEFAULT_TS))
    parser.add_argument("--overwrite", action="store_true",
                        help="replace translations already finished in the .ts")
    parser.add_argument("--dict", metavar="FILE.py",
                        help="a Python file defining TRANSLATIONS (default: the French table)")
    args = parser.parse_args(argv)
    table = _load_table(args.dict) if args.dict else FRENCH
    path = Path(args.ts)
    text = path.read_text(encoding="utf-8")
    new_text, written, missing = fill(text, table, args.overwrite)
    if new_text != text:
        path.write_text(new_text, encoding="utf-8")
    print(f"{path}: {written} translation(s) written, {len(missing)} left unfinished")
    for context, source in missing:
        print(f"  unfinished: [{context}] {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
