<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Convene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Convene {value}&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline facilitation console for school-improvement convenings. Convene is MIT-licensed and ships with these components; pick one to read its licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcrossPane</name>
    <message>
        <source>Summarise talk by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk summaries across the convening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance over time in this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summaries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance over time: start tracking a conversation to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance over time in “{title}”: nobody has spoken yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance over time in “{title}” (1 is everyone equally): {steps}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaLink</name>
    <message>
        <source>Agenda item of this board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol step of this board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day {value}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {value}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items on this day yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item after the selected one (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected item (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected item (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected item (Delete; Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the change just undone (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-plan the rest of this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use last time&apos;s minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan this day&apos;s items for as long as they ran at the last convening (Ctrl+Z puts them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What just happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo {undo_label} (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo {redo_label} (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Planned %n item(s) for as long as they ran last time. Ctrl+Z puts the plan back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Changed the day&apos;s times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the day to {name}. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} “{title}”. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicated “{value}”. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “{title}”. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved “{value}” {value2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid: {label}. Redo with Ctrl+Shift+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redid: {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-planned: {message} Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Agenda items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttributesEditor</name>
    <message>
        <source>Attributes of your own, to weigh in “What makes a good pair”. Type a value per team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New attribute, e.g. county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New attribute name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a team attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team attribute values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BallotDialog</name>
    <message>
        <source>Dots by person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the person voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots on {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person has {per_person} dots{cap}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrightSpotsPanel</name>
    <message>
        <source>Bright spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice, in a sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which students or families it works for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you know: a number, a story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add bright spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add bright spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected bright spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on pro&amp;jector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected bright spot on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticky note: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note in {where}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureBox</name>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a note and press Enter (paste many lines to add one note each)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <source>Capture from phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start capture from phones for this board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network address for capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold notes from phones until accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the join code on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes waiting for moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the ticked waiting notes on the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the ticked waiting notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every waiting note on the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop capture from phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>On for “{title}” at {address} · %n note(s) received</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureRow</name>
    <message>
        <source>Note colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author or team (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the pasted notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not add the pasted notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note looks like one already on the wall (marked with a folded corner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClickerKeys</name>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodesDialog</name>
    <message>
        <source>Codes for turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to four codes. During the conversation, Alt+1 … Alt+4 give a code to the turn running now, or else the last one (again takes it off). Leave all empty for no codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code {value} (Alt+{value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+{value}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the suggested codes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentForm</name>
    <message>
        <source>Change to test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will you try at your site? e.g. Text every senior who started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who runs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Friday 7 February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you will count or look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you need, if anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentsTab</name>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bright spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDSA cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This team&apos;s commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click one, or press Enter on it, to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab: next field  ·  Enter: save  ·  Ctrl+Enter: save and go to the next team  ·  Ctrl+Down / Ctrl+Up: next / previous team  ·  Projector, from any window: F10 this team, Ctrl+8 every team, Shift+PageDown next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save, next team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and go to the next team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new commitment for this team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the commitment in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carry over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry over the commitments of an earlier convening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every commitment to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in the commitments made at an earlier convening (its .convene file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this team&apos;s commitments on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this team&apos;s commitments on the projector (F10, from any window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every team&apos;s commitments on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every team&apos;s commitments on the projector (Ctrl+8, from any window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next page of commitments on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next page of every team&apos;s commitments on the projector (Shift+PageDown; Shift+PageUp goes back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action period, we will…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No teams yet: add them in the Teams tab, or import a CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured during: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: add a team first (Teams tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Edit &gt; Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the commitment. Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked it {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added it to the bright spots (see the Bright spots page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry over from an earlier convening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Convene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convene console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New convening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the de&amp;mo convening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convening &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close convening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector &amp;window on/off	F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank / &amp;restore	B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {title}	{keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {value}	F10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard and clicker keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redid: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a convening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “{name}”: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo convening could not be made: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new convening as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the convening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console will change language the next time Convene starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now working on the copy {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Convene?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timer is running. Quit Convene?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timer keeps time while Convene is closed; open the file again to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — Convene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}  ·  saved as you go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as you go in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the wall&apos;s {value} page. Show another scene (Ctrl+1 to Ctrl+9) and PageDown moves the agenda on again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair teams with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}: pair teams with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}: weight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CyclesPanel</name>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change idea it tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDSA cycles of this commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: what you will try, e.g. Texts in Spanish after 6 pm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We predict that… e.g. half of the families will reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do: what you saw, with a number if you have one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study: how it compared with the prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ommitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests the &amp;idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to the cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the PDSA cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new PDSA cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the PDSA cycle in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This team&apos;s page for its phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every team&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every team&apos;s phone address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line a team, to send each its own address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab: next field  ·  Enter: save the cycle  ·  Ctrl+N: a new one  ·  Enter on a cycle above: edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add change ideas on the Driver diagram page first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This team has no commitments yet: add one on the Commitments page, then record its PDSA cycles here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No teams yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PDSA cycles on this commitment yet: type the first one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment: add a commitment for this team first (Commitments page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Edit &gt; Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save cycle {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the PDSA cycle. Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This team&apos;s code: {code} (on a phone: “Your team&apos;s PDSA cycle or measure” under the notes page)
Its own address: {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams can send their cycles from a phone while room capture runs (Wall tab, Start capture): each team gets a code of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied every team&apos;s address for its phones: send each team its own line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This commitment tests “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This commitment tests no change idea of the diagram now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayBar</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day ends at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this day to a new day at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a new day after the last one with copies of this day&apos;s items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the day fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the day is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayRow</name>
    <message>
        <source>Day date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day end time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriversPanel</name>
    <message>
        <source>Aim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the network will improve, for whom, by how much, by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drivers and change ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A driver or a change idea, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to the driver diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the text under the chosen part of the diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert, or Enter in the text field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the chosen part of the diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen part of the diagram and all under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen part up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen part down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the driver diagram on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save aim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the aim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the tree: Insert adds the text under the chosen part  ·  F2 renames  ·  Delete deletes  ·  Alt+Up / Alt+Down move. Link a commitment to a change idea on the PDSA cycles page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Edit &gt; Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the aim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aim: write the network&apos;s aim first; the drivers go under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted it and everything under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved it. Edit &gt; Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EarlyProjector</name>
    <message>
        <source>Convene — Projector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the handout covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole convening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared: for everyone (no roster, no private notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator: with private notes and the roster with emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open its &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building {name}: {value}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; no PDF was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import {what} from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the file was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made on the way in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the way in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel: import nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People whose team is not in this convening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the missing teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import these people without a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens to the missing teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be imported from this file. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read as {encoding}, with columns separated by {separator} · %n row(s) after the heading row</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: the file cannot be checked against this convening ({exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped rows ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the way in ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every column is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}: a new team, created by this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: no {many} to add (see the skipped rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: the first {PREVIEW_ROWS} of {total} {many} to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: the {total} {value} to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the missing {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from {name}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Edit agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the room will do, e.g. “Story circles”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at a fixed time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the facilitators: materials, who does what, reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move on to the next item by itself when time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol steps fitted to the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{word} from {value} to {minutes}: each step keeps its share of the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>{what}: progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop {value}; nothing is changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} stopped; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LastTimePanel</name>
    <message>
        <source>Last time you said you would</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you learn? One line (then Alt+D, Alt+Y or Alt+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was &amp;learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark it {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bright &amp;spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark it as a bright spot of the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made at {source}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LensColumnsBox</name>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which extra column holds a lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra columns can hold lenses such as gender or home language; the preview shows their values, split (“Black; Latinx” is two). Blank means not asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lens for column {heading}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lens: {new_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lens: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lens: {lens}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LensesDialog</name>
    <message>
        <source>Lenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lens, e.g. Home language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a new lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Type each person&apos;s own values; several are separated by “;” (“Black; Latinx”). Blank means not asked; “Prefer not to say” is kept as its own value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person&apos;s values of the lens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveTab</name>
    <message>
        <source>Day to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day that Space and PageDown act on. It follows the calendar; choose another day to run it (a rehearsal, a day that moved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an item to run it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda items of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countdown state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for this step (kept for the handouts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the group said, decided, or wants to come back to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chime at the warning and at zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector follows: timer or protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector follows the live run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When an item starts or the run moves on, the projector shows its timer or protocol step. A blanked projector stays blank until you press B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends the running item and the day. Press it twice: nothing ends on the first press. PageUp brings the item back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No convening open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause  (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume  (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start  (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” of {value} is still current. Space ends it and starts this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space (or the clicker&apos;s play key) to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item of this day has run. Choose another day to run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda items on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda items yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add items in the Agenda tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up next: {title} ({minutes} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up next: the end of the day (PageDown ends it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {value} of {count}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   ·   whole protocol {value} {left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: {title} ({minutes} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last step: PageDown ends this item and starts the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, end {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has ended yet. Press again within {END_CONFIRM_SECONDS:.0f} seconds to end {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} ended. PageUp brings back “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column holds each field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column for {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresPanel</name>
    <message>
        <source>The network&apos;s measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. FAFSA completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %, students, families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the measure and its values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This team&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A month (2027-01) or a date (2027-01-15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this team&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This team&apos;s values of the measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the run chart says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to the measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import measure values from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV with the columns team, measure, period and value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team run chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this team&apos;s run chart on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network run chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the network&apos;s run chart on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values of {team_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define a measure above first: its name, its unit, and whether higher is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No values of {value} yet: type the first above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Edit &gt; Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the measure and its values. Edit &gt; Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure: define a measure first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the value of {team_name}. Edit &gt; Undo takes it back; Ctrl+Down goes to the next team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import measure values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <source>Who is in this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a name or team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person or team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in the roster; ticked ones are in the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the ones shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick the ones shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} ticked: a conversation can track up to {limit} people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} {value} in the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesDelegate</name>
    <message>
        <source>Planned minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkWindow</name>
    <message>
        <source>Network: the year across convenings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder that holds the network&apos;s convening files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the folder again, with the spellings below (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One team, two spellings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One team, two spellings: one pair a line, such as Lincoln High = Lincoln HS (case, spaces and full stops already match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convenings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &amp;CSV files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairs.csv, commitments.csv, talk.csv, pdsa.csv and measures.csv, into a folder you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year in review &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared version: for everyone (no names of people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitator PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facilitator version: what teams learned, who sat together more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the PDF just written (or the folder of the CSV files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the network&apos;s convening files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;venings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buddy schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet paired with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never paired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of teams have met;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more than once.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not yet paired this year: %n pair(s) among the latest convening&apos;s teams (partners to consider next time):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDSA cycle(s) this year, each at the convening where it was recorded,</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>by %n team(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Buddy schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} people at tables; {count2} pairs of people have shared a table, {count3} more than once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tables were planned this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tablemates more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has sat with the same person twice this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person: how many different people they have sat with, and how many of the year&apos;s people not yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tablemates of each person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tablemates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDSA c&amp;ycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mea&amp;sures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bright spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bri&amp;ght spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;alk balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PDSA cycles were recorded this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDSA cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each measure across the year: the network&apos;s run chart (each period, the median of the teams that reported it), then each team&apos;s, with what the run-chart rules say. Choose a row to see its chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measure values were reported this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the CSV files into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write into {folder}: {strerror}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> into {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewConveningDialog</name>
    <message>
        <source>Convening details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New convening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Spring Convening: Belonging in Math</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (shown as a QR code on the Welcome screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resources link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextDialog</name>
    <message>
        <source>New convening from this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new convening file with the roster, teams, lenses, protocols, pairing rules and agenda of “{title}”, its commitments carried and its pairs and tables remembered so they are not repeated. This file is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the new convening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Spring Convening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: give the new convening a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new convening as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now working on {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New convening built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is open.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteList</name>
    <message>
        <source>Notes by cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop notes here, or select notes and press this cluster&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes in no cluster yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select notes first, then press a cluster&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no cluster {number}; N makes a new cluster of the selected notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select notes first, then press N to make a cluster of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To take notes out of a cluster, drag them out of its frame on the wall.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairingTab</name>
    <message>
        <source>What makes a good pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rounds of this day, and the day new rounds are for. A day&apos;s handout prints that day&apos;s rounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair next round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair the teams for the next round of this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many rounds to plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan several rounds at once, with the fewest repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap this team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with this team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap the two teams, lock their groups and re-solve the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-solve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-solve this round, keeping the locked groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this round to another day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the pairs of every round as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this round&apos;s pairs on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buddy schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>total score {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n locked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n with a repeat</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairs.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: it cannot be written ({strerror}); choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <source>Edit participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First and last name, as they like to be called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: only if they shared them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@school.org (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>Lenses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define lenses and each person&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseRow</name>
    <message>
        <source>Collect blind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect notes blind: the room sees how many, not what they say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal notes (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the notes collected blind, on the projector too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peek (this screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the notes collected blind on this screen only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones that have voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) voted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The notes are up, on the projector too. Edit &gt; Undo hides them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoRow</name>
    <message>
        <source>Caption for the next photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a photo of chart paper to this board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board&apos;s photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen photo from this board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the chosen photo on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put up the chosen phone&apos;s photo (it waited for you: Moderate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a photo of chart paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the photo {name}: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n photo(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The notes are coming in blind: the photo shows once they are revealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo is up: on the projector&apos;s Wall pages and in the handout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo to remove: add one with Add photo….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the photo (Edit &gt; Undo brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemLabel</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolEditorDialog</name>
    <message>
        <source>Edit “{replacing}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles, materials, norms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs fixing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 4-8, including the presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this protocol helps a group do, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moments it suits, and when not to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tradition it comes from, in your own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facilitator
presenter
participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One thing per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One norm per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One move per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: press Enter to start the next. Steps choose who speaks from these roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set total to the sum of the steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolListModel</name>
    <message>
        <source>Kept in this convening: you can edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the shipped library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolsTab</name>
    <message>
        <source>Protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: name, purpose or group size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many protocols are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a protocol file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate and edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate and edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to a protocol file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete from this convening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocols message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No protocol matches the filter.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New protocol from “{value}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{saved_name}” in this convening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import this protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: cannot be read ({value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “{name}” from {name2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export this protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: could not be written ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported “{name}” to {name2}. Share it with a colleague; they can import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete this protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “{name}” from this convening.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus / aim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <source>Filter {noun_many}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of {noun_many}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No {noun_many} yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a {noun_one}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected {noun_one}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected {noun_many}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {noun_many} from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one {noun_one}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or double-click a row, or press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or press Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplanDialog</name>
    <message>
        <source>Re-plan {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-plan the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the day stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes to shift by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far to move everything still to come; negative moves it earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest an item may become</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressing never plans an item shorter than this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to finish by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the day should end; fixed items keep their times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items still to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the re-plan does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply this re-plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no item under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(fixed items keep their times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes for {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Items before the next one keep their times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is running on this day. It is {now}: the re-plan starts from “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is {now}: every item on this day is already over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not fully work: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not fully work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing would change, so there is nothing to apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>The room sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the keys type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm before the projector shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show it on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put it on the projector now (Ctrl+9 again does the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector  (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank  (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {title} on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing in {field} — B and . type; Esc to leave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <source>Here this round (untick a team that is away):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams here this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never pair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never pair this team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with this team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the never-pair list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never-pair list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected never-pair entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in earlier pairs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in the pairs of an earlier convening file or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier pairs brought in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convening files (*.convene);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunChartView</name>
    <message>
        <source>Run chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C{number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeatingMap</name>
    <message>
        <source>Seating map: click a name to give that person the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody to show yet: start tracking a conversation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>{first}, with {second} smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both ({first} and {second})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as this computer ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console changes language the next time Convene starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This convening (kept in its file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Projector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a convening to choose the languages of its projector and handout.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <source>{title} — Convene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convene</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepCaptureButton</name>
    <message>
        <source>Stop capture for “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture notes from phones for “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop capture from phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start capture from phones for this step&apos;s board</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who speaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step after the chosen one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen step earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen step later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Clarifying questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who speaks in this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick who may speak. Nobody ticked means everyone may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you say and watch for. A blank line starts a new paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt the room sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or two short sentences for the projector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {PROMPT_MAX_CHARS} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: too long for the projector; move the detail into the script</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestBox</name>
    <message>
        <source>Suggested clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the ticked suggested clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the suggested clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggesting clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop suggesting clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggesting clusters for the loose notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not suggest clusters: {exc}. The wall is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped suggesting clusters. The wall is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{count} suggested clusters: untick any you do not want, edit a name with a double-click, then Accept ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions: every note is in a cluster, or the loose notes have nothing in common.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TablesPanel</name>
    <message>
        <source>Tables of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People per table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewest at a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most at a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role-alike tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mix by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many rounds of tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan rounds of tables with no repeat tablemates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tables are for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day the new tables are for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round of tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality of the tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules the tables could not meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables of this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this round of tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the tables of every round as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show these tables on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mix tables by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tables yet. Choose a size and press “Plan tables”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tables.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: it cannot be written ({strerror}); choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TalkTab</name>
    <message>
        <source>Conversation being tracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is in the new conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who a new conversation tracks: the whole room, a team, or one table of a round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start tracking a new conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a new conversation with the lens and goals shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is in it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who is in the conversation being tracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick someone in who arrived late, or out who left. Their turns so far stay in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the codes for turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to four codes for turns (for example “asks a question”), given with Alt+1 … Alt+4 to the turn running now, or else the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange the seating map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lens shown by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lens the group shares and the projector use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector: each person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each person on the projector (not for a sensitive lens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Talk balance scene shows groups only, unless you tick this: then it lists each person with their value of the lens. Not for a lens marked sensitive; choosing another lens or conversation goes back to groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone speaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: everyone speaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goal for this conversation: everyone present speaks at least once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group above {RATIO_LIMIT:g}×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: no group above {RATIO_LIMIT:g}× its share of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group of the lens talks more than {RATIO_LIMIT:g} times its share of people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name: Enter = floor, F11 = hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand up/down ({HAND_KEY})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise or lower the hand of the person typed or selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts the person typed (or under the map&apos;s cursor) in the speaking queue, or takes them out. On the map: Shift+click or right click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call next ({CALL_KEY})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the next person in the queue: they get the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a name: the floor. Shift+click or right click: hand up or down. Arrow keys and Enter work too. Filled with ●: has the floor; a number: place in the queue; dashed: has not spoken yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page of the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page of the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many voices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many voices (crosstalk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence: nobody has the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evenness of talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Speaking queue&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the speaking queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when hands went up, or least talk first (so far in this conversation). Never by anyone&apos;s identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking queue: double-click someone to give them the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each waiting hand with their talk so far (this step · this conversation). {CALL_KEY} calls the first; double-click calls anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes of the last turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk time per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over/under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of talk against share of people, by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit turn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across the convening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: {name} ({members})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({count} people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {value} of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: choose a lens first; the goal is about its groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand: type a name, or pick one on the map with the arrow keys, then press {HAND_KEY}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} “{label}” {value2} {who}’s turn at {value3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start tracking a conversation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code the current or last turn: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives “{label}” to the turn running now, or else the last one; again takes it off (Alt+{value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}’s turn: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no code yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Speaking queue&lt;/b&gt; ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a turn in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start tracking a conversation: choose who is in it, then Start tracking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor: many voices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evenness of talk {bal} (1: everyone equally). Talk {value}, many voices {value2}; {waiting} not yet spoken.{trend}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message>
        <source>Edit team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Roosevelt High School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this team is working on, in a sentence or two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus or aim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TurnEditor</name>
    <message>
        <source>Edit turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many voices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still speaking: the turn ends at the next tap.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoteRow</name>
    <message>
        <source>Dots each person has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most dots one person may put on one cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots each:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap per cluster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a dot to the selected cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−1 dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a dot off the selected cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots by person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record one person&apos;s dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the top clusters on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting is open: the dots show when it closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots{who}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one cluster to count its dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make clusters first: dots go on clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the projector first (the Projector menu).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallTab</name>
    <message>
        <source>Wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New board title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt shown on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a board with this title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fishbone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay the board out as a fishbone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector: only ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only notes in our control on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show who wrote each note (hidden unless ticked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a board first: type its title and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select notes first: drag a box around them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one cluster (or one of its notes) to name it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select notes from two or more clusters to merge them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some notes of one cluster to split them off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallView</name>
    <message>
        <source>Sticky-note wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are up, on the projector too. Edit &gt; Undo hides them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”: type its dots and press Enter, or D for one more (Shift+D one less).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots on “{name}”: {typed}. Enter to count them, Esc to drop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”: {dots} dots. N for the next cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots on “{name}”: {typed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no cluster {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) into {number} “{name}”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Convene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the agenda, the protocols and the projector for your convening. Everything you do is saved as you go, in one file per convening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent convenings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent convenings yet. Start a new one, or open the demo to look around.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Placeholder</name>
    <message>
        <source>{title} (loading)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>&amp;About Convene…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>confirm</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>days</name>
    <message>
        <source>Day {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>E&amp;xport handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF of the agenda as it ran, the protocols&apos; notes and (facilitator version) the roster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>&amp;Talk tracking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the Talk tab does, and its keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk tracking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>Import {what} from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <source>Open a convening</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>narrow</name>
    <message>
        <source>{which} page of the {what} on the projector ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{which} page on the projector ({key})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>network_window</name>
    <message>
        <source>Open ne&amp;twork…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every convening file of a folder as one year: pairs, commitments, PDSA cycles, measures, bright spots, talk balance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>next_dialog</name>
    <message>
        <source>New &amp;from this convening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next convening: this one&apos;s roster, agenda, pairing rules and commitments, in a new file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protocol_html</name>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
