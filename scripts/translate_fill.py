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
    "Mailing": "Mailing",
    "Mailing labels": "Les étiquettes de publipostage",
    "Statistics": "Statistiques",
    "Settings": "Paramètres",
    "Store: {0}": f"Base de données{NBSP}: {{0}}",

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
    ("SheetTabs", "Details"): "Fiche",
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
    # Settings > Storage: the database of the next start (app/ui/settings_store.py).
    "At next start:": f"Au prochain démarrage{NBSP}:",
    "The --db option of the command line takes precedence over this choice.":
        "L'option --db de la ligne de commande l'emporte sur ce choix.",
    "This PC's own file (default)": "Le fichier de ce poste (par défaut)",
    "Choose a file…": "Choisir un fichier…",
    "Test": "Tester",
    "Use at next start": "Utiliser au prochain démarrage",
    "Leave empty for this PC's own file. A shared server: "
    "postgresql://user@server/database (see the README's guide).":
        f"Laissez vide pour le fichier de ce poste. Un serveur partagé{NBSP}: "
        "postgresql://utilisateur@serveur/base (voir le guide du README).",
    "Database file": "Fichier de base de données",
    "Fichier client files (*.db);;All files (*)":
        "Fichiers Fichier client (*.db);;Tous les fichiers (*)",
    "Saved: used at the next start of the application.":
        f"Enregistré{NBSP}: utilisé au prochain démarrage de l'application.",
    "Connecting…": "Connexion…",
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

    # --- agenda, follow-ups, journal, orders, events ----------------------------------
    ("AgendaActions", "Done"): "Fait",
    "Mark the selected follow-ups done (Ctrl+D)": "Marquer les relances sélectionnées comme faites (Ctrl+D)",
    "Log in the journal": "Noter au journal",
    "Also write a call, e-mail, letter or visit in the contact's journal":
        "Noter aussi un appel, un e-mail, une lettre ou une visite dans le journal du contact",
    ("AgendaActions", "Accept"): "Accepter",
    "Keep the selected proposals as follow-ups to do": "Garder les propositions sélectionnées comme relances à faire",
    ("AgendaActions", "Dismiss"): "Écarter",
    "Dismiss the selected follow-ups (Del)": "Écarter les relances sélectionnées (Suppr)",
    ("AgendaActions", "Move…"): "Déplacer…",
    "Move to a date (Ctrl+M). Ctrl+Right: one day later, Ctrl+Shift+Right: one week later. "
    "Or drag the rows onto a day of the calendar.":
        f"Déplacer à une date (Ctrl+M). Ctrl+Droite{NBSP}: un jour plus tard, Ctrl+Maj+Droite{NBSP}: "
        "une semaine plus tard. Ou faites glisser les lignes sur un jour du calendrier.",
    "New follow-up…": "Nouvelle relance…",
    "Plan a follow-up with a contact (Ctrl+N)": "Planifier une relance avec un contact (Ctrl+N)",
    "Open contact": "Ouvrir le contact",
    "Open the contact's sheet (Enter or double-click)": "Ouvrir la fiche du contact (Entrée ou double-clic)",
    "%n follow-up(s)": ("%n relance", "%n relances"),
    "Export the agenda": "Exporter l'agenda",
    "No follow-up is listed: nothing to export.": f"Aucune relance n'est affichée{NBSP}: rien à exporter.",
    "iCalendar files (*.ics)": "Fichiers iCalendar (*.ics)",
    "%n follow-up(s) written to {0}.": ("%n relance écrite dans {0}.", "%n relances écrites dans {0}."),
    "All actions": "Toutes les actions",
    "Show proposals": "Afficher les propositions",
    "Follow-ups proposed by the category cadences": "Relances proposées par les rythmes des catégories",
    "Export .ics…": "Exporter en .ics…",
    "Write the listed follow-ups to a calendar file": "Écrire les relances affichées dans un fichier de calendrier",
    "Click a day to list its follow-ups; drop rows on a day to move them there.":
        f"Cliquez sur un jour pour afficher ses relances{NBSP}; déposez des lignes sur un jour pour les y déplacer.",
    "{0} of {1} shown": "{0} affichées sur {1}",
    "Save the rhythms and propose the follow-ups again for every contact":
        "Enregistrer les rythmes et proposer à nouveau les relances pour chaque contact",
    " days": " jours",
    " months": " mois",
    " a year": " par an",
    "never": "jamais",
    "Follow-ups are proposed this far ahead; the agenda shows them in blue until you accept, "
    "move or dismiss them. A dismissed proposal never comes back. Follow-ups never done or "
    "late are spread over the next days (1 day: all today).":
        f"Les relances sont proposées jusqu'à cette échéance{NBSP}; l'agenda les affiche en bleu "
        "jusqu'à ce que vous les acceptiez, déplaciez ou écartiez. Une proposition écartée ne "
        "revient jamais. Les relances jamais faites ou en retard sont réparties sur les jours "
        f"qui viennent (1{NBSP}jour{NBSP}: toutes aujourd'hui).",
    "Propose follow-ups due within:": f"Proposer les relances à échéance dans les{NBSP}:",
    "Spread late follow-ups over:": f"Répartir les relances en retard sur{NBSP}:",
    "Propose follow-ups from these rhythms": "Proposer des relances selon ces rythmes",
    "Unticked: the agenda holds only the follow-ups you type; proposals not yet accepted are "
    "withdrawn.":
        f"Décoché{NBSP}: l'agenda ne contient que les relances que vous saisissez{NBSP}; les propositions "
        "pas encore acceptées sont retirées.",
    "Private persons: an offer (paper or e-mail) one to three times a year. Professionals: "
    "a call or an e-mail, more often for the important ones.":
        f"Particuliers{NBSP}: une offre (papier ou e-mail) une à trois fois par an. Professionnels{NBSP}: "
        "un appel ou un e-mail, plus souvent pour les plus importants.",
    "Private person, offers:": f"Particulier, offres{NBSP}:",
    "Professional of importance 3, a call every:": f"Professionnel d'importance 3, un appel tous les{NBSP}:",
    "Importance 2, every:": f"Importance 2, tous les{NBSP}:",
    "Importance 1, every:": f"Importance 1, tous les{NBSP}:",
    "Importance 0, every:": f"Importance 0, tous les{NBSP}:",
    "Win them back: an offer to private persons; calls, offers and the newsletter to professionals.":
        f"Les reconquérir{NBSP}: une offre aux particuliers{NBSP}; appels, offres et lettre d'information "
        "aux professionnels.",
    "Professional, calls:": f"Professionnel, appels{NBSP}:",
    "Professional, offers:": f"Professionnel, offres{NBSP}:",
    "Professional, newsletters:": f"Professionnel, lettres d'information{NBSP}:",
    "After a meeting, a tasting or a visit: a call every few days, then weekly, then nothing more "
    "(the prospect cools down).":
        f"Après une rencontre, une dégustation ou une visite{NBSP}: un appel tous les quelques jours, "
        "puis chaque semaine, puis plus rien (le prospect refroidit).",
    "First a call every:": f"D'abord un appel tous les{NBSP}:",
    "… during the first:": f"… pendant les premiers{NBSP}:",
    "Then a call every:": f"Puis un appel tous les{NBSP}:",
    "… until, after the meeting:": f"… jusqu'à, après la rencontre{NBSP}:",
    "Keep in touch with prospects who went quiet.": "Garder le contact avec les prospects devenus silencieux.",
    "A call every:": f"Un appel tous les{NBSP}:",
    "Offers:": f"Offres{NBSP}:",
    "People you have only heard of: invite them.": f"Les personnes dont vous avez seulement entendu parler{NBSP}: invitez-les.",
    "Invitations to fairs and events:": f"Invitations aux salons et événements{NBSP}:",
    "How often each category is worked, from the customer-file guide; \"never\" switches a follow-up off.":
        f"La fréquence de suivi de chaque catégorie, d'après le guide du fichier client{NBSP}; "
        f"«{NBSP}jamais{NBSP}» désactive une relance.",
    "%n follow-up(s) proposed": ("%n relance proposée", "%n relances proposées"),
    ", %n withdrawn.": (", %n retirée.", ", %n retirées."),
    ("Channels", "Visit"): "Visite",
    ("Channels", "Call"): "Appel",
    ("Channels", "Letter"): "Lettre",
    ("Channels", "Meeting"): "Rencontre",
    "Add contacts to the event": "Ajouter des contacts à l'événement",
    "Search by name, company, city, e-mail…": "Rechercher par nom, société, ville, e-mail…",
    ("ContactPicker", "Add"): "Ajouter",
    ("ContactPicker", "Cancel"): "Annuler",
    "Type a few letters, then click every contact met there; you may search again, "
    "the ones already chosen stay chosen.":
        f"Tapez quelques lettres, puis cliquez sur chaque contact rencontré là{NBSP}; vous pouvez "
        "chercher à nouveau, les contacts déjà choisis le restent.",
    "The first {0} of %n contacts; type more to narrow.": (
        f"Les {{0}} premiers sur %n contact{NBSP}; tapez davantage pour affiner.",
        f"Les {{0}} premiers sur %n contacts{NBSP}; tapez davantage pour affiner.",
    ),
    "No contact matches this search.": "Aucun contact ne correspond à cette recherche.",
    "Greyed: already recorded at this event.": f"En gris{NBSP}: déjà enregistré à cet événement.",
    "Already recorded at this event": "Déjà enregistré à cet événement",
    "No contact chosen yet.": "Aucun contact choisi pour l'instant.",
    "%n chosen: {0}": (f"%n choisi{NBSP}: {{0}}", f"%n choisis{NBSP}: {{0}}"),
    "New event": "Nouvel événement",
    "Edit the event": "Modifier l'événement",
    "e.g. Salon des vins de Loire 2026": "p. ex. Salon des vins de Loire 2026",
    "e.g. Angers, Parc des expositions": "p. ex. Angers, Parc des expositions",
    "&Name:": f"&Nom{NBSP}:",
    "&Kind:": f"&Type{NBSP}:",
    "&Start:": f"&Début{NBSP}:",
    "&End:": f"&Fin{NBSP}:",
    "&Place:": f"&Lieu{NBSP}:",
    ("EventsView", "Dates"): "Dates",
    ("EventsView", "Place"): "Lieu",
    ("EventsView", "Contacts"): "Contacts",
    ("EventsView", "New…"): "Nouveau…",
    "Create an event (Ctrl+N)": "Créer un événement (Ctrl+N)",
    "Add contacts…": "Ajouter des contacts…",
    "Remove from event": "Retirer de l'événement",
    "The contacts stay in the file (Del)": "Les contacts restent dans le fichier (Suppr)",
    "The trade fairs, tastings and open days where you meet people. Deleting an event keeps its contacts.":
        "Les salons, dégustations et portes ouvertes où vous rencontrez du monde. "
        "Supprimer un événement conserve ses contacts.",
    "Select an event to see the contacts met there.": "Sélectionnez un événement pour voir les contacts qui y ont été rencontrés.",
    "No event yet: create one with New…": f"Aucun événement pour l'instant{NBSP}: créez-en un avec Nouveau…",
    "Contacts met at “{0}”": f"Contacts rencontrés à «{NBSP}{{0}}{NBSP}»",
    ("EventsView", "%n contact(s)"): ("%n contact", "%n contacts"),
    "The %n contact(s) met there stay in the file.": (
        "Le %n contact rencontré là reste dans le fichier.",
        "Les %n contacts rencontrés là restent dans le fichier.",
    ),
    "No contact is recorded at this event.": "Aucun contact n'est enregistré à cet événement.",
    "Delete the event “{0}”?": f"Supprimer l'événement «{NBSP}{{0}}{NBSP}»{NBSP}?",
    "Delete an event": "Supprimer un événement",
    ("FollowUpDialog", "New follow-up"): "Nouvelle relance",
    "Search a contact: name, company, city…": f"Rechercher un contact{NBSP}: nom, société, ville…",
    "What about? (optional)": f"À quel sujet{NBSP}? (facultatif)",
    "Action:": f"Action{NBSP}:",
    "Due on:": f"Échéance{NBSP}:",
    "Note:": f"Note{NBSP}:",
    "What was said; Enter adds it to the journal": f"Ce qui a été dit{NBSP}; Entrée l'ajoute au journal",
    ("JournalPage", "Add"): "Ajouter",
    ("JournalPage", "Date"): "Date",
    ("JournalPage", "Channel"): "Canal",
    ("JournalPage", "Summary"): "Résumé",
    ("JournalPage", "By"): "Par",
    "Delete entry…": "Supprimer l'entrée…",
    "Delete the journal entry « {0} » of {1}?": f"Supprimer l'entrée du journal «{NBSP}{{0}}{NBSP}» du {{1}}{NBSP}?",
    ("MainWindow", "Events"): "Événements",
    "Move follow-ups": "Déplacer des relances",
    "Move %n follow-up(s) to:": (f"Déplacer %n relance au{NBSP}:", f"Déplacer %n relances au{NBSP}:"),
    "New order": "Nouvelle commande",
    "Cuvée": "Cuvée",
    "Vintage": "Millésime",
    "Bottles": "Bouteilles",
    "Unit price": "Prix unitaire",
    "Add line": "Ajouter une ligne",
    "Remove line": "Supprimer la ligne",
    "Total amount, when there are no lines": "Montant total, en l'absence de lignes",
    "Save order": "Enregistrer la commande",
    "Ctrl+Enter": "Ctrl+Enter",
    ("OrderForm", "Date"): "Date",
    "Total: {0}, %n bottle(s)": (f"Total{NBSP}: {{0}}, %n bouteille", f"Total{NBSP}: {{0}}, %n bouteilles"),
    ("OrdersPage", "Date"): "Date",
    ("OrdersPage", "Total"): "Total",
    "Cuvées": "Cuvées",
    ("OrdersPage", "Amount"): "Montant",
    "Delete order…": "Supprimer la commande…",
    "Lines of the selected order": "Lignes de la commande sélectionnée",
    "Turnover: {0} in %n order(s)": (
        f"Chiffre d'affaires{NBSP}: {{0}} en %n commande",
        f"Chiffre d'affaires{NBSP}: {{0}} en %n commandes",
    ),
    "Delete the order of {0} ({1})? This cannot be undone.":
        f"Supprimer la commande du {{0}} ({{1}}){NBSP}? Cette action est irréversible.",
    "Follow-ups due before today, not done yet": "Relances échues avant aujourd'hui, pas encore faites",
    "Today and the next 6 days": "Aujourd'hui et les 6 jours suivants",
    "Today and the next 30 days": "Aujourd'hui et les 30 jours suivants",
    "Overdue ({0})": "En retard ({0})",
    "Today ({0})": "Aujourd'hui ({0})",
    "This week ({0})": "Cette semaine ({0})",
    "This month ({0})": "Ce mois-ci ({0})",
    "Day {1} ({0})": "Jour {1} ({0})",
    "Follow-up rhythms": "Rythmes des relances",
    ("SheetForm", "Event"): "Événement",
    ("SheetTabs", "Journal"): "Journal",
    ("SheetTabs", "Orders"): "Commandes",
    ("SheetTabs", "Follow-ups"): "Relances",
    "Save the contact first": "Enregistrez d'abord le contact",
    ("TaskTableModel", "Due"): "Échéance",
    ("TaskTableModel", "Action"): "Action",
    ("TaskTableModel", "Contact"): "Contact",
    ("TaskTableModel", "Note"): "Note",
    ("TaskTableModel", "Status"): "Statut",
    ("TaskTableModel", "Proposed"): "Proposée",
    ("TaskTableModel", "To do"): "À faire",
    ("TaskTableModel", "Done"): "Fait",
    ("TaskTableModel", "Dismissed"): "Écartée",
    "Proposed by the cadences: accept, move or dismiss it.":
        f"Proposée par les rythmes{NBSP}: acceptez-la, déplacez-la ou écartez-la.",
    ("TaskTableModel", "Overdue"): "En retard",
    ("TasksPage", "Due"): "Échéance",
    ("TasksPage", "Action"): "Action",
    ("TasksPage", "Note"): "Note",
    ("TasksPage", "Status"): "Statut",
    ("TasksPage", "Done"): "Fait",
    "Also log in the journal": "Noter aussi au journal",
    ("TasksPage", "Move…"): "Déplacer…",
    ("TasksPage", "Accept"): "Accepter",
    ("TasksPage", "Dismiss"): "Écarter",
    "Note; Enter adds the follow-up": f"Note{NBSP}; Entrée ajoute la relance",
    ("TasksPage", "Add"): "Ajouter",
    ("TasksPage", "New follow-up"): "Nouvelle relance",
    ("TasksPage", "Proposed"): "Proposée",
    ("TasksPage", "To do"): "À faire",
    "Move the follow-up": "Déplacer la relance",
    ("actions", "Call"): "Appeler",
    "Send an e-mail": "Envoyer un e-mail",
    "Send an offer": "Envoyer une offre",
    "Send the newsletter": "Envoyer la lettre d'information",
    "Invite to an event": "Inviter à un événement",
    ("actions", "Visit"): "Rendre visite",
    # --- mailing labels ------------------------------------------------------------------
    "Custom label format": "Format d'étiquettes personnalisé",
    "Page width:": f"Largeur de la page{NBSP}:",
    "Page height:": f"Hauteur de la page{NBSP}:",
    "Label width:": f"Largeur d'une étiquette{NBSP}:",
    "Label height:": f"Hauteur d'une étiquette{NBSP}:",
    "Left margin (to the first label):": f"Marge gauche (jusqu'à la 1re étiquette){NBSP}:",
    "Top margin (to the first label):": f"Marge haute (jusqu'à la 1re étiquette){NBSP}:",
    "Horizontal pitch (left edge to left edge):":
        f"Pas horizontal (d'un bord gauche au suivant){NBSP}:",
    "Vertical pitch (top edge to top edge):": f"Pas vertical (d'un bord haut au suivant){NBSP}:",
    "Corner radius:": f"Rayon des coins{NBSP}:",
    "Name:": f"Nom{NBSP}:",
    "Columns:": f"Colonnes{NBSP}:",
    "Rows:": f"Rangées{NBSP}:",
    "Measure a sheet with a ruler, in millimetres; the maker's figures are often printed on "
    "the box.":
        "Mesurez une planche à la règle, en millimètres ; les cotes du fabricant sont souvent "
        "imprimées sur la boîte.",
    " mm": f"{NBSP}mm",
    "Région or département, from the postal code": "Région ou département, d'après le code postal",
    "Contacts met at this event": "Contacts rencontrés à cet événement",
    "All regions": "Toutes les régions",
    "Région {0}": "Région {0}",
    "All events": "Tous les événements",
    "Custom format…": "Format personnalisé…",
    "On a partly used sheet, the first free label (counted row by row from the top left)":
        "Sur une planche entamée, la première étiquette libre (comptée rangée par rangée "
        "depuis le coin haut gauche)",
    "Calibration page…": "Page d'étalonnage…",
    "Offer": "Offre",
    "Invitation": "Invitation",
    "Newsletter": "Lettre d'information",
    "By name": "Par nom",
    "By postal code (bulk mailing)": "Par code postal (envoi en nombre)",
    "Company, then \"À l'attention de\"": "La société, puis « À l'attention de »",
    "Person, then company": "La personne, puis la société",
    "One label per household": "Une seule étiquette par foyer",
    "Private persons at the same address share one label: \"M. et Mme Jean DUPONT\", "
    "\"Famille DUPONT\"":
        "Les particuliers d'une même adresse partagent une étiquette : « M. et Mme Jean "
        "DUPONT », « Famille DUPONT »",
    "e.g. Exp. : Domaine des Tilleuls, 33330 Saint-Émilion":
        "ex. Exp. : Domaine des Tilleuls, 33330 Saint-Émilion",
    "e.g. Offre réservée à": "ex. Offre réservée à",
    "Sheet:": f"Planche{NBSP}:",
    "First free label:": f"Première étiquette libre{NBSP}:",
    "Purpose:": f"Objet{NBSP}:",
    "Order:": f"Ordre{NBSP}:",
    "Professionals:": f"Professionnels{NBSP}:",
    "Sender line:": f"Ligne d'expéditeur{NBSP}:",
    "First line:": f"Première ligne{NBSP}:",
    "Custom — {0}": "Personnalisé — {0}",
    "Recipient": "Destinataire",
    "Last line": "Dernière ligne",
    ("MailingView", "Contact"): "Contact",
    "Why": "Motif",
    ("MailingView", "Label"): "Étiquette",
    "What to check": "À vérifier",
    "Campaign": "Campagne",
    "Record this mailing as a campaign": "Enregistrer cet envoi comme campagne",
    "Date, recipients, number of letters and cost: the orders that follow can then be set "
    "against it":
        "Date, destinataires, nombre de lettres et coût : les commandes qui suivent pourront "
        "lui être rapportées",
    "Cost per letter:": f"Coût par lettre{NBSP}:",
    "Save the PDF…": "Enregistrer le PDF…",
    ("MailingView", "Cancel"): "Annuler",
    "Whole page": "Page entière",
    "True size": "Taille réelle",
    "Preview:": f"Aperçu{NBSP}:",
    "Mailing of {0}": "Envoi du {0}",
    "Selecting the recipients…": "Sélection des destinataires…",
    "The selection could not be read.": "La sélection n'a pas pu être lue.",
    "Recipients ({0})": "Destinataires ({0})",
    "Left out ({0})": "Écartés ({0})",
    "To check ({0})": "À vérifier ({0})",
    "Page {0} of {1}": "Page {0} sur {1}",
    "Save the labels": "Enregistrer les étiquettes",
    "PDF files (*.pdf)": "Fichiers PDF (*.pdf)",
    "Campaign recorded.": "Campagne enregistrée.",
    "No PDF was written.": "Aucun PDF n'a été écrit.",
    "Calibration page": "Page d'étalonnage",
    "Calibration page saved to {0}: print it at 100 % and lay it on a blank sheet.":
        f"Page d'étalonnage enregistrée dans {{0}}{NBSP}: imprimez-la à 100{NBSP}% et "
        "posez-la sur une planche vierge.",
    # --- saved lists -----------------------------------------------------------------------
    "Only the contacts of a saved list": "Seulement les contacts d'une liste enregistrée",
    ("FilterBar", "All contacts"): "Tous les contacts",
    "List: {0} ({1})": f"Liste{NBSP}: {{0}} ({{1}})",
    "Save as list…": "Enregistrer la liste…",
    "Keep the selected contacts (or all those shown) under a name, for a mailing or a call "
    "list":
        "Garder les contacts sélectionnés (ou tous ceux affichés) sous un nom, pour un "
        "mailing ou une liste d'appels",
    "Delete the list": "Supprimer la liste",
    "the %n selected contact(s)": ("le %n contact sélectionné", "les %n contacts sélectionnés"),
    "all the contacts shown": "tous les contacts affichés",
    "Save as list": "Enregistrer la liste",
    "Name of the list ({0}):": f"Nom de la liste ({{0}}){NBSP}:",
    "Delete the list \"{0}\"? Its contacts are kept.":
        f"Supprimer la liste « {{0}} »{NBSP}? Ses contacts sont conservés.",
    "Please wait": "Patientez",
    "A PDF or the follow-ups are being written: wait for the end, or cancel.":
        f"Un PDF ou les relances sont en cours d'écriture{NBSP}: attendez la fin, ou annulez.",
    # --- consents and GDPR -----------------------------------------------------------------
    "Record a consent": "Enregistrer un consentement",
    "How was it collected?": "Comment a-t-il été recueilli ?",
    "No scan": "Aucun scan",
    "Attach a scan…": "Joindre un scan…",
    "Channel:": f"Moyen{NBSP}:",
    "For:": f"Pour{NBSP}:",
    "Decision:": f"Décision{NBSP}:",
    "Collected by:": f"Recueilli par{NBSP}:",
    "On:": f"Le{NBSP}:",
    "Text shown:": f"Texte montré{NBSP}:",
    "Signed form:": f"Formulaire signé{NBSP}:",
    "Tick what the person agreed or refused to see the text shown.":
        "Cochez ce que la personne a accepté ou refusé pour voir le texte montré.",
    "The scan of the signed form": "Le scan du formulaire signé",
    "Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)":
        "Scans (*.pdf *.jpg *.jpeg *.png);;Tous les fichiers (*)",
    "Tick at least one purpose.": "Cochez au moins un objet.",
    "Choose the decision: granted, refused or withdrawn.":
        f"Choisissez la décision{NBSP}: accordé, refusé ou retiré.",
    "Say how it was collected.": "Indiquez comment il a été recueilli.",
    "Type the date.": "Tapez la date.",
    ("Consents", "E-mail"): "E-mail",
    "Post": "Courrier",
    "SMS": "SMS",
    "Offers": "Offres",
    ("Consents", "Newsletter"): "Lettre d'information",
    "Invitations to events": "Invitations aux événements",
    "Granted": "Accordé",
    "Refused": "Refusé",
    "Withdrawn": "Retiré",
    "Form signed at a fair": "Formulaire signé sur un salon",
    "Web form": "Formulaire web",
    "Oral": "Oral",
    "Letter": "Courrier",
    "Objection (GDPR right)": "Opposition (droit RGPD)",
    ("ConsentsPage", "Date"): "Date",
    "Channel": "Moyen",
    "Purpose": "Objet",
    "Decision": "Décision",
    "Collected by": "Recueilli par",
    "Text shown": "Texte montré",
    "Scan": "Scan",
    "Recorded by": "Saisi par",
    "Export their data (JSON and PDF)…": "Exporter ses données (JSON et PDF)…",
    "Objection…": "Opposition…",
    "Restrict processing…": "Limiter le traitement…",
    "Erase the person…": "Effacer la personne…",
    "Erased: nothing personal is kept.": f"Effacé{NBSP}: plus aucune donnée personnelle.",
    "Restricted: kept but never selected. Reason: {0}":
        f"Limité{NBSP}: conservé mais jamais sélectionné. Motif{NBSP}: {{0}}",
    "Lift the restriction": "Lever la limitation",
    "{0} on {1}": "{0} le {1}",
    "Export their data": "Exporter ses données",
    "Written: {0} and {1}. Give both to the person.":
        f"Écrits{NBSP}: {{0}} et {{1}}. Remettez-les tous deux à la personne.",
    "Restrict processing": "Limiter le traitement",
    "The contact is kept but never selected (labels, agenda). Reason:":
        f"Le contact est conservé mais jamais sélectionné (étiquettes, agenda). Motif{NBSP}:",
    "Erase this person for good? Names, addresses, e-mails, phones, notes and scans are "
    "deleted; orders stay as anonymous totals for the books. This cannot be undone. Older "
    "backup copies still hold the data until their rotation removes them, within five weeks.":
        f"Effacer définitivement cette personne{NBSP}? Noms, adresses, e-mails, téléphones, "
        "notes et scans sont supprimés ; les commandes restent en totaux anonymes pour la "
        "comptabilité. C'est irréversible. Les copies de sauvegarde plus anciennes gardent "
        "les données jusqu'à ce que leur rotation les supprime, sous cinq semaines.",
    "Retention review": "Revue de conservation",
    "Register of processing": "Registre des traitements",
    "Consent texts": "Textes de consentement",
    "Requests log": "Journal des demandes",
    ("ObjectionDialog", "Objection"): "Opposition",
    "The person objects to being contacted. Tick the channels: every purpose of each is "
    "refused from today (a consent given before is withdrawn). The agenda and the labels stop "
    "at once.":
        f"La personne s'oppose à être contactée. Cochez les moyens{NBSP}: chaque objet est "
        "refusé à partir d'aujourd'hui (un accord donné avant est retiré). L'agenda et les "
        "étiquettes s'arrêtent aussitôt.",
    "Print the register (PDF)…": "Imprimer le registre (PDF)…",
    "The record of processing activities the CNIL may ask for. Pre-filled for a small "
    "business: check each entry and name the controller.":
        f"Le registre des activités de traitement que la CNIL peut demander. Prérempli pour "
        f"une petite entreprise{NBSP}: vérifiez chaque rubrique et indiquez le responsable.",
    "Controller (name, address):": f"Responsable (nom, adresse){NBSP}:",
    "Contact for the persons' rights:": f"Contact pour les droits des personnes{NBSP}:",
    "Purposes:": f"Finalités{NBSP}:",
    "People with access:": f"Personnes habilitées{NBSP}:",
    "Persons concerned:": f"Personnes concernées{NBSP}:",
    "Data kept:": f"Données conservées{NBSP}:",
    "Recipients:": f"Destinataires{NBSP}:",
    "Transfers outside the EU:": f"Transferts hors UE{NBSP}:",
    "Retention periods:": f"Durées de conservation{NBSP}:",
    "Security measures:": f"Mesures de sécurité{NBSP}:",
    "Register saved.": "Registre enregistré.",
    "Print the register": "Imprimer le registre",
    "Register written to {0}.": "Registre écrit dans {0}.",
    "When": "Quand",
    ("RequestsLog", "Action"): "Action",
    "Contact (id)": "Contact (identifiant)",
    "By": "Par",
    "The requests of persons and what was done; the contact is named by its identifier only.":
        "Les demandes des personnes et ce qui a été fait ; le contact n'est désigné que par "
        "son identifiant.",
    " years": f"{NBSP}ans",
    "Reviewing…": "Revue en cours…",
    ("RetentionReview", "Contact"): "Contact",
    "Erase the selected…": "Effacer la sélection…",
    "Keep with a reason…": "Conserver avec un motif…",
    "Prospects, without contact for:": f"Prospects, sans contact depuis{NBSP}:",
    "Clients, without an order for:": f"Clients, sans commande depuis{NBSP}:",
    "The CNIL asks that prospects with no contact for 3 years be erased. Review the list: "
    "erase, or keep with a reason (a dispute, an unpaid invoice); a contact kept comes back "
    "in a year.":
        "La CNIL demande d'effacer les prospects sans contact depuis 3 ans. Revoyez la "
        f"liste{NBSP}: effacez, ou conservez avec un motif (un litige, une facture impayée) ; "
        "un contact conservé revient dans un an.",
    "%n contact(s) to review": ("%n contact à revoir", "%n contacts à revoir"),
    ("RetentionReview", "Erase"): "Effacer",
    "Erase %n contact(s) for good? Their orders stay as anonymous totals.":
        (f"Effacer définitivement %n contact{NBSP}? Ses commandes restent en totaux anonymes.",
         f"Effacer définitivement %n contacts{NBSP}? Leurs commandes restent en totaux "
         "anonymes."),
    ("RetentionReview", "Keep"): "Conserver",
    "Why are these data kept (a dispute, an unpaid invoice…)?":
        f"Pourquoi ces données sont-elles conservées (un litige, une facture impayée…){NBSP}?",
    "GDPR": "RGPD",
    "Restricted (GDPR), never selected: {0}": f"Limité (RGPD), jamais sélectionné{NBSP}: {{0}}",
    ("SheetTabs", "Consents"): "Consentements",
    "Save the texts": "Enregistrer les textes",
    "What the person reads before ticking a box (on the fair form, on the web site). Each "
    "consent keeps the version it was given with.":
        "Ce que la personne lit avant de cocher une case (formulaire de salon, site web). "
        "Chaque consentement garde la version avec laquelle il a été donné.",
    "Version {0}": "Version {0}",
    "Texts saved.": "Textes enregistrés.",
    "Sensitive data?": f"Donnée sensible{NBSP}?",
    "Save anyway?": f"Enregistrer quand même{NBSP}?",
    "— not allowed": "— interdit",
    "— allowed": "— permis",
    "Not asked: a private person gets no offer by this channel without saying yes first":
        f"Non demandé{NBSP}: un particulier ne reçoit aucune offre par ce moyen sans avoir "
        "dit oui d'abord",
    "Not asked: allowed until the person objects":
        f"Non demandé{NBSP}: permis tant que la personne ne s'y oppose pas",
    "New decision…": "Nouvelle décision…",
    "Record a consent, a refusal or a withdrawal":
        "Enregistrer un consentement, un refus ou un retrait",
    "See the scan": "Voir le scan",
    "GDPR rights": "Droits RGPD",
    "Access, objection, restriction, erasure": "Accès, opposition, limitation, effacement",
    ("ConsentsPage", "Offers"): "Offres",
    ("ConsentsPage", "Newsletter"): "Lettre",
    ("ConsentsPage", "Invitations"): "Invitations",
    "Export the e-mail addresses": "Exporter les adresses e-mail",
    "CSV files (*.csv)": "Fichiers CSV (*.csv)",
    "{0}\nWritten to {1}.": "{0}\nÉcrit dans {1}.",
    "E-mail addresses (CSV)…": "Adresses e-mail (CSV)…",
    "The same selection for an e-mail campaign: private persons only with their e-mail "
    "consent":
        f"La même sélection pour une campagne par e-mail{NBSP}: les particuliers seulement "
        "avec leur accord pour l'e-mail",
    "Moves all the printing to the right (negative: to the left), as the calibration page "
    "tells":
        "Déplace toute l'impression vers la droite (négatif : vers la gauche), comme "
        "l'indique la page d'étalonnage",
    "Moves all the printing down (negative: up), as the calibration page tells":
        "Déplace toute l'impression vers le bas (négatif : vers le haut), comme l'indique "
        "la page d'étalonnage",
    "Move the printing:": f"Déplacer l'impression{NBSP}:",
    "{0} labels on {1} page(s) saved to {2}. Print at 100 % (\"actual size\", not \"fit to "
    "page\").":
        f"{{0}} étiquettes sur {{1}} page(s) enregistrées dans {{2}}. Imprimez à 100{NBSP}% "
        "(« taille réelle », pas « ajuster à la page »).",
    # --- import, duplicates, fair entry -------------------------------------------------------
    ("DuplicatesDialog", "Duplicates"): "Doublons",
    "Score": "Score",
    "Contact A": "Contact A",
    "Contact B": "Contact B",
    "Looking for duplicates…": "Recherche des doublons…",
    "Merge…": "Fusionner…",
    "Undo the last merge": "Annuler la dernière fusion",
    "%n likely duplicate(s)": ("%n doublon probable", "%n doublons probables"),
    "The two contacts are apart again, as they were.":
        "Les deux contacts sont de nouveau séparés, tels qu'ils étaient.",
    "Fair entry": "Saisie salon",
    "The fair: chosen from the events, or typed to create it":
        "Le salon : choisi parmi les événements, ou tapé pour le créer",
    "Agrees to receive our offers by e-mail": "Accepte de recevoir nos offres par e-mail",
    "Agrees to be invited to our events by e-mail":
        "Accepte d'être invité(e) à nos événements par e-mail",
    "Fair:": f"Salon{NBSP}:",
    "Kind and type:": f"Nature et type{NBSP}:",
    "Civility:": f"Civilité{NBSP}:",
    "First name:": f"Prénom{NBSP}:",
    "Last name:": f"Nom{NBSP}:",
    "Company:": f"Société{NBSP}:",
    "E-mail:": f"E-mail{NBSP}:",
    "Phone:": f"Téléphone{NBSP}:",
    "Postal code:": f"Code postal{NBSP}:",
    "City:": f"Ville{NBSP}:",
    "Notes:": f"Notes{NBSP}:",
    "Save and next card (Enter)": "Enregistrer et fiche suivante (Entrée)",
    ("FairEntryDialog", "Close"): "Fermer",
    "Already in the file? (F2 opens the one selected)":
        f"Déjà dans le fichier{NBSP}? (F2 ouvre celui qui est sélectionné)",
    "No type": "Sans type",
    "Choose or type the fair first.": "Choisissez ou tapez d'abord le salon.",
    "%n card(s) saved": ("%n fiche enregistrée", "%n fiches enregistrées"),
    "Import contacts": "Importer des contacts",
    "No file chosen": "Aucun fichier choisi",
    "Reading {0}…": "Lecture de {0}…",
    "Column of the file": "Colonne du fichier",
    "Examples": "Exemples",
    "The fair these contacts come from (optional)":
        "Le salon d'où viennent ces contacts (facultatif)",
    "Dry run": "Essai à blanc",
    ("ImportDialog", "Import"): "Importer",
    "Save the report…": "Enregistrer le rapport…",
    "Line": "Ligne",
    ("ImportDialog", "Action"): "Action",
    "Existing contact": "Contact existant",
    "Fair of origin:": f"Salon d'origine{NBSP}:",
    "Contacts (*.csv *.txt *.xlsx *.vcf);;All files (*)":
        "Contacts (*.csv *.txt *.xlsx *.vcf);;Tous les fichiers (*)",
    "{0}: {1} row(s)": f"{{0}}{NBSP}: {{1}} ligne(s)",
    "— ignore —": "— ignorer —",
    "The mapping changed: run the dry run again.":
        f"Les colonnes ont changé{NBSP}: refaites l'essai à blanc.",
    "Import no. {0} done. It can be undone as a whole from File → Previous imports.":
        "Import n° {0} terminé. Il peut être annulé en entier depuis Fichier → Imports "
        "précédents.",
    "Nothing was imported.": "Rien n'a été importé.",
    "Save the report": "Enregistrer le rapport",
    "CSV (*.csv)": "CSV (*.csv)",
    "Previous imports": "Imports précédents",
    ("ImportsHistory", "Date"): "Date",
    "File": "Fichier",
    "Created": "Créés",
    "Merged": "Fusionnés",
    "Rejected": "Rejetés",
    "State": "État",
    "Undo this import…": "Annuler cet import…",
    "undone": "annulé",
    "done": "fait",
    "Undo this import": "Annuler cet import",
    "Delete the contacts this import created and bring back the contacts it completed as "
    "they were? Contacts used or changed since the import are kept.":
        "Supprimer les contacts créés par cet import et remettre les contacts qu'il a "
        f"complétés tels qu'ils étaient{NBSP}? Les contacts utilisés ou modifiés depuis "
        "l'import sont gardés.",
    "Import contacts (CSV, Excel, vCard)…": "Importer des contacts (CSV, Excel, vCard)…",
    "Previous imports…": "Imports précédents…",
    "Duplicates…": "Doublons…",
    "Export the contacts shown (CSV, Excel, vCard)…":
        "Exporter les contacts affichés (CSV, Excel, vCard)…",
    "Fair entry (one card after another)…": "Saisie salon (fiche après fiche)…",
    "Merge two contacts": "Fusionner deux contacts",
    "<b>Contact A</b>": "<b>Contact A</b>",
    "<b>Contact B</b>": "<b>Contact B</b>",
    "Keep A (B is merged into it)": "Garder A (B y est fusionné)",
    "Keep B": "Garder B",
    "E-mails, phones, tags, the journal, orders, consents and follow-ups of both are kept. "
    "The merge can be undone.":
        "Les e-mails, téléphones, étiquettes, le journal, les commandes, les consentements et "
        "les relances des deux sont gardés. La fusion peut être annulée.",
    "Export the contacts shown": "Exporter les contacts affichés",
    "CSV for Excel (*.csv);;Excel workbook (*.xlsx);;vCard (*.vcf)":
        "CSV pour Excel (*.csv);;Classeur Excel (*.xlsx);;vCard (*.vcf)",
    "{0} contact(s) written to {1}.": "{0} contact(s) écrit(s) dans {1}.",
    # --- laptop to office --------------------------------------------------------------------
    "Edited on both PCs": "Modifié sur les deux postes",
    ("ConflictsDialog", "Contact"): "Contact",
    "This PC": "Ce poste",
    "Other PC (tick)": "Autre poste (cocher)",
    "These fields were changed on both PCs since the bundle's date. This PC's value stays "
    "unless you tick the other one. Journal entries, orders and consents of both are all kept.":
        "Ces champs ont été modifiés sur les deux postes depuis la date du lot. La valeur de "
        "ce poste reste, sauf si vous cochez l'autre. Les échanges, commandes et "
        "consentements des deux sont tous gardés.",
    "Export for another PC": "Exporter pour un autre poste",
    "Contacts changed since (DD/MM/YYYY), e.g. the day this copy was made:":
        f"Contacts modifiés depuis le (JJ/MM/AAAA), par exemple le jour de la copie{NBSP}:",
    "Type the date as DD/MM/YYYY, for example 14/07/2026.":
        "Tapez la date en JJ/MM/AAAA, par exemple 14/07/2026.",
    "Bundles (*.json)": "Lots (*.json)",
    "{0} contact(s) written to {1}. Open it on the other PC with File → Import from another "
    "PC.":
        "{0} contact(s) écrit(s) dans {1}. Ouvrez-le sur l'autre poste avec Fichier → "
        "Importer depuis un autre poste.",
    "Import from another PC": "Importer depuis un autre poste",
    "{0}\nAdded: {1} contact(s), {2} exchange(s), {3} order(s), {4} consent(s).":
        f"{{0}}\nAjoutés{NBSP}: {{1}} contact(s), {{2}} échange(s), {{3}} commande(s), "
        "{4} consentement(s).",
    "Export for another PC (laptop)…": "Exporter pour un autre poste (portable)…",
    "Import from another PC (laptop)…": "Importer depuis un autre poste (portable)…",
    # --- statistics --------------------------------------------------------------------------
    "This year": "Cette année",
    "Last 12 months": "Les 12 derniers mois",
    "Custom": "Personnalisée",
    ("StatsView", "Client"): "Client",
    "Class": "Classe",
    "Turnover": "Chiffre d'affaires",
    ("StatsView", "Orders"): "Commandes",
    "Average basket": "Panier moyen",
    "Days between orders": "Jours entre commandes",
    "Trend": "Évolution",
    "Sent on": "Envoyée le",
    "Reached": "Touchés",
    "Cost": "Coût",
    "Orders after": "Commandes ensuite",
    "Return rate": "Taux de retour",
    "Per euro": "CA par euro",
    "Class A (80 % of turnover)": f"Classe A (80{NBSP}% du chiffre d'affaires)",
    "Class B (the next 15 %)": f"Classe B (les 15{NBSP}% suivants)",
    "Class C (the rest)": "Classe C (le reste)",
    "Show in the contact table": "Voir dans le tableau des contacts",
    "The class as a saved list: for a call list, a label run or an export":
        f"La classe en liste enregistrée{NBSP}: pour des appels, des étiquettes ou un export",
    "Classes by contact type": "Classes par type de contact",
    "Class {0} {1}": "Classe {0} {1}",
    "Charts to PNG…": "Graphiques en PNG…",
    "Report to PDF…": "Rapport en PDF…",
    "By category": "Par catégorie",
    "By kind": "Par nature",
    "By contact type": "Par type de contact",
    "By région": "Par région",
    "By département": "Par département",
    "By cuvée": "Par cuvée",
    "By vintage": "Par millésime",
    "By age (private)": "Par âge (particuliers)",
    "By origin (fair)": "Par origine (salon)",
    "Period:": f"Période{NBSP}:",
    ("StatsView", "Clients"): "Clients",
    ("StatsView", "Campaigns"): "Campagnes",
    "The end of the period comes before its start.": "La fin de la période précède son début.",
    "Computing…": "Calcul en cours…",
    " ({0} against the previous period)": " ({0} par rapport à la période précédente)",
    "Turnover {0}{1} — {2} order(s), {3} client(s), average basket {4}. {5} client(s) make "
    "80 % of the turnover (class A); B: {6}, C: {7}.":
        f"Chiffre d'affaires {{0}}{{1}} — {{2}} commande(s), {{3}} client(s), panier moyen "
        f"{{4}}. {{5}} client(s) font 80{NBSP}% du chiffre d'affaires (classe A){NBSP}; "
        f"B{NBSP}: {{6}}, C{NBSP}: {{7}}.",
    "Clients by turnover, cumulative share (%)": "Clients par chiffre d'affaires, part cumulée (%)",
    "Clients, largest first": "Clients, du plus grand au plus petit",
    "Charts to PNG": "Graphiques en PNG",
    "Could not write {0}.": "Impossible d'écrire {0}.",
    "Report to PDF": "Rapport en PDF",
    # Backups (File → Backups…) and the way out at start
    ("BackupsDialog", "Backups"): "Sauvegardes",
    ("BackupsDialog", "Date"): "Date",
    ("BackupsDialog", "Reason"): "Motif",
    ("BackupsDialog", "Size"): "Taille",
    ("BackupsDialog", "Contacts"): "Contacts",
    "Copies of {0}, kept in {1}. One copy a day is kept for a week and one a week for five "
    "weeks.":
        "Copies de {0}, rangées dans {1}. Une copie par jour est gardée une semaine, "
        "et une par semaine pendant cinq semaines.",
    "Back up now": "Sauvegarder maintenant",
    "Restore…": "Restaurer…",
    "Restore another file…": "Restaurer un autre fichier…",
    "Check the file": "Vérifier le fichier",
    "Open the folder": "Ouvrir le dossier",
    "{0} MB": f"{{0}}{NBSP}Mo",
    "Daily (automatic)": "Quotidienne (automatique)",
    "Made by hand": "Faite à la main",
    "Before an import": "Avant un import",
    "Before a restore": "Avant une restauration",
    "Before an update of the application": "Avant une mise à jour de l'application",
    "Damaged file, kept aside": "Fichier endommagé, mis de côté",
    "Backing up…": "Sauvegarde en cours…",
    "Backup written: {0}": f"Sauvegarde écrite{NBSP}: {{0}}",
    "Checking the file…": "Vérification du fichier…",
    "Restore a backup": "Restaurer une sauvegarde",
    "Fichier client backups (*.db);;All files (*)":
        "Sauvegardes Fichier client (*.db);;Tous les fichiers (*)",
    "Restoring…": "Restauration en cours…",
    "Replace the current file by the backup of {0}?\n\nA copy of the current file is kept "
    "first: what was entered since that backup stays in that copy only.":
        f"Remplacer le fichier actuel par la sauvegarde du {{0}}{NBSP}?\n\nUne copie du "
        f"fichier actuel est faite d'abord{NBSP}: ce qui a été saisi depuis cette sauvegarde "
        f"ne restera que dans cette copie.",
    "New file": "Nouveau fichier",
    "Fichier client files (*.db)": "Fichiers Fichier client (*.db)",
    "Restore the backup of {0} into a new file, or over the file that does not open (it is "
    "kept aside first)?":
        f"Restaurer la sauvegarde du {{0}} dans un nouveau fichier, ou à la place du fichier "
        f"qui ne s'ouvre pas (il est d'abord mis de côté){NBSP}?",
    "Into a new file…": "Dans un nouveau fichier…",
    "Over the damaged file": "À la place du fichier abîmé",
    "\n\nThe file it replaced is kept in {0}.":
        "\n\nLe fichier remplacé est gardé dans {0}.",
    "The backup was restored into {0}.": "La sauvegarde a été restaurée dans {0}.",
    "Backups…": "Sauvegardes…",
    "Fichier client cannot open its file": "Fichier client ne peut pas ouvrir son fichier",
    "Open a backup…": "Ouvrir une sauvegarde…",
    "Choose another file…": "Choisir un autre fichier…",
    "Open or create a file": "Ouvrir ou créer un fichier",
    # --- users, audit trail, concurrent edits (issue 8) ---
    ('AccountDialog', 'Administrator account'): 'Compte administrateur',
    ('AccountDialog', 'New account'): 'Nouveau compte',
    ('AccountDialog', 'Login:'): 'Identifiant\xa0:',
    ('AccountDialog', 'Full name:'): 'Nom complet\xa0:',
    ('AccountDialog', 'Role:'): 'Rôle\xa0:',
    ('AccountDialog', 'Password:'): 'Mot de passe\xa0:',
    ('AccountDialog', 'Password again:'): 'Mot de passe (encore)\xa0:',
    ('AccountDialog', 'This file is shared on a server: everyone logs in. Create the first account, an administrator, who will then create the others.'): "Ce fichier est partagé sur un serveur\xa0: chacun s'y connecte. Créez le premier compte, un administrateur, qui créera ensuite ceux des autres.",
    ('AccountDialog', 'The two passwords differ.'): 'Les deux mots de passe sont différents.',
    ('AuditDialog', 'Audit trail'): 'Journal des actions',
    ('AuditDialog', 'Every action'): 'Toutes les actions',
    ('AuditDialog', 'Any date'): 'Toutes les dates',
    ('AuditDialog', 'Today'): "Aujourd'hui",
    ('AuditDialog', 'Last 7 days'): '7 derniers jours',
    ('AuditDialog', 'Last 30 days'): '30 derniers jours',
    ('AuditDialog', 'Contact (name, company, city…)'): 'Contact (nom, société, ville…)',
    ('AuditDialog', 'When'): 'Quand',
    ('AuditDialog', 'User'): 'Utilisateur',
    ('AuditDialog', 'Action'): 'Action',
    ('AuditDialog', 'What'): 'Quoi',
    ('AuditDialog', 'Contact'): 'Contact',
    ('AuditDialog', 'Details'): 'Détails',
    ('AuditDialog', 'Close'): 'Fermer',
    ('AuditDialog', 'Every user'): 'Tous les utilisateurs',
    ('AuditDialog', '{0} shown of {1}'): '{0} affichée(s) sur {1}',
    ('ConflictDialog', 'Contact changed in the meantime'): 'Contact modifié entre-temps',
    ('ConflictDialog', 'someone else'): "Quelqu'un d'autre",
    ('ConflictDialog', '{0} saved this contact while you were editing it. Their other changes are kept with yours. For the fields below, both of you changed the value: choose the one to keep.'): '{0} a enregistré ce contact pendant que vous le modifiiez. Ses autres changements sont gardés avec les vôtres. Pour les champs ci-dessous, vous avez tous deux changé la valeur\xa0: choisissez celle à garder.',
    ('ConflictDialog', '<b>Field</b>'): '<b>Champ</b>',
    ('ConflictDialog', '<b>Their value</b>'): '<b>Sa valeur</b>',
    ('ConflictDialog', '<b>Your value</b>'): '<b>Votre valeur</b>',
    ('ConflictDialog', '(empty)'): '(vide)',
    ('ConflictDialog', 'Yes'): 'Oui',
    ('ConflictDialog', 'No'): 'Non',
    ('ContactSheet', 'Audit trail…'): 'Journal des actions…',
    ('ContactSheet', 'Who opened, changed, exported or printed this contact, and when'): 'Qui a ouvert, modifié, exporté ou imprimé ce contact, et quand',
    ('LoginDialog', 'Fichier client: log in'): 'Fichier client\xa0: connexion',
    ('LoginDialog', 'Log in'): 'Se connecter',
    ('LoginDialog', 'Login:'): 'Identifiant\xa0:',
    ('LoginDialog', 'Password:'): 'Mot de passe\xa0:',
    ('LoginDialog', 'File: {0}'): 'Fichier\xa0: {0}',
    ('MainWindow', '{0} — {1} ({2})'): '{0} — {1} ({2})',
    ('MainWindow', 'Audit trail…'): 'Journal des actions…',
    ('MainWindow', 'Change my password…'): 'Changer mon mot de passe…',
    ('MainWindow', 'Change my password'): 'Changer mon mot de passe',
    ('MainWindow', 'New password:'): 'Nouveau mot de passe\xa0:',
    ('MainWindow', 'Your password has been changed.'): 'Votre mot de passe a été changé.',
    ('Roles', 'Administrator'): 'Administrateur',
    ('Roles', 'Sales'): 'Commercial',
    ('Roles', 'Read only'): 'Lecture seule',
    ('SettingsView', 'Users'): 'Utilisateurs',
    ('SheetForm', 'E-mails'): 'E-mails',
    ('SheetForm', 'Phones'): 'Téléphones',
    ('UsersSection', 'Login'): 'Identifiant',
    ('UsersSection', 'Name'): 'Nom',
    ('UsersSection', 'Role'): 'Rôle',
    ('UsersSection', 'Active'): 'Actif',
    ('UsersSection', 'Last login'): 'Dernière connexion',
    ('UsersSection', 'Add…'): 'Ajouter…',
    ('UsersSection', 'Change role…'): 'Changer le rôle…',
    ('UsersSection', 'New password…'): 'Nouveau mot de passe…',
    ('UsersSection', 'Disable'): 'Désactiver',
    ('UsersSection', 'Enable'): 'Réactiver',
    ('UsersSection', 'Each person logs in with their own account. Administrator: everything. Sales: contacts, journal, orders, mailings and exports. Read only: reads and searches. As soon as one account exists, the file asks everyone to log in.'): "Chacun se connecte avec son propre compte. Administrateur\xa0: tout. Commercial\xa0: contacts, journal, commandes, mailings et exports. Lecture seule\xa0: consulter et rechercher. Dès qu'un compte existe, le fichier demande à chacun de se connecter.",
    ('UsersSection', 'Change role'): 'Changer le rôle',
    ('UsersSection', 'Role of {0}:'): 'Rôle de {0}\xa0:',
    ('UsersSection', 'New password'): 'Nouveau mot de passe',
    ('UsersSection', 'New password for {0}:'): 'Nouveau mot de passe de {0}\xa0:',
    ('UsersSection', 'Yes'): 'Oui',
    ('UsersSection', 'No'): 'Non',
    ('AuditActions', 'Created'): 'Création',
    ('AuditActions', 'Changed'): 'Modification',
    ('AuditActions', 'Deleted'): 'Mise à la corbeille',
    ('AuditActions', 'Restored'): 'Restauration',
    ('AuditActions', 'Deleted for good'): 'Suppression définitive',
    ('AuditActions', 'Opened'): 'Consultation',
    ('AuditActions', 'Exported'): 'Export',
    ('AuditActions', 'Printed'): 'Impression',
    ('AuditActions', 'Imported'): 'Import',
    ('AuditActions', 'Import undone'): 'Import annulé',
    ('AuditActions', 'Merged'): 'Fusion',
    ('AuditActions', 'Merge undone'): 'Fusion annulée',
    ('AuditActions', 'Erased (GDPR)'): 'Effacement (RGPD)',
    ('AuditEntities', 'Contact'): 'Contact',
    ('AuditEntities', 'Journal entry'): 'Échange',
    ('AuditEntities', 'Order'): 'Commande',
    ('AuditEntities', 'Follow-up'): 'Relance',
    ('AuditEntities', 'Consent'): 'Consentement',
    ('AuditEntities', 'Scanned form'): 'Formulaire scanné',
    ('AuditEntities', 'Event'): 'Événement',
    ('AuditEntities', 'Saved list'): 'Liste enregistrée',
    ('AuditEntities', 'Setting'): 'Paramètre',
    ('AuditEntities', 'Account'): 'Compte',
    ('AuditEntities', 'Contact type'): 'Type de contact',
    ('AuditEntities', 'Custom field'): 'Champ personnalisé',
    ('AuditEntities', 'Import'): 'Import',
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
