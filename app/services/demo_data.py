"""Word lists for the demo file: French and neighbouring names, companies, streets, cuvées.

Plain data only; `app.services.demo` and its `demo_*` helpers draw from it with a seeded
random generator.
"""

from __future__ import annotations

# (first name, "m" or "f"): the civility follows the first name.
FIRST_NAMES_FR: tuple[tuple[str, str], ...] = tuple(
    (name, "m")
    for name in (
        "Jean Pierre Michel Philippe Alain Bernard Christophe Patrick Nicolas Daniel Éric "
        "Frédéric Laurent Stéphane David Olivier Julien Thierry Sébastien Pascal Jérôme "
        "François Benoît Gaël Émile Loïc Raphaël Mathéo Noël Gérard René Joël Hervé Yannick "
        "Jean-Pierre Jean-Marc Jean-Luc Louis Hugo Lucas Théo Antoine Maxime Guillaume "
        "Thomas Arnaud Cédric Rémi Aurélien Jérémy Damien Gaëtan Anthony Bruno Didier Yves "
        "Étienne André Marcel Henri Paul Victor Adrien Baptiste Clément Mathis Nathan"
    ).split()
) + tuple(
    (name, "f")
    for name in (
        "Marie Nathalie Isabelle Sylvie Catherine Françoise Hélène Valérie Christine Sandrine "
        "Véronique Céline Sophie Agnès Brigitte Thérèse Geneviève Élise Léa Chloé Zoé Inès "
        "Anaïs Noémie Maëlle Manon Camille Juliette Émilie Aurélie Mélanie Pauline Laure "
        "Stéphanie Virginie Renée Josiane Monique Danielle Odile Solène Gaëlle Marie-Claire "
        "Anne-Sophie Marie-Hélène Claire Lucie Margaux Clémence Océane Éloïse Jeanne Louise "
        "Alice Charlotte Audrey Delphine Corinne Martine Michèle Béatrice Annick Maryse"
    ).split()
)

LAST_NAMES_FR: tuple[str, ...] = tuple(
    (
        "Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon Michel "
        "Lefèvre Leroy Roux David Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine "
        "Rousseau Vincent Muller Lefebvre Faure André Mercier Blanc Guérin Boyer Garnier "
        "Chevalier François Legrand Gauthier Garcia Perrin Robin Clément Morin Nicolas Henry "
        "Roussel Mathieu Gautier Masson Marchand Duval Denis Dumont Lemaire Noël Meyer Dufour "
        "Meunier Brun Blanchard Giraud Joly Rivière Lucas Brunet Gaillard Barbier Arnaud "
        "Martinez Gérard Roche Renard Schmitt Roy Leroux Colin Vidal Caron Picard Roger Fabre "
        "Aubert Lemoine Renaud Dumas Lacroix Olivier Philippe Bourgeois Pierre Rey Leclerc "
        "Payet Rolland Leclercq Guillaume Lecomte Lopez Dupuy Guillot Hubert Berger Carpentier "
        "Sanchez Dupuis Moulin Deschamps Huet Vasseur Perez Boucher Fleury Royer Klein Jacquet "
        "Adam Poirier Marty Aubry Guyot Carré Charpentier Ménard Maillard Baron Bertin Bailly "
        "Hervé Schneider Fernandez Collet Léger Bouvier Julien Prévost Millet Perrot Germain "
        "Breton Besson Langlois Rémy Pelletier Lévêque Perrier Leblanc Barré Lebrun Marchal "
        "Weber Mallet Hamon Boulanger Jacob Monnier Michaud Rodriguez Guichard Gillet Étienne "
        "Grondin Tessier Chauvin Bouchet Lemaître Bénard Maréchal Humbert Reynaud Barthélemy "
        "Cordier Pichon Lejeune Gilbert Lamy Delaunay Pasquier Carlier Laporte Nguyen Diallo "
        "Haddad Benali Ferreira Traoré Cohen Bouvet Texier Delmas Castagnède Larrieu Etcheverry"
    ).split()
) + ("Da Silva", "N'Diaye", "Dos Santos", "De Oliveira", "Le Gall", "Le Goff", "Le Bihan",
     "Le Roux", "Lefèvre-Durand", "D'Arcy", "Saint-Martin")

# Foreign contacts: names; towns and their landlines (postal code, town, area code, choices
# for the next digit, digits after it); streets, and whether the house number comes first;
# mobiles (prefix, choices for the next digit, digits after it).
FOREIGN: dict[str, dict[str, object]] = {
    "BE": {
        "first": (("Luc", "m"), ("Marc", "m"), ("Pieter", "m"), ("Wouter", "m"), ("Thomas", "m"),
                  ("Annelies", "f"), ("Sofie", "f"), ("Els", "f"), ("Nathalie", "f"),
                  ("Julie", "f")),
        "last": ("Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
                 "Wouters", "De Smet", "Dubois", "Lambert", "Renard", "Van Damme", "Lejeune"),
        "towns": (("1000", "Bruxelles", "2", "2345", 6), ("1050", "Ixelles", "2", "2345", 6),
                  ("4000", "Liège", "4", "23", 6), ("5000", "Namur", "81", "2345", 5),
                  ("7000", "Mons", "65", "2345", 5), ("2000", "Antwerpen", "3", "2345", 6),
                  ("9000", "Gent", "9", "23", 6), ("8000", "Brugge", "50", "2345", 5),
                  ("1300", "Wavre", "10", "2345", 5)),
        "streets": ("Rue Neuve", "Avenue Louise", "Chaussée de Waterloo", "Rue de la Loi",
                    "Kerkstraat", "Stationsstraat", "Rue du Marché"),
        "mobile": ("47", "0123456789", 6), "number_first": False, "languages": ("fr", "nl"),
    },
    "CH": {
        "first": (("Urs", "m"), ("Reto", "m"), ("Beat", "m"), ("Laurent", "m"), ("Nicolas", "m"),
                  ("Daniela", "f"), ("Claudia", "f"), ("Sandrine", "f"), ("Corinne", "f")),
        "last": ("Müller", "Meier", "Schmid", "Keller", "Weber", "Huber", "Favre", "Rochat",
                 "Morand", "Berset", "Bonvin", "Gerber"),
        "towns": (("1201", "Genève", "22", "345", 6), ("1003", "Lausanne", "21", "345", 6),
                  ("8001", "Zürich", "44", "2345", 6), ("3011", "Bern", "31", "345", 6),
                  ("2000", "Neuchâtel", "32", "2345", 6), ("1950", "Sion", "27", "2345", 6),
                  ("4051", "Basel", "61", "2345", 6)),
        "streets": ("Rue du Rhône", "Bahnhofstrasse", "Avenue de la Gare", "Rue de Lausanne",
                    "Seestrasse", "Grand-Rue"),
        "mobile": ("7", "6789", 7), "number_first": False, "languages": ("fr", "de"),
    },
    "DE": {
        "first": (("Klaus", "m"), ("Jürgen", "m"), ("Stefan", "m"), ("Andreas", "m"),
                  ("Jörg", "m"), ("Matthias", "m"), ("Sabine", "f"), ("Ute", "f"), ("Katrin", "f"),
                  ("Birgit", "f")),
        "last": ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
                 "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Wolf", "Schröder"),
        "towns": (("10115", "Berlin", "30", "2345678", 7), ("80331", "München", "89", "2345", 7),
                  ("50667", "Köln", "221", "2345", 6), ("20095", "Hamburg", "40", "2345", 7),
                  ("60311", "Frankfurt am Main", "69", "2345", 7),
                  ("70173", "Stuttgart", "711", "2345", 6),
                  ("40213", "Düsseldorf", "211", "2345", 6)),
        "streets": ("Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Goethestraße",
                    "Gartenstraße", "Weinstraße"),
        "mobile": ("15", "12", 8), "number_first": False, "languages": ("de",),
    },
    "GB": {
        "first": (("James", "m"), ("Oliver", "m"), ("William", "m"), ("George", "m"),
                  ("Edward", "m"), ("Charlotte", "f"), ("Emily", "f"), ("Harriet", "f"),
                  ("Sophie", "f"), ("Victoria", "f")),
        "last": ("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
                 "Robinson", "Wright", "Thompson", "Evans", "Walker", "Hughes", "Clarke"),
        "towns": (("EC1V 2NX", "London", "20", "378", 7), ("SW3 5RE", "London", "20", "378", 7),
                  ("M1 1AE", "Manchester", "161", "2345", 6),
                  ("EH1 1YZ", "Edinburgh", "131", "2345", 6),
                  ("BS1 4DJ", "Bristol", "117", "9", 6),
                  ("B1 1BB", "Birmingham", "121", "2345", 6)),
        "streets": ("High Street", "Station Road", "Church Lane", "King's Road", "Victoria Street",
                    "Mill Lane"),
        "mobile": ("7", "458", 8), "number_first": True, "languages": ("en",),
    },
}
FOREIGN_DIAL = {"BE": "32", "CH": "41", "DE": "49", "GB": "44"}
FOREIGN_ISP = {"BE": ("skynet.be", "telenet.be", "gmail.com"), "CH": ("bluewin.ch", "gmx.ch"),
               "DE": ("web.de", "gmx.de", "t-online.de"), "GB": ("btinternet.com", "gmail.com")}
TOWN_LANGUAGE = {"Antwerpen": "nl", "Gent": "nl", "Brugge": "nl", "Zürich": "de", "Bern": "de",
                 "Basel": "de"}

# French landline zone (01-05) by département (ARCEP numbering plan).
LANDLINE_ZONE: dict[str, str] = {
    **dict.fromkeys("75 77 78 91 92 93 94 95".split(), "1"),
    **dict.fromkeys(
        "14 18 22 27 28 29 35 36 37 41 44 45 49 50 53 56 61 72 76 85".split(), "2"),
    **dict.fromkeys(
        "02 08 10 21 25 39 51 52 54 55 57 58 59 60 62 67 68 70 71 80 88 89 90".split(), "3"),
    **dict.fromkeys(
        "01 03 04 05 06 07 11 13 15 20 26 30 34 38 42 43 48 63 66 69 73 74 83 84".split(), "4"),
}  # every other département of mainland France dials 05

# Wine towns and big cities, drawn more often than their weight among 35 000 communes gives.
WINE_TOWNS: tuple[tuple[str, str], ...] = (
    ("33330", "Saint-Émilion"), ("33250", "Pauillac"), ("33460", "Margaux-Cantenac"),
    ("33210", "Sauternes"), ("33000", "Bordeaux"), ("21200", "Beaune"),
    ("21700", "Nuits-Saint-Georges"), ("21220", "Gevrey-Chambertin"), ("51100", "Reims"),
    ("51200", "Épernay"), ("84230", "Châteauneuf-du-Pape"), ("49400", "Saumur"),
    ("37500", "Chinon"), ("68340", "Riquewihr"), ("71000", "Mâcon"), ("69910", "Villié-Morgon"),
    ("11100", "Narbonne"), ("34000", "Montpellier"), ("24100", "Bergerac"),
    ("64110", "Jurançon"), ("13100", "Aix-en-Provence"), ("67140", "Barr"), ("89800", "Chablis"),
    ("44330", "Vallet"), ("75008", "Paris 8e Arrondissement"),
    ("75011", "Paris 11e Arrondissement"), ("75015", "Paris 15e Arrondissement"),
    ("69002", "Lyon 2e Arrondissement"), ("31000", "Toulouse"), ("44000", "Nantes"),
    ("59000", "Lille"), ("67000", "Strasbourg"), ("06000", "Nice"),
)

STREETS_FR = (
    "rue de la République", "avenue Jean-Jaurès", "rue Victor-Hugo", "place de l'Église",
    "rue du Général-de-Gaulle", "chemin des Vignes", "route de Bordeaux", "allée des Tilleuls",
    "impasse des Lilas", "boulevard Gambetta", "rue Pasteur", "rue de la Gare",
    "rue des Écoles", "avenue de la Libération", "rue du Moulin", "Grande Rue",
    "quai des Chartrons", "cours de l'Intendance", "rue Saint-Martin", "rue Nationale",
    "avenue du Maréchal-Foch", "rue des Tonneliers", "chemin de la Croix-Blanche",
    "rue Jules-Ferry", "place du Marché", "rue de l'Abbé-Grégoire", "route des Grands-Crus",
    "boulevard de Strasbourg", "rue Sainte-Catherine", "rue du Château",
)
LIEUX_DITS = ("Lieu-dit Les Vignes", "Lieu-dit La Croix Blanche", "Lieu-dit Le Bourg",
              "Lieu-dit Les Granges", "Hameau de Villeneuve", "Lieu-dit Le Grand Pré",
              "Lieu-dit Les Justices")
FLATS = ("Appartement {n}", "Appt {n}", "{floor}e étage", "Porte {n}", "Appt {n}, {floor}e étage")
BUILDINGS = ("Résidence Les Acacias", "Bâtiment B", "Résidence du Parc", "Entrée C",
             "Les Jardins de la Garonne, bât. 2", "Immeuble Le Central")

ISP_DOMAINS = ("gmail.com", "orange.fr", "free.fr", "wanadoo.fr", "sfr.fr", "laposte.net",
               "hotmail.fr", "yahoo.fr", "outlook.fr", "bbox.fr")
FOREIGN_TLD = {"BE": "be", "CH": "ch", "DE": "de", "GB": "co.uk", "FR": "fr"}

# Company name patterns by contact type; {first} {last} {city} {de_first} are filled in.
COMPANIES: dict[str, tuple[str, ...]] = {
    "caviste": ("Cave des Chartrons", "La Cave {de_first}", "Cave {last}", "Le Cellier du Marché",
                "Les Caves de {city}", "Le Comptoir des Vignes", "La Part des Anges",
                "Vins et Terroirs {last}", "L'Échanson", "Cave du Château", "Au Tire-Bouchon"),
    "restaurateur": ("Le Bistrot {de_first}", "Restaurant {last}", "La Table {de_first}",
                     "Auberge du Vieux Pont", "Brasserie du Commerce", "L'Épicurien",
                     "Le Petit Zinc", "Chez {first}", "Hôtel-Restaurant de la Poste",
                     "Le Relais des Vignes", "La Cuisine {de_first}", "Bistrot des Halles"),
    "importateur": ("{last} Import", "Vins de France Export", "Wine Connection {city}",
                    "{last} Distribution", "Les Grands Chais de {city}"),
    "agent": ("Agence {last}", "{last} Représentation", "{last} Conseil Vins"),
    "journaliste": ("Terroirs Magazine", "Le Guide des Vins de France", "La Gazette du Vignoble",
                    "Vins & Gastronomie", "Radio Côte Ouest", "Le Journal du Vin",
                    "Cuisine et Vins de France"),
    "domaine": ("Domaine des Trois Chênes", "Château {last}", "Domaine {last}",
                "Clos Saint-Vincent", "Maison {last} et Fils", "Domaine de la Tour Blanche"),
}
FOREIGN_IMPORTERS = {
    "BE": ("Vins {last} SRL", "{last} Wijnen BV", "La Maison du Vin {city}"),
    "CH": ("{last} Vins SA", "Weinhandlung {last} AG", "Caves {last} Sàrl"),
    "DE": ("Weinhandel {last} GmbH", "{last} Weinimport GmbH", "Weinkontor {city}"),
    "GB": ("{last} & Sons Wine Merchants Ltd", "{last} Fine Wines Ltd", "{city} Wine Society"),
}
# (masculine, feminine) job titles by contact type.
JOB_TITLES: dict[str, tuple[tuple[str, str], ...]] = {
    "caviste": (("Gérant", "Gérante"), ("Caviste", "Caviste"),
                ("Responsable des achats", "Responsable des achats")),
    "restaurateur": (("Chef", "Cheffe"), ("Sommelier", "Sommelière"),
                     ("Directeur", "Directrice"), ("Propriétaire", "Propriétaire")),
    "importateur": (("Acheteur", "Acheteuse"), ("Directeur des achats", "Directrice des achats"),
                    ("Gérant", "Gérante")),
    "agent": (("Agent commercial", "Agente commerciale"),),
    "journaliste": (("Journaliste", "Journaliste"), ("Rédacteur en chef", "Rédactrice en chef"),
                    ("Chroniqueur", "Chroniqueuse")),
    "domaine": (("Vigneron", "Vigneronne"), ("Maître de chai", "Maître de chai")),
}

# (cuvée, base price in cents, has a vintage)
CUVEES: tuple[tuple[str, int, bool], ...] = (
    ("Cuvée Tradition", 950, True), ("Les Vieilles Vignes", 1650, True),
    ("Cuvée Prestige", 2400, True), ("Clos des Chênes", 3200, True),
    ("Rosé de Saignée", 1100, True), ("Blanc de Blancs", 1450, True),
    ("Crémant Brut", 1250, False), ("Cuvée Réserve", 1900, True),
    ("Les Terrasses", 1300, True), ("Grande Cuvée", 4500, True),
    ("Vin de France « Le Petit Canon »", 750, False),
)
ORDER_NOTES = ("", "", "", "", "", "Livraison avant Noël", "Retrait au domaine",
               "Commande passée au salon", "Paiement à 30 jours", "Livrer le mardi matin")

# Journal channels: how often each comes up with a client, and what the entry says.
CHANNEL_WEIGHTS = (("call", 25), ("email", 28), ("visit", 9), ("tasting", 10), ("meeting", 8),
                   ("letter", 20))
SUMMARIES: dict[str, tuple[str, ...]] = {
    "call": ("Appel : point sur la commande", "Appel de relance, rappeler en septembre",
             "Appel : intéressé(e) par le millésime {year}", "Message laissé sur le répondeur"),
    "email": ("Envoi du tarif {year}", "Réponse à une demande de devis",
              "E-mail : confirmation de livraison", "Envoi des fiches techniques"),
    "visit": ("Visite au domaine avec dégustation", "Passage à la cave pour un retrait",
              "Visite du chai et des vignes"),
    "tasting": ("Dégustation au salon, a aimé la {cuvee}", "Dégustation de la gamme {year}",
                "Dégustation en primeur"),
    "meeting": ("Rendez-vous : présentation de la gamme", "Rendez-vous avec le sommelier",
                "Déjeuner d'affaires"),
    "letter": ("Envoi de l'offre de printemps", "Envoi de l'offre de Noël",
               "Invitation aux portes ouvertes", "Courrier : nouveau tarif {year}"),
}
RECORDERS = ("Sophie", "Marc", "Julie", "")

NOTES = ("", "", "", "", "", "", "Préfère être appelé(e) le matin.", "Aime les vins de garde.",
         "Livraison uniquement en semaine.", "Connu(e) par l'intermédiaire de son frère.",
         "Demande toujours une facture détaillée.", "Intéressé(e) par les magnums.",
         "Client(e) depuis la reprise du domaine.")
PIN_REASONS = {
    "client_actif": "Commande chaque année par téléphone, pas encore saisie",
    "prospect_chaud": "Rencontré au dernier salon, commande promise",
    "client_inactif": "A changé de fournisseur",
    "prospect_froid": "Ne répond plus aux relances",
}

# Events: (name, place, month, day, days long, kind)
EVENTS = (
    ("Salon des Vins de Loire", "Angers", 2, 5, 3, "salon"),
    ("Wine Paris", "Paris, porte de Versailles", 2, 12, 3, "salon"),
    ("Salon des Vignerons Indépendants", "Lyon, Eurexpo", 3, 22, 4, "salon"),
    ("Portes ouvertes au domaine", "Au domaine", 5, 18, 2, "portes ouvertes"),
    ("Dégustation d'automne chez les cavistes", "Bordeaux", 10, 8, 1, "dégustation"),
    ("Salon des Vignerons Indépendants", "Paris, porte de Versailles", 11, 28, 5, "salon"),
)
# Ways of hearing of someone without meeting them, by kind: (origin, details).
ORIGINS_HEARD: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "particulier": (
        ("recommandation", ("Recommandé(e) par M. {last}", "Recommandé(e) par Mme {last}",
                            "Bouche-à-oreille")),
        ("site internet", ("Formulaire de contact du site", "Inscription à la lettre d'information",
                           "Demande de tarif en ligne")),
        ("jeu-concours", ("Jeu-concours des vendanges {year}", "Tirage au sort de Noël {year}")),
    ),
    "professionnel": (
        ("recommandation", ("Recommandé(e) par M. {last}", "Recommandé(e) par notre agent",
                            "Bouche-à-oreille")),
        ("site internet", ("Formulaire de contact du site", "Demande de tarif en ligne")),
        ("fichier acheté", ("Fichier cavistes et restaurants {year}",
                            "Annuaire des importateurs {year}")),
        ("annuaire", ("Pages Jaunes", "Guide des restaurants {year}")),
    ),
}
