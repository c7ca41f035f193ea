"""vCards as iPhone, Android and Outlook write them, read into import rows; rows written back."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services.import_fields import FIELDS
from app.services.vcard import NO_CARD, read_vcards, write_vcards

# Raw strings: "\n" and "\," below are vCard escapes, not Python ones.
IPHONE = r"""BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//iPhone OS 17.2//EN
N:Dupont;Jean;Marie;M.;
FN:M. Jean Marie Dupont
ORG:Domaine des Trois Chênes;Ventes
TITLE:Caviste
item1.EMAIL;type=INTERNET;type=pref:jean.dupont@example.fr
item2.EMAIL;type=INTERNET:jd@trois-chenes.example
item2.X-ABLabel:_$!<Other>!$_
TEL;type=CELL;type=VOICE;type=pref:06 12 34 56 78
item3.TEL:+33 5 57 24 70 71
item3.X-ABLabel:Cave
item4.ADR;type=HOME;type=pref:;Appt 4;Résidence Les Pins\n12 rue de la Paix;Bordeaux;;33000;France
item4.X-ABADR:fr
BDAY;value=date:1975-07-14
NOTE:Client fidèle\, aime le Merlot.
PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQE
 BAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/2wBDAQMDAwQDBAgE
CATEGORIES:Salon,VIP
UID:6F1E2B4C-9A0D-4E5F-8B7A-1C2D3E4F5A6B
X-ABShowAs:PERSON
END:VCARD
""".replace("\n", "\r\n")

# Android 2.1: UTF-8 quoted-printable, with soft line breaks ("=" at the end of a line).
ANDROID = """BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:L=C3=A9v=C3=AAque;=C3=89lodie;;;
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=89lodie L=C3=A9v=C3=AAque
TEL;CELL:06 98 76 54 32
TEL;HOME:05 56 00 00 00
EMAIL;HOME:elodie.leveque@example.fr
ADR;HOME;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;3 all=C3=A9e des Ch=C3=AAnes;Saint-=
=C3=89milion;;33330;France
NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Pr=C3=A9f=C3=A8re le ros=C3=A9, vient au=
 salon chaque ann=C3=A9e.
BDAY:19800302
END:VCARD
"""

# Outlook (French), vCard 2.1 exported in Windows-1252: "é" is "=E9".
OUTLOOK_FR = """BEGIN:VCARD
VERSION:2.1
N;LANGUAGE=fr;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:B=E9rang=E8re;Fran=E7ois;;M.
FN;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:Fran=E7ois B=E9rang=E8re
ORG;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:Ch=E2teau Lagrange;Direction
TITLE:Directeur commercial
TEL;WORK;VOICE:05 57 24 70 71
TEL;CELL;VOICE:06 11 22 33 44
ADR;WORK;PREF;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:BP 12;B=E2timent A;2 rou=
te de l'=C9glise;Pauillac;;33250;France
LABEL;WORK;PREF;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:2 route de l'=C9glise=
=0D=0APauillac 33250
X-MS-OL-DEFAULT-POSTAL-ADDRESS:2
EMAIL;PREF;INTERNET:f.berangere@chateau-lagrange.example
NOTE;ENCODING=QUOTED-PRINTABLE:Rappeler en janvier.=0D=0ACommande r=E9serv=E9e.
REV:20240115T101500Z
END:VCARD
""".replace("\n", "\r\n")

# Outlook (English), vCard 2.1: plain ASCII, bare parameters, an encoding without "ENCODING=".
OUTLOOK_EN = """BEGIN:VCARD
VERSION:2.1
N;LANGUAGE=en-us:Smith;John;;Mr.
FN:John Smith
ORG:Smith & Sons Wines
TITLE:Buyer
TEL;WORK;VOICE:+44 20 7946 0958
EMAIL;PREF;INTERNET:john.smith@smith-sons.example
ADR;WORK;PREF:;;221B Baker Street;London;;NW1 6XE;United Kingdom
NOTE;QUOTED-PRINTABLE:Likes Bordeaux caf=C3=A9 cr=C3=A8me.
END:VCARD
""".replace("\n", "\r\n")

VCARD_4 = r"""BEGIN:VCARD
VERSION:4.0
N:Martin;Sophie;;Mme;
FN:Sophie Martin
ORG:Cave Martin
EMAIL;TYPE=work:sophie@cave-martin.example
TEL;VALUE=uri;TYPE="voice,cell";PREF=1:tel:+33-6-12-34-56-78
ADR;TYPE=work;LABEL="Cave Martin: 12 quai des Chartrons\n33000 Bordeaux":;;12 q
 uai des Chartrons;Bordeaux;;33000;France
BDAY:--0714
UID:urn:uuid:4FBE8971-0BC3-424C-9C26-36C3E1EFF6B1
CATEGORIES:Caviste,Bordeaux
END:VCARD
"""

# A BOM, lower-case markers, blank lines and text between the cards.
THREE_CARDS = """\ufeffExporté le 12/01/2025

begin:vcard
version:3.0
n:Durand;Paul;;;
fn:Paul Durand
end:vcard


Begin:VCard
VERSION:3.0
N:;;;;
FN:Cave Durand
ORG:Cave Durand
END:VCard
\ufeff
BEGIN:VCARD
VERSION:3.0
FN:Marie Curie
TEL:01 23 45 67 89
END:VCARD
fin du fichier
"""

FOLDED_NOTE = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Petit;Luc;;;\r\n"
    "NOTE:Premier contact au salon des vins de Bordeaux\\, int\r\n"
    " éressé par les grands crus et les primeurs ; à rappeler av\r\n"
    "\tant la fin du mois.\r\n"
    "END:VCARD\r\n"
)

ESCAPES = r"""BEGIN:VCARD
VERSION:3.0
N:Lefèvre\, dit Le Grand;Jean\;Pierre;;;
ORG:Vins\, Spiritueux & Co
NOTE:Ligne un\nLigne deux\NLigne trois\, avec un \\ et un \;
END:VCARD
"""


def one(text: str) -> dict[str, str]:
    rows = read_vcards(text)
    assert len(rows) == 1
    return rows[0]


def test_an_iphone_card() -> None:
    assert one(IPHONE) == {
        "last_name": "Dupont", "first_name": "Jean", "civility": "M.",
        "company": "Domaine des Trois Chênes", "job_title": "Caviste",
        "emails": "jean.dupont@example.fr; jd@trois-chenes.example",
        "phones": "06 12 34 56 78; +33 5 57 24 70 71",
        "address_line2": "Appt 4", "address_line3": "Résidence Les Pins",
        "address_line4": "12 rue de la Paix", "city": "Bordeaux", "postal_code": "33000",
        "country": "France", "birth_date": "1975-07-14",
        "notes": "Client fidèle, aime le Merlot.", "tags": "Salon, VIP",
        "uuid": "6f1e2b4c-9a0d-4e5f-8b7a-1c2d3e4f5a6b",
    }


def test_an_android_card_in_quoted_printable_utf8() -> None:
    row = one(ANDROID)
    assert (row["last_name"], row["first_name"]) == ("Lévêque", "Élodie")
    assert "full_name" not in row  # N has the names: FN is not needed
    assert row["address_line4"] == "3 allée des Chênes"
    assert row["city"] == "Saint-Émilion"  # across the soft line break
    assert row["notes"] == "Préfère le rosé, vient au salon chaque année."
    assert row["phones"] == "06 98 76 54 32; 05 56 00 00 00"
    assert row["birth_date"] == "1980-03-02"


def test_an_outlook_french_card_in_windows_1252() -> None:
    row = one(OUTLOOK_FR)
    assert (row["civility"], row["first_name"], row["last_name"]) == ("M.", "François",
                                                                      "Bérangère")
    assert row["company"] == "Château Lagrange"
    assert (row["address_line2"], row["address_line4"], row["address_line5"]) == (
        "Bâtiment A", "2 route de l'Église", "BP 12")
    assert (row["postal_code"], row["city"], row["country"]) == ("33250", "Pauillac", "France")
    assert row["emails"] == "f.berangere@chateau-lagrange.example"
    # No CHARSET and not valid UTF-8: read as Windows-1252.
    assert row["notes"] == "Rappeler en janvier.\nCommande réservée."


def test_an_outlook_english_card() -> None:
    assert one(OUTLOOK_EN) == {
        "civility": "Mr.", "first_name": "John", "last_name": "Smith",
        "company": "Smith & Sons Wines", "job_title": "Buyer", "phones": "+44 20 7946 0958",
        "emails": "john.smith@smith-sons.example", "address_line4": "221B Baker Street",
        "city": "London", "postal_code": "NW1 6XE", "country": "United Kingdom",
        "notes": "Likes Bordeaux café crème.",
    }


def test_the_charset_of_quoted_printable_is_followed() -> None:
    text = ("BEGIN:VCARD\nN:A;B;;;\n"
            "NOTE;CHARSET=ISO-8859-15;ENCODING=QUOTED-PRINTABLE:12 =A4\nEND:VCARD")
    assert one(text)["notes"] == "12 €"  # "¤" in Latin-1 or Windows-1252


def test_a_vcard_4() -> None:
    row = one(VCARD_4)
    assert (row["civility"], row["first_name"], row["last_name"]) == ("Mme", "Sophie", "Martin")
    assert row["phones"] == "+33-6-12-34-56-78"
    assert row["address_line4"] == "12 quai des Chartrons"  # the quoted LABEL holds a ":"
    assert "birth_date" not in row  # a birthday without a year
    assert row["uuid"] == "4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"
    assert row["tags"] == "Caviste, Bordeaux"


def test_several_cards_among_other_text() -> None:
    rows = read_vcards(THREE_CARDS)
    assert rows == [
        {"last_name": "Durand", "first_name": "Paul"},
        {"company": "Cave Durand"},  # FN repeats the company: not a person's name
        {"full_name": "Marie Curie", "phones": "01 23 45 67 89"},
    ]


def test_a_folded_note() -> None:
    assert one(FOLDED_NOTE)["notes"] == (
        "Premier contact au salon des vins de Bordeaux, intéressé par les grands crus et les "
        "primeurs ; à rappeler avant la fin du mois.")


def test_escaped_characters() -> None:
    row = one(ESCAPES)
    assert row["last_name"] == "Lefèvre, dit Le Grand"
    assert row["first_name"] == "Jean;Pierre"
    assert row["company"] == "Vins, Spiritueux & Co"
    assert row["notes"] == "Ligne un\nLigne deux\nLigne trois, avec un \\ et un ;"


def test_a_card_without_end_and_broken_lines() -> None:
    text = "BEGIN:VCARD\nVERSION:3.0\nN:Roux;Anne;;;\nune ligne sans deux-points\nTEL:0611223344\n"
    assert read_vcards(text) == [{"last_name": "Roux", "first_name": "Anne",
                                  "phones": "0611223344"}]


def test_an_unclosed_card_followed_by_another() -> None:
    rows = read_vcards("BEGIN:VCARD\nFN:Un\nBEGIN:VCARD\nFN:Deux\nEND:VCARD\n")
    assert rows == [{"full_name": "Un"}, {"full_name": "Deux"}]


def test_a_card_without_any_name_is_still_returned() -> None:
    assert read_vcards("BEGIN:VCARD\nVERSION:3.0\nX-FOO:bar\nEND:VCARD") == [{}]


@pytest.mark.parametrize(("uid", "expected"), [
    ("urn:uuid:4FBE8971-0BC3-424C-9C26-36C3E1EFF6B1", "4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"),
    ("4fbe8971-0bc3-424c-9c26-36c3e1eff6b1", "4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"),
    ("3a7f8e2c1b@google.com", None),
    ("4fbe89710bc3424c9c2636c3e1eff6b1", None),
])
def test_only_a_real_uuid_is_kept(uid: str, expected: str | None) -> None:
    assert one(f"BEGIN:VCARD\nN:A;B;;;\nUID:{uid}\nEND:VCARD").get("uuid") == expected


@pytest.mark.parametrize(("bday", "expected"), [
    ("19750714", "1975-07-14"), ("1975-07-14", "1975-07-14"),
    ("1975-07-14T00:00:00Z", "1975-07-14"), ("--0714", None), ("--07-14", None),
    ("1604-07-14", None),  # Apple's year for "no year"
    ("19751314", None), ("vers 1970", None),
])
def test_birth_dates(bday: str, expected: str | None) -> None:
    assert one(f"BEGIN:VCARD\nN:A;B;;;\nBDAY:{bday}\nEND:VCARD").get("birth_date") == expected


def test_text_without_any_card() -> None:
    with pytest.raises(ValueError, match="aucune fiche vCard"):
        read_vcards("Nom;Prénom;Ville\nDupont;Jean;Bordeaux\n")
    assert NO_CARD == "Ce fichier ne contient aucune fiche vCard."


def test_the_rows_use_the_import_fields() -> None:
    for text in (IPHONE, ANDROID, OUTLOOK_FR, OUTLOOK_EN, VCARD_4, THREE_CARDS):
        for row in read_vcards(text):
            assert set(row) <= set(FIELDS)


# --- Writing ----------------------------------------------------------------------------

FULL_ROW = {
    "civility": "Mme", "first_name": "Hélène", "last_name": "Château-Lafitte",
    "company": "Vins; Spiritueux, et Cie", "job_title": "Gérante",
    "emails": "helene@example.fr; contact@château.example",
    "phones": "06 12 34 56 78; +32 2 512 34 56",
    "address_line2": "Chez M. Dupont", "address_line3": "Résidence Les Pins, bât. B",
    "address_line4": "12, rue de l'Église", "address_line5": "BP 7",
    "postal_code": "33330", "city": "Saint-Émilion", "country": "France",
    "birth_date": "1968-02-29", "tags": "salon, vip, œnologie",
    "notes": ("Rencontrée au salon ; préfère les rouges, surtout le Saint-Émilion grand cru. "
              * 4 + "\nDeuxième ligne avec un \\ et des guillemets « français ».").strip(),
    "uuid": "4fbe8971-0bc3-424c-9c26-36c3e1eff6b1",
}


def test_a_round_trip() -> None:
    assert len(FULL_ROW["notes"]) > 200
    text = write_vcards([FULL_ROW, {"company": "Cave Durand"}, {"full_name": "Marie Curie"}])
    assert read_vcards(text) == [FULL_ROW, {"company": "Cave Durand"},
                                 {"full_name": "Marie Curie"}]


def test_the_written_text_is_vcard_3_folded_at_75_octets() -> None:
    text = write_vcards([FULL_ROW])
    assert text.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n") and text.endswith("END:VCARD\r\n")
    lines = text.split("\r\n")[:-1]
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert "\n" not in text.replace("\r\n", "")
    assert any(line.startswith(" ") for line in lines)  # the note was folded
    assert "ADR;TYPE=WORK:BP 7;Chez M. Dupont;" in text
    assert "EMAIL;TYPE=INTERNET:helene@example.fr\r\n" in text
    assert "UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1\r\n" in text
    assert "ORG:Vins\\; Spiritueux\\, et Cie\r\n" in text


def test_folding_never_splits_a_character() -> None:
    text = write_vcards([{"notes": "é" * 100 + "🍷" * 50}])
    lines = text.split("\r\n")[:-1]
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert one(text)["notes"] == "é" * 100 + "🍷" * 50


def test_empty_fields_are_left_out() -> None:
    text = write_vcards([{"last_name": "Dupont", "emails": "", "notes": "  ", "tags": ""}])
    assert text.split("\r\n")[3:-1] == ["N:Dupont;;;;", "FN:Dupont", "END:VCARD"]
    assert write_vcards([]) == ""


def test_a_home_address_without_company() -> None:
    text = write_vcards([{"last_name": "Dupont", "address_line4": "1 rue X", "city": "Pau"}])
    assert "ADR;TYPE=HOME:;;1 rue X;Pau;;;\r\n" in text


TEXT = st.text(
    alphabet=st.sampled_from("aZéÉçœ€🍷漢 ,;:\\\"'=-\n\t.@"), min_size=1, max_size=120,
).map(str.strip).filter(bool)
TEXT_FIELDS = ("civility", "first_name", "last_name", "company", "job_title", "notes",
               "address_line2", "address_line5", "city", "postal_code", "country")


@given(st.fixed_dictionaries({}, optional=dict.fromkeys(TEXT_FIELDS, TEXT)))
def test_any_text_survives_a_round_trip(row: dict[str, str]) -> None:
    assert read_vcards(write_vcards([row])) == [row]


def test_the_street_is_the_line_with_the_number_whatever_its_place() -> None:
    for street in ("12 allée des Vignes\\nBâtiment C", "Bâtiment C\\n12 allée des Vignes"):
        text = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Moreau;Julie;;;\r\n"
                f"ADR;TYPE=HOME:;;{street};Pauillac;;33250;France\r\nEND:VCARD\r\n")
        (row,) = read_vcards(text)
        assert (row["address_line4"], row["address_line3"]) == ("12 allée des Vignes",
                                                                "Bâtiment C")
