"""A guard against sensitive data (art. 9 GDPR): health, religion, ethnic origin, sexual life,
political or union opinions must not be collected. Free text (notes, journal summaries,
custom fields) is checked word by word, accents and case ignored, and the user warned.

A keyword list is crude on purpose: it warns, it never blocks, and a false alarm costs one
click ("Enregistrer quand même"), while a missed one would be the user's own text.
"""

from __future__ import annotations

import re

from app.services.text import fold

# Folded stems; a word matches when it starts with one of them ("diabet" → diabète,
# diabétique). Kept specific: "malade" would warn on every "maladie de la vigne", "race" on
# every "vin racé".
KEYWORDS = {
    "santé": (
        "diabet", "cancer", "chimio", "enceinte", "grossesse", "handicap", "allergi",
        "hospitalis", "medicament", "traitement medical", "maladie d alzheimer", "alzheimer",
        "parkinson", "depression", "sida", "vih", "seropositi", "avc", "infarctus",
        "cholesterol", "hypertension", "asthme", "epilep", "autis", "dialyse",
        "arret maladie", "psychiatr", "cardiaque", "insuline", "sclerose",
    ),
    "religion": (
        "musulman", "islam", "juif", "juive", "judaisme", "catholique", "protestant",
        "chretien", "bouddhis", "hindou", "athee", "religion", "religieu", "ramadan",
        "casher", "kasher", "halal", "mosquee", "synagogue", "temoin de jehovah",
    ),
    "origine ethnique": (
        "ethni", "origine africaine", "origine maghrebine", "maghrebin", "origine arabe",
        "racial", "communaute noire", "gitan",
    ),
    "vie sexuelle": (
        "homosexu", "heterosexu", "bisexu", "lesbienne", "transgenre", "orientation "
        "sexuelle", "sexualite", "vie sexuelle",
    ),
    "opinions politiques ou syndicales": (
        "vote pour", "electeur", "militant", "syndiqu", "syndicat", "cgt", "cfdt",
        "force ouvriere", "parti socialiste", "rassemblement national", "front national",
        "insoumis", "lfi", "communiste", "ecologiste militant", "opinion politique",
        "gauchiste", "droite dure", "extreme droite", "extreme gauche",
    ),
}
_PATTERNS = {
    kind: re.compile(r"\b(?:" + "|".join(re.escape(k.strip()) for k in words) + r")")
    for kind, words in KEYWORDS.items()
}


def findings(text: str) -> dict[str, str]:
    """{kind: the word found} for each kind of sensitive data the text seems to hold."""
    folded = fold(text)
    found: dict[str, str] = {}
    for kind, pattern in _PATTERNS.items():
        match = pattern.search(folded)
        if match:
            end = folded.find(" ", match.end())
            found[kind] = folded[match.start(): end if end > 0 else len(folded)]
    return found


def warning(text: str) -> str:
    """The French warning for the user, or "" when nothing was found."""
    found = findings(text)
    if not found:
        return ""
    what = ", ".join(f"{kind} (« {word} »)" for kind, word in found.items())
    return (f"Ce texte semble contenir une donnée sensible : {what}. La loi interdit de "
            "collecter ces données sans le consentement exprès de la personne ; reformulez "
            "si possible.")
