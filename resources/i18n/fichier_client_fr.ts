<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>CategoriesSection</name>
    <message>
        <location filename="../../app/ui/settings_categories.py" line="+49"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the thresholds and recompute every category</source>
        <translation>Enregistrer les seuils et recalculer toutes les catégories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Active client, private person (years):</source>
        <translation>Client actif, particulier (années)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A private person who ordered within this many years is an active client; after that, an inactive client.</source>
        <translation>Un particulier qui a commandé au cours de ce nombre d&apos;années est un client actif&#xa0;; au-delà, un client inactif.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Active client, professional (years):</source>
        <translation>Client actif, professionnel (années)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same window for a professional (wine shop, restaurant, importer…).</source>
        <translation>La même durée pour un professionnel (caviste, restaurant, importateur…).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hot prospect (days):</source>
        <translation>Prospect chaud (jours)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A contact who never ordered but was met, called or written to within this many days is a hot prospect; after that, a cold prospect.</source>
        <translation>Un contact qui n&apos;a jamais commandé mais que vous avez rencontré, appelé ou à qui vous avez écrit au cours de ce nombre de jours est un prospect chaud&#xa0;; au-delà, un prospect froid.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Categories are computed from orders and direct contacts, never typed by hand.</source>
        <translation>Les catégories sont calculées d&apos;après les commandes et les contacts directs, jamais saisies à la main.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Categories recomputed.</source>
        <translation>Catégories recalculées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>ContactLines</name>
    <message>
        <location filename="../../app/ui/sheet_lines.py" line="+28"/>
        <source>Other numbers, separated by ;</source>
        <translation>Autres numéros, séparés par «&#xa0;;&#xa0;»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail 2</source>
        <translation>E-mail 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail 3</source>
        <translation>E-mail 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landline</source>
        <translation>Téléphone fixe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mobile</source>
        <translation>Téléphone portable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other phones</source>
        <translation>Autres téléphones</translation>
    </message>
</context>
<context>
    <name>ContactSheet</name>
    <message>
        <location filename="../../app/ui/contact_sheet.py" line="+76"/>
        <source>Pin category…</source>
        <translation>Fixer la catégorie…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No pin: computed category</source>
        <translation>Ne pas fixer&#xa0;: catégorie calculée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pin category</source>
        <translation>Fixer la catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category:</source>
        <translation>Catégorie&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_fields.py" line="+76"/>
        <source>Mr</source>
        <translation>M.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mrs</source>
        <translation>Mme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mr and Mrs</source>
        <translation>M. et Mme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dr</source>
        <translation>Dr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maître</source>
        <translation>Maître</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trade fair</source>
        <translation>Salon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasting</source>
        <translation>Dégustation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchased list</source>
        <translation>Fichier acheté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open day</source>
        <translation>Portes ouvertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../app/ui/contact_table_model.py" line="+64"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Professional</source>
        <translation>Professionnel</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>{0} (pinned)</source>
        <translation>{0} (fixée)</translation>
    </message>
</context>
<context>
    <name>ContactTypesSection</name>
    <message>
        <location filename="../../app/ui/settings_types.py" line="+36"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The types sort your contacts (wine shop, restaurant, importer…). Renaming a type keeps it on its contacts.</source>
        <translation>Les types classent vos contacts (caviste, restaurant, importateur…). Un type renommé reste attribué à ses contacts.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>New contact type</source>
        <translation>Nouveau type de contact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename a contact type</source>
        <translation>Renommer un type de contact</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n contact(s) will lose this type; nothing else changes for them.</source>
        <translation>
            <numerusform>%n contact perdra ce type&#xa0;; rien d&apos;autre ne change pour lui.</numerusform>
            <numerusform>%n contacts perdront ce type&#xa0;; rien d&apos;autre ne change pour eux.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contact uses it.</source>
        <translation>Aucun contact ne l&apos;utilise.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the type “{0}”?</source>
        <translation>Supprimer le type «&#xa0;{0}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete a contact type</source>
        <translation>Supprimer un type de contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name of the type:</source>
        <translation>Nom du type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../app/ui/contacts_view.py" line="+66"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a contact (Ctrl+N)</source>
        <translation>Créer un contact (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected contacts to the trash (Del)</source>
        <translation>Mettre les contacts sélectionnés à la corbeille (Suppr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete permanently</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty the trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%n contact(s) in the trash</source>
        <translation>
            <numerusform>%n contact dans la corbeille</numerusform>
            <numerusform>%n contacts dans la corbeille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n shown of {0}</source>
        <translation>
            <numerusform>%n contact affiché sur {0}</numerusform>
            <numerusform>%n contacts affichés sur {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contact sheet has unsaved changes. Save them?</source>
        <translation>La fiche contact comporte des modifications non enregistrées. Voulez-vous les enregistrer&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Delete %n contact(s) permanently? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement %n contact&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer définitivement %n contacts&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Empty the trash: %n contact(s) deleted permanently? This cannot be undone.</source>
        <translation>
            <numerusform>Vider la corbeille et supprimer définitivement %n contact&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Vider la corbeille et supprimer définitivement %n contacts&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please confirm</source>
        <translation>Confirmation</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="../../app/ui/sheet_fields.py" line="-51"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>Irlande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Austria</source>
        <translation>Autriche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denmark</source>
        <translation>Danemark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweden</source>
        <translation>Suède</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norway</source>
        <translation>Norvège</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poland</source>
        <translation>Pologne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brazil</source>
        <translation>Brésil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>Japon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China</source>
        <translation>Chine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong</source>
        <translation>Hong Kong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Singapore</source>
        <translation>Singapour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>Australie</translation>
    </message>
</context>
<context>
    <name>CustomFieldsForm</name>
    <message>
        <location line="+166"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
</context>
<context>
    <name>CustomFieldsSection</name>
    <message>
        <location filename="../../app/ui/settings_fields.py" line="+119"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the table</source>
        <translation>Dans le tableau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fields of your own on every contact sheet (grape preference, delivery day…).</source>
        <translation>Vos propres champs sur chaque fiche contact (cépage préféré, jour de livraison…).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Delete the field “{0}”?</source>
        <translation>Supprimer le champ «&#xa0;{0}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its values are erased from every contact; this cannot be undone.</source>
        <translation>Ses valeurs seront effacées de tous les contacts&#xa0;; cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete a custom field</source>
        <translation>Supprimer un champ personnalisé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <location filename="../../app/ui/sheet_fields.py" line="-68"/>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the date as DD/MM/YYYY, for example 14/07/1975.</source>
        <translation>Saisissez la date au format JJ/MM/AAAA, par exemple 14/07/1975.</translation>
    </message>
</context>
<context>
    <name>FieldDialog</name>
    <message>
        <location filename="../../app/ui/settings_fields.py" line="-121"/>
        <source>New custom field</source>
        <translation>Nouveau champ personnalisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit a custom field</source>
        <translation>Modifier un champ personnalisé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One choice per line</source>
        <translation>Un choix par ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show as a column in the contact table</source>
        <translation>Afficher en colonne dans le tableau des contacts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Label:</source>
        <translation>Libellé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choices:</source>
        <translation>Choix&#xa0;:</translation>
    </message>
</context>
<context>
    <name>FieldTypes</name>
    <message>
        <location filename="../../app/ui/labels.py" line="+20"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes / no</source>
        <translation>Oui / non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice list</source>
        <translation>Liste de choix</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../app/ui/contact_filters.py" line="+36"/>
        <source>Search: name, company, city, e-mail, phone… (Ctrl+F)</source>
        <translation>Rechercher&#xa0;: nom, société, ville, e-mail, téléphone… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the contacts in the trash</source>
        <translation>Afficher les contacts de la corbeille</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All kinds</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional</source>
        <translation>Professionnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tags</source>
        <translation>Tous les mots-clés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom field…</source>
        <translation>Champ personnalisé…</translation>
    </message>
</context>
<context>
    <name>JsonExport</name>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="+31"/>
        <source>Export every contact</source>
        <translation>Exporter tous les contacts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting contacts…</source>
        <translation>Export des contacts…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contact(s) exported to {0}.</source>
        <translation>
            <numerusform>%n contact exporté dans {0}.</numerusform>
            <numerusform>%n contacts exportés dans {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <location filename="../../app/ui/settings_view.py" line="+38"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language applies at the next start.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../../app/ui/sheet_fields.py" line="-107"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese</source>
        <translation>Japonais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>Chinois</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+37"/>
        <source>Fichier client {0}</source>
        <translation>Fichier client {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The agenda of follow-ups</source>
        <translation>L&apos;agenda des relances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailing</source>
        <translation>Mailing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mailing labels</source>
        <translation>Les étiquettes de publipostage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Store: {0}</source>
        <translation>Base de données&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}: coming in a future version.</source>
        <translation>{0}&#xa0;: à venir dans une prochaine version.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export every contact (JSON)…</source>
        <translation>Exporter tous les contacts (JSON)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>About Fichier client</source>
        <translation>À propos de Fichier client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fichier client {0}
The customer file of very small businesses.

Store: {1}</source>
        <translation>Fichier client {0}
Le fichier clients des très petites entreprises.

Base de données&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../app/ui/settings_view.py" line="+39"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact types</source>
        <translation>Types de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
</context>
<context>
    <name>SheetForm</name>
    <message>
        <location filename="../../app/ui/sheet_form.py" line="+61"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commercial</source>
        <translation>Informations commerciales</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Private person</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Professional</source>
        <translation>Professionnel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact type</source>
        <translation>Type de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Apartment, floor, c/o</source>
        <translation>Appartement, étage, chez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building, residence</source>
        <translation>Bâtiment, résidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number and street</source>
        <translation>Numéro et voie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PO box, locality</source>
        <translation>BP, lieu-dit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How met</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Précisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date met</source>
        <translation>Date de rencontre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Good payer</source>
        <translation>Bon payeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tough negotiator</source>
        <translation>Dur en affaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company in difficulty</source>
        <translation>Entreprise en difficulté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags separated by commas</source>
        <translation>Mots-clés séparés par des virgules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
</context>
<context>
    <name>StoreSection</name>
    <message>
        <location filename="../../app/ui/settings_view.py" line="-32"/>
        <source>Database:</source>
        <translation>Base de données&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup folder:</source>
        <translation>Dossier des sauvegardes&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To open another file or a shared server, start the application with --db.</source>
        <translation>Pour ouvrir un autre fichier ou un serveur partagé, lancez l&apos;application avec l&apos;option --db.</translation>
    </message>
</context>
<context>
    <name>categories</name>
    <message>
        <location filename="../../app/ui/labels.py" line="-14"/>
        <source>Active client</source>
        <translation>Client actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive client</source>
        <translation>Client inactif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot prospect</source>
        <translation>Prospect chaud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cold prospect</source>
        <translation>Prospect froid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspect</source>
        <translation>Suspect</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../app/ui/errors.py" line="+19"/>
        <location line="+5"/>
        <source>Fichier client</source>
        <translation>Fichier client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unexpected error occurred. Your data has not been changed.
Please try again; if it happens again, restart the application.

{0}</source>
        <translation>Une erreur inattendue s&apos;est produite. Vos données n&apos;ont pas été modifiées.
Veuillez réessayer&#xa0;; si le problème se reproduit, redémarrez l&apos;application.

{0}</translation>
    </message>
</context>
</TS>
