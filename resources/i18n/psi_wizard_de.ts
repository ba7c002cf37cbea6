<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../wizard/app.py" line="94" />
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="95" />
        <source>Offline checklist</source>
        <translation>Offline-Checkliste</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="96" />
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="198" />
        <source>Chapters of the guide</source>
        <translation>Kapitel des Leitfadens</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="212" />
        <source>◀  Back</source>
        <translation>◀  Zurück</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="213" />
        <source>Previous chapter (Ctrl+PgUp)</source>
        <translation>Vorheriges Kapitel (Strg+Bild auf)</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="215" />
        <source>Next  ▶</source>
        <translation>Weiter  ▶</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="216" />
        <source>Next chapter (Ctrl+PgDown)</source>
        <translation>Nächstes Kapitel (Strg+Bild ab)</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="236" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="237" />
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="238" />
        <source>&amp;Open project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="239" />
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="240" />
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="242" />
        <source>&amp;Close project</source>
        <translation>Projekt s&amp;chließen</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="245" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="247" />
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="248" />
        <source>&amp;Next chapter</source>
        <translation>&amp;Nächstes Kapitel</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="249" />
        <source>&amp;Previous chapter</source>
        <translation>&amp;Vorheriges Kapitel</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="251" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="252" />
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="256" />
        <location filename="../../wizard/app.py" line="267" />
        <source>Follow the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="256" />
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="256" />
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="263" />
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="276" />
        <source>&amp;Mode</source>
        <translation>&amp;Modus</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="277" />
        <source>&amp;Offline checklist</source>
        <translation>&amp;Offline-Checkliste</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="279" />
        <source>Nothing touches the network; steps that need a live system are confirmed by hand</source>
        <translation>Nichts geht ins Netz; Schritte, die ein Live-System brauchen, werden von Hand bestätigt</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="284" />
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="285" />
        <source>Run all checks in this &amp;chapter</source>
        <translation>Alle Prüfungen dieses &amp;Kapitels ausführen</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="287" />
        <source>&amp;Cancel running checks</source>
        <translation>Laufende Prüfungen a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="289" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="290" />
        <source>Open the &amp;guide at this step</source>
        <translation>&amp;Leitfaden an diesem Schritt öffnen</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="292" />
        <source>Choose the guide &amp;file…</source>
        <translation>Leitfaden-&amp;Datei wählen…</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="293" />
        <source>Open the &amp;log file</source>
        <translation>&amp;Protokolldatei öffnen</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="294" />
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="299" />
        <source>The language changes at the next start of the wizard.</source>
        <translation>Die Sprache wechselt beim nächsten Start des Assistenten.</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="822" />
        <source>Mode: {mode}</source>
        <translation>Modus: {mode}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../wizard/app.py" line="119" />
        <source>PSI commissioning wizard</source>
        <translation>PSI-Inbetriebnahme-Assistent</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="121" />
        <source>Zoom Phone System Integration with OpenScape 4000 and OpenScape SBC, step by step in the order of the solution guide. Start a project for the site, open one, or look around in the demo.</source>
        <translation>Zoom Phone System Integration mit OpenScape 4000 und OpenScape SBC, Schritt für Schritt in der Reihenfolge des Lösungsleitfadens. Legen Sie ein Projekt für den Standort an, öffnen Sie eines, oder sehen Sie sich in der Demo um.</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="129" />
        <source>New project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="130" />
        <source>Open project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="131" />
        <source>Open the demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="138" />
        <location filename="../../wizard/app.py" line="141" />
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <location filename="../../wizard/app.py" line="144" />
        <source>None yet. A project is one file per site (.psiproj), saved as you work.</source>
        <translation>Noch keine. Ein Projekt ist eine Datei pro Standort (.psiproj), die beim Arbeiten laufend gespeichert wird.</translation>
    </message>
</context>
</TS>