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
    <name>BallotDialog</name>
    <message numerus="yes">
        <source>Each person has %n dot(s)</source>
        <translation>
            <numerusform>Each person has %n dot</numerusform>
            <numerusform>Each person has %n dots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{left} of %n dot(s) left.</source>
        <translation>
            <numerusform>{left} of %n dot left.</numerusform>
            <numerusform>{left} of %n dots left.</numerusform>
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
    <name>CofacPanel</name>
    <message numerus="yes">
        <source>Taking back %n device(s) from before the crash.</source>
        <translation>
            <numerusform>Taking back %n device from before the crash.</numerusform>
            <numerusform>Taking back %n devices from before the crash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Co-facilitation ended in a crash: Start takes back its %n device(s).</source>
        <translation>
            <numerusform>Co-facilitation ended in a crash: Start takes back its %n device.</numerusform>
            <numerusform>Co-facilitation ended in a crash: Start takes back its %n devices.</numerusform>
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
    <message numerus="yes">
        <source>%n cycle(s)</source>
        <translation>
            <numerusform>%n cycle</numerusform>
            <numerusform>%n cycles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
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
    <message numerus="yes">
        <source>Create the missing %n team(s)</source>
        <translation>
            <numerusform>Create the missing team</numerusform>
            <numerusform>Create the missing %n teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n person(s)</source>
        <translation>
            <numerusform>Import %n person</numerusform>
            <numerusform>Import %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n team(s)</source>
        <translation>
            <numerusform>Import %n team</numerusform>
            <numerusform>Import %n teams</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkWindow</name>
    <message numerus="yes">
        <source>Read %n convening file(s).</source>
        <translation>
            <numerusform>Read %n convening file.</numerusform>
            <numerusform>Read %n convening files.</numerusform>
        </translation>
    </message>
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
        <source> %n round(s) on other days: choose the day above.</source>
        <translation>
            <numerusform> %n round on other days: choose the day above.</numerusform>
            <numerusform> %n rounds on other days: choose the day above.</numerusform>
        </translation>
    </message>
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
    <name>TeamsTab</name>
    <message numerus="yes">
        <source>%n participant(s) will be left without a team. They stay in the convening, and you can give them a team again later.</source>
        <translation>
            <numerusform>%n participant will be left without a team. They stay in the convening, and you can give them a team again later.</numerusform>
            <numerusform>%n participants will be left without a team. They stay in the convening, and you can give them a team again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoteRow</name>
    <message numerus="yes">
        <source>Dots (%n person(s) by name): </source>
        <translation>
            <numerusform>Dots (%n person by name): </numerusform>
            <numerusform>Dots (%n people by name): </numerusform>
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
