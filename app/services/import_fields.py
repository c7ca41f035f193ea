"""The fields an imported row can fill, and the column headers that mean them in the files
people have: Google Contacts, Outlook in French and in English, Dolibarr, vCards, and the
home-made sheet ("Nom", "Prénom", "CP", "Ville", "Tél", "Mail"…).

A row is a dict of these field names to text; several e-mails or phones in one cell are
separated by ";" (the readers join them so) and split by the import.
"""

from __future__ import annotations

from app.services.text import fold

# Field → how the mapping screen names it (French, shown to the user).
FIELDS = {
    "civility": "Civilité",
    "first_name": "Prénom",
    "last_name": "Nom",
    "full_name": "Nom complet (prénom et nom)",
    "company": "Société",
    "job_title": "Fonction",
    "kind": "Nature (particulier / professionnel)",
    "contact_type": "Type de contact",
    "emails": "E-mail(s)",
    "phones": "Téléphone(s)",
    "address_line2": "Appartement, étage, chez (ligne 2)",
    "address_line3": "Bâtiment, résidence (ligne 3)",
    "address_line4": "Numéro et rue (ligne 4)",
    "address_line5": "Lieu-dit, BP (ligne 5)",
    "postal_code": "Code postal",
    "city": "Ville",
    "country": "Pays",
    "birth_date": "Date de naissance",
    "notes": "Notes",
    "tags": "Étiquettes",
    "origin_detail": "Origine",
    "uuid": "Identifiant (uuid)",
}
IGNORE = ""  # a column mapped to nothing

# Folded header → field. Several columns may map to one multi-valued field (e-mails, phones).
ALIASES: dict[str, str] = {}
_RAW = {
    "civility": ["civilite", "titre", "title", "prefix", "name prefix", "salutation",
                 "civ", "m mme"],
    "first_name": ["prenom", "first name", "firstname", "given name", "prenom s",
                   "forename", "first"],
    "last_name": ["nom", "nom de famille", "last name", "lastname", "surname", "family name",
                  "nom famille", "last"],
    "full_name": ["nom complet", "full name", "display name", "nom affiche", "contact",
                  "nom et prenom", "prenom nom", "nom prenom", "name"],
    "company": ["societe", "entreprise", "company", "organization", "organisation",
                "organization name", "raison sociale", "tiers", "nom du tiers", "domaine",
                "etablissement", "organization 1 name", "company name"],
    "job_title": ["fonction", "poste", "job title", "titre du poste", "organization title",
                  "organization 1 title", "job", "role"],
    "kind": ["nature", "particulier professionnel", "statut", "type client", "kind"],
    "contact_type": ["type", "type de contact", "categorie client", "type de tiers",
                     "type du tiers"],
    "emails": ["email", "e mail", "mail", "courriel", "adresse e mail", "adresse mail",
               "adresse de messagerie", "e mail address", "email address", "e mail 1 value",
               "e mail 2 value", "e mail 3 value", "e mail 2 address", "e mail 3 address",
               "adresse de messagerie 2", "adresse de messagerie 3", "email pro",
               "email perso", "mails", "emails", "e mails", "courriels", "e mail 1 address"],
    "phones": ["telephone", "tel", "tel fixe", "tel portable", "portable", "mobile",
               "phone", "mobile phone", "home phone", "business phone", "primary phone",
               "telephone mobile", "telephone bureau", "telephone domicile",
               "telephone professionnel", "telephone personnel", "phone 1 value",
               "phone 2 value", "phone 3 value", "gsm", "fixe", "telephones", "tel mobile",
               "tel 1", "tel 2", "telephone 2", "autre telephone", "other phone",
               "telephone principal", "telephone de la societe", "company main phone"],
    "address_line2": ["complement", "complement d adresse", "appartement", "adresse 2",
                      "address 2", "address line 2", "escalier etage"],
    "address_line3": ["batiment", "residence", "adresse 3", "address line 3"],
    "address_line4": ["adresse", "rue", "adresse postale", "address", "street",
                      "home street", "business street", "rue domicile", "rue bureau",
                      "address 1 street", "adresse 1", "address line 1", "voie",
                      "numero et rue"],
    "address_line5": ["lieu dit", "boite postale", "bp", "po box", "address 1 po box",
                      "lieudit"],
    "postal_code": ["code postal", "cp", "postal code", "zip", "zip code", "postcode",
                    "home postal code", "business postal code", "code postal domicile",
                    "code postal bureau", "address 1 postal code", "c p"],
    "city": ["ville", "commune", "city", "localite", "home city", "business city",
             "ville domicile", "ville bureau", "address 1 city", "town"],
    "country": ["pays", "country", "country region", "pays region", "home country region",
                "business country region", "pays domicile", "pays bureau",
                "pays region bureau", "pays region domicile", "address 1 country",
                "code pays"],
    "birth_date": ["date de naissance", "naissance", "birthday", "anniversaire",
                   "birth date", "ne le", "date naissance"],
    "notes": ["notes", "note", "remarques", "commentaire", "commentaires", "observations",
              "comments", "memo"],
    "tags": ["etiquettes", "tags", "mots cles", "groupes", "group membership", "categories",
             "labels", "groupe"],
    "origin_detail": ["origine", "source", "provenance", "salon", "rencontre a"],
    "uuid": ["uuid", "identifiant"],
}
for _field, _names in _RAW.items():
    for _name in _names:
        ALIASES[fold(_name)] = _field
MULTI = ("emails", "phones", "tags")


def guess_field(header: str) -> str:
    """The field a column header means, or IGNORE (a vCard's columns are the fields)."""
    if header in FIELDS:
        return header
    return ALIASES.get(fold(header), IGNORE)


def guess_mapping(headers: list[str]) -> list[str]:
    """One field per column; a single-valued field is only taken by its first column."""
    mapping: list[str] = []
    taken: set[str] = set()
    for header in headers:
        field = guess_field(header)
        if field and field not in MULTI and field in taken:
            field = IGNORE
        taken.add(field)
        mapping.append(field)
    return mapping
