<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgendaTab</name>
    <message numerus="yes">
        <source>Planned %n item(s) for as long as they ran last time. Ctrl+Z puts the plan back.</source>
        <translation>
            <numerusform>Planned %n item for as long as it ran last time. Ctrl+Z puts the plan back.</numerusform>
            <numerusform>Planned %n items for as long as they ran last time. Ctrl+Z puts the plan back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message numerus="yes">
        <source>On for “{title}” at {address} · %n note(s) received</source>
        <translation>
            <numerusform>On for “{title}” at {address} · %n note received</numerusform>
            <numerusform>On for “{title}” at {address} · %n notes received</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureRow</name>
    <message numerus="yes">
        <source>Add %n note(s)</source>
        <translation>
            <numerusform>Add %n note</numerusform>
            <numerusform>Add %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n team</numerusform>
            <numerusform>%n teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Read as {encoding}, with columns separated by {separator} · %n row(s) after the heading row</source>
        <translation>
            <numerusform>Read as {encoding}, with columns separated by {separator} · %n row after the heading row</numerusform>
            <numerusform>Read as {encoding}, with columns separated by {separator} · %n rows after the heading row</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkWindow</name>
    <message numerus="yes">
        <source>%n pair(s) of teams have met;</source>
        <translation>
            <numerusform>%n pair of teams has met;</numerusform>
            <numerusform>%n pairs of teams have met;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more than once.</source>
        <translation>
            <numerusform>%n more than once.</numerusform>
            <numerusform>%n more than once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not yet paired this year: %n pair(s) among the latest convening&apos;s teams (partners to consider next time):</source>
        <translation>
            <numerusform>Not yet paired this year: %n pair among the latest convening&apos;s teams (partners to consider next time):</numerusform>
            <numerusform>Not yet paired this year: %n pairs among the latest convening&apos;s teams (partners to consider next time):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDSA cycle(s) of</source>
        <translation>
            <numerusform>%n PDSA cycle of</numerusform>
            <numerusform>%n PDSA cycles of</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s) this year, each at the convening where it was recorded.</source>
        <translation>
            <numerusform>%n team this year, each at the convening where it was recorded.</numerusform>
            <numerusform>%n teams this year, each at the convening where it was recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairingTab</name>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n locked</source>
        <translation>
            <numerusform>%n locked</numerusform>
            <numerusform>%n locked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a repeat</source>
        <translation>
            <numerusform>%n with a repeat</numerusform>
            <numerusform>%n with a repeat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhaseRow</name>
    <message numerus="yes">
        <source>%n phone(s) voted</source>
        <translation>
            <numerusform>%n phone voted</numerusform>
            <numerusform>%n phones voted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoRow</name>
    <message numerus="yes">
        <source> (%n photo(s)).</source>
        <translation>
            <numerusform> (%n photo).</numerusform>
            <numerusform> (%n photos).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestBox</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WallView</name>
    <message numerus="yes">
        <source>%n note(s) into {number} “{name}”.</source>
        <translation>
            <numerusform>%n note into {number} “{name}”.</numerusform>
            <numerusform>%n notes into {number} “{name}”.</numerusform>
        </translation>
    </message>
</context>
</TS>
