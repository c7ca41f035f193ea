<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="+78"/>
        <source>Administrator account</source>
        <translation>Compte administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Login:</source>
        <translation>Identifiant&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name:</source>
        <translation>Nom complet&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again:</source>
        <translation>Mot de passe (encore)&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is shared on a server: everyone logs in. Create the first account, an administrator, who will then create the others.</source>
        <translation>Ce fichier est partagé sur un serveur&#xa0;: chacun s&apos;y connecte. Créez le premier compte, un administrateur, qui créera ensuite ceux des autres.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>AgendaActions</name>
    <message>
        <location filename="../../app/ui/agenda_bars.py" line="+88"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected follow-ups done (Ctrl+D)</source>
        <translation>Marquer les relances sélectionnées comme faites (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in the journal</source>
        <translation>Noter au journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also write a call, e-mail, letter or visit in the contact&apos;s journal</source>
        <translation>Noter aussi un appel, un e-mail, une lettre ou une visite dans le journal du contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the selected proposals as follow-ups to do</source>
        <translation>Garder les propositions sélectionnées comme relances à faire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the selected follow-ups (Del)</source>
        <translation>Écarter les relances sélectionnées (Suppr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move…</source>
        <translation>Déplacer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to a date (Ctrl+M). Ctrl+Right: one day later, Ctrl+Shift+Right: one week later. Or drag the rows onto a day of the calendar.</source>
        <translation>Déplacer à une date (Ctrl+M). Ctrl+Droite&#xa0;: un jour plus tard, Ctrl+Maj+Droite&#xa0;: une semaine plus tard. Ou faites glisser les lignes sur un jour du calendrier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New follow-up…</source>
        <translation>Nouvelle relance…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a follow-up with a contact (Ctrl+N)</source>
        <translation>Planifier une relance avec un contact (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open contact</source>
        <translation>Ouvrir le contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the contact&apos;s sheet (Enter or double-click)</source>
        <translation>Ouvrir la fiche du contact (Entrée ou double-clic)</translation>
    </message>
</context>
<context>
    <name>AgendaCalendar</name>
    <message numerus="yes">
        <location filename="../../app/ui/agenda_calendar.py" line="+61"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n relance</numerusform>
            <numerusform>%n relances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaExport</name>
    <message>
        <location filename="../../app/ui/agenda_export.py" line="+30"/>
        <location line="+32"/>
        <source>Export the agenda</source>
        <translation>Exporter l&apos;agenda</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>No follow-up is listed: nothing to export.</source>
        <translation>Aucune relance n&apos;est affichée&#xa0;: rien à exporter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n follow-up(s) written to {0}.</source>
        <translation>
            <numerusform>%n relance écrite dans {0}.</numerusform>
            <numerusform>%n relances écrites dans {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaFilters</name>
    <message>
        <location filename="../../app/ui/agenda_bars.py" line="-52"/>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show proposals</source>
        <translation>Afficher les propositions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups proposed by the category cadences</source>
        <translation>Relances proposées par les rythmes des catégories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export .ics…</source>
        <translation>Exporter en .ics…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the listed follow-ups to a calendar file</source>
        <translation>Écrire les relances affichées dans un fichier de calendrier</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../app/ui/agenda_view.py" line="+69"/>
        <source>Click a day to list its follow-ups; drop rows on a day to move them there.</source>
        <translation>Cliquez sur un jour pour afficher ses relances&#xa0;; déposez des lignes sur un jour pour les y déplacer.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>{0} of {1} shown</source>
        <translation>{0} affichées sur {1}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n relance</numerusform>
            <numerusform>%n relances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <location filename="../../app/ui/labels.py" line="+102"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Mise à la corbeille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted for good</source>
        <translation>Suppression définitive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import undone</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge undone</source>
        <translation>Fusion annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erased (GDPR)</source>
        <translation>Effacement (RGPD)</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../app/ui/audit_view.py" line="+35"/>
        <source>Audit trail</source>
        <translation>Journal des actions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every action</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any date</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact (name, company, city…)</source>
        <translation>Contact (nom, société, ville…)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Précisions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Every user</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{0} shown of {1}</source>
        <translation>{0} affichée(s) sur {1}</translation>
    </message>
</context>
<context>
    <name>AuditEntities</name>
    <message>
        <location filename="../../app/ui/labels.py" line="+7"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal entry</source>
        <translation>Échange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned form</source>
        <translation>Formulaire scanné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved list</source>
        <translation>Liste enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact type</source>
        <translation>Type de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom field</source>
        <translation>Champ personnalisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="+53"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copies of {0}, kept in {1}. One copy a day is kept for a week and one a week for five weeks.</source>
        <translation>Copies de {0}, rangées dans {1}. Une copie par jour est gardée une semaine, et une par semaine pendant cinq semaines.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore another file…</source>
        <translation>Restaurer un autre fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <location line="+2"/>
        <source>Check the file</source>
        <translation>Vérifier le fichier</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{0} MB</source>
        <translation>{0}&#xa0;Mo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daily (automatic)</source>
        <translation>Quotidienne (automatique)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by hand</source>
        <translation>Faite à la main</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an import</source>
        <translation>Avant un import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an update of the application</source>
        <translation>Avant une mise à jour de l&apos;application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged file, kept aside</source>
        <translation>Fichier endommagé, mis de côté</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup written: {0}</source>
        <translation>Sauvegarde écrite&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the file…</source>
        <translation>Vérification du fichier…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fichier client backups (*.db);;All files (*)</source>
        <translation>Sauvegardes Fichier client (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restoring…</source>
        <translation>Restauration en cours…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <location line="+13"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Replace the current file by the backup of {0}?

A copy of the current file is kept first: what was entered since that backup stays in that copy only.</source>
        <translation>Remplacer le fichier actuel par la sauvegarde du {0}&#xa0;?

Une copie du fichier actuel est faite d&apos;abord&#xa0;: ce qui a été saisi depuis cette sauvegarde ne restera que dans cette copie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New file</source>
        <translation>Nouveau fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fichier client files (*.db)</source>
        <translation>Fichiers Fichier client (*.db)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore the backup of {0} into a new file, or over the file that does not open (it is kept aside first)?</source>
        <translation>Restaurer la sauvegarde du {0} dans un nouveau fichier, ou à la place du fichier qui ne s&apos;ouvre pas (il est d&apos;abord mis de côté)&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Into a new file…</source>
        <translation>Dans un nouveau fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over the damaged file</source>
        <translation>À la place du fichier abîmé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>

The file it replaced is kept in {0}.</source>
        <translation>

Le fichier remplacé est gardé dans {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup was restored into {0}.</source>
        <translation>La sauvegarde a été restaurée dans {0}.</translation>
    </message>
</context>
<context>
    <name>CadencesSection</name>
    <message>
        <location filename="../../app/ui/settings_cadences.py" line="+68"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the rhythms and propose the follow-ups again for every contact</source>
        <translation>Enregistrer les rythmes et proposer à nouveau les relances pour chaque contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> a year</source>
        <translation> par an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+47"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Propose follow-ups from these rhythms</source>
        <translation>Proposer des relances selon ces rythmes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unticked: the agenda holds only the follow-ups you type; proposals not yet accepted are withdrawn.</source>
        <translation>Décoché&#xa0;: l&apos;agenda ne contient que les relances que vous saisissez&#xa0;; les propositions pas encore acceptées sont retirées.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Follow-ups are proposed this far ahead; the agenda shows them in blue until you accept, move or dismiss them. A dismissed proposal never comes back. Follow-ups never done or late are spread over the next days (1 day: all today).</source>
        <translation>Les relances sont proposées jusqu&apos;à cette échéance&#xa0;; l&apos;agenda les affiche en bleu jusqu&apos;à ce que vous les acceptiez, déplaciez ou écartiez. Une proposition écartée ne revient jamais. Les relances jamais faites ou en retard sont réparties sur les jours qui viennent (1&#xa0;jour&#xa0;: toutes aujourd&apos;hui).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Propose follow-ups due within:</source>
        <translation>Proposer les relances à échéance dans les&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread late follow-ups over:</source>
        <translation>Répartir les relances en retard sur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active client</source>
        <translation>Client actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private persons: an offer (paper or e-mail) one to three times a year. Professionals: a call or an e-mail, more often for the important ones.</source>
        <translation>Particuliers&#xa0;: une offre (papier ou e-mail) une à trois fois par an. Professionnels&#xa0;: un appel ou un e-mail, plus souvent pour les plus importants.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Private person, offers:</source>
        <translation>Particulier, offres&#xa0;:</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Professional of importance 3, a call every:</source>
        <translation>Professionnel d&apos;importance 3, un appel tous les&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importance 2, every:</source>
        <translation>Importance 2, tous les&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importance 1, every:</source>
        <translation>Importance 1, tous les&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importance 0, every:</source>
        <translation>Importance 0, tous les&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive client</source>
        <translation>Client inactif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win them back: an offer to private persons; calls, offers and the newsletter to professionals.</source>
        <translation>Les reconquérir&#xa0;: une offre aux particuliers&#xa0;; appels, offres et lettre d&apos;information aux professionnels.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Professional, calls:</source>
        <translation>Professionnel, appels&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional, offers:</source>
        <translation>Professionnel, offres&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Professional, newsletters:</source>
        <translation>Professionnel, lettres d&apos;information&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot prospect</source>
        <translation>Prospect chaud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a meeting, a tasting or a visit: a call every few days, then weekly, then nothing more (the prospect cools down).</source>
        <translation>Après une rencontre, une dégustation ou une visite&#xa0;: un appel tous les quelques jours, puis chaque semaine, puis plus rien (le prospect refroidit).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First a call every:</source>
        <translation>D&apos;abord un appel tous les&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… during the first:</source>
        <translation>… pendant les premiers&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then a call every:</source>
        <translation>Puis un appel tous les&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… until, after the meeting:</source>
        <translation>… jusqu&apos;à, après la rencontre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cold prospect</source>
        <translation>Prospect froid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep in touch with prospects who went quiet.</source>
        <translation>Garder le contact avec les prospects devenus silencieux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A call every:</source>
        <translation>Un appel tous les&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offers:</source>
        <translation>Offres&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspect</source>
        <translation>Suspect</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People you have only heard of: invite them.</source>
        <translation>Les personnes dont vous avez seulement entendu parler&#xa0;: invitez-les.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitations to fairs and events:</source>
        <translation>Invitations aux salons et événements&#xa0;:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>How often each category is worked, from the customer-file guide; &quot;never&quot; switches a follow-up off.</source>
        <translation>La fréquence de suivi de chaque catégorie, d&apos;après le guide du fichier client&#xa0;; «&#xa0;jamais&#xa0;» désactive une relance.</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n follow-up(s) proposed</source>
        <translation>
            <numerusform>%n relance proposée</numerusform>
            <numerusform>%n relances proposées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n withdrawn.</source>
        <translation>
            <numerusform>, %n retirée.</numerusform>
            <numerusform>, %n retirées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>CategoriesSection</name>
    <message>
        <location filename="../../app/ui/settings_categories.py" line="+48"/>
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
        <location line="+37"/>
        <source>Categories recomputed.</source>
        <translation>Catégories recalculées.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n follow-up(s) proposed</source>
        <translation>
            <numerusform>%n relance proposée</numerusform>
            <numerusform>%n relances proposées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n withdrawn.</source>
        <translation>
            <numerusform>, %n retirée.</numerusform>
            <numerusform>, %n retirées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <location filename="../../app/ui/labels.py" line="-89"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasting</source>
        <translation>Dégustation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Rencontre</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="+31"/>
        <source>Contact changed in the meantime</source>
        <translation>Contact modifié entre-temps</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>someone else</source>
        <translation>Quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} saved this contact while you were editing it. Their other changes are kept with yours. For the fields below, both of you changed the value: choose the one to keep.</source>
        <translation>{0} a enregistré ce contact pendant que vous le modifiiez. Ses autres changements sont gardés avec les vôtres. Pour les champs ci-dessous, vous avez tous deux changé la valeur&#xa0;: choisissez celle à garder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Champ&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Their value&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sa valeur&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Your value&lt;/b&gt;</source>
        <translation>&lt;b&gt;Votre valeur&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../app/ui/bundle_dialogs.py" line="+143"/>
        <source>Edited on both PCs</source>
        <translation>Modifié sur les deux postes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other PC (tick)</source>
        <translation>Autre poste (cocher)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>These fields were changed on both PCs since the bundle&apos;s date. This PC&apos;s value stays unless you tick the other one. Journal entries, orders and consents of both are all kept.</source>
        <translation>Ces champs ont été modifiés sur les deux postes depuis la date du lot. La valeur de ce poste reste, sauf si vous cochez l&apos;autre. Les échanges, commandes et consentements des deux sont tous gardés.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../app/ui/consent_dialog.py" line="+35"/>
        <source>Record a consent</source>
        <translation>Enregistrer un consentement</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How was it collected?</source>
        <translation>Comment a-t-il été recueilli ?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No scan</source>
        <translation>Aucun scan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach a scan…</source>
        <translation>Joindre un scan…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Channel:</source>
        <translation>Moyen&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For:</source>
        <translation>Pour&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision:</source>
        <translation>Décision&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected by:</source>
        <translation>Recueilli par&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On:</source>
        <translation>Le&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text shown:</source>
        <translation>Texte montré&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed form:</source>
        <translation>Formulaire signé&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tick what the person agreed or refused to see the text shown.</source>
        <translation>Cochez ce que la personne a accepté ou refusé pour voir le texte montré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The scan of the signed form</source>
        <translation>Le scan du formulaire signé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Scans (*.pdf *.jpg *.jpeg *.png);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tick at least one purpose.</source>
        <translation>Cochez au moins un objet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the decision: granted, refused or withdrawn.</source>
        <translation>Choisissez la décision&#xa0;: accordé, refusé ou retiré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say how it was collected.</source>
        <translation>Indiquez comment il a été recueilli.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the date.</source>
        <translation>Tapez la date.</translation>
    </message>
</context>
<context>
    <name>Consents</name>
    <message>
        <location filename="../../app/ui/labels.py" line="+7"/>
        <location line="+28"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Post</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newsletter</source>
        <translation>Lettre d&apos;information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitations to events</source>
        <translation>Invitations aux événements</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Form signed at a fair</source>
        <translation>Formulaire signé sur un salon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web form</source>
        <translation>Formulaire web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oral</source>
        <translation>Oral</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objection (GDPR right)</source>
        <translation>Opposition (droit RGPD)</translation>
    </message>
</context>
<context>
    <name>ConsentsPage</name>
    <message>
        <location filename="../../app/ui/sheet_consents.py" line="+63"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected by</source>
        <translation>Recueilli par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text shown</source>
        <translation>Texte montré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New decision…</source>
        <translation>Nouvelle décision…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a consent, a refusal or a withdrawal</source>
        <translation>Enregistrer un consentement, un refus ou un retrait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the scan</source>
        <translation>Voir le scan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GDPR rights</source>
        <translation>Droits RGPD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access, objection, restriction, erasure</source>
        <translation>Accès, opposition, limitation, effacement</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>— not allowed</source>
        <translation>— interdit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not asked: a private person gets no offer by this channel without saying yes first</source>
        <translation>Non demandé&#xa0;: un particulier ne reçoit aucune offre par ce moyen sans avoir dit oui d&apos;abord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— allowed</source>
        <translation>— permis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not asked: allowed until the person objects</source>
        <translation>Non demandé&#xa0;: permis tant que la personne ne s&apos;y oppose pas</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Erase this person for good? Names, addresses, e-mails, phones, notes and scans are deleted; orders stay as anonymous totals for the books. This cannot be undone. Older backup copies still hold the data until their rotation removes them, within five weeks.</source>
        <translation>Effacer définitivement cette personne&#xa0;? Noms, adresses, e-mails, téléphones, notes et scans sont supprimés ; les commandes restent en totaux anonymes pour la comptabilité. C&apos;est irréversible. Les copies de sauvegarde plus anciennes gardent les données jusqu&apos;à ce que leur rotation les supprime, sous cinq semaines.</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Export their data (JSON and PDF)…</source>
        <translation>Exporter ses données (JSON et PDF)…</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Newsletter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Objection…</source>
        <translation>Opposition…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>Restrict processing…</source>
        <translation>Limiter le traitement…</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Erase the person…</source>
        <translation>Effacer la personne…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Erased: nothing personal is kept.</source>
        <translation>Effacé&#xa0;: plus aucune donnée personnelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restricted: kept but never selected. Reason: {0}</source>
        <translation>Limité&#xa0;: conservé mais jamais sélectionné. Motif&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lift the restriction</source>
        <translation>Lever la limitation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} on {1}</source>
        <translation>{0} le {1}</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+18"/>
        <source>Export their data</source>
        <translation>Exporter ses données</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Written: {0} and {1}. Give both to the person.</source>
        <translation>Écrits&#xa0;: {0} et {1}. Remettez-les tous deux à la personne.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restrict processing</source>
        <translation>Limiter le traitement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contact is kept but never selected (labels, agenda). Reason:</source>
        <translation>Le contact est conservé mais jamais sélectionné (étiquettes, agenda). Motif&#xa0;:</translation>
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
    <name>ContactPicker</name>
    <message>
        <location filename="../../app/ui/event_picker.py" line="+46"/>
        <source>Add contacts to the event</source>
        <translation>Ajouter des contacts à l&apos;événement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search by name, company, city, e-mail…</source>
        <translation>Rechercher par nom, société, ville, e-mail…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Type a few letters, then click every contact met there; you may search again, the ones already chosen stay chosen.</source>
        <translation>Tapez quelques lettres, puis cliquez sur chaque contact rencontré là&#xa0;; vous pouvez chercher à nouveau, les contacts déjà choisis le restent.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>The first {0} of %n contacts; type more to narrow.</source>
        <translation>
            <numerusform>Les {0} premiers sur %n contact&#xa0;; tapez davantage pour affiner.</numerusform>
            <numerusform>Les {0} premiers sur %n contacts&#xa0;; tapez davantage pour affiner.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contact matches this search.</source>
        <translation>Aucun contact ne correspond à cette recherche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Greyed: already recorded at this event.</source>
        <translation>En gris&#xa0;: déjà enregistré à cet événement.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Already recorded at this event</source>
        <translation>Déjà enregistré à cet événement</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No contact chosen yet.</source>
        <translation>Aucun contact choisi pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n chosen: {0}</source>
        <translation>
            <numerusform>%n choisi&#xa0;: {0}</numerusform>
            <numerusform>%n choisis&#xa0;: {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactSheet</name>
    <message>
        <location filename="../../app/ui/contact_sheet.py" line="+80"/>
        <source>Pin category…</source>
        <translation>Fixer la catégorie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit trail…</source>
        <translation>Journal des actions…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who opened, changed, exported or printed this contact, and when</source>
        <translation>Qui a ouvert, modifié, exporté ou imprimé ce contact, et quand</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location line="+76"/>
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
        <location filename="../../app/ui/contact_table_model.py" line="+71"/>
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
        <location line="+146"/>
        <source>{0} (pinned)</source>
        <translation>{0} (fixée)</translation>
    </message>
</context>
<context>
    <name>ContactTypesSection</name>
    <message>
        <location filename="../../app/ui/settings_types.py" line="+35"/>
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
        <location line="+47"/>
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
        <location filename="../../app/ui/contacts_view.py" line="+68"/>
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
        <location line="+76"/>
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
        <location line="+56"/>
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
        <location line="+8"/>
        <source>Empty the trash: %n contact(s) deleted permanently? This cannot be undone.</source>
        <translation>
            <numerusform>Vider la corbeille et supprimer définitivement %n contact&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Vider la corbeille et supprimer définitivement %n contacts&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location filename="../../app/ui/settings_fields.py" line="+118"/>
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
    <name>CustomFormatDialog</name>
    <message>
        <location filename="../../app/ui/custom_format_dialog.py" line="+35"/>
        <source>Custom label format</source>
        <translation>Format d&apos;étiquettes personnalisé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Page width:</source>
        <translation>Largeur de la page&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Page height:</source>
        <translation>Hauteur de la page&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label width:</source>
        <translation>Largeur d&apos;une étiquette&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label height:</source>
        <translation>Hauteur d&apos;une étiquette&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left margin (to the first label):</source>
        <translation>Marge gauche (jusqu&apos;à la 1re étiquette)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top margin (to the first label):</source>
        <translation>Marge haute (jusqu&apos;à la 1re étiquette)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horizontal pitch (left edge to left edge):</source>
        <translation>Pas horizontal (d&apos;un bord gauche au suivant)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical pitch (top edge to top edge):</source>
        <translation>Pas vertical (d&apos;un bord haut au suivant)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corner radius:</source>
        <translation>Rayon des coins&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns:</source>
        <translation>Colonnes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows:</source>
        <translation>Rangées&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Measure a sheet with a ruler, in millimetres; the maker&apos;s figures are often printed on the box.</source>
        <translation>Mesurez une planche à la règle, en millimètres ; les cotes du fabricant sont souvent imprimées sur la boîte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> mm</source>
        <translation>&#xa0;mm</translation>
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
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../app/ui/duplicates_dialog.py" line="+48"/>
        <location line="+84"/>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact A</source>
        <translation>Contact A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact B</source>
        <translation>Contact B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Looking for duplicates…</source>
        <translation>Recherche des doublons…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last merge</source>
        <translation>Annuler la dernière fusion</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n likely duplicate(s)</source>
        <translation>
            <numerusform>%n doublon probable</numerusform>
            <numerusform>%n doublons probables</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The two contacts are apart again, as they were.</source>
        <translation>Les deux contacts sont de nouveau séparés, tels qu&apos;ils étaient.</translation>
    </message>
</context>
<context>
    <name>EmailExport</name>
    <message>
        <location filename="../../app/ui/email_export.py" line="+36"/>
        <location line="+30"/>
        <source>Export the e-mail addresses</source>
        <translation>Exporter les adresses e-mail</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{0}
Written to {1}.</source>
        <translation>{0}
Écrit dans {1}.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../app/ui/event_dialog.py" line="+77"/>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the event</source>
        <translation>Modifier l&apos;événement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Salon des vins de Loire 2026</source>
        <translation>p. ex. Salon des vins de Loire 2026</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. Angers, Parc des expositions</source>
        <translation>p. ex. Angers, Parc des expositions</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
</context>
<context>
    <name>EventKinds</name>
    <message>
        <location line="-86"/>
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
    <name>EventsView</name>
    <message>
        <location filename="../../app/ui/events_view.py" line="+49"/>
        <location line="+7"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Kind</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an event (Ctrl+N)</source>
        <translation>Créer un événement (Ctrl+N)</translation>
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
        <location line="+2"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add contacts…</source>
        <translation>Ajouter des contacts…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from event</source>
        <translation>Retirer de l&apos;événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contacts stay in the file (Del)</source>
        <translation>Les contacts restent dans le fichier (Suppr)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The trade fairs, tastings and open days where you meet people. Deleting an event keeps its contacts.</source>
        <translation>Les salons, dégustations et portes ouvertes où vous rencontrez du monde. Supprimer un événement conserve ses contacts.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Select an event to see the contacts met there.</source>
        <translation>Sélectionnez un événement pour voir les contacts qui y ont été rencontrés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No event yet: create one with New…</source>
        <translation>Aucun événement pour l&apos;instant&#xa0;: créez-en un avec Nouveau…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contacts met at “{0}”</source>
        <translation>Contacts rencontrés à «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>The %n contact(s) met there stay in the file.</source>
        <translation>
            <numerusform>Le %n contact rencontré là reste dans le fichier.</numerusform>
            <numerusform>Les %n contacts rencontrés là restent dans le fichier.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contact is recorded at this event.</source>
        <translation>Aucun contact n&apos;est enregistré à cet événement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the event “{0}”?</source>
        <translation>Supprimer l&apos;événement «&#xa0;{0}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete an event</source>
        <translation>Supprimer un événement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>FairEntryDialog</name>
    <message>
        <location filename="../../app/ui/fair_entry.py" line="+46"/>
        <source>Fair entry</source>
        <translation>Saisie salon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fair: chosen from the events, or typed to create it</source>
        <translation>Le salon : choisi parmi les événements, ou tapé pour le créer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional</source>
        <translation>Professionnel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agrees to receive our offers by e-mail</source>
        <translation>Accepte de recevoir nos offres par e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agrees to be invited to our events by e-mail</source>
        <translation>Accepte d&apos;être invité(e) à nos événements par e-mail</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fair:</source>
        <translation>Salon&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind and type:</source>
        <translation>Nature et type&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civility:</source>
        <translation>Civilité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name:</source>
        <translation>Prénom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company:</source>
        <translation>Société&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code:</source>
        <translation>Code postal&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City:</source>
        <translation>Ville&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save and next card (Enter)</source>
        <translation>Enregistrer et fiche suivante (Entrée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Already in the file? (F2 opens the one selected)</source>
        <translation>Déjà dans le fichier&#xa0;? (F2 ouvre celui qui est sélectionné)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No type</source>
        <translation>Sans type</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Choose or type the fair first.</source>
        <translation>Choisissez ou tapez d&apos;abord le salon.</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n card(s) saved</source>
        <translation>
            <numerusform>%n fiche enregistrée</numerusform>
            <numerusform>%n fiches enregistrées</numerusform>
        </translation>
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
        <location filename="../../app/ui/labels.py" line="-66"/>
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
        <location filename="../../app/ui/contact_filters.py" line="+43"/>
        <source>Search: name, company, city, e-mail, phone… (Ctrl+F)</source>
        <translation>Rechercher&#xa0;: nom, société, ville, e-mail, téléphone… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Région or département, from the postal code</source>
        <translation>Région ou département, d&apos;après le code postal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the contacts of a saved list</source>
        <translation>Seulement les contacts d&apos;une liste enregistrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts met at this event</source>
        <translation>Contacts rencontrés à cet événement</translation>
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
        <location line="+31"/>
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
        <location line="+3"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Région {0}</source>
        <translation>Région {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>All tags</source>
        <translation>Tous les mots-clés</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Custom field…</source>
        <translation>Champ personnalisé…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All contacts</source>
        <translation>Tous les contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List: {0} ({1})</source>
        <translation>Liste&#xa0;: {0} ({1})</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../app/ui/agenda_dialogs.py" line="+83"/>
        <source>New follow-up</source>
        <translation>Nouvelle relance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search a contact: name, company, city…</source>
        <translation>Rechercher un contact&#xa0;: nom, société, ville…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What about? (optional)</source>
        <translation>À quel sujet&#xa0;? (facultatif)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Action:</source>
        <translation>Action&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on:</source>
        <translation>Échéance&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
</context>
<context>
    <name>GdprSection</name>
    <message>
        <location filename="../../app/ui/settings_gdpr.py" line="+189"/>
        <source>Retention review</source>
        <translation>Revue de conservation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register of processing</source>
        <translation>Registre des traitements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent texts</source>
        <translation>Textes de consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests log</source>
        <translation>Journal des demandes</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../app/ui/sheet_history.py" line="+203"/>
        <source>Please confirm</source>
        <translation>Confirmation</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="+50"/>
        <location line="+70"/>
        <location line="+98"/>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <location line="-166"/>
        <location line="+185"/>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fair these contacts come from (optional)</source>
        <translation>Le salon d&apos;où viennent ces contacts (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dry run</source>
        <translation>Essai à blanc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report…</source>
        <translation>Enregistrer le rapport…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing contact</source>
        <translation>Contact existant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fair of origin:</source>
        <translation>Salon d&apos;origine&#xa0;:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Contacts (*.csv *.txt *.xlsx *.vcf);;All files (*)</source>
        <translation>Contacts (*.csv *.txt *.xlsx *.vcf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading {0}…</source>
        <translation>Lecture de {0}…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0}: {1} row(s)</source>
        <translation>{0}&#xa0;: {1} ligne(s)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>— ignore —</source>
        <translation>— ignorer —</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The mapping changed: run the dry run again.</source>
        <translation>Les colonnes ont changé&#xa0;: refaites l&apos;essai à blanc.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Import no. {0} done. It can be undone as a whole from File → Previous imports.</source>
        <translation>Import n° {0} terminé. Il peut être annulé en entier depuis Fichier → Imports précédents.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ImportsHistory</name>
    <message>
        <location line="+22"/>
        <source>Previous imports</source>
        <translation>Imports précédents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Créés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged</source>
        <translation>Fusionnés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo this import…</source>
        <translation>Annuler cet import…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>undone</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>Undo this import</source>
        <translation>Annuler cet import</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Delete the contacts this import created and bring back the contacts it completed as they were? Contacts used or changed since the import are kept.</source>
        <translation>Supprimer les contacts créés par cet import et remettre les contacts qu&apos;il a complétés tels qu&apos;ils étaient&#xa0;? Les contacts utilisés ou modifiés depuis l&apos;import sont gardés.</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../app/ui/sheet_journal.py" line="+49"/>
        <source>What was said; Enter adds it to the journal</source>
        <translation>Ce qui a été dit&#xa0;; Entrée l&apos;ajoute au journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete entry…</source>
        <translation>Supprimer l&apos;entrée…</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Delete the journal entry « {0} » of {1}?</source>
        <translation>Supprimer l&apos;entrée du journal «&#xa0;{0}&#xa0;» du {1}&#xa0;?</translation>
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
        <location line="+30"/>
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
        <location filename="../../app/ui/settings_view.py" line="+43"/>
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
    <name>LaptopBundle</name>
    <message>
        <location filename="../../app/ui/bundle_dialogs.py" line="-113"/>
        <location line="+30"/>
        <source>Export for another PC</source>
        <translation>Exporter pour un autre poste</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Contacts changed since (DD/MM/YYYY), e.g. the day this copy was made:</source>
        <translation>Contacts modifiés depuis le (JJ/MM/AAAA), par exemple le jour de la copie&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type the date as DD/MM/YYYY, for example 14/07/2026.</source>
        <translation>Tapez la date en JJ/MM/AAAA, par exemple 14/07/2026.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+24"/>
        <source>Bundles (*.json)</source>
        <translation>Lots (*.json)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>{0} contact(s) written to {1}. Open it on the other PC with File → Import from another PC.</source>
        <translation>{0} contact(s) écrit(s) dans {1}. Ouvrez-le sur l&apos;autre poste avec Fichier → Importer depuis un autre poste.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+39"/>
        <source>Import from another PC</source>
        <translation>Importer depuis un autre poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}
Added: {1} contact(s), {2} exchange(s), {3} order(s), {4} consent(s).</source>
        <translation>{0}
Ajoutés&#xa0;: {1} contact(s), {2} échange(s), {3} commande(s), {4} consentement(s).</translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <location filename="../../app/ui/list_actions.py" line="+26"/>
        <source>Save as list…</source>
        <translation>Enregistrer la liste…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the selected contacts (or all those shown) under a name, for a mailing or a call list</source>
        <translation>Garder les contacts sélectionnés (ou tous ceux affichés) sous un nom, pour un mailing ou une liste d&apos;appels</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>Delete the list</source>
        <translation>Supprimer la liste</translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>the %n selected contact(s)</source>
        <translation>
            <numerusform>le %n contact sélectionné</numerusform>
            <numerusform>les %n contacts sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all the contacts shown</source>
        <translation>tous les contacts affichés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as list</source>
        <translation>Enregistrer la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the list ({0}):</source>
        <translation>Nom de la liste ({0})&#xa0;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete the list &quot;{0}&quot;? Its contacts are kept.</source>
        <translation>Supprimer la liste « {0} »&#xa0;? Ses contacts sont conservés.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="-76"/>
        <source>Fichier client: log in</source>
        <translation>Fichier client&#xa0;: connexion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Login:</source>
        <translation>Identifiant&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File: {0}</source>
        <translation>Fichier&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>MailingOptions</name>
    <message>
        <location filename="../../app/ui/mailing_options.py" line="+40"/>
        <source>Custom format…</source>
        <translation>Format personnalisé…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On a partly used sheet, the first free label (counted row by row from the top left)</source>
        <translation>Sur une planche entamée, la première étiquette libre (comptée rangée par rangée depuis le coin haut gauche)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moves all the printing to the right (negative: to the left), as the calibration page tells</source>
        <translation>Déplace toute l&apos;impression vers la droite (négatif : vers la gauche), comme l&apos;indique la page d&apos;étalonnage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moves all the printing down (negative: up), as the calibration page tells</source>
        <translation>Déplace toute l&apos;impression vers le bas (négatif : vers le haut), comme l&apos;indique la page d&apos;étalonnage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calibration page…</source>
        <translation>Page d&apos;étalonnage…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newsletter</source>
        <translation>Lettre d&apos;information</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By name</source>
        <translation>Par nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By postal code (bulk mailing)</source>
        <translation>Par code postal (envoi en nombre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company, then &quot;À l&apos;attention de&quot;</source>
        <translation>La société, puis « À l&apos;attention de »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person, then company</source>
        <translation>La personne, puis la société</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One label per household</source>
        <translation>Une seule étiquette par foyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private persons at the same address share one label: &quot;M. et Mme Jean DUPONT&quot;, &quot;Famille DUPONT&quot;</source>
        <translation>Les particuliers d&apos;une même adresse partagent une étiquette : « M. et Mme Jean DUPONT », « Famille DUPONT »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Exp. : Domaine des Tilleuls, 33330 Saint-Émilion</source>
        <translation>ex. Exp. : Domaine des Tilleuls, 33330 Saint-Émilion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Offre réservée à</source>
        <translation>ex. Offre réservée à</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> mm</source>
        <translation>&#xa0;mm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sheet:</source>
        <translation>Planche&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First free label:</source>
        <translation>Première étiquette libre&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move the printing:</source>
        <translation>Déplacer l&apos;impression&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order:</source>
        <translation>Ordre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professionals:</source>
        <translation>Professionnels&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender line:</source>
        <translation>Ligne d&apos;expéditeur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First line:</source>
        <translation>Première ligne&#xa0;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Custom — {0}</source>
        <translation>Personnalisé — {0}</translation>
    </message>
</context>
<context>
    <name>MailingView</name>
    <message>
        <location filename="../../app/ui/mailing_view.py" line="+77"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last line</source>
        <translation>Dernière ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record this mailing as a campaign</source>
        <translation>Enregistrer cet envoi comme campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date, recipients, number of letters and cost: the orders that follow can then be set against it</source>
        <translation>Date, destinataires, nombre de lettres et coût : les commandes qui suivent pourront lui être rapportées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per letter:</source>
        <translation>Coût par lettre&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail addresses (CSV)…</source>
        <translation>Adresses e-mail (CSV)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same selection for an e-mail campaign: private persons only with their e-mail consent</source>
        <translation>La même sélection pour une campagne par e-mail&#xa0;: les particuliers seulement avec leur accord pour l&apos;e-mail</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Whole page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview:</source>
        <translation>Aperçu&#xa0;:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Mailing of {0}</source>
        <translation>Envoi du {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Selecting the recipients…</source>
        <translation>Sélection des destinataires…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The selection could not be read.</source>
        <translation>La sélection n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recipients ({0})</source>
        <translation>Destinataires ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out ({0})</source>
        <translation>Écartés ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To check ({0})</source>
        <translation>À vérifier ({0})</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Page {0} of {1}</source>
        <translation>Page {0} sur {1}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save the labels</source>
        <translation>Enregistrer les étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>{0} labels on {1} page(s) saved to {2}. Print at 100 % (&quot;actual size&quot;, not &quot;fit to page&quot;).</source>
        <translation>{0} étiquettes sur {1} page(s) enregistrées dans {2}. Imprimez à 100&#xa0;% (« taille réelle », pas « ajuster à la page »).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaign recorded.</source>
        <translation>Campagne enregistrée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mailing labels</source>
        <translation>Les étiquettes de publipostage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No PDF was written.</source>
        <translation>Aucun PDF n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Calibration page</source>
        <translation>Page d&apos;étalonnage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Calibration page saved to {0}: print it at 100 % and lay it on a blank sheet.</source>
        <translation>Page d&apos;étalonnage enregistrée dans {0}&#xa0;: imprimez-la à 100&#xa0;% et posez-la sur une planche vierge.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+56"/>
        <source>Fichier client {0}</source>
        <translation>Fichier client {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} — {1} ({2})</source>
        <translation>{0} — {1} ({2})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailing</source>
        <translation>Mailing</translation>
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
        <location line="+63"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import contacts (CSV, Excel, vCard)…</source>
        <translation>Importer des contacts (CSV, Excel, vCard)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous imports…</source>
        <translation>Imports précédents…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates…</source>
        <translation>Doublons…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the contacts shown (CSV, Excel, vCard)…</source>
        <translation>Exporter les contacts affichés (CSV, Excel, vCard)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export for another PC (laptop)…</source>
        <translation>Exporter pour un autre poste (portable)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import from another PC (laptop)…</source>
        <translation>Importer depuis un autre poste (portable)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fair entry (one card after another)…</source>
        <translation>Saisie salon (fiche après fiche)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export every contact (JSON)…</source>
        <translation>Exporter tous les contacts (JSON)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups…</source>
        <translation>Sauvegardes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit trail…</source>
        <translation>Journal des actions…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change my password…</source>
        <translation>Changer mon mot de passe…</translation>
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
        <location line="+45"/>
        <source>About Fichier client</source>
        <translation>À propos de Fichier client</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+13"/>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>New password:</source>
        <translation>Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your password has been changed.</source>
        <translation>Votre mot de passe a été changé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fichier client {0}
The customer file of very small businesses.

Store: {1}</source>
        <translation>Fichier client {0}
Le fichier clients des très petites entreprises.

Base de données&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please wait</source>
        <translation>Patientez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PDF or the follow-ups are being written: wait for the end, or cancel.</source>
        <translation>Un PDF ou les relances sont en cours d&apos;écriture&#xa0;: attendez la fin, ou annulez.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../app/ui/duplicates_dialog.py" line="+9"/>
        <source>Merge two contacts</source>
        <translation>Fusionner deux contacts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Contact A&lt;/b&gt;</source>
        <translation>&lt;b&gt;Contact A&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Contact B&lt;/b&gt;</source>
        <translation>&lt;b&gt;Contact B&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep A (B is merged into it)</source>
        <translation>Garder A (B y est fusionné)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep B</source>
        <translation>Garder B</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>E-mails, phones, tags, the journal, orders, consents and follow-ups of both are kept. The merge can be undone.</source>
        <translation>Les e-mails, téléphones, étiquettes, le journal, les commandes, les consentements et les relances des deux sont gardés. La fusion peut être annulée.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../app/ui/agenda_dialogs.py" line="-71"/>
        <source>Move follow-ups</source>
        <translation>Déplacer des relances</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Move %n follow-up(s) to:</source>
        <translation>
            <numerusform>Déplacer %n relance au&#xa0;:</numerusform>
            <numerusform>Déplacer %n relances au&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NextStoreChoice</name>
    <message>
        <location filename="../../app/ui/settings_store.py" line="+43"/>
        <source>This PC&apos;s own file (default)</source>
        <translation>Le fichier de ce poste (par défaut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use at next start</source>
        <translation>Utiliser au prochain démarrage</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Leave empty for this PC&apos;s own file. A shared server: postgresql://user@server/database (see the README&apos;s guide).</source>
        <translation>Laissez vide pour le fichier de ce poste. Un serveur partagé&#xa0;: postgresql://utilisateur@serveur/base (voir le guide du README).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fichier client files (*.db);;All files (*)</source>
        <translation>Fichiers Fichier client (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved: used at the next start of the application.</source>
        <translation>Enregistré&#xa0;: utilisé au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>ObjectionDialog</name>
    <message>
        <location filename="../../app/ui/objection_dialog.py" line="+13"/>
        <source>Objection</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The person objects to being contacted. Tick the channels: every purpose of each is refused from today (a consent given before is withdrawn). The agenda and the labels stop at once.</source>
        <translation>La personne s&apos;oppose à être contactée. Cochez les moyens&#xa0;: chaque objet est refusé à partir d&apos;aujourd&apos;hui (un accord donné avant est retiré). L&apos;agenda et les étiquettes s&apos;arrêtent aussitôt.</translation>
    </message>
</context>
<context>
    <name>OrderForm</name>
    <message>
        <location filename="../../app/ui/sheet_order_form.py" line="+43"/>
        <source>New order</source>
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Cuvée</source>
        <translation>Cuvée</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+7"/>
        <source>Vintage</source>
        <translation>Millésime</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Bottles</source>
        <translation>Bouteilles</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Add line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Total amount, when there are no lines</source>
        <translation>Montant total, en l&apos;absence de lignes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save order</source>
        <translation>Enregistrer la commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message numerus="yes">
        <location line="+111"/>
        <source>Total: {0}, %n bottle(s)</source>
        <translation>
            <numerusform>Total&#xa0;: {0}, %n bouteille</numerusform>
            <numerusform>Total&#xa0;: {0}, %n bouteilles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../../app/ui/sheet_orders.py" line="+41"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Bottles</source>
        <translation>Bouteilles</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cuvées</source>
        <translation>Cuvées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cuvée</source>
        <translation>Cuvée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vintage</source>
        <translation>Millésime</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete order…</source>
        <translation>Supprimer la commande…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lines of the selected order</source>
        <translation>Lignes de la commande sélectionnée</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Turnover: {0} in %n order(s)</source>
        <translation>
            <numerusform>Chiffre d&apos;affaires&#xa0;: {0} en %n commande</numerusform>
            <numerusform>Chiffre d&apos;affaires&#xa0;: {0} en %n commandes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Delete the order of {0} ({1})? This cannot be undone.</source>
        <translation>Supprimer la commande du {0} ({1})&#xa0;? Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../../app/ui/agenda_periods.py" line="+44"/>
        <source>Follow-ups due before today, not done yet</source>
        <translation>Relances échues avant aujourd&apos;hui, pas encore faites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today and the next 6 days</source>
        <translation>Aujourd&apos;hui et les 6 jours suivants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today and the next 30 days</source>
        <translation>Aujourd&apos;hui et les 30 jours suivants</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue ({0})</source>
        <translation>En retard ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today ({0})</source>
        <translation>Aujourd&apos;hui ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week ({0})</source>
        <translation>Cette semaine ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month ({0})</source>
        <translation>Ce mois-ci ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day {1} ({0})</source>
        <translation>Jour {1} ({0})</translation>
    </message>
</context>
<context>
    <name>RegisterSection</name>
    <message>
        <location filename="../../app/ui/settings_gdpr.py" line="-144"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the register (PDF)…</source>
        <translation>Imprimer le registre (PDF)…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The record of processing activities the CNIL may ask for. Pre-filled for a small business: check each entry and name the controller.</source>
        <translation>Le registre des activités de traitement que la CNIL peut demander. Prérempli pour une petite entreprise&#xa0;: vérifiez chaque rubrique et indiquez le responsable.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Controller (name, address):</source>
        <translation>Responsable (nom, adresse)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact for the persons&apos; rights:</source>
        <translation>Contact pour les droits des personnes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes:</source>
        <translation>Finalités&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People with access:</source>
        <translation>Personnes habilitées&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons concerned:</source>
        <translation>Personnes concernées&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data kept:</source>
        <translation>Données conservées&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients:</source>
        <translation>Destinataires&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfers outside the EU:</source>
        <translation>Transferts hors UE&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention periods:</source>
        <translation>Durées de conservation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security measures:</source>
        <translation>Mesures de sécurité&#xa0;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Register saved.</source>
        <translation>Registre enregistré.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print the register</source>
        <translation>Imprimer le registre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Register written to {0}.</source>
        <translation>Registre écrit dans {0}.</translation>
    </message>
</context>
<context>
    <name>RequestsLog</name>
    <message>
        <location filename="../../app/ui/gdpr_retention.py" line="+163"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact (id)</source>
        <translation>Contact (identifiant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The requests of persons and what was done; the contact is named by its identifier only.</source>
        <translation>Les demandes des personnes et ce qui a été fait ; le contact n&apos;est désigné que par son identifiant.</translation>
    </message>
</context>
<context>
    <name>RetentionReview</name>
    <message>
        <location line="-125"/>
        <source> years</source>
        <translation>&#xa0;ans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Erase the selected…</source>
        <translation>Effacer la sélection…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep with a reason…</source>
        <translation>Conserver avec un motif…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prospects, without contact for:</source>
        <translation>Prospects, sans contact depuis&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients, without an order for:</source>
        <translation>Clients, sans commande depuis&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The CNIL asks that prospects with no contact for 3 years be erased. Review the list: erase, or keep with a reason (a dispute, an unpaid invoice); a contact kept comes back in a year.</source>
        <translation>La CNIL demande d&apos;effacer les prospects sans contact depuis 3 ans. Revoyez la liste&#xa0;: effacez, ou conservez avec un motif (un litige, une facture impayée) ; un contact conservé revient dans un an.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reviewing…</source>
        <translation>Revue en cours…</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n contact(s) to review</source>
        <translation>
            <numerusform>%n contact à revoir</numerusform>
            <numerusform>%n contacts à revoir</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Erase %n contact(s) for good? Their orders stay as anonymous totals.</source>
        <translation>
            <numerusform>Effacer définitivement %n contact&#xa0;? Ses commandes restent en totaux anonymes.</numerusform>
            <numerusform>Effacer définitivement %n contacts&#xa0;? Leurs commandes restent en totaux anonymes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why are these data kept (a dispute, an unpaid invoice…)?</source>
        <translation>Pourquoi ces données sont-elles conservées (un litige, une facture impayée…)&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../app/ui/labels.py" line="+69"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read only</source>
        <translation>Lecture seule</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../app/ui/settings_view.py" line="+44"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up rhythms</source>
        <translation>Rythmes des relances</translation>
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
        <source>GDPR</source>
        <translation>RGPD</translation>
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
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
</context>
<context>
    <name>SheetForm</name>
    <message>
        <location filename="../../app/ui/sheet_form.py" line="+70"/>
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
        <location filename="../../app/ui/labels.py" line="+73"/>
        <location filename="../../app/ui/sheet_form.py" line="+0"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../app/ui/sheet_form.py" line="+6"/>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_form.py" line="+20"/>
        <source>Private person</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Professional</source>
        <translation>Professionnel</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="-28"/>
        <location filename="../../app/ui/sheet_form.py" line="+6"/>
        <source>Kind</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/sheet_form.py" line="+1"/>
        <source>Contact type</source>
        <translation>Type de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/sheet_form.py" line="+1"/>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/sheet_form.py" line="+1"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/sheet_form.py" line="+1"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/sheet_form.py" line="+1"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/sheet_form.py" line="+1"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/ui/sheet_form.py" line="+16"/>
        <source>Apartment, floor, c/o</source>
        <translation>Appartement, étage, chez</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/sheet_form.py" line="+1"/>
        <source>Building, residence</source>
        <translation>Bâtiment, résidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/sheet_form.py" line="+1"/>
        <source>Number and street</source>
        <translation>Numéro et voie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/sheet_form.py" line="+1"/>
        <source>PO box, locality</source>
        <translation>BP, lieu-dit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/sheet_form.py" line="+1"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/sheet_form.py" line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/sheet_form.py" line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/sheet_form.py" line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/ui/sheet_form.py" line="+11"/>
        <source>How met</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/ui/sheet_form.py" line="+1"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="-2"/>
        <location filename="../../app/ui/sheet_form.py" line="+1"/>
        <source>Details</source>
        <translation>Précisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/sheet_form.py" line="+1"/>
        <source>Date met</source>
        <translation>Date de rencontre</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/ui/sheet_form.py" line="+24"/>
        <source>Good payer</source>
        <translation>Bon payeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/sheet_form.py" line="+1"/>
        <source>Tough negotiator</source>
        <translation>Dur en affaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/sheet_form.py" line="+1"/>
        <source>Company in difficulty</source>
        <translation>Entreprise en difficulté</translation>
    </message>
    <message>
        <location filename="../../app/ui/sheet_form.py" line="+2"/>
        <source>Tags separated by commas</source>
        <translation>Mots-clés séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="-3"/>
        <location filename="../../app/ui/sheet_form.py" line="+2"/>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/ui/sheet_form.py" line="+3"/>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location line="-9"/>
        <location filename="../../app/ui/sheet_form.py" line="+1"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
</context>
<context>
    <name>SheetHeader</name>
    <message>
        <location filename="../../app/ui/sheet_header.py" line="+29"/>
        <source>Restricted (GDPR), never selected: {0}</source>
        <translation>Limité (RGPD), jamais sélectionné&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>SheetTabs</name>
    <message>
        <location filename="../../app/ui/sheet_tabs.py" line="+28"/>
        <source>Details</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Save the contact first</source>
        <translation>Enregistrez d&apos;abord le contact</translation>
    </message>
</context>
<context>
    <name>StartProblemDialog</name>
    <message>
        <location filename="../../app/ui/start_problem.py" line="+35"/>
        <source>Fichier client cannot open its file</source>
        <translation>Fichier client ne peut pas ouvrir son fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a backup…</source>
        <translation>Ouvrir une sauvegarde…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another file…</source>
        <translation>Choisir un autre fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open or create a file</source>
        <translation>Ouvrir ou créer un fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fichier client files (*.db);;All files (*)</source>
        <translation>Fichiers Fichier client (*.db);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <location filename="../../app/ui/stats_view.py" line="+63"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>Les 12 derniers mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <location line="+176"/>
        <source>Turnover</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average basket</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days between orders</source>
        <translation>Jours entre commandes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trend</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent on</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reached</source>
        <translation>Touchés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders after</source>
        <translation>Commandes ensuite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return rate</source>
        <translation>Taux de retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per euro</source>
        <translation>CA par euro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class A (80 % of turnover)</source>
        <translation>Classe A (80&#xa0;% du chiffre d&apos;affaires)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class B (the next 15 %)</source>
        <translation>Classe B (les 15&#xa0;% suivants)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class C (the rest)</source>
        <translation>Classe C (le reste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in the contact table</source>
        <translation>Voir dans le tableau des contacts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The class as a saved list: for a call list, a label run or an export</source>
        <translation>La classe en liste enregistrée&#xa0;: pour des appels, des étiquettes ou un export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact type</source>
        <translation>Type de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts to PNG…</source>
        <translation>Graphiques en PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report to PDF…</source>
        <translation>Rapport en PDF…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By kind</source>
        <translation>Par nature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By contact type</source>
        <translation>Par type de contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By région</source>
        <translation>Par région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By département</source>
        <translation>Par département</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By cuvée</source>
        <translation>Par cuvée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By vintage</source>
        <translation>Par millésime</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By age (private)</source>
        <translation>Par âge (particuliers)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By origin (fair)</source>
        <translation>Par origine (salon)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classes by contact type</source>
        <translation>Classes par type de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The end of the period comes before its start.</source>
        <translation>La fin de la période précède son début.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source> ({0} against the previous period)</source>
        <translation> ({0} par rapport à la période précédente)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turnover {0}{1} — {2} order(s), {3} client(s), average basket {4}. {5} client(s) make 80 % of the turnover (class A); B: {6}, C: {7}.</source>
        <translation>Chiffre d&apos;affaires {0}{1} — {2} commande(s), {3} client(s), panier moyen {4}. {5} client(s) font 80&#xa0;% du chiffre d&apos;affaires (classe A)&#xa0;; B&#xa0;: {6}, C&#xa0;: {7}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Clients by turnover, cumulative share (%)</source>
        <translation>Clients par chiffre d&apos;affaires, part cumulée (%)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Clients, largest first</source>
        <translation>Clients, du plus grand au plus petit</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Class {0} {1}</source>
        <translation>Classe {0} {1}</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+7"/>
        <source>Charts to PNG</source>
        <translation>Graphiques en PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write {0}.</source>
        <translation>Impossible d&apos;écrire {0}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report to PDF</source>
        <translation>Rapport en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>StoreSection</name>
    <message>
        <location filename="../../app/ui/settings_view.py" line="-40"/>
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
        <source>At next start:</source>
        <translation>Au prochain démarrage&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The --db option of the command line takes precedence over this choice.</source>
        <translation>L&apos;option --db de la ligne de commande l&apos;emporte sur ce choix.</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <location filename="../../app/ui/table_export.py" line="+30"/>
        <location line="+25"/>
        <source>Export the contacts shown</source>
        <translation>Exporter les contacts affichés</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>CSV for Excel (*.csv);;Excel workbook (*.xlsx);;vCard (*.vcf)</source>
        <translation>CSV pour Excel (*.csv);;Classeur Excel (*.xlsx);;vCard (*.vcf)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{0} contact(s) written to {1}.</source>
        <translation>{0} contact(s) écrit(s) dans {1}.</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <location filename="../../app/ui/agenda_model.py" line="+52"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismissed</source>
        <translation>Écartée</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Proposed by the cadences: accept, move or dismiss it.</source>
        <translation>Proposée par les rythmes&#xa0;: acceptez-la, déplacez-la ou écartez-la.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../app/ui/sheet_tasks.py" line="+46"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also log in the journal</source>
        <translation>Noter aussi au journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move…</source>
        <translation>Déplacer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note; Enter adds the follow-up</source>
        <translation>Note&#xa0;; Entrée ajoute la relance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New follow-up</source>
        <translation>Nouvelle relance</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Move the follow-up</source>
        <translation>Déplacer la relance</translation>
    </message>
</context>
<context>
    <name>UsersSection</name>
    <message>
        <location filename="../../app/ui/settings_users.py" line="+34"/>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last login</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change role…</source>
        <translation>Changer le rôle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password…</source>
        <translation>Nouveau mot de passe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Each person logs in with their own account. Administrator: everything. Sales: contacts, journal, orders, mailings and exports. Read only: reads and searches. As soon as one account exists, the file asks everyone to log in.</source>
        <translation>Chacun se connecte avec son propre compte. Administrateur&#xa0;: tout. Commercial&#xa0;: contacts, journal, commandes, mailings et exports. Lecture seule&#xa0;: consulter et rechercher. Dès qu&apos;un compte existe, le fichier demande à chacun de se connecter.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enable</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role of {0}:</source>
        <translation>Rôle de {0}&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New password for {0}:</source>
        <translation>Nouveau mot de passe de {0}&#xa0;:</translation>
    </message>
</context>
<context>
    <name>WordingsSection</name>
    <message>
        <location filename="../../app/ui/settings_gdpr.py" line="+12"/>
        <source>Save the texts</source>
        <translation>Enregistrer les textes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the person reads before ticking a box (on the fair form, on the web site). Each consent keeps the version it was given with.</source>
        <translation>Ce que la personne lit avant de cocher une case (formulaire de salon, site web). Chaque consentement garde la version avec laquelle il a été donné.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Version {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Texts saved.</source>
        <translation>Textes enregistrés.</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../app/ui/labels.py" line="-127"/>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send an e-mail</source>
        <translation>Envoyer un e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send an offer</source>
        <translation>Envoyer une offre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the newsletter</source>
        <translation>Envoyer la lettre d&apos;information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite to an event</source>
        <translation>Inviter à un événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Rendre visite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>categories</name>
    <message>
        <location line="-27"/>
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
        <location filename="../../app/ui/errors.py" line="+20"/>
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
    <message>
        <location line="+25"/>
        <source>Sensitive data?</source>
        <translation>Donnée sensible&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save anyway?</source>
        <translation>Enregistrer quand même&#xa0;?</translation>
    </message>
</context>
</TS>
