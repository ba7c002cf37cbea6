<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AssistantPage</name>
    <message numerus="yes">
        <location filename="../../pages/wave_stages.py" line="249"/>
        <source>This wave&apos;s file is saved with %n people: import it (Zoom PSI &gt; Data Operation &gt; Import CSV), run Update all, then confirm.</source>
        <translation>
            <numerusform>This wave&apos;s file is saved with %n person: import it (Zoom PSI &gt; Data Operation &gt; Import CSV), run Update all, then confirm.</numerusform>
            <numerusform>This wave&apos;s file is saved with %n people: import it (Zoom PSI &gt; Data Operation &gt; Import CSV), run Update all, then confirm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pages/wave_stages.py" line="252"/>
        <source>%n people are ready for the Assistant: save the file, import it (Zoom PSI &gt; Data Operation &gt; Import CSV), run Update all, then confirm.</source>
        <translation>
            <numerusform>%n person is ready for the Assistant: save the file, import it (Zoom PSI &gt; Data Operation &gt; Import CSV), run Update all, then confirm.</numerusform>
            <numerusform>%n people are ready for the Assistant: save the file, import it (Zoom PSI &gt; Data Operation &gt; Import CSV), run Update all, then confirm.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../wizard/app/window.py" line="941"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wizard/app/window.py" line="996"/>
        <source>Running %n check(s)…</source>
        <translation>
            <numerusform>Running %n check…</numerusform>
            <numerusform>Running %n checks…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wizard/app/window.py" line="1076"/>
        <source>%n drift(s) since the baseline.</source>
        <translation>
            <numerusform>%n drift since the baseline.</numerusform>
            <numerusform>%n drifts since the baseline.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundsPage</name>
    <message numerus="yes">
        <location filename="../../pages/wave_stages.py" line="185"/>
        <source>Round {number} added in the portal (%n people)</source>
        <translation>
            <numerusform>Round {number} added in the portal (%n person)</numerusform>
            <numerusform>Round {number} added in the portal (%n people)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoBox</name>
    <message numerus="yes">
        <location filename="../../pages/wave_run.py" line="128"/>
        <source>Undo: %n AMO(s), then the invitations still pending</source>
        <translation>
            <numerusform>Undo: %n AMO, then the invitations still pending</numerusform>
            <numerusform>Undo: %n AMOs, then the invitations still pending</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message numerus="yes">
        <location filename="../../wizard/app/welcome.py" line="127"/>
        <source>re-checked {day}: %n drift(s)</source>
        <translation>
            <numerusform>re-checked {day}: %n drift</numerusform>
            <numerusform>re-checked {day}: %n drifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wizard/app/welcome.py" line="130"/>
        <source>SBC certificate: %n day(s) left</source>
        <translation>
            <numerusform>SBC certificate: %n day left</numerusform>
            <numerusform>SBC certificate: %n days left</numerusform>
        </translation>
    </message>
</context>
</TS>
