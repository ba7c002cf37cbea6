<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AmoPanel</name>
    <message>
        <location filename="../../pages/amo_panel.py" line="26"/>
        <source>OS4K AMO batch</source>
        <translation>OS4K-AMO-Stapel</translation>
    </message>
    <message>
        <location filename="../../pages/amo_panel.py" line="29"/>
        <source>One AMO per line, each change after the REG- of the record it touches (psi-wizard amo batch writes such a batch). Every AMO sent is journaled in the project; sending the same batch name again resumes it without applying anything twice.</source>
        <translation>Ein AMO pro Zeile, jede Änderung nach dem REG- des Datensatzes, den sie ändert (psi-wizard amo batch schreibt solche Stapel). Jedes gesendete AMO wird im Projekt protokolliert; derselbe Stapelname setzt den Stapel fort, ohne etwas doppelt anzuwenden.</translation>
    </message>
    <message>
        <location filename="../../pages/amo_panel.py" line="35"/>
        <location filename="../../pages/amo_panel.py" line="37"/>
        <source>Batch name</source>
        <translation>Stapelname</translation>
    </message>
    <message>
        <location filename="../../pages/amo_panel.py" line="42"/>
        <source>AMO batch</source>
        <translation>AMO-Stapel</translation>
    </message>
    <message>
        <location filename="../../pages/amo_panel.py" line="46"/>
        <source>Copy batch</source>
        <translation>Stapel kopieren</translation>
    </message>
    <message>
        <location filename="../../pages/amo_panel.py" line="48"/>
        <source>Dry run over SSH</source>
        <translation>Probelauf über SSH</translation>
    </message>
    <message>
        <location filename="../../pages/amo_panel.py" line="50"/>
        <source>Send over SSH</source>
        <translation>Über SSH senden</translation>
    </message>
    <message>
        <location filename="../../pages/amo_panel.py" line="57"/>
        <source>No SSH? Paste the Assistant&apos;s output of the batch here, then &apos;Read pasted output&apos;.</source>
        <translation>Kein SSH? Fügen Sie hier die Ausgabe des Assistant zum Stapel ein und klicken Sie dann auf „Eingefügte Ausgabe lesen“.</translation>
    </message>
    <message>
        <location filename="../../pages/amo_panel.py" line="59"/>
        <source>Pasted AMO output</source>
        <translation>Eingefügte AMO-Ausgabe</translation>
    </message>
    <message>
        <location filename="../../pages/amo_panel.py" line="63"/>
        <source>Read pasted output</source>
        <translation>Eingefügte Ausgabe lesen</translation>
    </message>
    <message>
        <location filename="../../pages/amo_panel.py" line="70"/>
        <source>AMO results</source>
        <translation>AMO-Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../pages/amo_panel.py" line="85"/>
        <source>Offline checklist mode — Ctrl+Shift+O to go online; or paste the output</source>
        <translation>Offline-Checklistenmodus — mit Strg+Umschalt+O wieder online; oder die Ausgabe einfügen</translation>
    </message>
</context>
<context>
    <name>AssistantPage</name>
    <message>
        <location filename="../../pages/wave_stages.py" line="218"/>
        <source>Save Assistant file…</source>
        <translation>Assistant-Datei speichern…</translation>
    </message>
    <message>
        <location filename="../../pages/wave_stages.py" line="220"/>
        <source>Imported another way</source>
        <translation>Auf anderem Weg importiert</translation>
    </message>
    <message>
        <location filename="../../pages/wave_stages.py" line="221"/>
        <source>The people were imported without this wave&apos;s file (e.g. added one by one in the Assistant): say how in the note</source>
        <translation>Die Personen wurden ohne die Datei dieser Welle importiert (z. B. einzeln im Assistant angelegt): in der Notiz sagen, wie</translation>
    </message>
    <message>
        <location filename="../../pages/wave_stages.py" line="224"/>
        <source>how, and by whom</source>
        <translation>wie, und von wem</translation>
    </message>
    <message>
        <location filename="../../pages/wave_stages.py" line="225"/>
        <source>How the people were imported</source>
        <translation>Wie die Personen importiert wurden</translation>
    </message>
    <message>
        <location filename="../../pages/wave_stages.py" line="227"/>
        <source>Imported, Update all done</source>
        <translation>Importiert, Update all erledigt</translation>
    </message>
    <message>
        <location filename="../../pages/wave_stages.py" line="228"/>
        <source>Zoom PSI &gt; Data Operation &gt; Import CSV, then Data operations &gt; User data &gt; Update all; confirm here when done</source>
        <translation>Zoom PSI &gt; Data Operation &gt; Import CSV, dann Data operations &gt; User data &gt; Update all; danach hier bestätigen</translation>
    </message>
    <message>
        <location filename="../../pages/wave_stages.py" line="247"/>
        <source>Nobody is ready for the Assistant yet: the portal rounds and the AMOs come first.</source>
        <translation>Noch niemand ist bereit für den Assistant: erst kommen die Portal-Runden und die AMOs.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pages/wave_stages.py" line="249"/>
        <source>This wave&apos;s file is saved with %n people: import it (Zoom PSI &gt; Data Operation &gt; Import CSV), run Update all, then confirm.</source>
        <translation>
            <numerusform>Die Datei dieser Welle ist mit %n Person gespeichert: importieren (Zoom PSI &gt; Data Operation &gt; Import CSV), Update all ausführen, dann bestätigen.</numerusform>
            <numerusform>Die Datei dieser Welle ist mit %n Personen gespeichert: importieren (Zoom PSI &gt; Data Operation &gt; Import CSV), Update all ausführen, dann bestätigen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pages/wave_stages.py" line="252"/>
        <source>%n people are ready for the Assistant: save the file, import it (Zoom PSI &gt; Data Operation &gt; Import CSV), run Update all, then confirm.</source>
        <translation>
            <numerusform>%n Person ist bereit für den Assistant: Datei speichern, importieren (Zoom PSI &gt; Data Operation &gt; Import CSV), Update all ausführen, dann bestätigen.</numerusform>
            <numerusform>%n Personen sind bereit für den Assistant: Datei speichern, importieren (Zoom PSI &gt; Data Operation &gt; Import CSV), Update all ausführen, dann bestätigen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallResult</name>
    <message>
        <location filename="../../pages/call_ladder.py" line="188"/>
        <source>Caller {station}</source>
        <translation>Anrufer {station}</translation>
    </message>
    <message>
        <location filename="../../pages/call_ladder.py" line="189"/>
        <source>SBC</source>
        <translation>SBC</translation>
    </message>
    <message>
        <location filename="../../pages/call_ladder.py" line="190"/>
        <source>Callee {station}</source>
        <translation>Angerufener {station}</translation>
    </message>
    <message>
        <location filename="../../pages/call_ladder.py" line="194"/>
        <source>Test call {caller} → {callee} through {sbc}: not completed.</source>
        <translation>Testanruf {caller} → {callee} über {sbc}: nicht zustande gekommen.</translation>
    </message>
    <message>
        <location filename="../../pages/call_ladder.py" line="196"/>
        <source>Test call {caller} → {callee} through {sbc}, {at} UTC: set up in {setup} ms; codec {codec}; SRTP {suite}.</source>
        <translation>Testanruf {caller} → {callee} über {sbc}, {at} UTC: aufgebaut in {setup} ms; Codec {codec}; SRTP {suite}.</translation>
    </message>
    <message>
        <location filename="../../pages/call_ladder.py" line="208"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../../pages/call_ladder.py" line="208"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../../pages/call_ladder.py" line="208"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../../pages/call_ladder.py" line="208"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location filename="../../pages/call_ladder.py" line="208"/>
        <source>Jitter</source>
        <translation>Jitter</translation>
    </message>
    <message>
        <location filename="../../pages/call_ladder.py" line="209"/>
        <source>One-way delay</source>
        <translation>Einwegverzögerung</translation>
    </message>
    <message>
        <location filename="../../pages/call_ladder.py" line="223"/>
        <location filename="../../pages/call_ladder.py" line="225"/>
        <source>{ms} ms</source>
        <translation>{ms} ms</translation>
    </message>
    <message>
        <location filename="../../pages/call_ladder.py" line="235"/>
        <source>Fix: {fix}</source>
        <translation>Abhilfe: {fix}</translation>
    </message>
</context>
<context>
    <name>ChapterPage</name>
    <message>
        <location filename="../../pages/chapter_page.py" line="25"/>
        <source>All steps</source>
        <translation>Alle Schritte</translation>
    </message>
    <message>
        <location filename="../../pages/chapter_page.py" line="26"/>
        <source>Still open</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <location filename="../../pages/chapter_page.py" line="27"/>
        <source>Problems only</source>
        <translation>Nur Probleme</translation>
    </message>
    <message>
        <location filename="../../pages/chapter_page.py" line="57"/>
        <source>Show steps</source>
        <translation>Schritte zeigen</translation>
    </message>
    <message>
        <location filename="../../pages/chapter_page.py" line="62"/>
        <source>Run all checks in this chapter</source>
        <translation>Alle Prüfungen dieses Kapitels ausführen</translation>
    </message>
    <message>
        <location filename="../../pages/chapter_page.py" line="85"/>
        <source>Nothing to show with this filter: every step here is done or waived.</source>
        <translation>Mit diesem Filter ist nichts zu zeigen: Jeder Schritt hier ist erledigt oder entfallen.</translation>
    </message>
</context>
<context>
    <name>ConnectionsPanel</name>
    <message>
        <location filename="../../pages/connections_panel.py" line="35"/>
        <source>Connections to the live systems</source>
        <translation>Verbindungen zu den Live-Systemen</translation>
    </message>
    <message>
        <location filename="../../pages/connections_panel.py" line="38"/>
        <source>Addresses and user names are kept in the project; passwords and secrets in the system keyring (or for this session only, where there is none).</source>
        <translation>Adressen und Benutzernamen werden im Projekt gespeichert, Passwörter und Secrets im Schlüsselbund des Systems (oder nur für diese Sitzung, wo es keinen gibt).</translation>
    </message>
    <message>
        <location filename="../../pages/connections_panel.py" line="67"/>
        <source>empty: use the one kept in the keyring</source>
        <translation>leer: das im Schlüsselbund gespeicherte verwenden</translation>
    </message>
    <message>
        <location filename="../../pages/connections_panel.py" line="77"/>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <location filename="../../pages/connections_panel.py" line="79"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../../pages/connections_panel.py" line="112"/>
        <source>Offline checklist mode — Ctrl+Shift+O to go online</source>
        <translation>Offline-Checklistenmodus — mit Strg+Umschalt+O wieder online</translation>
    </message>
    <message>
        <location filename="../../pages/connections_panel.py" line="125"/>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <location filename="../../pages/connections_panel.py" line="129"/>
        <source>Earlier, while online: {result}</source>
        <translation>Früher, als online: {result}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../pages/dialogs.py" line="43"/>
        <source>No program opens the file</source>
        <translation>Kein Programm öffnet die Datei</translation>
    </message>
    <message>
        <location filename="../../pages/dialogs.py" line="44"/>
        <source>No program on this computer opens {file} (no PDF viewer is installed, or none is set for PDF).</source>
        <translation>Kein Programm auf diesem Computer öffnet {file} (kein PDF-Betrachter installiert oder keiner für PDF eingestellt).</translation>
    </message>
    <message>
        <location filename="../../pages/dialogs.py" line="48"/>
        <source>It is here: {path}</source>
        <translation>Sie liegt hier: {path}</translation>
    </message>
    <message>
        <location filename="../../pages/dialogs.py" line="50"/>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <location filename="../../pages/wording.py" line="157"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../pages/wording.py" line="158"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../pages/wording.py" line="159"/>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../pages/identity_dialog.py" line="13"/>
        <source>too short: at least 8 characters</source>
        <translation>zu kurz: mindestens 8 Zeichen</translation>
    </message>
    <message>
        <location filename="../../pages/identity_dialog.py" line="14"/>
        <source>weak</source>
        <translation>schwach</translation>
    </message>
    <message>
        <location filename="../../pages/identity_dialog.py" line="15"/>
        <source>fair</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../../pages/identity_dialog.py" line="16"/>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <location filename="../../pages/identity_dialog.py" line="25"/>
        <source>Create a personal signing identity</source>
        <translation>Persönliche Signaturidentität erstellen</translation>
    </message>
    <message>
        <location filename="../../pages/identity_dialog.py" line="27"/>
        <source>The wizard makes a key and a certificate in your name. Reports you sign with it show this name; export the certificate afterwards so your company can vouch for it. The passphrase protects the file; where this computer has a keyring it is kept there, otherwise for this session only.</source>
        <translation>Der Wizard erzeugt einen Schlüssel und ein Zertifikat auf Ihren Namen. Damit signierte Berichte zeigen diesen Namen; exportieren Sie das Zertifikat danach, damit Ihre Firma dafür bürgen kann. Die Passphrase schützt die Datei; hat dieser Rechner einen Schlüsselbund, wird sie dort aufbewahrt, sonst nur für diese Sitzung.</translation>
    </message>
    <message>
        <location filename="../../pages/identity_dialog.py" line="37"/>
        <source>optional, e.g. erika.engineer@integrator.example</source>
        <translation>optional, z. B. erika.engineer@integrator.example</translation>
    </message>
    <message>
        <location filename="../../pages/identity_dialog.py" line="44"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../pages/identity_dialog.py" line="44"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../pages/identity_dialog.py" line="45"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../pages/identity_dialog.py" line="45"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../pages/identity_dialog.py" line="46"/>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../pages/identity_dialog.py" line="52"/>
        <source>Create identity</source>
        <translation>Identität erstellen</translation>
    </message>
    <message>
        <location filename="../../pages/identity_dialog.py" line="65"/>
        <source>Strength: {strength}</source>
        <translation>Stärke: {strength}</translation>
    </message>
    <message>
        <location filename="../../pages/identity_dialog.py" line="68"/>
        <source>the two passphrases differ</source>
        <translation>die beiden Passphrasen unterscheiden sich</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pages/wording.py" line="147"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../../pages/wording.py" line="148"/>
        <source>Offline checklist</source>
        <translation>Offline-Checkliste</translation>
    </message>
    <message>
        <location filename="../../pages/wording.py" line="149"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="139"/>
        <location filename="../../wizard/app/window.py" line="324"/>
        <location filename="../../wizard/app/window.py" line="552"/>
        <location filename="../../wizard/app/window.py" line="987"/>
        <source>PSI commissioning wizard</source>
        <translation>PSI-Inbetriebnahme-Wizard</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="166"/>
        <location filename="../../wizard/app/window.py" line="325"/>
        <source>Chapters of the guide</source>
        <translation>Kapitel des Leitfadens</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="180"/>
        <location filename="../../wizard/app/window.py" line="326"/>
        <source>◀  Back</source>
        <translation>◀  Zurück</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="181"/>
        <location filename="../../wizard/app/window.py" line="327"/>
        <source>Previous chapter (Ctrl+PgUp)</source>
        <translation>Vorheriges Kapitel (Strg+Bild auf)</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="183"/>
        <location filename="../../wizard/app/window.py" line="328"/>
        <source>Next  ▶</source>
        <translation>Weiter  ▶</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="184"/>
        <location filename="../../wizard/app/window.py" line="329"/>
        <source>Next chapter (Ctrl+PgDown)</source>
        <translation>Nächstes Kapitel (Strg+Bild ab)</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="214"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="215"/>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="217"/>
        <source>&amp;Open project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="219"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="220"/>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="222"/>
        <source>Re-check &amp;site…</source>
        <translation>Standort erneut &amp;prüfen…</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="223"/>
        <source>&amp;Close project</source>
        <translation>Projekt s&amp;chließen</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="226"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="228"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="229"/>
        <source>&amp;Next chapter</source>
        <translation>&amp;Nächstes Kapitel</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="231"/>
        <source>&amp;Previous chapter</source>
        <translation>&amp;Vorheriges Kapitel</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="234"/>
        <source>Next p&amp;roblem</source>
        <translation>Nächstes P&amp;roblem</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="235"/>
        <source>Previous pro&amp;blem</source>
        <translation>Vorheriges Pro&amp;blem</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="238"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="239"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="243"/>
        <location filename="../../wizard/app/window.py" line="255"/>
        <source>Follow the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="243"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="244"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="250"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="263"/>
        <source>&amp;Mode</source>
        <translation>&amp;Modus</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="265"/>
        <source>&amp;Offline checklist</source>
        <translation>&amp;Offline-Checkliste</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="268"/>
        <source>Nothing touches the network; steps that need a live system are confirmed by hand</source>
        <translation>Nichts geht ins Netz; Schritte, die ein Live-System brauchen, werden von Hand bestätigt</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="272"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="273"/>
        <source>Run all checks in this &amp;chapter</source>
        <translation>Alle Prüfungen dieses &amp;Kapitels ausführen</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="275"/>
        <source>&amp;Cancel running checks</source>
        <translation>Laufende Prüfungen a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="278"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="279"/>
        <source>Open the &amp;guide at this step</source>
        <translation>&amp;Leitfaden an diesem Schritt öffnen</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="281"/>
        <source>Choose the guide &amp;file…</source>
        <translation>Leitfaden-&amp;Datei wählen…</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="282"/>
        <source>Open the &amp;log file</source>
        <translation>&amp;Protokolldatei öffnen</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="283"/>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="414"/>
        <location filename="../../wizard/app/window.py" line="419"/>
        <source>Cannot open the project</source>
        <translation>Das Projekt lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="429"/>
        <source>The project is open in another wizard</source>
        <translation>Das Projekt ist in einem anderen Wizard geöffnet</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="435"/>
        <source>Open anyway</source>
        <translation>Trotzdem öffnen</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="450"/>
        <source>Cannot create the project</source>
        <translation>Das Projekt lässt sich nicht anlegen</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="548"/>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="555"/>
        <source>A folder of site projects</source>
        <translation>Ein Ordner mit Standortprojekten</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="565"/>
        <source>Sites in {folder}</source>
        <translation>Standorte in {folder}</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="566"/>
        <source>The folder could not be read</source>
        <translation>Der Ordner ließ sich nicht lesen</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="577"/>
        <source>A wave is running: pause it on chapter 7&apos;s page first</source>
        <translation>Eine Welle läuft: Halten Sie sie zuerst auf der Seite von Kapitel 7 an</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="635"/>
        <source>Steps of §{section}</source>
        <translation>Schritte von §{section}</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="731"/>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="743"/>
        <source>Remove the attachment</source>
        <translation>Anhang entfernen</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="744"/>
        <source>Remove {file} from this step? The audit log keeps its name and SHA-256.</source>
        <translation>{file} von diesem Schritt entfernen? Das Prüfprotokoll behält Namen und SHA-256.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="747"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="794"/>
        <source>No check in this chapter can run now: each step says why (done by hand, waiting for input, blocked, or offline).</source>
        <translation>Keine Prüfung in diesem Kapitel kann jetzt laufen: Jeder Schritt sagt, warum (von Hand erledigt, wartet auf Eingaben, blockiert oder offline).</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="801"/>
        <source>{run} run: {passed} passed, {failed} failed, {warnings} with warnings.</source>
        <translation>{run} gelaufen: {passed} bestanden, {failed} fehlgeschlagen, {warnings} mit Warnungen.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="803"/>
        <source>{count} could not run; each of them says why.</source>
        <translation>{count} konnten nicht laufen; jeder davon sagt, warum.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="824"/>
        <source>No failed, blocked or warning step anywhere.</source>
        <translation>Nirgends ein fehlgeschlagener, blockierter oder gewarnter Schritt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wizard/app/window.py" line="941"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n mit Warnung</numerusform>
            <numerusform>%n mit Warnung</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="949"/>
        <source>{count} outdated</source>
        <translation>{count} veraltet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wizard/app/window.py" line="996"/>
        <source>Running %n check(s)…</source>
        <translation>
            <numerusform>%n Prüfung läuft…</numerusform>
            <numerusform>%n Prüfungen laufen…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="999"/>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="1049"/>
        <source>The signed baseline report</source>
        <translation>Der signierte Ausgangsbericht</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="1050"/>
        <source>The baseline signer&apos;s certificate</source>
        <translation>Das Zertifikat des Unterzeichners</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="1051"/>
        <source>Certificate (*.pem *.crt);;All files (*)</source>
        <translation>Zertifikat (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="1063"/>
        <source>Re-checking the site against {file}…</source>
        <translation>Der Standort wird gegen {file} erneut geprüft…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wizard/app/window.py" line="1076"/>
        <source>%n drift(s) since the baseline.</source>
        <translation>
            <numerusform>%n Abweichung seit dem Ausgangsbericht.</numerusform>
            <numerusform>%n Abweichungen seit dem Ausgangsbericht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="1218"/>
        <source>A wave is running</source>
        <translation>Eine Welle läuft</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="1219"/>
        <source>Chapter 7&apos;s wave is sending changes or waiting for them. Pause and close stops it after the change under way (everything sent is journaled), closes the project and the wizard; Run wave carries on from there when you open the project again.</source>
        <translation>Die Welle aus Kapitel 7 sendet Änderungen oder wartet auf sie. „Anhalten und schließen“ hält sie nach der laufenden Änderung an (alles Gesendete ist protokolliert) und schließt das Projekt und den Wizard; „Welle ausführen“ macht dort weiter, wenn Sie das Projekt wieder öffnen.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="1222"/>
        <source>Pause and close</source>
        <translation>Anhalten und schließen</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="1223"/>
        <source>Keep working</source>
        <translation>Weiterarbeiten</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="1062"/>
        <source>The site was not re-checked</source>
        <translation>Der Standort wurde nicht erneut geprüft</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="1077"/>
        <source>Nothing drifted since the baseline.</source>
        <translation>Seit dem Ausgangsbericht hat sich nichts verändert.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="1082"/>
        <source>Re-check</source>
        <translation>Erneute Prüfung</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="1085"/>
        <source>{count} unchanged. Signed re-check report: {file}</source>
        <translation>{count} unverändert. Signierter Prüfbericht: {file}</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="1092"/>
        <source>The demo could not be opened</source>
        <translation>Die Demo ließ sich nicht öffnen</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="1175"/>
        <source>Guide — {section}</source>
        <translation>Leitfaden — {section}</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="1178"/>
        <source>Solution guide</source>
        <translation>Lösungsleitfaden</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="937"/>
        <source>overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="939"/>
        <source>{done} of {total} done</source>
        <translation>{done} von {total} erledigt</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="943"/>
        <source>{count} waived</source>
        <translation>{count} entfallen</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="945"/>
        <source>{count} failed</source>
        <translation>{count} fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="947"/>
        <source>{count} blocked</source>
        <translation>{count} blockiert</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="980"/>
        <source>Project: {path}</source>
        <translation>Projekt: {path}</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="981"/>
        <source>Mode: {mode}</source>
        <translation>Modus: {mode}</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="1000"/>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="1008"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="1016"/>
        <source>PSI project (*{suffix})</source>
        <translation>PSI-Projekt (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="1019"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="1023"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="1024"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="1028"/>
        <source>Save project as</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="1037"/>
        <source>Cannot save a copy</source>
        <translation>Die Kopie lässt sich nicht speichern</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="1093"/>
        <source>Opening the demo: the lab starts, the probes run, one wave is provisioned…</source>
        <translation>Die Demo wird geöffnet: Das Labor startet, die Proben laufen, eine Welle wird bereitgestellt…</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="1114"/>
        <source>Log file: {path} — attach it to a support request; it never holds passwords or tokens.</source>
        <translation>Protokolldatei: {path} — hängen Sie sie an eine Support-Anfrage an; sie enthält nie Passwörter oder Tokens.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="1116"/>
        <source>(No program here opens it: copy the path.)</source>
        <translation>(Kein Programm hier öffnet sie: kopieren Sie den Pfad.)</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="1126"/>
        <source>Libraries:</source>
        <translation>Bibliotheken:</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="1127"/>
        <source>Log file: {path}</source>
        <translation>Protokolldatei: {path}</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="1130"/>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="1155"/>
        <source>The solution guide (Markdown)</source>
        <translation>Der Lösungsleitfaden (Markdown)</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="1156"/>
        <source>Markdown (*.md *.markdown);;All files (*)</source>
        <translation>Markdown (*.md *.markdown);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../wizard/app/window.py" line="1161"/>
        <source>Choose your copy of the solution guide first (Help &gt; Choose the guide file…); the wizard does not ship it.</source>
        <translation>Wählen Sie zuerst Ihr Exemplar des Lösungsleitfadens (Hilfe &gt; Leitfaden-Datei wählen…); der Wizard liefert ihn nicht mit.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../pages/people_table.py" line="85"/>
        <source>Goes in this wave</source>
        <translation>Kommt in diese Welle</translation>
    </message>
    <message>
        <location filename="../../pages/people_table.py" line="137"/>
        <source>(+{count} more)</source>
        <translation>(+{count} weitere)</translation>
    </message>
    <message>
        <location filename="../../pages/people_table.py" line="142"/>
        <source>Missing now; the wave sets it (guide §7.2).</source>
        <translation>Fehlt jetzt; die Welle setzt es (Leitfaden §7.2).</translation>
    </message>
    <message>
        <location filename="../../pages/people_table.py" line="145"/>
        <source>Nothing missing.</source>
        <translation>Nichts fehlt.</translation>
    </message>
</context>
<context>
    <name>PeopleSources</name>
    <message>
        <location filename="../../wizard/app/provisioning_people.py" line="28"/>
        <source>Zoom user export (CSV)</source>
        <translation>Zoom-Benutzerexport (CSV)</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning_people.py" line="29"/>
        <source>OS4K subscribers (REG- output or CSV)</source>
        <translation>OS4K-Teilnehmer (REG-Ausgabe oder CSV)</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning_people.py" line="31"/>
        <source>CSV or text (*.csv *.txt *.log);;All files (*)</source>
        <translation>CSV oder Text (*.csv *.txt *.log);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning_people.py" line="47"/>
        <source>The clipboard is empty: copy the REG-SBCSU and REG-PERSI output first.</source>
        <translation>Die Zwischenablage ist leer: kopieren Sie zuerst die Ausgabe von REG-SBCSU und REG-PERSI.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning_people.py" line="56"/>
        <source>Not chosen</source>
        <translation>Nicht gewählt</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning_people.py" line="59"/>
        <source>Station {stno} is {email}&apos;s now: the wave writes the email into its PERSI record.</source>
        <translation>Station {stno} gehört jetzt {email}: Die Welle schreibt die E-Mail in ihren PERSI-Eintrag.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning_people.py" line="61"/>
        <source>{email} has no station chosen any more.</source>
        <translation>Für {email} ist keine Station mehr gewählt.</translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <location filename="../../pages/people_table.py" line="244"/>
        <location filename="../../pages/people_table.py" line="359"/>
        <source>Select a row to see everything that is wrong with it and how to fix it.</source>
        <translation>Wählen Sie eine Zeile, um alles zu sehen, was ihr fehlt, und wie es zu beheben ist.</translation>
    </message>
    <message>
        <location filename="../../pages/people_table.py" line="246"/>
        <source>Findings of the selected person</source>
        <translation>Befunde der gewählten Person</translation>
    </message>
    <message>
        <location filename="../../pages/people_table.py" line="268"/>
        <location filename="../../pages/people_table.py" line="274"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location filename="../../pages/people_table.py" line="270"/>
        <source>find email or station</source>
        <translation>E-Mail oder Teilnehmer suchen</translation>
    </message>
    <message>
        <location filename="../../pages/people_table.py" line="271"/>
        <source>Find email or station</source>
        <translation>E-Mail oder Teilnehmer suchen</translation>
    </message>
    <message>
        <location filename="../../pages/people_table.py" line="272"/>
        <source>Copy fixes of selected rows</source>
        <translation>Abhilfen der gewählten Zeilen kopieren</translation>
    </message>
    <message>
        <location filename="../../pages/people_table.py" line="283"/>
        <source>People: Zoom users and OS4K subscribers</source>
        <translation>Personen: Zoom-Benutzer und OS4K-Teilnehmer</translation>
    </message>
    <message>
        <location filename="../../pages/people_table.py" line="323"/>
        <source>{ok} in place   {fix} the wave sets it   {wait} waiting for the person   {missing} missing   {unknown} not read</source>
        <translation>{ok} vorhanden   {fix} die Welle setzt es   {wait} wartet auf die Person   {missing} fehlt   {unknown} nicht gelesen</translation>
    </message>
    <message>
        <location filename="../../pages/people_table.py" line="326"/>
        <source>What the marks mean</source>
        <translation>Was die Zeichen bedeuten</translation>
    </message>
    <message>
        <location filename="../../pages/people_table.py" line="368"/>
        <source>nothing missing.</source>
        <translation>nichts fehlt.</translation>
    </message>
    <message>
        <location filename="../../pages/people_table.py" line="374"/>
        <source>{people} people — {ready} ready, {waiting} waiting for activation, {blocked} need a fix first, {integrated} integrated. {chosen} chosen for this wave.</source>
        <translation>{people} Personen — {ready} bereit, {waiting} warten auf Aktivierung, {blocked} brauchen erst eine Korrektur, {integrated} integriert. {chosen} für diese Welle ausgewählt.</translation>
    </message>
    <message>
        <location filename="../../pages/people_table.py" line="385"/>
        <source>{count} fixes copied.</source>
        <translation>{count} Abhilfen kopiert.</translation>
    </message>
    <message>
        <location filename="../../pages/people_table.py" line="386"/>
        <source>The selected rows need no fix.</source>
        <translation>Die gewählten Zeilen brauchen keine Korrektur.</translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message>
        <location filename="../../pages/wave_plan.py" line="48"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../../pages/wave_plan.py" line="48"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../pages/wave_plan.py" line="49"/>
        <source>Plan of the wave</source>
        <translation>Plan der Welle</translation>
    </message>
    <message>
        <location filename="../../pages/wave_plan.py" line="51"/>
        <location filename="../../pages/wave_plan.py" line="68"/>
        <source>by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <location filename="../../pages/wave_plan.py" line="51"/>
        <location filename="../../pages/wave_plan.py" line="68"/>
        <source>by the wizard</source>
        <translation>durch den Wizard</translation>
    </message>
    <message>
        <location filename="../../pages/wave_plan.py" line="73"/>
        <source>round {number} ({count} people)</source>
        <translation>Runde {number} ({count} Personen)</translation>
    </message>
    <message>
        <location filename="../../pages/wave_plan.py" line="93"/>
        <source>invite {email} ({name}) to Zoom</source>
        <translation>{email} ({name}) zu Zoom einladen</translation>
    </message>
    <message>
        <location filename="../../pages/wave_plan.py" line="96"/>
        <source>wait for {email} to activate the Zoom account</source>
        <translation>warten, bis {email} das Zoom-Konto aktiviert</translation>
    </message>
    <message>
        <location filename="../../pages/wave_plan.py" line="98"/>
        <source>round {number}: tick {email} ({name}) in Add users</source>
        <translation>Runde {number}: {email} ({name}) in Add users ankreuzen</translation>
    </message>
    <message>
        <location filename="../../pages/wave_plan.py" line="101"/>
        <source>Assistant: user {email} for station {stno}, then Update</source>
        <translation>Assistant: Benutzer {email} für Station {stno}, dann Update</translation>
    </message>
    <message>
        <location filename="../../pages/wave_plan.py" line="104"/>
        <source>read back {email}: Zoom user, SIP credentials of station {stno}, REG- of {stno}</source>
        <translation>{email} zurücklesen: Zoom-Benutzer, SIP-Zugangsdaten der Station {stno}, REG- von {stno}</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <location filename="../../pages/preflight_panel.py" line="36"/>
        <source>Network pre-flight</source>
        <translation>Netzwerk-Vorabprüfung</translation>
    </message>
    <message>
        <location filename="../../pages/preflight_panel.py" line="39"/>
        <source>Checks the paths the integration needs, from this laptop: the SBC&apos;s public name, its SIP-TLS port and certificate, a registration as a Zoom client, and the way to the cloud.</source>
        <translation>Prüft von diesem Laptop aus die Wege, die die Integration braucht: den öffentlichen Namen des SBC, seinen SIP-TLS-Port und sein Zertifikat, eine Registrierung als Zoom-Client und den Weg in die Cloud.</translation>
    </message>
    <message>
        <location filename="../../pages/preflight_panel.py" line="60"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../../pages/preflight_panel.py" line="61"/>
        <source>Run {step}</source>
        <translation>{step} ausführen</translation>
    </message>
    <message>
        <location filename="../../pages/preflight_panel.py" line="70"/>
        <source>Run pre-flight</source>
        <translation>Vorabprüfung ausführen</translation>
    </message>
    <message>
        <location filename="../../pages/preflight_panel.py" line="72"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../pages/preflight_panel.py" line="102"/>
        <source>Run this probe again</source>
        <translation>Diese Prüfung erneut ausführen</translation>
    </message>
    <message>
        <location filename="../../pages/preflight_panel.py" line="105"/>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <location filename="../../pages/preflight_panel.py" line="129"/>
        <source>(+{count} more on the step)</source>
        <translation>(+{count} weitere im Schritt)</translation>
    </message>
    <message>
        <location filename="../../pages/preflight_panel.py" line="140"/>
        <source>(+{count} about the certificate on the step)</source>
        <translation>(+{count} zum Zertifikat im Schritt)</translation>
    </message>
    <message>
        <location filename="../../pages/preflight_panel.py" line="127"/>
        <source>Fix: {fix}</source>
        <translation>Abhilfe: {fix}</translation>
    </message>
    <message>
        <location filename="../../pages/preflight_panel.py" line="132"/>
        <source>The TLS handshake reached {host}:{port} ({protocol}) at {when} UTC.</source>
        <translation>Der TLS-Handshake erreichte {host}:{port} ({protocol}) um {when} UTC.</translation>
    </message>
    <message>
        <location filename="../../pages/preflight_panel.py" line="136"/>
        <source>All good.</source>
        <translation>Alles in Ordnung.</translation>
    </message>
    <message>
        <location filename="../../pages/preflight_panel.py" line="113"/>
        <source>No probe can run now: {reason}</source>
        <translation>Gerade kann keine Probe laufen: {reason}</translation>
    </message>
</context>
<context>
    <name>ProvisioningChapter</name>
    <message>
        <location filename="../../wizard/app/provisioning_chapter.py" line="50"/>
        <source>Wave</source>
        <translation>Welle</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning_chapter.py" line="50"/>
        <source>AMO batch</source>
        <translation>AMO-Batch</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning_chapter.py" line="69"/>
        <source>Not sent: {reason}.</source>
        <translation>Nicht gesendet: {reason}.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning_chapter.py" line="85"/>
        <source>Stopped: {reason}. What was sent before is in the journal; sending the same batch name again resumes it.</source>
        <translation>Angehalten: {reason}. Was zuvor gesendet wurde, steht im Journal; derselbe Batch-Name setzt den Lauf dort fort.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning_chapter.py" line="96"/>
        <source>Not read: {reason}.</source>
        <translation>Nicht gelesen: {reason}.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning_chapter.py" line="99"/>
        <source>Dry run: nothing was changed.</source>
        <translation>Probelauf: nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>ProvisioningController</name>
    <message>
        <location filename="../../wizard/app/provisioning.py" line="134"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning.py" line="135"/>
        <source>Not read</source>
        <translation>Nicht gelesen</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning.py" line="158"/>
        <source>The stations&apos; §7.2 settings are not in the file: the plan writes them all.</source>
        <translation>Die Einstellungen nach §7.2 stehen nicht in der Datei: der Plan schreibt sie alle.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning.py" line="159"/>
        <source>Read {when} UTC.</source>
        <translation>Gelesen {when} UTC.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning.py" line="161"/>
        <source>Zoom: {zoom}. OS4K: {os4k}.</source>
        <translation>Zoom: {zoom}. OS4K: {os4k}.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning.py" line="178"/>
        <source>Nobody is chosen for this wave: tick the people in the first column.</source>
        <translation>Niemand ist für diese Welle ausgewählt: Haken Sie die Personen in der ersten Spalte an.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning.py" line="189"/>
        <source>Not planned</source>
        <translation>Nicht geplant</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning.py" line="194"/>
        <source>Nothing has been sent. Review the plan, then Run wave.</source>
        <translation>Es wurde nichts gesendet. Prüfen Sie den Plan, dann „Welle ausführen“.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning.py" line="216"/>
        <source>Wave {wave} will change</source>
        <translation>Welle {wave} ändert</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning.py" line="218"/>
        <source>Send these changes</source>
        <translation>Diese Änderungen senden</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning.py" line="227"/>
        <source>Undoing the wave…</source>
        <translation>Die Welle wird zurückgenommen …</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning.py" line="230"/>
        <source>Wave: running</source>
        <translation>Welle: läuft</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning.py" line="244"/>
        <location filename="../../wizard/app/provisioning.py" line="284"/>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning.py" line="250"/>
        <source>Cancelled. What was sent is journaled; Run wave carries on from there.</source>
        <translation>Abgebrochen. Was gesendet wurde, ist protokolliert; „Welle ausführen“ macht dort weiter.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning.py" line="102"/>
        <location filename="../../wizard/app/provisioning.py" line="253"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning.py" line="66"/>
        <source>Reading Zoom and the OS4K…</source>
        <translation>Zoom und die OS4K werden gelesen …</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning.py" line="71"/>
        <source>Planning the wave…</source>
        <translation>Die Welle wird geplant …</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning.py" line="77"/>
        <source>Reading the wave back…</source>
        <translation>Die Welle wird zurückgelesen …</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning.py" line="118"/>
        <source>{what}: {reason}</source>
        <translation>{what}: {reason}</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning.py" line="261"/>
        <source>Wave {wave}: {integrated} of {people} people integrated and read back.</source>
        <translation>Welle {wave}: {integrated} von {people} Personen integriert und zurückgelesen.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning.py" line="264"/>
        <source>Next: {steps}.</source>
        <translation>Als Nächstes: {steps}.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning.py" line="274"/>
        <source>Wave: {stage}</source>
        <translation>Welle: {stage}</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning.py" line="287"/>
        <source>Paused: the changes already under way finish; nothing new is sent.</source>
        <translation>Pausiert: laufende Änderungen werden beendet, nichts Neues wird gesendet.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning.py" line="201"/>
        <source>Export the plan</source>
        <translation>Plan exportieren</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning.py" line="202"/>
        <source>PDF (*.pdf);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning.py" line="206"/>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning.py" line="205"/>
        <source>Plan exported to {file}.</source>
        <translation>Plan nach {file} exportiert.</translation>
    </message>
</context>
<context>
    <name>ProvisioningPanel</name>
    <message>
        <location filename="../../pages/provisioning_words.py" line="18"/>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_words.py" line="31"/>
        <source>OS4K AMOs (§7.2)</source>
        <translation>OS4K-AMOs (§7.2)</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_words.py" line="29"/>
        <source>Zoom users invited and active (§7.1.1, §7.1.2)</source>
        <translation>Zoom-Benutzer eingeladen und aktiv (§7.1.1, §7.1.2)</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_words.py" line="30"/>
        <source>Added in the Zoom portal, by hand (§7.1.3.2)</source>
        <translation>Im Zoom-Portal hinzugefügt, von Hand (§7.1.3.2)</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_words.py" line="32"/>
        <source>Assistant import and Update all, by hand (§7.2.1)</source>
        <translation>Import und Update all im Assistant, von Hand (§7.2.1)</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_words.py" line="34"/>
        <source>Read back from Zoom and the OS4K</source>
        <translation>Aus Zoom und der OS4K zurückgelesen</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_words.py" line="36"/>
        <source>1 Invitations</source>
        <translation>1 Einladungen</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_words.py" line="37"/>
        <source>2 Portal rounds</source>
        <translation>2 Portal-Runden</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_words.py" line="38"/>
        <source>3 AMOs</source>
        <translation>3 AMOs</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_words.py" line="39"/>
        <source>4 Assistant</source>
        <translation>4 Assistant</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_words.py" line="40"/>
        <source>5 Read-back</source>
        <translation>5 Rücklesen</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_words.py" line="41"/>
        <source>integrated</source>
        <translation>integriert</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_words.py" line="42"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_words.py" line="43"/>
        <location filename="../../pages/provisioning_words.py" line="48"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_words.py" line="44"/>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_words.py" line="46"/>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_words.py" line="46"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_words.py" line="47"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_words.py" line="47"/>
        <source>already</source>
        <translation>schon vorhanden</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_words.py" line="48"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_words.py" line="50"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_words.py" line="50"/>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_panel.py" line="231"/>
        <location filename="../../pages/provisioning_words.py" line="51"/>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_words.py" line="51"/>
        <source>superseded</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_words.py" line="52"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_words.py" line="52"/>
        <source>Only problems</source>
        <translation>Nur Probleme</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_words.py" line="53"/>
        <source>Only ready</source>
        <translation>Nur bereite</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_words.py" line="54"/>
        <source>Waiting for activation</source>
        <translation>Warten auf Aktivierung</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_words.py" line="55"/>
        <source>Integrated</source>
        <translation>Integriert</translation>
    </message>
    <message>
        <location filename="../../pages/people_table.py" line="58"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../pages/people_table.py" line="58"/>
        <source>Station</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location filename="../../pages/people_table.py" line="59"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../pages/people_table.py" line="60"/>
        <source>What is wrong</source>
        <translation>Was fehlt</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_panel.py" line="73"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_panel.py" line="75"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_panel.py" line="104"/>
        <source>Read Zoom and the OS4K, choose who goes in this wave, then Plan wave.</source>
        <translation>Zoom und die OS4K lesen, auswählen, wer in diese Welle kommt, dann „Welle planen“.</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_panel.py" line="123"/>
        <source>Every change is journaled before it is sent: after a crash, Run wave carries on without doing anything twice.</source>
        <translation>Jede Änderung wird protokolliert, bevor sie gesendet wird: Nach einem Absturz macht „Welle ausführen“ weiter, ohne etwas doppelt zu tun.</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_panel.py" line="133"/>
        <source>Zoom emails each person an invitation (§7.1.1), paced to Zoom&apos;s limits. The wave goes on with those who have activated their account (§7.1.2); the others follow when the wave is run again.</source>
        <translation>Zoom schickt jeder Person eine Einladung per E-Mail (§7.1.1), im Takt der Grenzen von Zoom. Die Welle macht mit denen weiter, die ihr Konto aktiviert haben (§7.1.2); die anderen folgen, wenn die Welle erneut ausgeführt wird.</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_panel.py" line="136"/>
        <source>Invitations of the wave</source>
        <translation>Einladungen der Welle</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_panel.py" line="142"/>
        <source>The subscribers&apos; AMOs (§7.2) over the OS4K session, each journaled before it is sent, so a wave run again never sends one twice.</source>
        <translation>Die AMOs der Teilnehmer (§7.2) über die OS4K-Sitzung, jedes protokolliert, bevor es gesendet wird: Eine erneut ausgeführte Welle sendet keines doppelt.</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_panel.py" line="144"/>
        <source>AMOs of the wave</source>
        <translation>AMOs der Welle</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_panel.py" line="146"/>
        <source>The Assistant&apos;s people of the wave</source>
        <translation>Die Personen der Welle im Assistant</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_panel.py" line="200"/>
        <source>IPPASSW=&quot;{placeholder}&quot; stands for each station&apos;s own digest password: the wave fills it in when it sends the AMO, and it is never shown or kept in the report.</source>
        <translation>IPPASSW=&quot;{placeholder}&quot; steht für das eigene Digest-Passwort jeder Station: Die Welle setzt es beim Senden des AMO ein; es wird nie angezeigt und nicht im Bericht aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_panel.py" line="220"/>
        <source>undone, rest by hand</source>
        <translation>rückgängig, Rest von Hand</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_panel.py" line="223"/>
        <location filename="../../pages/provisioning_panel.py" line="228"/>
        <source>undone, by hand</source>
        <translation>rückgängig, von Hand</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_panel.py" line="226"/>
        <source>undone, put back</source>
        <translation>rückgängig, zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_panel.py" line="221"/>
        <source>Undone: the invitations nobody had accepted were withdrawn; Zoom users who accepted are removed by hand, as the undo listed.</source>
        <translation>Rückgängig gemacht: Die Einladungen, die niemand angenommen hatte, sind zurückgezogen; Zoom-Benutzer, die angenommen haben, werden von Hand entfernt, wie die Rücknahme sie aufgelistet hat.</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_panel.py" line="224"/>
        <source>Undone: remove the integrated users by hand in the Zoom portal, as the undo listed.</source>
        <translation>Rückgängig gemacht: Die integrierten Benutzer von Hand im Zoom-Portal entfernen, wie die Rücknahme sie aufgelistet hat.</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_panel.py" line="227"/>
        <source>Undone: the AMOs put the stations back as REG- showed them before the wave.</source>
        <translation>Rückgängig gemacht: Die AMOs haben die Stationen auf den Stand zurückgesetzt, den REG- vor der Welle zeigte.</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_panel.py" line="229"/>
        <source>Undone: delete the users by hand in the Assistant (Zoom PSI &gt; User data), as the undo listed.</source>
        <translation>Rückgängig gemacht: Die Benutzer von Hand im Assistant löschen (Zoom PSI &gt; User data), wie die Rücknahme sie aufgelistet hat.</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_panel.py" line="231"/>
        <source>Undone: what was read back no longer holds.</source>
        <translation>Rückgängig gemacht: Was zurückgelesen wurde, gilt nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_panel.py" line="233"/>
        <source>Before the undo: {progress}.</source>
        <translation>Vor der Rücknahme: {progress}.</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_panel.py" line="119"/>
        <source>No wave planned.</source>
        <translation>Keine Welle geplant.</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_words.py" line="15"/>
        <source>Zoom
user</source>
        <translation>Zoom-
Benutzer</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_words.py" line="16"/>
        <source>PERSI
email</source>
        <translation>PERSI-
E-Mail</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_words.py" line="17"/>
        <source>PMIDX
+ route</source>
        <translation>PMIDX +
Richtung</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_words.py" line="19"/>
        <source>Call
log</source>
        <translation>Anruf-
liste</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_words.py" line="21"/>
        <source>PSI
user</source>
        <translation>PSI-
Benutzer</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_words.py" line="24"/>
        <source>in place</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_words.py" line="25"/>
        <source>the wave sets it</source>
        <translation>die Welle setzt es</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_words.py" line="26"/>
        <source>waiting for the person</source>
        <translation>wartet auf die Person</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_words.py" line="27"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_words.py" line="28"/>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <location filename="../../pages/provisioning_panel.py" line="197"/>
        <source>Wave {wave}: {state}, {count} people.</source>
        <translation>Welle {wave}: {state}, {count} Personen.</translation>
    </message>
</context>
<context>
    <name>ReadBackPage</name>
    <message>
        <location filename="../../pages/wave_stages.py" line="284"/>
        <source>Zoom&apos;s SIP credentials (written by CloudLink, never by the wizard) and each station&apos;s REG- are read back after the Assistant; Verify reads them again at any time. Mitel Administration&apos;s User Comparison Report (§8.2) is read with the resolution of each issue (§8.3).</source>
        <translation>Die SIP-Zugangsdaten in Zoom (von CloudLink geschrieben, nie vom Wizard) und das REG- jeder Station werden nach dem Assistant zurückgelesen; „Verifizieren“ liest sie jederzeit erneut. Der User Comparison Report aus Mitel Administration (§8.2) wird mit der Lösung jedes Problems gelesen (§8.3).</translation>
    </message>
    <message>
        <location filename="../../pages/wave_stages.py" line="288"/>
        <source>Comparison report (§8.2)…</source>
        <translation>Vergleichsbericht (§8.2)…</translation>
    </message>
    <message>
        <location filename="../../pages/wave_stages.py" line="289"/>
        <source>The User Comparison Report from Mitel Administration: each issue with its resolution (§8.3)</source>
        <translation>Der User Comparison Report aus Mitel Administration: jedes Problem mit seiner Lösung (§8.3)</translation>
    </message>
    <message>
        <location filename="../../pages/wave_stages.py" line="296"/>
        <source>Read-back of the wave</source>
        <translation>Rücklesen der Welle</translation>
    </message>
</context>
<context>
    <name>ReportChapter</name>
    <message>
        <location filename="../../wizard/app/report.py" line="162"/>
        <source>Build signed report</source>
        <translation>Signierten Bericht erstellen</translation>
    </message>
    <message>
        <location filename="../../wizard/app/report.py" line="47"/>
        <source>Export HTML</source>
        <translation>HTML exportieren</translation>
    </message>
    <message>
        <location filename="../../wizard/app/report.py" line="49"/>
        <source>Export evidence</source>
        <translation>Nachweise exportieren</translation>
    </message>
    <message>
        <location filename="../../wizard/app/report.py" line="54"/>
        <source>Export certificate</source>
        <translation>Zertifikat exportieren</translation>
    </message>
    <message>
        <location filename="../../wizard/app/report.py" line="54"/>
        <source>Certificate (*.pem)</source>
        <translation>Zertifikat (*.pem)</translation>
    </message>
    <message>
        <location filename="../../wizard/app/report.py" line="88"/>
        <source>None yet: use your company&apos;s PKCS#12 file, or create a personal identity.</source>
        <translation>Noch keine: verwenden Sie die PKCS#12-Datei Ihrer Firma oder legen Sie eine persönliche Identität an.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/report.py" line="108"/>
        <source>Signing identity</source>
        <translation>Signaturidentität</translation>
    </message>
    <message>
        <location filename="../../wizard/app/report.py" line="109"/>
        <source>PKCS#12 (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 (*.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../wizard/app/report.py" line="115"/>
        <source>Reports are signed with {file} from now on.</source>
        <translation>Berichte werden ab jetzt mit {file} signiert.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/report.py" line="118"/>
        <source>Not used</source>
        <translation>Nicht übernommen</translation>
    </message>
    <message>
        <location filename="../../wizard/app/report.py" line="141"/>
        <source>No identity created</source>
        <translation>Keine Identität erstellt</translation>
    </message>
    <message>
        <location filename="../../wizard/app/report.py" line="133"/>
        <source>Created a personal signing identity for {name}. Export the certificate so your company can vouch for it.</source>
        <translation>Persönliche Signaturidentität für {name} erstellt. Exportieren Sie das Zertifikat, damit Ihre Firma dafür bürgen kann.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/report.py" line="73"/>
        <source>The report language was not changed</source>
        <translation>Die Protokollsprache wurde nicht geändert</translation>
    </message>
    <message>
        <location filename="../../wizard/app/report.py" line="136"/>
        <source>Its passphrase is kept for this session only: this computer has no keyring.</source>
        <translation>Die Passphrase gilt nur für diese Sitzung: Dieser Rechner hat keinen Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/report.py" line="146"/>
        <location filename="../../wizard/app/report.py" line="152"/>
        <source>Certificate not exported</source>
        <translation>Zertifikat nicht exportiert</translation>
    </message>
    <message>
        <location filename="../../wizard/app/report.py" line="151"/>
        <source>Certificate written to {file}.</source>
        <translation>Zertifikat nach {file} geschrieben.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/report.py" line="178"/>
        <source>Building and signing the report…</source>
        <translation>Bericht wird erstellt und signiert…</translation>
    </message>
    <message>
        <location filename="../../wizard/app/report.py" line="183"/>
        <source>No report written</source>
        <translation>Kein Bericht geschrieben</translation>
    </message>
    <message>
        <location filename="../../wizard/app/report.py" line="189"/>
        <source>Signed report written to {file} ({pages} pages, signed by {signer}).</source>
        <translation>Signierter Bericht nach {file} geschrieben ({pages} Seiten, signiert von {signer}).</translation>
    </message>
    <message>
        <location filename="../../wizard/app/report.py" line="190"/>
        <source>Signed report written to {file} ({pages} pages, signed by {signer}, no timestamp).</source>
        <translation>Signierter Bericht nach {file} geschrieben ({pages} Seiten, signiert von {signer}, ohne Zeitstempel).</translation>
    </message>
    <message>
        <location filename="../../wizard/app/report.py" line="202"/>
        <location filename="../../wizard/app/report.py" line="208"/>
        <source>Not written</source>
        <translation>Nicht geschrieben</translation>
    </message>
    <message>
        <location filename="../../wizard/app/report.py" line="207"/>
        <source>Written to {file}.</source>
        <translation>Nach {file} geschrieben.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/report.py" line="211"/>
        <source>{what}: {reason}</source>
        <translation>{what}: {reason}</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../pages/report_page.py" line="33"/>
        <source>Chapter</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <location filename="../../pages/report_page.py" line="33"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../pages/report_page.py" line="35"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../pages/report_page.py" line="35"/>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <location filename="../../pages/report_page.py" line="34"/>
        <source>Waived</source>
        <translation>Entfällt</translation>
    </message>
    <message>
        <location filename="../../pages/report_page.py" line="34"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../../pages/report_page.py" line="36"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../pages/report_page.py" line="66"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../pages/report_page.py" line="81"/>
        <source>Progress per chapter</source>
        <translation>Fortschritt je Kapitel</translation>
    </message>
    <message>
        <location filename="../../pages/report_page.py" line="109"/>
        <source>Signed commissioning report</source>
        <translation>Signierter Inbetriebnahmebericht</translation>
    </message>
    <message>
        <location filename="../../pages/report_page.py" line="115"/>
        <source>Signing identity</source>
        <translation>Signaturidentität</translation>
    </message>
    <message>
        <location filename="../../pages/report_page.py" line="118"/>
        <source>Use a PKCS#12 file…</source>
        <translation>PKCS#12-Datei verwenden…</translation>
    </message>
    <message>
        <location filename="../../pages/report_page.py" line="119"/>
        <source>Create my personal identity</source>
        <translation>Persönliche Identität anlegen</translation>
    </message>
    <message>
        <location filename="../../pages/report_page.py" line="120"/>
        <source>Export my certificate…</source>
        <translation>Mein Zertifikat exportieren…</translation>
    </message>
    <message>
        <location filename="../../pages/report_page.py" line="192"/>
        <source>empty: use the passphrase remembered in the system keyring</source>
        <translation>leer: die im Schlüsselbund gespeicherte Passphrase verwenden</translation>
    </message>
    <message>
        <location filename="../../pages/report_page.py" line="130"/>
        <source>Passphrase of the signing identity</source>
        <translation>Passphrase der Signaturidentität</translation>
    </message>
    <message>
        <location filename="../../pages/report_page.py" line="136"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../pages/report_page.py" line="131"/>
        <source>Remember the passphrase in the system keyring</source>
        <translation>Passphrase im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <location filename="../../pages/report_page.py" line="139"/>
        <source>Language of the report</source>
        <translation>Sprache des Protokolls</translation>
    </message>
    <message>
        <location filename="../../pages/report_page.py" line="160"/>
        <source>Report language</source>
        <translation>Protokollsprache</translation>
    </message>
    <message>
        <location filename="../../pages/report_page.py" line="146"/>
        <source>Build signed report…</source>
        <translation>Signierten Bericht erstellen…</translation>
    </message>
    <message>
        <location filename="../../pages/report_page.py" line="148"/>
        <source>Export HTML…</source>
        <translation>HTML exportieren…</translation>
    </message>
    <message>
        <location filename="../../pages/report_page.py" line="150"/>
        <source>Export evidence JSON…</source>
        <translation>Nachweise als JSON exportieren…</translation>
    </message>
    <message>
        <location filename="../../pages/report_page.py" line="152"/>
        <source>Open PDF</source>
        <translation>PDF öffnen</translation>
    </message>
    <message>
        <location filename="../../pages/report_page.py" line="154"/>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <location filename="../../pages/report_page.py" line="172"/>
        <source>There is no signing identity yet: use your company&apos;s PKCS#12 file or create a personal identity first.</source>
        <translation>Es gibt noch keine Signaturidentität: Verwenden Sie die PKCS#12-Datei Ihrer Firma oder erstellen Sie zuerst eine persönliche Identität.</translation>
    </message>
    <message>
        <location filename="../../pages/report_page.py" line="178"/>
        <source>Build the signed report first: the exports are its own copy</source>
        <translation>Erst den signierten Bericht erstellen: Die Exporte sind seine eigene Kopie</translation>
    </message>
    <message>
        <location filename="../../pages/report_page.py" line="196"/>
        <source>the signing identity&apos;s passphrase</source>
        <translation>die Passphrase der Signaturidentität</translation>
    </message>
    <message>
        <location filename="../../pages/report_page.py" line="229"/>
        <source>{customer} — {site}. {done} of {total} steps done; {warnings} with warnings, {waived} waived, {failed} failed. Mode: {mode}.</source>
        <translation>{customer} — {site}. {done} von {total} Schritten erledigt; {warnings} mit Warnung, {waived} entfallen, {failed} fehlgeschlagen. Modus: {mode}.</translation>
    </message>
    <message>
        <location filename="../../pages/report_page.py" line="232"/>
        <source>Customer not set</source>
        <translation>Kunde nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../pages/report_page.py" line="233"/>
        <source>site not set</source>
        <translation>Standort nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../pages/report_page.py" line="244"/>
        <source>checked against values changed since; check it again</source>
        <translation>gegen seither geänderte Werte geprüft; erneut prüfen</translation>
    </message>
    <message>
        <location filename="../../pages/report_page.py" line="247"/>
        <source>blocked by {steps}</source>
        <translation>blockiert durch {steps}</translation>
    </message>
    <message>
        <location filename="../../pages/report_page.py" line="252"/>
        <source>… and {count} more.</source>
        <translation>… und {count} weitere.</translation>
    </message>
    <message>
        <location filename="../../pages/report_page.py" line="254"/>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../../pages/report_page.py" line="257"/>
        <source>Nothing failed, blocked, warned or outdated so far.</source>
        <translation>Bisher ist nichts fehlgeschlagen, blockiert, gewarnt oder veraltet.</translation>
    </message>
    <message>
        <location filename="../../pages/report_page.py" line="261"/>
        <source>Audit log intact: {count} entries. Chain head: {head}</source>
        <translation>Prüfprotokoll intakt: {count} Einträge. Kettenkopf: {head}</translation>
    </message>
    <message>
        <location filename="../../pages/report_page.py" line="264"/>
        <source>Audit log BROKEN: {problems}</source>
        <translation>Prüfprotokoll BESCHÄDIGT: {problems}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../pages/wave_run.py" line="158"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>RoundsPage</name>
    <message>
        <location filename="../../pages/wave_stages.py" line="103"/>
        <source>In the Zoom portal, Account Management &gt; Phone System Integration &gt; Integrated users &gt; Add users: tick everyone listed for the round, click Add, then confirm that round here. The wave reads each round back.</source>
        <translation>Im Zoom-Portal unter Account Management &gt; Phone System Integration &gt; Integrated users &gt; Add users: alle für die Runde Aufgeführten anhaken, auf Add klicken, dann diese Runde hier bestätigen. Die Welle liest jede Runde zurück.</translation>
    </message>
    <message>
        <location filename="../../pages/wave_stages.py" line="108"/>
        <source>Portal round</source>
        <translation>Portal-Runde</translation>
    </message>
    <message>
        <location filename="../../pages/wave_stages.py" line="113"/>
        <source>find in this round</source>
        <translation>in dieser Runde suchen</translation>
    </message>
    <message>
        <location filename="../../pages/wave_stages.py" line="114"/>
        <source>Find in this round</source>
        <translation>In dieser Runde suchen</translation>
    </message>
    <message>
        <location filename="../../pages/wave_stages.py" line="116"/>
        <source>Copy emails</source>
        <translation>E-Mails kopieren</translation>
    </message>
    <message>
        <location filename="../../pages/wave_stages.py" line="118"/>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <location filename="../../pages/wave_stages.py" line="125"/>
        <source>People to tick in Add users</source>
        <translation>In Add users anzuhakende Personen</translation>
    </message>
    <message>
        <location filename="../../pages/wave_stages.py" line="131"/>
        <source>Account Management &gt; Phone System Integration &gt; Integrated users &gt; Add users: tick everyone listed, click Add, then confirm here</source>
        <translation>Account Management &gt; Phone System Integration &gt; Integrated users &gt; Add users: alle Aufgeführten anhaken, Add klicken, dann hier bestätigen</translation>
    </message>
    <message>
        <location filename="../../pages/wave_stages.py" line="150"/>
        <source>{number}: {added} of {total} added</source>
        <translation>{number}: {added} von {total} hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../pages/wave_stages.py" line="172"/>
        <source>This wave adds nobody in the portal.</source>
        <translation>Diese Welle fügt im Portal niemanden hinzu.</translation>
    </message>
    <message>
        <location filename="../../pages/wave_stages.py" line="173"/>
        <source>Round added in the portal</source>
        <translation>Runde im Portal hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../pages/wave_stages.py" line="179"/>
        <source>Tick these {count} in Add users.</source>
        <translation>Diese {count} in Add users anhaken.</translation>
    </message>
    <message>
        <location filename="../../pages/wave_stages.py" line="180"/>
        <source>Nobody to tick in this round now.</source>
        <translation>In dieser Runde ist gerade niemand anzuhaken.</translation>
    </message>
    <message>
        <location filename="../../pages/wave_stages.py" line="182"/>
        <source>Later, once active: {names}.</source>
        <translation>Später, sobald aktiv: {names}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pages/wave_stages.py" line="185"/>
        <source>Round {number} added in the portal (%n people)</source>
        <translation>
            <numerusform>Runde {number} im Portal hinzugefügt (%n Person)</numerusform>
            <numerusform>Runde {number} im Portal hinzugefügt (%n Personen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pages/wave_stages.py" line="187"/>
        <source>Nothing to add in round {number}</source>
        <translation>In Runde {number} ist nichts hinzuzufügen</translation>
    </message>
    <message>
        <location filename="../../pages/wave_stages.py" line="194"/>
        <source>{count} emails copied: paste them into the portal&apos;s search one by one.</source>
        <translation>{count} E-Mails kopiert: einzeln in die Suche des Portals einfügen.</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <location filename="../../pages/wave_run.py" line="44"/>
        <source>Plan wave</source>
        <translation>Welle planen</translation>
    </message>
    <message>
        <location filename="../../pages/wave_run.py" line="45"/>
        <source>Run wave</source>
        <translation>Welle ausführen</translation>
    </message>
    <message>
        <location filename="../../pages/wave_run.py" line="46"/>
        <location filename="../../pages/wave_run.py" line="82"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../pages/wave_run.py" line="47"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../pages/wave_run.py" line="49"/>
        <source>Verify</source>
        <translation>Verifizieren</translation>
    </message>
    <message>
        <location filename="../../pages/wave_run.py" line="50"/>
        <source>Export plan…</source>
        <translation>Plan exportieren…</translation>
    </message>
    <message>
        <location filename="../../pages/wave_run.py" line="51"/>
        <source>The plan as PDF or CSV, for the customer&apos;s change approval</source>
        <translation>Der Plan als PDF oder CSV, für die Änderungsfreigabe des Kunden</translation>
    </message>
    <message>
        <location filename="../../pages/wave_run.py" line="52"/>
        <source>Undo wave…</source>
        <translation>Welle rückgängig…</translation>
    </message>
    <message>
        <location filename="../../pages/wave_run.py" line="82"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>SbcChapter</name>
    <message>
        <location filename="../../wizard/app/sbc.py" line="34"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../wizard/app/sbc.py" line="98"/>
        <source>Test call {caller} → {callee}</source>
        <translation>Testanruf {caller} → {callee}</translation>
    </message>
    <message>
        <location filename="../../wizard/app/sbc.py" line="108"/>
        <location filename="../../wizard/app/sbc.py" line="116"/>
        <source>Not called: {reason}</source>
        <translation>Nicht angerufen: {reason}</translation>
    </message>
    <message>
        <location filename="../../wizard/app/sbc.py" line="125"/>
        <source>Export the SBC settings sheet</source>
        <translation>SBC-Einstellungsblatt exportieren</translation>
    </message>
    <message>
        <location filename="../../wizard/app/sbc.py" line="131"/>
        <source>Sheet written to {file}.</source>
        <translation>Blatt geschrieben nach {file}.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/sbc.py" line="147"/>
        <source>Sheet sent to {printer}.</source>
        <translation>Blatt an {printer} gesendet.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/sbc.py" line="148"/>
        <source>the printer</source>
        <translation>den Drucker</translation>
    </message>
    <message>
        <location filename="../../wizard/app/sbc.py" line="151"/>
        <source>Not written: {reason}</source>
        <translation>Nicht geschrieben: {reason}</translation>
    </message>
</context>
<context>
    <name>SheetPanel</name>
    <message>
        <location filename="../../pages/sheet_panel.py" line="18"/>
        <source>SBC settings sheet</source>
        <translation>SBC-Einstellungsblatt</translation>
    </message>
    <message>
        <location filename="../../pages/sheet_panel.py" line="21"/>
        <source>Every value of this chapter&apos;s SBC dialogs, filled in with this site&apos;s addresses, ports and files: hand it to the SBC administrator, or work from it yourself.</source>
        <translation>Jeder Wert der SBC-Dialoge dieses Kapitels, ausgefüllt mit den Adressen, Ports und Dateien dieses Standorts: für den SBC-Administrator oder zum eigenen Abarbeiten.</translation>
    </message>
    <message>
        <location filename="../../pages/sheet_panel.py" line="26"/>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <location filename="../../pages/sheet_panel.py" line="28"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../../pages/sheet_panel.py" line="30"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
</context>
<context>
    <name>SitePanel</name>
    <message>
        <location filename="../../wizard/app/site.py" line="25"/>
        <source>active users</source>
        <translation>aktive Benutzer</translation>
    </message>
    <message>
        <location filename="../../wizard/app/site.py" line="26"/>
        <source>account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../wizard/app/site.py" line="27"/>
        <source>account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <location filename="../../wizard/app/site.py" line="28"/>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../wizard/app/site.py" line="29"/>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <location filename="../../wizard/app/site.py" line="30"/>
        <source>buildings</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <location filename="../../wizard/app/site.py" line="31"/>
        <source>system number</source>
        <translation>Anlagennummer</translation>
    </message>
    <message>
        <location filename="../../wizard/app/site.py" line="32"/>
        <source>host key</source>
        <translation>Hostschlüssel</translation>
    </message>
    <message>
        <location filename="../../wizard/app/site.py" line="65"/>
        <source>Offline checklist mode: no connections are made.</source>
        <translation>Offline-Checklistenmodus: Es werden keine Verbindungen aufgebaut.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/site.py" line="68"/>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <location filename="../../wizard/app/site.py" line="85"/>
        <source>Connected ({found}).</source>
        <translation>Verbunden ({found}).</translation>
    </message>
    <message>
        <location filename="../../wizard/app/site.py" line="85"/>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/site.py" line="87"/>
        <source>The secret is kept for this session only: this computer has no keyring.</source>
        <translation>Das Geheimnis gilt nur für diese Sitzung: Dieser Rechner hat keinen Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/site.py" line="100"/>
        <source>New SSH host key</source>
        <translation>Neuer SSH-Hostschlüssel</translation>
    </message>
    <message>
        <location filename="../../wizard/app/site.py" line="101"/>
        <source>First connection to the OS4K at {host}. It presents this SSH host key:</source>
        <translation>Erste Verbindung zur OS4K unter {host}. Sie zeigt diesen SSH-Hostschlüssel:</translation>
    </message>
    <message>
        <location filename="../../wizard/app/site.py" line="105"/>
        <source>Compare it with the fingerprint the OS4K&apos;s administrator reads on the platform. Accept it only if they match: the wizard then trusts this key alone for this OS4K.</source>
        <translation>Vergleichen Sie ihn mit dem Fingerabdruck, den der Administrator der OS4K auf der Plattform abliest. Akzeptieren Sie ihn nur, wenn beide übereinstimmen: Der Wizard vertraut dann für diese OS4K nur noch diesem Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/site.py" line="108"/>
        <source>Accept and connect</source>
        <translation>Akzeptieren und verbinden</translation>
    </message>
    <message>
        <location filename="../../wizard/app/site.py" line="114"/>
        <source>Not tested: {reason}</source>
        <translation>Nicht getestet: {reason}</translation>
    </message>
</context>
<context>
    <name>SourcesBar</name>
    <message>
        <location filename="../../pages/wave_sources.py" line="22"/>
        <source>Read Zoom and OS4K</source>
        <translation>Zoom und OS4K lesen</translation>
    </message>
    <message>
        <location filename="../../pages/wave_sources.py" line="24"/>
        <source>Zoom export…</source>
        <translation>Zoom-Export…</translation>
    </message>
    <message>
        <location filename="../../pages/wave_sources.py" line="26"/>
        <source>OS4K subscribers…</source>
        <translation>OS4K-Teilnehmer…</translation>
    </message>
    <message>
        <location filename="../../pages/wave_sources.py" line="28"/>
        <source>Paste OS4K output</source>
        <translation>OS4K-Ausgabe einfügen</translation>
    </message>
    <message>
        <location filename="../../pages/wave_sources.py" line="29"/>
        <source>REG-SBCSU / REG-PERSI output copied from the Assistant&apos;s AMO window</source>
        <translation>Aus dem AMO-Fenster des Assistant kopierte REG-SBCSU-/REG-PERSI-Ausgabe</translation>
    </message>
    <message>
        <location filename="../../pages/wave_sources.py" line="32"/>
        <source>choose</source>
        <translation>wählen</translation>
    </message>
    <message>
        <location filename="../../pages/wave_sources.py" line="33"/>
        <source>PM index for subscribers without one</source>
        <translation>PM-Index für Teilnehmer ohne einen</translation>
    </message>
    <message>
        <location filename="../../pages/wave_sources.py" line="36"/>
        <source>voicemail no. for a new PM route</source>
        <translation>Voicemail-Nr. für eine neue PM-Richtung</translation>
    </message>
    <message>
        <location filename="../../pages/wave_sources.py" line="37"/>
        <location filename="../../pages/wave_sources.py" line="38"/>
        <source>Voicemail number for a new PM route</source>
        <translation>Voicemail-Nummer für eine neue PM-Richtung</translation>
    </message>
    <message>
        <location filename="../../pages/wave_sources.py" line="39"/>
        <source>PMIDX</source>
        <translation>PMIDX</translation>
    </message>
    <message>
        <location filename="../../pages/wave_sources.py" line="40"/>
        <source>Voicemail no.</source>
        <translation>Voicemail-Nr.</translation>
    </message>
    <message>
        <location filename="../../pages/wave_sources.py" line="45"/>
        <source>Nothing read yet.</source>
        <translation>Noch nichts gelesen.</translation>
    </message>
    <message>
        <location filename="../../pages/wave_sources.py" line="50"/>
        <source>New digest password for every station</source>
        <translation>Neues Digest-Passwort für jede Station</translation>
    </message>
    <message>
        <location filename="../../pages/wave_sources.py" line="52"/>
        <source>Also replaces the passwords stations already have: every SIP device registered with one stops working until it is set up again with the new password. Unticked, a station keeps its password and only stations without one get one.</source>
        <translation>Ersetzt auch die Passwörter, die Stationen schon haben: Jedes damit registrierte SIP-Gerät funktioniert erst wieder, wenn es mit dem neuen Passwort eingerichtet ist. Nicht angehakt behält eine Station ihr Passwort, und nur Stationen ohne eines bekommen eines.</translation>
    </message>
    <message>
        <location filename="../../pages/wave_sources.py" line="60"/>
        <source>Offline checklist mode: use the files instead</source>
        <translation>Offline-Checkliste: stattdessen die Dateien verwenden</translation>
    </message>
</context>
<context>
    <name>StationChoice</name>
    <message>
        <location filename="../../pages/people_table.py" line="193"/>
        <source>Station for this person:</source>
        <translation>Station für diese Person:</translation>
    </message>
    <message>
        <location filename="../../pages/people_table.py" line="198"/>
        <source>Station for this person</source>
        <translation>Station für diese Person</translation>
    </message>
    <message>
        <location filename="../../pages/people_table.py" line="199"/>
        <source>A station read from the OS4K without an email in PERSI; the wave writes the person&apos;s email into it (guide §7.2)</source>
        <translation>Eine von der OS4K gelesene Station ohne E-Mail in PERSI; die Welle schreibt die E-Mail der Person hinein (Leitfaden §7.2)</translation>
    </message>
    <message>
        <location filename="../../pages/people_table.py" line="202"/>
        <location filename="../../pages/people_table.py" line="203"/>
        <source>choose or type</source>
        <translation>wählen oder eingeben</translation>
    </message>
    <message>
        <location filename="../../pages/people_table.py" line="205"/>
        <source>Give this station</source>
        <translation>Diese Station geben</translation>
    </message>
    <message>
        <location filename="../../pages/people_table.py" line="207"/>
        <source>Forget the choice</source>
        <translation>Wahl verwerfen</translation>
    </message>
</context>
<context>
    <name>StepActions</name>
    <message>
        <location filename="../../wizard/app/steps.py" line="105"/>
        <source>No program here opens {file}; a copy is at {path}.</source>
        <translation>Kein Programm hier öffnet {file}; eine Kopie liegt unter {path}.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/steps.py" line="118"/>
        <source>The clipboard holds no image: take a screenshot (PrtScn, or Win+Shift+S), then Paste screenshot.</source>
        <translation>Die Zwischenablage enthält kein Bild: Erst ein Bildschirmfoto machen (Druck oder Win+Umschalt+S), dann „Bildschirmfoto einfügen“.</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <location filename="../../pages/step_card.py" line="47"/>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="48"/>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="49"/>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="50"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="51"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="52"/>
        <source>Confirmed by hand</source>
        <translation>Von Hand bestätigt</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="53"/>
        <source>Waived</source>
        <translation>Entfällt</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="54"/>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="55"/>
        <source>Outdated</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="68"/>
        <source>Automatic check</source>
        <translation>Automatische Prüfung</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="69"/>
        <source>Assisted</source>
        <translation>Unterstützt</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="70"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="134"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="144"/>
        <source>Where: {place}</source>
        <translation>Wo: {place}</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="163"/>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="163"/>
        <source>{label} (optional):</source>
        <translation>{label} (optional):</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="191"/>
        <source>Run check</source>
        <translation>Prüfung ausführen</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="193"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="195"/>
        <source>Confirm by hand…</source>
        <translation>Von Hand bestätigen…</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="197"/>
        <source>Waive…</source>
        <translation>Entfällt…</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="199"/>
        <source>Attach file…</source>
        <translation>Datei anhängen…</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="201"/>
        <source>Paste screenshot</source>
        <translation>Bildschirmfoto einfügen</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="202"/>
        <source>Attach the image on the clipboard (e.g. after PrtScn or Win+Shift+S)</source>
        <translation>Das Bild aus der Zwischenablage anhängen (z. B. nach Druck oder Win+Umschalt+S)</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="204"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="205"/>
        <source>Forget this step&apos;s status; its evidence and history stay</source>
        <translation>Den Status dieses Schritts vergessen; Nachweise und Verlauf bleiben</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="222"/>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="223"/>
        <source>Choose {label}</source>
        <translation>{label} wählen</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="256"/>
        <location filename="../../pages/step_card.py" line="389"/>
        <location filename="../../pages/step_card.py" line="392"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="295"/>
        <location filename="../../pages/step_card.py" line="317"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="296"/>
        <source>Copy {name}</source>
        <translation>{name} kopieren</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="297"/>
        <source>Copy the value to the clipboard</source>
        <translation>Den Wert in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="301"/>
        <source>Applied</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="302"/>
        <source>{name} applied in the portal</source>
        <translation>{name} im Portal übernommen</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="316"/>
        <source>Copied ✓</source>
        <translation>Kopiert ✓</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="330"/>
        <source>Add file…</source>
        <translation>Datei hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="332"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="335"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="354"/>
        <source>What did you check, and how? (required; attach a screenshot or output if you have one)</source>
        <translation>Was haben Sie geprüft, und wie? (Pflicht; hängen Sie einen Screenshot oder eine Ausgabe an, wenn vorhanden)</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="356"/>
        <source>Confirmation note</source>
        <translation>Bestätigungsnotiz</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="357"/>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="359"/>
        <source>Why does this step not apply at this site? (required) A waived step does not count as done: the signed report lists it among the waivers, with your reason and your name.</source>
        <translation>Warum gilt dieser Schritt an diesem Standort nicht? (Pflicht) Ein entfallener Schritt zählt nicht als erledigt: Der signierte Bericht führt ihn mit Ihrer Begründung und Ihrem Namen unter den entfallenen Schritten.</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="362"/>
        <source>Reason for waiving</source>
        <translation>Grund für das Entfallen</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="363"/>
        <source>Waive step</source>
        <translation>Schritt entfallen lassen</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="385"/>
        <source>To attach: {files}</source>
        <translation>Anzuhängen: {files}</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="389"/>
        <location filename="../../pages/step_card.py" line="392"/>
        <source>Attach evidence</source>
        <translation>Nachweis anhängen</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="398"/>
        <source>A note is required.</source>
        <translation>Eine Notiz ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="399"/>
        <source>A reason is required.</source>
        <translation>Ein Grund ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="470"/>
        <source>{field} changed</source>
        <translation>{field} geändert</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="472"/>
        <source>{field} changed from {old} to {new}</source>
        <translation>{field} von {old} in {new} geändert</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="473"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="492"/>
        <source>{status} · outdated</source>
        <translation>{status} · veraltet</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="496"/>
        <source>Checked before {changes}: run the check again.</source>
        <translation>Geprüft vor der Änderung ({changes}): Führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="497"/>
        <source>This result is from before the input changed: run the check again to judge what is typed now.</source>
        <translation>Dieses Ergebnis stammt von vor der Änderung der Eingabe: Führen Sie die Prüfung erneut aus, um zu beurteilen, was jetzt eingegeben ist.</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="501"/>
        <source>Status of {step}: {status}</source>
        <translation>Status von {step}: {status}</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="428"/>
        <source>Run the check now</source>
        <translation>Die Prüfung jetzt ausführen</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="535"/>
        <source>{file} ({size}, kept in the project)</source>
        <translation>{file} ({size}, im Projekt gespeichert)</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="536"/>
        <source>no file chosen</source>
        <translation>keine Datei gewählt</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="539"/>
        <source>Blocked by: {steps} — fix that first, or waive it.</source>
        <translation>Blockiert durch: {steps} — zuerst das beheben oder entfallen lassen.</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="575"/>
        <source>Fix:</source>
        <translation>Abhilfe:</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="565"/>
        <source>Check passed with no findings.</source>
        <translation>Prüfung ohne Befund bestanden.</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="555"/>
        <source>Outdated: these findings are about the values as they were before {changes}; run the check again.</source>
        <translation>Veraltet: Diese Befunde gelten für die Werte vor der Änderung ({changes}). Führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="557"/>
        <source>Outdated: these findings are about the input as it was before; run the check again to judge what is typed now.</source>
        <translation>Veraltet: Diese Befunde gelten für die Eingabe, wie sie vorher war. Führen Sie die Prüfung erneut aus, um zu beurteilen, was jetzt eingegeben ist.</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="561"/>
        <source>Outdated: the check passed before {changes}; run it again.</source>
        <translation>Veraltet: Die Prüfung wurde vor der Änderung ({changes}) bestanden. Führen Sie sie erneut aus.</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="563"/>
        <source>Outdated: the check passed with no findings on the input as it was before; run it again to judge what is typed now.</source>
        <translation>Veraltet: Die Prüfung wurde für die Eingabe, wie sie vorher war, ohne Befund bestanden. Führen Sie sie erneut aus, um zu beurteilen, was jetzt eingegeben ist.</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="601"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="601"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="618"/>
        <source>Confirmed by {who} at {when} UTC</source>
        <translation>Bestätigt von {who} um {when} UTC</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="619"/>
        <source>Waived by {who} at {when} UTC</source>
        <translation>Entfallen lassen von {who} um {when} UTC</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="620"/>
        <source>Recorded by {who} at {when} UTC</source>
        <translation>Erfasst von {who} um {when} UTC</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="623"/>
        <source>Reason: {text}</source>
        <translation>Grund: {text}</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="623"/>
        <source>Note: {text}</source>
        <translation>Notiz: {text}</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="603"/>
        <source>Attachment: {file} ({size}, SHA-256 {digest}…)</source>
        <translation>Anhang: {file} ({size}, SHA-256 {digest}…)</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="591"/>
        <source>Superseded, not open: read from {source} at {when} UTC; the {later} read the same facts again at {later_when} UTC.</source>
        <translation>Überholt, nicht offen – gelesen: {source}, {when} UTC; dieselben Fakten erneut gelesen: {later}, {later_when} UTC.</translation>
    </message>
    <message>
        <location filename="../../pages/step_card.py" line="607"/>
        <source>Evidence expected: {what}</source>
        <translation>Erwarteter Nachweis: {what}</translation>
    </message>
</context>
<context>
    <name>SystemBar</name>
    <message>
        <location filename="../../pages/wave_stages.py" line="38"/>
        <source>Progress: {system}</source>
        <translation>Fortschritt: {system}</translation>
    </message>
    <message>
        <location filename="../../pages/wave_stages.py" line="52"/>
        <source>nothing to do</source>
        <translation>nichts zu tun</translation>
    </message>
    <message>
        <location filename="../../pages/wave_stages.py" line="55"/>
        <source>{done} of {total} done</source>
        <translation>{done} von {total} erledigt</translation>
    </message>
    <message>
        <location filename="../../pages/wave_stages.py" line="60"/>
        <source>~{seconds} s left</source>
        <translation>noch ~{seconds} s</translation>
    </message>
    <message>
        <location filename="../../pages/wave_stages.py" line="62"/>
        <source>{count} failed</source>
        <translation>{count} fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../pages/wave_stages.py" line="64"/>
        <source>{count} waiting</source>
        <translation>{count} wartend</translation>
    </message>
</context>
<context>
    <name>TestCallPanel</name>
    <message>
        <location filename="../../pages/test_call_panel.py" line="30"/>
        <source>Test call through the SBC</source>
        <translation>Testanruf über den SBC</translation>
    </message>
    <message>
        <location filename="../../pages/test_call_panel.py" line="33"/>
        <source>Two test stations register through the SBC&apos;s public FQDN as Zoom PSI clients, one calls the other, and audio goes both ways over SRTP for a few seconds; then the media profile is tried with plain RTP and an unconfigured codec (§9.4.2).</source>
        <translation>Zwei Teststationen registrieren sich als Zoom-PSI-Clients über den öffentlichen FQDN des SBC, die eine ruft die andere an, und einige Sekunden lang geht Audio über SRTP in beide Richtungen; danach wird das Medienprofil mit reinem RTP und einem nicht konfigurierten Codec geprüft (§9.4.2).</translation>
    </message>
    <message>
        <location filename="../../pages/test_call_panel.py" line="39"/>
        <source>Calling station</source>
        <translation>Anrufende Station</translation>
    </message>
    <message>
        <location filename="../../pages/test_call_panel.py" line="40"/>
        <source>Called station</source>
        <translation>Angerufene Station</translation>
    </message>
    <message>
        <location filename="../../pages/test_call_panel.py" line="44"/>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <location filename="../../pages/test_call_panel.py" line="62"/>
        <source>e.g. {number}</source>
        <translation>z. B. {number}</translation>
    </message>
    <message>
        <location filename="../../pages/test_call_panel.py" line="68"/>
        <source>{station}: digest password</source>
        <translation>{station}: Digest-Passwort</translation>
    </message>
    <message>
        <location filename="../../pages/test_call_panel.py" line="71"/>
        <source>Digest password</source>
        <translation>Digest-Passwort</translation>
    </message>
    <message>
        <location filename="../../pages/test_call_panel.py" line="90"/>
        <source>Name both test stations, then call.</source>
        <translation>Nennen Sie beide Teststationen, dann rufen Sie an.</translation>
    </message>
    <message>
        <location filename="../../pages/test_call_panel.py" line="96"/>
        <source>A test call needs the live SBC: not in offline checklist mode.</source>
        <translation>Ein Testanruf braucht den SBC im Betrieb: nicht im Offline-Checklistenmodus.</translation>
    </message>
    <message>
        <location filename="../../pages/test_call_panel.py" line="99"/>
        <source>Calling… (registration, the call, a few seconds of audio each way, the media profile&apos;s offers)</source>
        <translation>Anruf läuft… (Registrierung, der Anruf, einige Sekunden Audio je Richtung, die Angebote an das Medienprofil)</translation>
    </message>
</context>
<context>
    <name>UndoBox</name>
    <message>
        <location filename="../../pages/wave_run.py" line="107"/>
        <source>What undo changes</source>
        <translation>Was das Rückgängigmachen ändert</translation>
    </message>
    <message>
        <location filename="../../pages/wave_run.py" line="122"/>
        <source>Left for your hands</source>
        <translation>Bleibt für Sie von Hand zu tun</translation>
    </message>
    <message>
        <location filename="../../pages/wave_run.py" line="125"/>
        <source>note: {text}</source>
        <translation>Hinweis: {text}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pages/wave_run.py" line="128"/>
        <source>Undo: %n AMO(s), then the invitations still pending</source>
        <translation>
            <numerusform>Rückgängig: %n AMO, dann die noch offenen Einladungen</numerusform>
            <numerusform>Rückgängig: %n AMOs, dann die noch offenen Einladungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaveHands</name>
    <message>
        <location filename="../../wizard/app/provisioning_hands.py" line="36"/>
        <location filename="../../wizard/app/provisioning_hands.py" line="49"/>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning_hands.py" line="60"/>
        <source>Saved the Assistant&apos;s file with {count} people: import it under Zoom PSI &gt; Data Operation &gt; Import CSV, then Update all.</source>
        <translation>Die Datei für den Assistant mit {count} Personen gespeichert: unter Zoom PSI &gt; Data Operation &gt; Import CSV importieren, dann Update all.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning_hands.py" line="64"/>
        <source>Assistant import file (CSV)</source>
        <translation>Importdatei für den Assistant (CSV)</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning_hands.py" line="65"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning_hands.py" line="67"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning_hands.py" line="73"/>
        <source>Not verified</source>
        <translation>Nicht verifiziert</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning_hands.py" line="80"/>
        <source>Read back from Zoom and the OS4K: {done} of {total} people as the guide asks.</source>
        <translation>Aus Zoom und der OS4K zurückgelesen: {done} von {total} Personen wie im Leitfaden verlangt.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning_hands.py" line="83"/>
        <source>Of the others: {who}.</source>
        <translation>Von den übrigen: {who}.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning_hands.py" line="86"/>
        <source>The read-back is kept as evidence for the report.</source>
        <translation>Das Zurücklesen ist als Nachweis für den Bericht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning_hands.py" line="100"/>
        <source>{count} with a problem (see the people&apos;s rows)</source>
        <translation>{count} mit einem Problem (siehe die Zeilen der Personen)</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning_hands.py" line="109"/>
        <source>{count} waiting to accept the Zoom invitation and activate the account</source>
        <translation>{count} warten darauf, die Zoom-Einladung anzunehmen und das Konto zu aktivieren</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning_hands.py" line="110"/>
        <source>{count} waiting to be added in the Zoom portal&apos;s Integrated users</source>
        <translation>{count} warten darauf, im Zoom-Portal unter Integrated users hinzugefügt zu werden</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning_hands.py" line="111"/>
        <source>{count} waiting for their AMOs</source>
        <translation>{count} warten auf ihre AMOs</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning_hands.py" line="112"/>
        <source>{count} waiting for the Assistant&apos;s import and Update all</source>
        <translation>{count} warten auf den Import und Update all im Assistant</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning_hands.py" line="113"/>
        <source>{count} waiting for Zoom&apos;s SIP credentials (CloudLink&apos;s update)</source>
        <translation>{count} warten auf die SIP-Zugangsdaten in Zoom (Aktualisierung durch CloudLink)</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning_hands.py" line="121"/>
        <source>Undoing wave {wave} will change</source>
        <translation>Das Rückgängigmachen von Welle {wave} ändert</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning_hands.py" line="122"/>
        <source>Undo these changes</source>
        <translation>Diese Änderungen rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning_hands.py" line="123"/>
        <source>Nothing has been changed yet: review what undo would do, then confirm it.</source>
        <translation>Noch wurde nichts geändert: prüfen Sie, was das Rückgängigmachen tun würde, dann bestätigen.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning_hands.py" line="128"/>
        <source>Undo stopped</source>
        <translation>Rückgängig machen angehalten</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning_hands.py" line="134"/>
        <source>Wave {wave} undone; what is left for your hands is listed above.</source>
        <translation>Welle {wave} rückgängig gemacht; was von Hand bleibt, steht oben.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning_hands.py" line="135"/>
        <source>Wave {wave} undone; nothing is left for your hands.</source>
        <translation>Welle {wave} rückgängig gemacht; von Hand bleibt nichts zu tun.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning_hands.py" line="140"/>
        <source>User Comparison Report (CSV)</source>
        <translation>User Comparison Report (CSV)</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning_hands.py" line="141"/>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning_hands.py" line="143"/>
        <location filename="../../wizard/app/provisioning_hands.py" line="151"/>
        <source>Not read</source>
        <translation>Nicht gelesen</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning_hands.py" line="155"/>
        <source>User comparison report {file}: {count} issue(s)</source>
        <translation>User Comparison Report {file}: {count} Problem(e)</translation>
    </message>
    <message>
        <location filename="../../wizard/app/provisioning_hands.py" line="157"/>
        <source>Comparison report kept on step §8.2; {count} issue(s) to resolve (§8.3).</source>
        <translation>Vergleichsbericht bei Schritt §8.2 abgelegt; {count} Problem(e) zu lösen (§8.3).</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../wizard/app/welcome.py" line="31"/>
        <source>PSI commissioning wizard</source>
        <translation>PSI-Inbetriebnahme-Wizard</translation>
    </message>
    <message>
        <location filename="../../wizard/app/welcome.py" line="33"/>
        <source>Zoom Phone System Integration with OpenScape 4000 and OpenScape SBC, step by step in the order of the solution guide. Start a project for the site, open one, or look around in the demo.</source>
        <translation>Zoom Phone System Integration mit OpenScape 4000 und OpenScape SBC, Schritt für Schritt in der Reihenfolge des Lösungsleitfadens. Legen Sie ein Projekt für den Standort an, öffnen Sie eines, oder sehen Sie sich in der Demo um.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/welcome.py" line="42"/>
        <source>New project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../../wizard/app/welcome.py" line="42"/>
        <source>Open project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <location filename="../../wizard/app/welcome.py" line="43"/>
        <source>Open the demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <location filename="../../wizard/app/welcome.py" line="43"/>
        <source>Sites in a folder…</source>
        <translation>Standorte in einem Ordner…</translation>
    </message>
    <message>
        <location filename="../../wizard/app/welcome.py" line="52"/>
        <location filename="../../wizard/app/welcome.py" line="55"/>
        <location filename="../../wizard/app/welcome.py" line="93"/>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <location filename="../../wizard/app/welcome.py" line="61"/>
        <source>Order of the sites</source>
        <translation>Reihenfolge der Standorte</translation>
    </message>
    <message>
        <location filename="../../wizard/app/welcome.py" line="62"/>
        <source>Needing attention first</source>
        <translation>Handlungsbedarf zuerst</translation>
    </message>
    <message>
        <location filename="../../wizard/app/welcome.py" line="62"/>
        <source>Last changed first</source>
        <translation>Zuletzt geändert zuerst</translation>
    </message>
    <message>
        <location filename="../../wizard/app/welcome.py" line="63"/>
        <source>By customer</source>
        <translation>Nach Kunde</translation>
    </message>
    <message>
        <location filename="../../wizard/app/welcome.py" line="63"/>
        <source>Least done first</source>
        <translation>Am wenigsten erledigt zuerst</translation>
    </message>
    <message>
        <location filename="../../wizard/app/welcome.py" line="70"/>
        <source>None yet. A project is one file per site (.psiproj), saved as you work.</source>
        <translation>Noch keine. Ein Projekt ist eine Datei pro Standort (.psiproj), die beim Arbeiten laufend gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../../wizard/app/welcome.py" line="114"/>
        <source>Cannot be read: {reason}</source>
        <translation>Nicht lesbar: {reason}</translation>
    </message>
    <message>
        <location filename="../../wizard/app/welcome.py" line="116"/>
        <source>Site not named yet</source>
        <translation>Standort noch ohne Namen</translation>
    </message>
    <message>
        <location filename="../../wizard/app/welcome.py" line="117"/>
        <source>{done} of {total} done</source>
        <translation>{done} von {total} erledigt</translation>
    </message>
    <message>
        <location filename="../../wizard/app/welcome.py" line="119"/>
        <source>{count} failed</source>
        <translation>{count} fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../wizard/app/welcome.py" line="121"/>
        <source>{count} with warnings</source>
        <translation>{count} mit Warnungen</translation>
    </message>
    <message>
        <location filename="../../wizard/app/welcome.py" line="123"/>
        <source>changed {when}</source>
        <translation>geändert {when}</translation>
    </message>
    <message>
        <location filename="../../wizard/app/welcome.py" line="125"/>
        <source>report signed {day}</source>
        <translation>Bericht signiert {day}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wizard/app/welcome.py" line="127"/>
        <source>re-checked {day}: %n drift(s)</source>
        <translation>
            <numerusform>erneut geprüft {day}: %n Abweichung</numerusform>
            <numerusform>erneut geprüft {day}: %n Abweichungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wizard/app/welcome.py" line="130"/>
        <source>SBC certificate: %n day(s) left</source>
        <translation>
            <numerusform>SBC-Zertifikat: noch %n Tag</numerusform>
            <numerusform>SBC-Zertifikat: noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wizard/app/welcome.py" line="138"/>
        <source>The demo is being prepared…</source>
        <translation>Die Demo wird vorbereitet…</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../wizard/app/application.py" line="40"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <location filename="../../wizard/app/application.py" line="41"/>
        <source>The wizard hit an internal error. Everything saved so far is safe in the project file.
Please send the log file to support:
{file}</source>
        <translation>Der Wizard ist auf einen internen Fehler gestoßen. Alles bisher Gespeicherte ist sicher in der Projektdatei.
Bitte senden Sie die Protokolldatei an den Support:
{file}</translation>
    </message>
</context>
</TS>
