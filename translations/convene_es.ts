<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Convene</source>
        <translation>Acerca de Convene</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Convene {value}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Convene {value}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source> Your backups and settings are in {data_folder}.</source>
        <translation> Sus copias de seguridad y su configuración están en {data_folder}.</translation>
    </message>
    <message>
        <source>An offline facilitation console for school-improvement convenings. Convene is MIT-licensed and ships with these components; pick one to read its licence.</source>
        <translation>Una consola de facilitación sin conexión para encuentros de mejora escolar. Convene tiene licencia MIT e incluye estos componentes; elija uno para leer su licencia.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>— {name} — is missing from this copy of Convene ({path}).</source>
        <translation>— {name} — falta en esta copia de Convene ({path}).</translation>
    </message>
    <message>
        <source>{name}: {licence}. Used for {used_for}.</source>
        <translation>{name}: {licence}. Se usa para {used_for}.</translation>
    </message>
    <message>
        <source> Not installed in this copy; Convene works without it.</source>
        <translation> No está instalado en esta copia; Convene funciona sin él.</translation>
    </message>
</context>
<context>
    <name>AcrossPane</name>
    <message>
        <source>By agenda item</source>
        <translation>Por punto de la agenda</translation>
    </message>
    <message>
        <source>By protocol step</source>
        <translation>Por paso del protocolo</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <source>By conversation, with goals</source>
        <translation>Por conversación, con metas</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Talk (min)</source>
        <translation>Palabra (min)</translation>
    </message>
    <message>
        <source>Many voices (min)</source>
        <translation>Varias voces (min)</translation>
    </message>
    <message>
        <source>People who spoke</source>
        <translation>Personas que hablaron</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Equilibrio</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Summarise talk by</source>
        <translation>Resumir el tiempo de palabra por</translation>
    </message>
    <message>
        <source>Talk summaries across the convening</source>
        <translation>Resúmenes del tiempo de palabra en todo el encuentro</translation>
    </message>
    <message>
        <source>Balance over time in this conversation</source>
        <translation>Equilibrio a lo largo de esta conversación</translation>
    </message>
    <message>
        <source>Summaries:</source>
        <translation>Resúmenes:</translation>
    </message>
    <message>
        <source>Balance over time: start tracking a conversation to see it.</source>
        <translation>Equilibrio a lo largo del tiempo: empiece a registrar una conversación para verlo.</translation>
    </message>
    <message>
        <source>Balance over time in “{title}”: nobody has spoken yet.</source>
        <translation>Equilibrio a lo largo de “{title}”: nadie ha hablado todavía.</translation>
    </message>
    <message>
        <source>{balance} at {time}</source>
        <translation>{balance} a los {time}</translation>
    </message>
    <message>
        <source>Balance over time in “{title}” (1 is everyone equally): {steps}.</source>
        <translation>Equilibrio a lo largo de “{title}” (1 es que todas las personas hablan por igual): {steps}.</translation>
    </message>
</context>
<context>
    <name>AgendaItemsModel</name>
    <message>
        <source>{minutes}  · ran {ran}</source>
        <translation>{minutes}  · duró {ran}</translation>
    </message>
    <message>
        <source>Running now: </source>
        <translation>En curso: </translation>
    </message>
    <message>
        <source>Double-click or press Enter to edit; F2 edits the title here.</source>
        <translation>Doble clic o Enter para editar; F2 edita el título aquí.</translation>
    </message>
    <message>
        <source>Last time it ran {minutes} (“Use last time&apos;s minutes” plans the day&apos;s items so).</source>
        <translation>La última vez duró {minutes} (“Usar los minutos de la última vez” planifica así los puntos del día).</translation>
    </message>
    <message>
        <source>Planned minutes. F2 edits them here; double-click opens the whole item.</source>
        <translation>Minutos planificados. F2 los edita aquí; doble clic abre todo el punto.</translation>
    </message>
    <message>
        <source>{protocol_name}: written for {protocol_minutes} minutes, its steps fitted to {minutes}.</source>
        <translation>{protocol_name}: escrito para {protocol_minutes} minutos, con sus pasos ajustados a {minutes}.</translation>
    </message>
    <message>
        <source>Minutes: “{value}” is not a whole number of minutes.</source>
        <translation>Minutos: “{value}” no es un número entero de minutos.</translation>
    </message>
</context>
<context>
    <name>AgendaLink</name>
    <message>
        <source>Agenda item of this board</source>
        <translation>Punto de la agenda de este tablero</translation>
    </message>
    <message>
        <source>Protocol step of this board</source>
        <translation>Paso del protocolo de este tablero</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>No agenda item</source>
        <translation>Ningún punto de la agenda</translation>
    </message>
    <message>
        <source>Day {value}: {title}</source>
        <translation>Día {value}: {title}</translation>
    </message>
    <message>
        <source>Whole item</source>
        <translation>Todo el punto</translation>
    </message>
    <message>
        <source>Step {value}: {title}</source>
        <translation>Paso {value}: {title}</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Fixed start</source>
        <translation>Inicio fijo</translation>
    </message>
    <message>
        <source>Warn (min)</source>
        <translation>Aviso (min)</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador(a)</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Inicio real</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Fin real</translation>
    </message>
    <message>
        <source>Actual min</source>
        <translation>Min reales</translation>
    </message>
    <message>
        <source>Planned start, computed from the day&apos;s start and the items before</source>
        <translation>Inicio planificado, calculado a partir del inicio del día y de los puntos anteriores</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin planificado</translation>
    </message>
    <message>
        <source>A time this item must start at (lunch, a speaker); blank when it just follows on</source>
        <translation>Una hora a la que este punto debe empezar (el almuerzo, una ponencia); en blanco si sigue sin más al anterior</translation>
    </message>
    <message>
        <source>Minutes before the end when the timer turns amber</source>
        <translation>Minutos antes del final en que el temporizador se pone ámbar</translation>
    </message>
    <message>
        <source>Minutes it really ran; the difference from the plan in brackets</source>
        <translation>Minutos que duró en realidad; entre paréntesis, la diferencia con el plan</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Moved “{value}”.</source>
        <translation>Se movió “{value}”.</translation>
    </message>
    <message>
        <source>No items on this day yet</source>
        <translation>Todavía no hay puntos en este día</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Add an item after the selected one (Insert)</source>
        <translation>Añadir un punto después del seleccionado (Insert)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the selected item (Enter or double-click)</source>
        <translation>Editar el punto seleccionado (Enter o doble clic)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Duplicate the selected item (Ctrl+D)</source>
        <translation>Duplicar el punto seleccionado (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected item (Delete; Ctrl+Z brings it back)</source>
        <translation>Eliminar el punto seleccionado (Delete; Ctrl+Z lo recupera)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected item up (Ctrl+Up)</source>
        <translation>Subir el punto seleccionado (Ctrl+Arriba)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected item down (Ctrl+Down)</source>
        <translation>Bajar el punto seleccionado (Ctrl+Abajo)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Deshacer el último cambio (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo the change just undone (Ctrl+Shift+Z)</source>
        <translation>Rehacer el cambio que se deshizo (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Re-plan…</source>
        <translation>Replanificar…</translation>
    </message>
    <message>
        <source>Re-plan the rest of this day</source>
        <translation>Replanificar el resto de este día</translation>
    </message>
    <message>
        <source>Use last time&apos;s minutes</source>
        <translation>Usar los minutos de la última vez</translation>
    </message>
    <message>
        <source>Plan this day&apos;s items for as long as they ran at the last convening (Ctrl+Z puts them back)</source>
        <translation>Planificar los puntos de este día con la duración que tuvieron en el último encuentro (Ctrl+Z los restaura)</translation>
    </message>
    <message>
        <source>What just happened</source>
        <translation>Lo que acaba de pasar</translation>
    </message>
    <message>
        <source>Undo {value}</source>
        <translation>Deshacer {value}</translation>
    </message>
    <message>
        <source>Redo {value}</source>
        <translation>Rehacer {value}</translation>
    </message>
    <message>
        <source>Undo {undo_label} (Ctrl+Z)</source>
        <translation>Deshacer {undo_label} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nada que deshacer</translation>
    </message>
    <message>
        <source>Redo {redo_label} (Ctrl+Shift+Z)</source>
        <translation>Rehacer {redo_label} (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nada que rehacer</translation>
    </message>
    <message>
        <source>the item</source>
        <translation>el punto</translation>
    </message>
    <message numerus="yes">
        <source>Planned %n item(s) for as long as they ran last time. Ctrl+Z puts the plan back.</source>
        <translation>
            <numerusform>Se planificó %n punto con la duración que tuvo la última vez. Ctrl+Z restaura el plan.</numerusform>
            <numerusform>Se planificaron %n puntos con la duración que tuvieron la última vez. Ctrl+Z restaura el plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed the day&apos;s times.</source>
        <translation>Se cambiaron los horarios del día.</translation>
    </message>
    <message>
        <source>a new day</source>
        <translation>un día nuevo</translation>
    </message>
    <message>
        <source>Copied the day to {name}. Undo with Ctrl+Z.</source>
        <translation>Se copió el día a {name}. Se deshace con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Added “{title}”. Undo with Ctrl+Z.</source>
        <translation>Se añadió “{title}”. Se deshace con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Saved “{title}”. Undo with Ctrl+Z.</source>
        <translation>Se guardó “{title}”. Se deshace con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Duplicated “{value}”. Undo with Ctrl+Z.</source>
        <translation>Se duplicó “{value}”. Se deshace con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Deleted “{title}”. Undo with Ctrl+Z.</source>
        <translation>Se eliminó “{title}”. Se deshace con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Moved “{value}” {value2}.</source>
        <translation>Se movió “{value}” {value2}.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nada que deshacer.</translation>
    </message>
    <message>
        <source>Undid: {label}. Redo with Ctrl+Shift+Z.</source>
        <translation>Se deshizo: {label}. Se rehace con Ctrl+Shift+Z.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Nada que rehacer.</translation>
    </message>
    <message>
        <source>Redid: {label}.</source>
        <translation>Se rehízo: {label}.</translation>
    </message>
    <message>
        <source>Re-planned: {message} Undo with Ctrl+Z.</source>
        <translation>Replanificado: {message} Se deshace con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Agenda items</source>
        <translation>Puntos de la agenda</translation>
    </message>
</context>
<context>
    <name>AttributesEditor</name>
    <message>
        <source>Attributes of your own, to weigh in “What makes a good pair”. Type a value per team.</source>
        <translation>Atributos propios, para ponderar en “Qué hace una buena pareja”. Escriba un valor por equipo.</translation>
    </message>
    <message>
        <source>New attribute, e.g. county</source>
        <translation>Atributo nuevo, p. ej. condado</translation>
    </message>
    <message>
        <source>New attribute name</source>
        <translation>Nombre del atributo nuevo</translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation>Añadir atributo</translation>
    </message>
    <message>
        <source>Add a team attribute</source>
        <translation>Añadir un atributo de equipo</translation>
    </message>
    <message>
        <source>Team attribute values</source>
        <translation>Valores de los atributos de los equipos</translation>
    </message>
</context>
<context>
    <name>BallotDialog</name>
    <message>
        <source>Dots by person</source>
        <translation>Puntos por persona</translation>
    </message>
    <message>
        <source>Whose dots</source>
        <translation>De quién son los puntos</translation>
    </message>
    <message>
        <source>Name of the person voting</source>
        <translation>Nombre de la persona que vota</translation>
    </message>
    <message>
        <source>Dots on {name}</source>
        <translation>Puntos en {name}</translation>
    </message>
    <message>
        <source>Dots left</source>
        <translation>Puntos restantes</translation>
    </message>
    <message>
        <source>, at most {per_cluster} on one cluster</source>
        <translation>, como máximo {per_cluster} en un grupo</translation>
    </message>
    <message numerus="yes">
        <source>Each person has %n dot(s)</source>
        <translation>
            <numerusform>Cada persona tiene %n punto</numerusform>
            <numerusform>Cada persona tiene %n puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>Type whose dots these are.</source>
        <translation>Escriba de quién son estos puntos.</translation>
    </message>
    <message numerus="yes">
        <source>{left} of %n dot(s) left.</source>
        <translation>
            <numerusform>Quedan {left} de %n punto.</numerusform>
            <numerusform>Quedan {left} de %n puntos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrightSpotsPanel</name>
    <message>
        <source>Bright spots</source>
        <translation>Experiencias destacadas</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>Lo que funcionó</translation>
    </message>
    <message>
        <source>The practice, in a sentence</source>
        <translation>La práctica, en una frase</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Para quién</translation>
    </message>
    <message>
        <source>Which students or families it works for</source>
        <translation>Para qué estudiantes o familias funciona</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>How you know: a number, a story</source>
        <translation>Cómo lo saben: un número, una historia</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Equipo</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>What &amp;worked</source>
        <translation>Lo que &amp;funcionó</translation>
    </message>
    <message>
        <source>For wh&amp;om</source>
        <translation>Para &amp;quién</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>E&amp;videncia</translation>
    </message>
    <message>
        <source>&amp;Add bright spot</source>
        <translation>&amp;Añadir experiencia destacada</translation>
    </message>
    <message>
        <source>Add bright spot</source>
        <translation>Añadir experiencia destacada</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected bright spot</source>
        <translation>Eliminar la experiencia destacada seleccionada</translation>
    </message>
    <message>
        <source>Show on pro&amp;jector</source>
        <translation>Pro&amp;yectar</translation>
    </message>
    <message>
        <source>Show the selected bright spot on the projector</source>
        <translation>Mostrar en el proyector la experiencia destacada seleccionada</translation>
    </message>
    <message>
        <source> — for {for_whom}</source>
        <translation> — para {for_whom}</translation>
    </message>
    <message>
        <source>Typed here</source>
        <translation>Escrita aquí</translation>
    </message>
    <message>
        <source>Sticky note: {value}</source>
        <translation>Nota: {value}</translation>
    </message>
    <message>
        <source>Note in {where}: {value}</source>
        <translation>Nota en {where}: {value}</translation>
    </message>
    <message>
        <source>Team: add a team first (Teams tab).</source>
        <translation>Equipo: primero añada un equipo (pestaña Equipos).</translation>
    </message>
</context>
<context>
    <name>CaptureBox</name>
    <message>
        <source>New note</source>
        <translation>Nota nueva</translation>
    </message>
    <message>
        <source>Type a note and press Enter (paste many lines to add one note each)</source>
        <translation>Escriba una nota y pulse Enter (pegue varias líneas para añadir una nota por línea)</translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <source>Capture from phones</source>
        <translation>Recoger desde teléfonos</translation>
    </message>
    <message>
        <source>Start capture</source>
        <translation>Empezar a recoger</translation>
    </message>
    <message>
        <source>Start capture from phones for this board</source>
        <translation>Empezar a recoger notas desde teléfonos para este tablero</translation>
    </message>
    <message>
        <source>Network address for capture</source>
        <translation>Dirección de red para recoger notas</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderar</translation>
    </message>
    <message>
        <source>Hold notes from phones until accepted</source>
        <translation>Retener las notas de los teléfonos hasta aceptarlas</translation>
    </message>
    <message>
        <source>Capture status</source>
        <translation>Estado de la recogida</translation>
    </message>
    <message>
        <source>Join screen</source>
        <translation>Pantalla para unirse</translation>
    </message>
    <message>
        <source>Show the join code on the projector</source>
        <translation>Mostrar el código para unirse en el proyector</translation>
    </message>
    <message>
        <source>Notes waiting for moderation</source>
        <translation>Notas en espera de moderación</translation>
    </message>
    <message>
        <source>Accept ticked</source>
        <translation>Aceptar marcadas</translation>
    </message>
    <message>
        <source>Put the ticked waiting notes on the wall</source>
        <translation>Poner en el muro las notas en espera marcadas</translation>
    </message>
    <message>
        <source>Reject ticked</source>
        <translation>Rechazar marcadas</translation>
    </message>
    <message>
        <source>Drop the ticked waiting notes</source>
        <translation>Descartar las notas en espera marcadas</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Aceptar todas</translation>
    </message>
    <message>
        <source>Put every waiting note on the wall</source>
        <translation>Poner en el muro todas las notas en espera</translation>
    </message>
    <message>
        <source>Add a board first, then start capture.</source>
        <translation>Primero añada un tablero y luego empiece a recoger.</translation>
    </message>
    <message>
        <source>Stop capture</source>
        <translation>Detener la recogida</translation>
    </message>
    <message>
        <source>Stop capture from phones</source>
        <translation>Detener la recogida desde teléfonos</translation>
    </message>
    <message numerus="yes">
        <source>On for “{title}” at {address} · %n note(s) received</source>
        <translation>
            <numerusform>Activa para “{title}” en {address} · %n nota recibida</numerusform>
            <numerusform>Activa para “{title}” en {address} · %n notas recibidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureRow</name>
    <message>
        <source>Note colour</source>
        <translation>Color de la nota</translation>
    </message>
    <message>
        <source>Author or team (optional)</source>
        <translation>Autor o equipo (opcional)</translation>
    </message>
    <message>
        <source>Note author</source>
        <translation>Autor de la nota</translation>
    </message>
    <message>
        <source>Add them</source>
        <translation>Añadirlas</translation>
    </message>
    <message>
        <source>Add the pasted notes</source>
        <translation>Añadir las notas pegadas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Do not add the pasted notes</source>
        <translation>No añadir las notas pegadas</translation>
    </message>
    <message>
        <source>This note looks like one already on the wall (marked with a folded corner).</source>
        <translation>Esta nota se parece a una que ya está en el muro (marcada con una esquina doblada).</translation>
    </message>
    <message>
        <source>Add {count} notes, one per line?</source>
        <translation>¿Añadir {count} notas, una por línea?</translation>
    </message>
    <message>
        <source>  … and {value} more</source>
        <translation>  … y {value} más</translation>
    </message>
    <message numerus="yes">
        <source>Add %n note(s)</source>
        <translation>
            <numerusform>Añadir %n nota</numerusform>
            <numerusform>Añadir %n notas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClickerKeys</name>
    <message>
        <source>key</source>
        <translation>tecla</translation>
    </message>
</context>
<context>
    <name>CodesDialog</name>
    <message>
        <source>Codes for turns</source>
        <translation>Códigos para los turnos</translation>
    </message>
    <message>
        <source>Up to four codes. During the conversation, Alt+1 … Alt+4 give a code to the turn running now, or else the last one (again takes it off). Leave all empty for no codes.</source>
        <translation>Hasta cuatro códigos. Durante la conversación, Alt+1 … Alt+4 asignan un código al turno en curso o, si no hay, al último (repetir la tecla lo quita). Déjelos todos vacíos para no usar códigos.</translation>
    </message>
    <message>
        <source>Code {value} (Alt+{value})</source>
        <translation>Código {value} (Alt+{value})</translation>
    </message>
    <message>
        <source>Alt+{value}:</source>
        <translation>Alt+{value}:</translation>
    </message>
    <message>
        <source>Use the suggested codes</source>
        <translation>Usar los códigos sugeridos</translation>
    </message>
</context>
<context>
    <name>CofacPanel</name>
    <message>
        <source>Co-facilitator</source>
        <translation>Cofacilitación</translation>
    </message>
    <message>
        <source>Co-facilitator devices</source>
        <translation>Dispositivos de cofacilitación</translation>
    </message>
    <message>
        <source>Network address for the co-facilitator&apos;s device</source>
        <translation>Dirección de red para el dispositivo de cofacilitación</translation>
    </message>
    <message>
        <source>Start co-facilitation</source>
        <translation>Iniciar la cofacilitación</translation>
    </message>
    <message>
        <source>Co-facilitator address</source>
        <translation>Dirección de cofacilitación</translation>
    </message>
    <message>
        <source>Scan this on the co-facilitator&apos;s phone, tablet or laptop (same network). It is shown here only, never on the projector.</source>
        <translation>Escanéelo con el teléfono, la tableta o la computadora de quien cofacilita (en la misma red). Solo se muestra aquí, nunca en el proyector.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Co-facilitation status</source>
        <translation>Estado de la cofacilitación</translation>
    </message>
    <message>
        <source>Breakout page for participants&apos; phones</source>
        <translation>Página del trabajo en grupos para los teléfonos de las personas participantes</translation>
    </message>
    <message>
        <source>Start the breakout page</source>
        <translation>Iniciar la página del trabajo en grupos</translation>
    </message>
    <message>
        <source>Show its code on the projector</source>
        <translation>Mostrar su código en el proyector</translation>
    </message>
    <message>
        <source>Show the breakout page&apos;s code on the projector</source>
        <translation>Mostrar en el proyector el código de la página del trabajo en grupos</translation>
    </message>
    <message>
        <source>Breakout page address</source>
        <translation>Dirección de la página del trabajo en grupos</translation>
    </message>
    <message>
        <source>Say: 5 minutes left</source>
        <translation>Decir: quedan 5 minutos</translation>
    </message>
    <message>
        <source>Say: come back now</source>
        <translation>Decir: vuelvan ahora</translation>
    </message>
    <message>
        <source>Or type a message for the breakout phones</source>
        <translation>O escriba un mensaje para los teléfonos de los grupos</translation>
    </message>
    <message>
        <source>Message for the breakout phones</source>
        <translation>Mensaje para los teléfonos de los grupos</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send the message to the breakout phones</source>
        <translation>Enviar el mensaje a los teléfonos de los grupos</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Take the message off the breakout phones</source>
        <translation>Quitar el mensaje de los teléfonos de los grupos</translation>
    </message>
    <message>
        <source>What the breakout phones show</source>
        <translation>Lo que muestran los teléfonos de los grupos</translation>
    </message>
    <message>
        <source>Open a convening first.</source>
        <translation>Abra primero un encuentro.</translation>
    </message>
    <message>
        <source>Stop co-facilitation</source>
        <translation>Detener la cofacilitación</translation>
    </message>
    <message>
        <source>Start co-facilitation on the chosen address</source>
        <translation>Iniciar la cofacilitación en la dirección elegida</translation>
    </message>
    <message>
        <source>Co-facilitation is off: no device can join.</source>
        <translation>La cofacilitación está apagada: ningún dispositivo puede unirse.</translation>
    </message>
    <message>
        <source> · waiting</source>
        <translation> · en espera</translation>
    </message>
    <message>
        <source> · in</source>
        <translation> · dentro</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Accept %s</source>
        <translation>Aceptar a %s</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Turn away</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Revoke %s</source>
        <translation>Revocar a %s</translation>
    </message>
    <message>
        <source>Turn away %s</source>
        <translation>Rechazar a %s</translation>
    </message>
    <message>
        <source>No device yet. When one asks to join, its name appears here.</source>
        <translation>Todavía no hay dispositivos. Cuando uno pida unirse, su nombre aparecerá aquí.</translation>
    </message>
    <message>
        <source>Stop the breakout page</source>
        <translation>Detener la página del trabajo en grupos</translation>
    </message>
    <message>
        <source>5 minutes left: start wrapping up.</source>
        <translation>Quedan 5 minutos: empiecen a cerrar.</translation>
    </message>
    <message>
        <source>Please come back to the main room now.</source>
        <translation>Por favor, vuelvan ahora a la sala principal.</translation>
    </message>
    <message>
        <source>The phones show: %s</source>
        <translation>Los teléfonos muestran: %s</translation>
    </message>
    <message>
        <source>The phones show no message.</source>
        <translation>Los teléfonos no muestran ningún mensaje.</translation>
    </message>
    <message numerus="yes">
        <source>Taking back %n device(s) from before the crash.</source>
        <translation>
            <numerusform>Se recupera %n dispositivo de antes del cierre inesperado.</numerusform>
            <numerusform>Se recuperan %n dispositivos de antes del cierre inesperado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Co-facilitation ended in a crash: Start takes back its %n device(s).</source>
        <translation>
            <numerusform>La cofacilitación terminó con un cierre inesperado: Iniciar recupera su %n dispositivo.</numerusform>
            <numerusform>La cofacilitación terminó con un cierre inesperado: Iniciar recupera sus %n dispositivos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cofacilitator</name>
    <message>
        <source>Cues</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Co-faci&amp;litator…</source>
        <translation>Co&amp;facilitación…</translation>
    </message>
    <message>
        <source>Let a co-facilitator&apos;s phone, tablet or laptop track talk, keep the queue, drive the timer and send you cues</source>
        <translation>Que el teléfono, la tableta o la computadora de quien cofacilita registre quién habla, lleve el turno de palabra, maneje el temporizador y le envíe avisos</translation>
    </message>
</context>
<context>
    <name>CommitmentForm</name>
    <message>
        <source>the hub</source>
        <translation>el centro de apoyo</translation>
    </message>
    <message>
        <source>our buddy school</source>
        <translation>nuestra escuela compañera</translation>
    </message>
    <message>
        <source>the hub and our buddy school</source>
        <translation>centro de apoyo y escuela compañera</translation>
    </message>
    <message>
        <source>Change to test</source>
        <translation>Cambio que se pondrá a prueba</translation>
    </message>
    <message>
        <source>What will you try at your site? e.g. Text every senior who started</source>
        <translation>¿Qué probarán en su escuela? p. ej. Enviar un mensaje a cada estudiante de último año que empezó</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Who runs it</source>
        <translation>Quién lo lleva a cabo</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Para cuándo</translation>
    </message>
    <message>
        <source>e.g. Friday 7 February</source>
        <translation>p. ej. viernes 7 de febrero</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>What you will count or look at</source>
        <translation>Lo que contarán u observarán</translation>
    </message>
    <message>
        <source>Support needed</source>
        <translation>Apoyo necesario</translation>
    </message>
    <message>
        <source>What you need, if anything</source>
        <translation>Lo que necesitan, si necesitan algo</translation>
    </message>
    <message>
        <source>Support from</source>
        <translation>Apoyo de</translation>
    </message>
    <message>
        <source>Change to &amp;test</source>
        <translation>Cambio que se &amp;pondrá a prueba</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Quién</translation>
    </message>
    <message>
        <source>&amp;By when</source>
        <translation>Para &amp;cuándo</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Indicador</translation>
    </message>
    <message>
        <source>Support &amp;needed</source>
        <translation>&amp;Apoyo necesario</translation>
    </message>
    <message>
        <source>Support f&amp;rom</source>
        <translation>Apoyo &amp;de</translation>
    </message>
</context>
<context>
    <name>CommitmentsTab</name>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Bright spots</source>
        <translation>Destacadas</translation>
    </message>
    <message>
        <source>PDSA cycles</source>
        <translation>Ciclos PDSA</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Driver diagram</source>
        <translation>Impulsores</translation>
    </message>
    <message>
        <source>This team&apos;s commitments</source>
        <translation>Compromisos de este equipo</translation>
    </message>
    <message>
        <source>Double-click one, or press Enter on it, to edit it</source>
        <translation>Doble clic en uno, o Enter sobre él, para editarlo</translation>
    </message>
    <message>
        <source>Tab: next field  ·  Enter: save  ·  Ctrl+Enter: save and go to the next team  ·  Ctrl+Down / Ctrl+Up: next / previous team  ·  Projector, from any window: F10 this team, Ctrl+8 every team, Shift+PageDown next page</source>
        <translation>Tab: campo siguiente  ·  Enter: guardar  ·  Ctrl+Enter: guardar e ir al equipo siguiente  ·  Ctrl+Abajo / Ctrl+Arriba: equipo siguiente / anterior  ·  Proyector, desde cualquier ventana: F10 este equipo, Ctrl+8 todos los equipos, Shift+PageDown página siguiente</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the commitment</source>
        <translation>Guardar el compromiso</translation>
    </message>
    <message>
        <source>Save, next team</source>
        <translation>Guardar, equipo siguiente</translation>
    </message>
    <message>
        <source>Save and go to the next team</source>
        <translation>Guardar e ir al equipo siguiente</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Start a new commitment for this team</source>
        <translation>Empezar un compromiso nuevo para este equipo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the commitment in the form</source>
        <translation>Eliminar el compromiso del formulario</translation>
    </message>
    <message>
        <source>&amp;Carry over…</source>
        <translation>&amp;Traer compromisos…</translation>
    </message>
    <message>
        <source>Carry over the commitments of an earlier convening</source>
        <translation>Traer los compromisos de un encuentro anterior</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Export every commitment to a CSV file</source>
        <translation>Exportar todos los compromisos a un archivo CSV</translation>
    </message>
    <message>
        <source>Bring in the commitments made at an earlier convening (its .convene file)</source>
        <translation>Traer los compromisos hechos en un encuentro anterior (su archivo .convene)</translation>
    </message>
    <message>
        <source>Show team</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>Show this team&apos;s commitments on the projector</source>
        <translation>Mostrar en el proyector los compromisos de este equipo</translation>
    </message>
    <message>
        <source>Show this team&apos;s commitments on the projector (F10, from any window)</source>
        <translation>Mostrar en el proyector los compromisos de este equipo (F10, desde cualquier ventana)</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Show every team&apos;s commitments on the projector</source>
        <translation>Mostrar en el proyector los compromisos de todos los equipos</translation>
    </message>
    <message>
        <source>Show every team&apos;s commitments on the projector (Ctrl+8, from any window)</source>
        <translation>Mostrar en el proyector los compromisos de todos los equipos (Ctrl+8, desde cualquier ventana)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Show the next page of commitments on the projector</source>
        <translation>Mostrar en el proyector la página siguiente de compromisos</translation>
    </message>
    <message>
        <source>Show the next page of every team&apos;s commitments on the projector (Shift+PageDown; Shift+PageUp goes back)</source>
        <translation>Mostrar en el proyector la página siguiente de los compromisos de todos los equipos (Shift+PageDown; Shift+PageUp vuelve atrás)</translation>
    </message>
    <message>
        <source>Projector:</source>
        <translation>Proyector:</translation>
    </message>
    <message>
        <source>Next action period, we will…</source>
        <translation>En el próximo periodo de acción, vamos a…</translation>
    </message>
    <message>
        <source>No teams yet: add them in the Teams tab, or import a CSV.</source>
        <translation>Todavía no hay equipos: añádalos en la pestaña Equipos o importe un CSV.</translation>
    </message>
    <message>
        <source>Captured during: {value}</source>
        <translation>Recogido durante: {value}</translation>
    </message>
    <message>
        <source>Team: add a team first (Teams tab).</source>
        <translation>Equipo: primero añada un equipo (pestaña Equipos).</translation>
    </message>
    <message>
        <source>Saved a commitment of {value}.</source>
        <translation>Se guardó un compromiso de {value}.</translation>
    </message>
    <message>
        <source>Saved the change to a commitment of {value}.</source>
        <translation>Se guardó el cambio en un compromiso de {value}.</translation>
    </message>
    <message>
        <source> Edit &gt; Undo takes it back.</source>
        <translation> Edición &gt; Deshacer lo revierte.</translation>
    </message>
    <message>
        <source>Deleted the commitment. Edit &gt; Undo brings it back.</source>
        <translation>Se eliminó el compromiso. Edición &gt; Deshacer lo recupera.</translation>
    </message>
    <message>
        <source>Marked it {status}.</source>
        <translation>Se marcó como {status}.</translation>
    </message>
    <message>
        <source>Added it to the bright spots (see the Bright spots page).</source>
        <translation>Se añadió a las experiencias destacadas (vea la página Destacadas).</translation>
    </message>
    <message>
        <source>Carry over from an earlier convening</source>
        <translation>Traer de un encuentro anterior</translation>
    </message>
    <message>
        <source>Export commitments</source>
        <translation>Exportar compromisos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write {name}: {value}. Choose another folder.</source>
        <translation>No se pudo escribir {name}: {value}. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Wrote {n} commitments to {name}.</source>
        <translation>Se escribieron {n} compromisos en {name}.</translation>
    </message>
</context>
<context>
    <name>ConsoleBridge</name>
    <message>
        <source>127.0.0.1 (this computer only)</source>
        <translation>127.0.0.1 (solo esta computadora)</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Convene files (*.convene);;All files (*)</source>
        <translation>Archivos de Convene (*.convene);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Convene</source>
        <translation>Convene</translation>
    </message>
    <message>
        <source>Convene console</source>
        <translation>Consola de Convene</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New convening…</source>
        <translation>&amp;Nuevo encuentro…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open the de&amp;mo convening</source>
        <translation>Abrir el encuentro de de&amp;mostración</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Convening &amp;details…</source>
        <translation>&amp;Detalles del encuentro…</translation>
    </message>
    <message>
        <source>Settin&amp;gs…</source>
        <translation>Confi&amp;guración…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Close convening</source>
        <translation>C&amp;errar el encuentro</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Projector</source>
        <translation>&amp;Proyector</translation>
    </message>
    <message>
        <source>Projector &amp;window on/off	F5</source>
        <translation>&amp;Ventana del proyector sí/no	F5</translation>
    </message>
    <message>
        <source>Blank / &amp;restore	B</source>
        <translation>Poner en negro / &amp;restaurar	B</translation>
    </message>
    <message>
        <source>&amp;Dark high-contrast theme</source>
        <translation>Tema &amp;oscuro de alto contraste</translation>
    </message>
    <message>
        <source>Light &amp;high-contrast theme</source>
        <translation>Tema &amp;claro de alto contraste</translation>
    </message>
    <message>
        <source>Projector la&amp;nguage</source>
        <translation>Idioma del pro&amp;yector</translation>
    </message>
    <message>
        <source>Show {title}</source>
        <translation>Mostrar {title}</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard and clicker keys</source>
        <translation>&amp;Teclas del teclado y del presentador</translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation>No se puede deshacer ni rehacer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Undid: {value}</source>
        <translation>Se deshizo: {value}</translation>
    </message>
    <message>
        <source>Redid: {value}</source>
        <translation>Se rehízo: {value}</translation>
    </message>
    <message>
        <source>F5  projector window on/off
B or .  blank the projector / restore
Space  start or pause the timer
PageDown  next item or step (the Wall on the projector: its next page)
PageUp  back (the Wall on the projector: its page before)
= or +  add a minute
-  take a minute
Esc  leave a text field, restore a blanked projector (in a dialog or menu: close it)
</source>
        <translation>F5  ventana del proyector sí/no
B o .  poner el proyector en negro / restaurar
Space  empezar o pausar el temporizador
PageDown  punto o paso siguiente (con el Muro en el proyector: su página siguiente)
PageUp  atrás (con el Muro en el proyector: su página anterior)
= o +  añadir un minuto
-  quitar un minuto
Esc  salir de un campo de texto, restaurar un proyector en negro (en un diálogo o menú: cerrarlo)
</translation>
    </message>
    <message>
        <source>{keys}  show {title} on the projector (every team&apos;s)</source>
        <translation>{keys}  mostrar {title} en el proyector (de todos los equipos)</translation>
    </message>
    <message>
        <source>{keys}  show {title} on the projector</source>
        <translation>{keys}  mostrar {title} en el proyector</translation>
    </message>
    <message>
        <source>F10  show this team&apos;s commitments (Commitments tab)
Shift+PageDown / Shift+PageUp  next / previous page of Pairs, Tables, Commitments or the Wall
In the Talk tab: F11  hand up or down, F12  call the next in the queue, Alt+1 … Alt+4  code the turn (Help &gt; Talk tracking)

These keys work from every Convene window, this one included. In a text field, Space, +, = and - type. B and . type only while you are typing there (for {seconds:g} seconds after a key); the console then says “Typing in …” under the room&apos;s picture. Otherwise B and . blank the room. PageDown, PageUp, F5 and the scene keys always work. A sensitive lens asks before Talk balance shows it: press Ctrl+9 twice.</source>
        <translation>F10  mostrar los compromisos de este equipo (pestaña Compromisos)
Shift+PageDown / Shift+PageUp  página siguiente / anterior de Parejas, Mesas, Compromisos o el Muro
En la pestaña Palabra: F11  levantar o bajar la mano, F12  llamar a la siguiente del turno, Alt+1 … Alt+4  codificar el turno (Ayuda &gt; Registro del tiempo de palabra)

Estas teclas funcionan desde cualquier ventana de Convene, también esta. En un campo de texto, Space, +, = y - escriben. B y . escriben solo mientras usted escribe allí (durante {seconds:g} segundos después de una tecla); la consola lo indica con “Escribiendo en …” bajo la imagen de la sala. Si no, B y . ponen la sala en negro. PageDown, PageUp, F5 y las teclas de escena siempre funcionan. Una lente sensible pide confirmación antes de que Equilibrio del tiempo de palabra la muestre: pulse Ctrl+9 dos veces.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Open a convening</source>
        <translation>Abrir un encuentro</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>No se puede abrir este archivo</translation>
    </message>
    <message>
        <source>Cannot open “{name}”: {exc}</source>
        <translation>No se puede abrir “{name}”: {exc}</translation>
    </message>
    <message>
        <source>Cannot open the demo</source>
        <translation>No se puede abrir la demostración</translation>
    </message>
    <message>
        <source>The demo convening could not be made: {exc}</source>
        <translation>No se pudo crear el encuentro de demostración: {exc}</translation>
    </message>
    <message>
        <source>Save the new convening as</source>
        <translation>Guardar el encuentro nuevo como</translation>
    </message>
    <message>
        <source>Cannot create the convening</source>
        <translation>No se puede crear el encuentro</translation>
    </message>
    <message>
        <source>Cannot change the languages</source>
        <translation>No se pueden cambiar los idiomas</translation>
    </message>
    <message>
        <source>The console will change language the next time Convene starts: {why}</source>
        <translation>La consola cambiará de idioma la próxima vez que se inicie Convene: {why}</translation>
    </message>
    <message>
        <source>phones are connected to the room&apos;s network.</source>
        <translation>hay teléfonos conectados a la red de la sala.</translation>
    </message>
    <message>
        <source>work is still running in the background.</source>
        <translation>todavía hay un trabajo en curso en segundo plano.</translation>
    </message>
    <message>
        <source>close “{title}” first.</source>
        <translation>cierre primero “{title}”.</translation>
    </message>
    <message>
        <source>“{box}” holds text not yet added: finish it or clear it first.</source>
        <translation>“{box}” tiene texto aún sin añadir: termínelo o bórrelo primero.</translation>
    </message>
    <message>
        <source>The console is in English now.</source>
        <translation>La consola está ahora en español.</translation>
    </message>
    <message>
        <source>Cannot change the details</source>
        <translation>No se pueden cambiar los detalles</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Guardar una copia como</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>No se puede guardar una copia</translation>
    </message>
    <message>
        <source>Now working on the copy {name}</source>
        <translation>Ahora se trabaja en la copia {name}</translation>
    </message>
    <message>
        <source>Quit Convene?</source>
        <translation>¿Salir de Convene?</translation>
    </message>
    <message>
        <source>The timer is running. Quit Convene?</source>
        <translation>El temporizador está en marcha. ¿Salir de Convene?</translation>
    </message>
    <message>
        <source>The timer keeps time while Convene is closed; open the file again to carry on.</source>
        <translation>El temporizador sigue contando aunque Convene esté cerrado; abra el archivo de nuevo para continuar.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>{title} — Convene</source>
        <translation>{title} — Convene</translation>
    </message>
    <message>
        <source>{name}  ·  saved as you go</source>
        <translation>{name}  ·  se guarda al momento</translation>
    </message>
    <message>
        <source>Saved as you go in {path}</source>
        <translation>Se guarda al momento en {path}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>That key did not work ({action}): {error}. Your work up to now is saved.</source>
        <translation>Esa tecla no funcionó ({action}): {error}. Su trabajo hasta ahora está guardado.</translation>
    </message>
    <message>
        <source>That is the wall&apos;s {value} page. Show another scene (Ctrl+1 to Ctrl+9) and PageDown moves the agenda on again.</source>
        <translation>Esa es la {value} página del muro. Muestre otra escena (Ctrl+1 a Ctrl+9) y PageDown vuelve a hacer avanzar la agenda.</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n equipo</numerusform>
            <numerusform>%n equipos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s)</source>
        <translation>
            <numerusform>%n ciclo</numerusform>
            <numerusform>%n ciclos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Pair teams with…</source>
        <translation>Emparejar con…</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Pairing criteria</source>
        <translation>Criterios de emparejamiento</translation>
    </message>
    <message>
        <source>{value}: pair teams with</source>
        <translation>{value}: emparejar equipos con</translation>
    </message>
    <message>
        <source>{value}: weight</source>
        <translation>{value}: peso</translation>
    </message>
</context>
<context>
    <name>CueStrip</name>
    <message>
        <source>Cues from co-facilitators</source>
        <translation>Avisos de cofacilitación</translation>
    </message>
    <message>
        <source>Cue from %s</source>
        <translation>Aviso de %s</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the cue from %s</source>
        <translation>Descartar el aviso de %s</translation>
    </message>
</context>
<context>
    <name>CyclesPanel</name>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Change idea it tests</source>
        <translation>Idea de cambio que pone a prueba</translation>
    </message>
    <message>
        <source>PDSA cycles of this commitment</source>
        <translation>Ciclos PDSA de este compromiso</translation>
    </message>
    <message>
        <source>Change idea</source>
        <translation>Idea de cambio</translation>
    </message>
    <message>
        <source>Plan: what you will try, e.g. Texts in Spanish after 6 pm</source>
        <translation>Planificar: lo que probarán, p. ej. Mensajes en español después de las 6 p. m.</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Predicción</translation>
    </message>
    <message>
        <source>We predict that… e.g. half of the families will reply</source>
        <translation>Predecimos que… p. ej. la mitad de las familias responderá</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Do: what you saw, with a number if you have one</source>
        <translation>Hacer: lo que vieron, con un número si lo tienen</translation>
    </message>
    <message>
        <source>What we learned</source>
        <translation>Lo que aprendimos</translation>
    </message>
    <message>
        <source>Study: how it compared with the prediction</source>
        <translation>Estudiar: cómo se compara con la predicción</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: today)</source>
        <translation>AAAA-MM-DD (vacío: hoy)</translation>
    </message>
    <message>
        <source>C&amp;ommitment</source>
        <translation>C&amp;ompromiso</translation>
    </message>
    <message>
        <source>Tests the &amp;idea</source>
        <translation>Pone a prueba la &amp;idea</translation>
    </message>
    <message>
        <source>&amp;Change idea</source>
        <translation>Idea de &amp;cambio</translation>
    </message>
    <message>
        <source>We p&amp;redict that</source>
        <translation>&amp;Predecimos que</translation>
    </message>
    <message>
        <source>What happe&amp;ned</source>
        <translation>Qué pa&amp;só</translation>
    </message>
    <message>
        <source>What we &amp;learned</source>
        <translation>Lo que &amp;aprendimos</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Decisión</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>C&amp;uándo</translation>
    </message>
    <message>
        <source>What happened to the cycle</source>
        <translation>Qué pasó con el ciclo</translation>
    </message>
    <message>
        <source>Save cycle</source>
        <translation>Guardar ciclo</translation>
    </message>
    <message>
        <source>Save the PDSA cycle</source>
        <translation>Guardar el ciclo PDSA</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>New cycle</source>
        <translation>Ciclo nuevo</translation>
    </message>
    <message>
        <source>Start a new PDSA cycle</source>
        <translation>Empezar un ciclo PDSA nuevo</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Delete cycle</source>
        <translation>Eliminar ciclo</translation>
    </message>
    <message>
        <source>Delete the PDSA cycle in the form</source>
        <translation>Eliminar el ciclo PDSA del formulario</translation>
    </message>
    <message>
        <source>This team&apos;s page for its phones</source>
        <translation>Página de este equipo para sus teléfonos</translation>
    </message>
    <message>
        <source>Copy every team&apos;s address</source>
        <translation>Copiar la dirección de cada equipo</translation>
    </message>
    <message>
        <source>Copy every team&apos;s phone address</source>
        <translation>Copiar la dirección para teléfonos de cada equipo</translation>
    </message>
    <message>
        <source>One line a team, to send each its own address</source>
        <translation>Una línea por equipo, para enviar a cada uno su propia dirección</translation>
    </message>
    <message>
        <source>Tab: next field  ·  Enter: save the cycle  ·  Ctrl+N: a new one  ·  Enter on a cycle above: edit it</source>
        <translation>Tab: campo siguiente  ·  Enter: guardar el ciclo  ·  Ctrl+N: uno nuevo  ·  Enter sobre un ciclo de arriba: editarlo</translation>
    </message>
    <message>
        <source>Last time: </source>
        <translation>La última vez: </translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ninguna —</translation>
    </message>
    <message>
        <source>Add change ideas on the Driver diagram page first</source>
        <translation>Primero añada ideas de cambio en la página Impulsores</translation>
    </message>
    <message>
        <source>This team has no commitments yet: add one on the Commitments page, then record its PDSA cycles here.</source>
        <translation>Este equipo todavía no tiene compromisos: añada uno en la página Compromisos y luego registre aquí sus ciclos PDSA.</translation>
    </message>
    <message>
        <source>No teams yet.</source>
        <translation>Todavía no hay equipos.</translation>
    </message>
    <message>
        <source>No PDSA cycles on this commitment yet: type the first one below.</source>
        <translation>Este compromiso todavía no tiene ciclos PDSA: escriba el primero abajo.</translation>
    </message>
    <message>
        <source>  (from {source})</source>
        <translation>  (de {source})</translation>
    </message>
    <message>
        <source>Commitment: add a commitment for this team first (Commitments page).</source>
        <translation>Compromiso: primero añada un compromiso para este equipo (página Compromisos).</translation>
    </message>
    <message>
        <source>Saved the PDSA cycle.</source>
        <translation>Se guardó el ciclo PDSA.</translation>
    </message>
    <message>
        <source>Saved the change to the PDSA cycle.</source>
        <translation>Se guardó el cambio en el ciclo PDSA.</translation>
    </message>
    <message>
        <source> Edit &gt; Undo takes it back.</source>
        <translation> Edición &gt; Deshacer lo revierte.</translation>
    </message>
    <message>
        <source>Save cycle {number}</source>
        <translation>Guardar ciclo {number}</translation>
    </message>
    <message>
        <source>Deleted the PDSA cycle. Edit &gt; Undo brings it back.</source>
        <translation>Se eliminó el ciclo PDSA. Edición &gt; Deshacer lo recupera.</translation>
    </message>
    <message>
        <source>This team&apos;s code: {code} (on a phone: “Your team&apos;s PDSA cycle or measure” under the notes page)
Its own address: {address}</source>
        <translation>Código de este equipo: {code} (en un teléfono: “El ciclo PDSA o indicador de tu equipo”, debajo de la página de notas)
Su propia dirección: {address}</translation>
    </message>
    <message>
        <source>Teams can send their cycles from a phone while room capture runs (Wall tab, Start capture): each team gets a code of its own.</source>
        <translation>Los equipos pueden enviar sus ciclos desde un teléfono mientras la recogida de la sala está activa (pestaña Muro, Empezar a recoger): cada equipo recibe su propio código.</translation>
    </message>
    <message>
        <source>{name}: code {value} · {address}</source>
        <translation>{name}: código {value} · {address}</translation>
    </message>
    <message>
        <source>Copied every team&apos;s address for its phones: send each team its own line.</source>
        <translation>Se copió la dirección para teléfonos de cada equipo: envíe a cada equipo su propia línea.</translation>
    </message>
    <message>
        <source>This commitment tests “{value}”.</source>
        <translation>Este compromiso pone a prueba “{value}”.</translation>
    </message>
    <message>
        <source>This commitment tests no change idea of the diagram now.</source>
        <translation>Este compromiso no pone a prueba ahora ninguna idea del diagrama.</translation>
    </message>
</context>
<context>
    <name>DayBar</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Day starts at</source>
        <translation>El día empieza a las</translation>
    </message>
    <message>
        <source>Day ends at</source>
        <translation>El día termina a las</translation>
    </message>
    <message>
        <source>Copy this day</source>
        <translation>Copiar este día</translation>
    </message>
    <message>
        <source>Copy this day to a new day at the end</source>
        <translation>Copiar este día en un día nuevo al final</translation>
    </message>
    <message>
        <source>Adds a new day after the last one with copies of this day&apos;s items</source>
        <translation>Añade un día nuevo después del último con copias de los puntos de este día</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>How the day fits</source>
        <translation>Cómo cabe el día</translation>
    </message>
    <message>
        <source>How the day is running</source>
        <translation>Cómo va el día</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>cabe</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>no cabe</translation>
    </message>
</context>
<context>
    <name>DayRow</name>
    <message>
        <source>Day date</source>
        <translation>Fecha del día</translation>
    </message>
    <message>
        <source>Day start time</source>
        <translation>Hora de inicio del día</translation>
    </message>
    <message>
        <source>Day end time</source>
        <translation>Hora de fin del día</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
</context>
<context>
    <name>DriversPanel</name>
    <message>
        <source>Aim</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Primary driver</source>
        <translation>Impulsor primario</translation>
    </message>
    <message>
        <source>Secondary driver</source>
        <translation>Impulsor secundario</translation>
    </message>
    <message>
        <source>Change idea</source>
        <translation>Idea de cambio</translation>
    </message>
    <message>
        <source>What the network will improve, for whom, by how much, by when</source>
        <translation>Lo que la red va a mejorar, para quién, cuánto y para cuándo</translation>
    </message>
    <message>
        <source>Driver diagram</source>
        <translation>Diagrama de impulsores</translation>
    </message>
    <message>
        <source>Drivers and change ideas</source>
        <translation>Impulsores e ideas de cambio</translation>
    </message>
    <message>
        <source>Teams testing</source>
        <translation>Equipos que lo prueban</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>A driver or a change idea, in a few words</source>
        <translation>Un impulsor o una idea de cambio, en pocas palabras</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What happened to the driver diagram</source>
        <translation>Qué pasó con el diagrama de impulsores</translation>
    </message>
    <message>
        <source>Add under</source>
        <translation>Añadir debajo</translation>
    </message>
    <message>
        <source>Add the text under the chosen part of the diagram</source>
        <translation>Añadir el texto debajo de la parte elegida del diagrama</translation>
    </message>
    <message>
        <source>Insert, or Enter in the text field</source>
        <translation>Insert, o Enter en el campo de texto</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Rename the chosen part of the diagram</source>
        <translation>Renombrar la parte elegida del diagrama</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the chosen part of the diagram and all under it</source>
        <translation>Eliminar la parte elegida del diagrama y todo lo que tiene debajo</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the chosen part up</source>
        <translation>Subir la parte elegida</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Arriba</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the chosen part down</source>
        <translation>Bajar la parte elegida</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Abajo</translation>
    </message>
    <message>
        <source>Show on projector</source>
        <translation>Proyectar</translation>
    </message>
    <message>
        <source>Show the driver diagram on the projector</source>
        <translation>Mostrar el diagrama de impulsores en el proyector</translation>
    </message>
    <message>
        <source>&amp;Aim</source>
        <translation>&amp;Meta</translation>
    </message>
    <message>
        <source>Save aim</source>
        <translation>Guardar meta</translation>
    </message>
    <message>
        <source>Save the aim</source>
        <translation>Guardar la meta</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texto</translation>
    </message>
    <message>
        <source>Projector:</source>
        <translation>Proyector:</translation>
    </message>
    <message>
        <source>In the tree: Insert adds the text under the chosen part  ·  F2 renames  ·  Delete deletes  ·  Alt+Up / Alt+Down move. Link a commitment to a change idea on the PDSA cycles page.</source>
        <translation>En el árbol: Insert añade el texto debajo de la parte elegida  ·  F2 renombra  ·  Delete elimina  ·  Alt+Arriba / Alt+Abajo mueven. Un compromiso se vincula a una idea de cambio en la página Ciclos PDSA.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>todavía ninguno</translation>
    </message>
    <message>
        <source> Edit &gt; Undo takes it back.</source>
        <translation> Edición &gt; Deshacer lo revierte.</translation>
    </message>
    <message>
        <source>Saved the aim.</source>
        <translation>Se guardó la meta.</translation>
    </message>
    <message>
        <source>Aim: write the network&apos;s aim first; the drivers go under it.</source>
        <translation>Meta: primero escriba la meta de la red; los impulsores van debajo.</translation>
    </message>
    <message>
        <source>Added the {value}.</source>
        <translation>Se añadió: {value}.</translation>
    </message>
    <message>
        <source>Renamed it.</source>
        <translation>Se renombró.</translation>
    </message>
    <message>
        <source>Deleted it and everything under it.</source>
        <translation>Se eliminó, con todo lo que tenía debajo.</translation>
    </message>
    <message>
        <source>Moved it. Edit &gt; Undo takes it back.</source>
        <translation>Se movió. Edición &gt; Deshacer lo revierte.</translation>
    </message>
</context>
<context>
    <name>EarlyProjector</name>
    <message>
        <source>Convene — Projector</source>
        <translation>Convene — Proyector</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export handout</source>
        <translation>Exportar documento</translation>
    </message>
    <message>
        <source>What the handout covers</source>
        <translation>Qué abarca el documento</translation>
    </message>
    <message>
        <source>The whole convening</source>
        <translation>Todo el encuentro</translation>
    </message>
    <message>
        <source>Day {n} · {value}</source>
        <translation>Día {n} · {value}</translation>
    </message>
    <message>
        <source>Only items</source>
        <translation>Solo puntos</translation>
    </message>
    <message>
        <source>First item</source>
        <translation>Primer punto</translation>
    </message>
    <message>
        <source>Last item</source>
        <translation>Último punto</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Shared: for everyone (no roster, no private notes)</source>
        <translation>Compartido: para todas las personas (sin lista de participantes ni notas privadas)</translation>
    </message>
    <message>
        <source>Facilitator: with private notes and the roster with emails</source>
        <translation>Facilitación: con notas privadas y la lista de participantes con correos</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>The handout&apos;s language</source>
        <translation>El idioma del documento</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Both: Spanish, then English</source>
        <translation>Ambos: español y luego inglés</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Abarca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Open the PDF</source>
        <translation>&amp;Abrir el PDF</translation>
    </message>
    <message>
        <source>Open its &amp;folder</source>
        <translation>Abrir su &amp;carpeta</translation>
    </message>
    <message>
        <source> day {day}</source>
        <translation> día {day}</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Building {name}…</source>
        <translation>Creando {name}…</translation>
    </message>
    <message>
        <source>Building {name}: {value}…</source>
        <translation>Creando {name}: {value}…</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>Se escribió {path}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Stopped; no PDF was written.</source>
        <translation>Se detuvo; no se escribió ningún PDF.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>FishItem</name>
    <message>
        <source>The problem</source>
        <translation>El problema</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import {what} from CSV</source>
        <translation>Importar {what} desde CSV</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>How the file was read</source>
        <translation>Cómo se leyó el archivo</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>Problema con el archivo</translation>
    </message>
    <message>
        <source>Columns not imported</source>
        <translation>Columnas no importadas</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Check which column of the file holds each field; the preview follows your choice.</source>
        <translation>Compruebe qué columna del archivo contiene cada campo; la vista previa sigue su elección.</translation>
    </message>
    <message>
        <source> Name is required (or both First name and Last name).</source>
        <translation> El nombre es obligatorio (o el nombre de pila y el apellido).</translation>
    </message>
    <message>
        <source>Rows to add</source>
        <translation>Filas para añadir</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Skipped rows</source>
        <translation>Filas omitidas</translation>
    </message>
    <message>
        <source>Changes made on the way in</source>
        <translation>Cambios hechos al importar</translation>
    </message>
    <message>
        <source>Changed on the way in</source>
        <translation>Cambiado al importar</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel: import nothing</source>
        <translation>Cancelar: no importar nada</translation>
    </message>
    <message>
        <source>What was imported</source>
        <translation>Lo que se importó</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>People whose team is not in this convening</source>
        <translation>Personas cuyo equipo no está en este encuentro</translation>
    </message>
    <message>
        <source>Create the missing teams</source>
        <translation>Crear los equipos que faltan</translation>
    </message>
    <message>
        <source>Import these people without a team</source>
        <translation>Importar a estas personas sin equipo</translation>
    </message>
    <message>
        <source>What happens to the missing teams</source>
        <translation>Qué pasa con los equipos que faltan</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file. Nothing has been changed.</source>
        <translation>No se puede importar nada de este archivo. No se ha cambiado nada.</translation>
    </message>
    <message numerus="yes">
        <source>Read as {encoding}, with columns separated by {separator} · %n row(s) after the heading row</source>
        <translation>
            <numerusform>Leído como {encoding}, con columnas separadas por {separator} · %n fila después de la fila de encabezados</numerusform>
            <numerusform>Leído como {encoding}, con columnas separadas por {separator} · %n filas después de la fila de encabezados</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: the file cannot be checked against this convening ({exc}).</source>
        <translation>{name}: no se puede comparar el archivo con este encuentro ({exc}).</translation>
    </message>
    <message>
        <source>Nothing to import yet.</source>
        <translation>Todavía no hay nada que importar.</translation>
    </message>
    <message>
        <source>None: every row can be imported.</source>
        <translation>Ninguna: se pueden importar todas las filas.</translation>
    </message>
    <message>
        <source>Skipped rows ({count})</source>
        <translation>Filas omitidas ({count})</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>Changed on the way in ({count})</source>
        <translation>Cambiado al importar ({count})</translation>
    </message>
    <message>
        <source>Not imported: </source>
        <translation>No importado: </translation>
    </message>
    <message>
        <source>Every column is used.</source>
        <translation>Se usan todas las columnas.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>{value}: a new team, created by this import</source>
        <translation>{value}: un equipo nuevo, creado por esta importación</translation>
    </message>
    <message>
        <source>Preview: no {many} to add (see the skipped rows)</source>
        <translation>Vista previa: no hay {many} para añadir (vea las filas omitidas)</translation>
    </message>
    <message>
        <source>Preview: the first {PREVIEW_ROWS} of {total} {many} to add</source>
        <translation>Vista previa: los primeros {PREVIEW_ROWS} de {total} {many} para añadir</translation>
    </message>
    <message>
        <source>Preview: the {total} {value} to add</source>
        <translation>Vista previa: {total} {value} para añadir</translation>
    </message>
    <message numerus="yes">
        <source>Create the missing %n team(s)</source>
        <translation>
            <numerusform>Crear %n equipo que falta</numerusform>
            <numerusform>Crear los %n equipos que faltan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n person(s)</source>
        <translation>
            <numerusform>Importar %n persona</numerusform>
            <numerusform>Importar %n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n team(s)</source>
        <translation>
            <numerusform>Importar %n equipo</numerusform>
            <numerusform>Importar %n equipos</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nada que importar</translation>
    </message>
    <message>
        <source>the file has no column headed {column!r}</source>
        <translation>el archivo no tiene ninguna columna con el encabezado {column!r}</translation>
    </message>
    <message>
        <source>Nothing was imported from {name}: {exc}</source>
        <translation>No se importó nada de {name}: {exc}</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Edit agenda item</source>
        <translation>Editar punto de la agenda</translation>
    </message>
    <message>
        <source>Add an agenda item</source>
        <translation>Añadir un punto de la agenda</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>What the room will do, e.g. “Story circles”</source>
        <translation>Lo que hará la sala, p. ej. “Círculos de historias”</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Starts at a fixed time</source>
        <translation>Empieza a una hora fija</translation>
    </message>
    <message>
        <source>Fixed start</source>
        <translation>Inicio fijo</translation>
    </message>
    <message>
        <source> min before the end</source>
        <translation> min antes del final</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador(a)</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>For the facilitators: materials, who does what, reminders</source>
        <translation>Para el equipo de facilitación: materiales, quién hace qué, recordatorios</translation>
    </message>
    <message>
        <source>Move on to the next item by itself when time is up</source>
        <translation>Pasar solo al punto siguiente cuando se acabe el tiempo</translation>
    </message>
    <message>
        <source>Auto-advance</source>
        <translation>Avance automático</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Como está escrito</translation>
    </message>
    <message>
        <source>Fitted</source>
        <translation>Ajustado</translation>
    </message>
    <message>
        <source>Protocol steps fitted to the minutes</source>
        <translation>Pasos del protocolo ajustados a los minutos</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>{name} · {minutes} min</source>
        <translation>{name} · {minutes} min</translation>
    </message>
    <message>
        <source>Minutes: {exc}</source>
        <translation>Minutos: {exc}</translation>
    </message>
    <message>
        <source>Shortened</source>
        <translation>Se acortó</translation>
    </message>
    <message>
        <source>Lengthened</source>
        <translation>Se alargó</translation>
    </message>
    <message>
        <source>{word} from {value} to {minutes}: each step keeps its share of the time.</source>
        <translation>{word} de {value} a {minutes}: cada paso conserva su parte del tiempo.</translation>
    </message>
    <message>
        <source>Protocol: {exc}</source>
        <translation>Protocolo: {exc}</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>{what}: progress</source>
        <translation>{what}: progreso</translation>
    </message>
    <message>
        <source>{what}: status</source>
        <translation>{what}: estado</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop {value}; nothing is changed</source>
        <translation>Detener {value}; no se cambia nada</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>{what} stopped; nothing was changed.</source>
        <translation>{what} se detuvo; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>LastTimePanel</name>
    <message>
        <source>Last time you said you would…</source>
        <translation>La última vez dijeron que harían…</translation>
    </message>
    <message>
        <source>Last time you said you would</source>
        <translation>La última vez dijeron que</translation>
    </message>
    <message>
        <source>What was learned</source>
        <translation>Lo que se aprendió</translation>
    </message>
    <message>
        <source>What did you learn? One line (then Alt+D, Alt+Y or Alt+O)</source>
        <translation>¿Qué aprendieron? Una línea (luego Alt+D, Alt+Y o Alt+O)</translation>
    </message>
    <message>
        <source>What was &amp;learned</source>
        <translation>Lo que se &amp;aprendió</translation>
    </message>
    <message>
        <source>Mark it {status}</source>
        <translation>Marcarlo como {status}</translation>
    </message>
    <message>
        <source>Bright &amp;spot</source>
        <translation>&amp;Destacada</translation>
    </message>
    <message>
        <source>Mark it as a bright spot of the team</source>
        <translation>Marcarlo como experiencia destacada del equipo</translation>
    </message>
    <message>
        <source>Made at {source}</source>
        <translation>Hecho en {source}</translation>
    </message>
</context>
<context>
    <name>LensColumnsBox</name>
    <message>
        <source>Lens columns (self-identified, optional)</source>
        <translation>Columnas de lentes (autoidentificadas, opcionales)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>Lente</translation>
    </message>
    <message>
        <source>Which extra column holds a lens</source>
        <translation>Qué columna adicional contiene una lente</translation>
    </message>
    <message>
        <source>Extra columns can hold lenses such as gender or home language; the preview shows their values, split (“Black; Latinx” is two). Blank means not asked.</source>
        <translation>Las columnas adicionales pueden contener lentes como el género o la lengua del hogar; la vista previa muestra sus valores, separados (“Black; Latinx” son dos). En blanco significa que no se preguntó.</translation>
    </message>
    <message>
        <source>column {value}</source>
        <translation>columna {value}</translation>
    </message>
    <message>
        <source>Lens for column {heading}</source>
        <translation>Lente para la columna {heading}</translation>
    </message>
    <message>
        <source>New lens: {new_name}</source>
        <translation>Lente nueva: {new_name}</translation>
    </message>
    <message>
        <source>New lens: {value}</source>
        <translation>Lente nueva: {value}</translation>
    </message>
    <message>
        <source>New lens: {lens}</source>
        <translation>Lente nueva: {lens}</translation>
    </message>
</context>
<context>
    <name>LensesDialog</name>
    <message>
        <source>Lenses</source>
        <translation>Lentes</translation>
    </message>
    <message>
        <source>New lens, e.g. Home language</source>
        <translation>Lente nueva, p. ej. Lengua del hogar</translation>
    </message>
    <message>
        <source>Name of a new lens</source>
        <translation>Nombre de una lente nueva</translation>
    </message>
    <message>
        <source>Add lens</source>
        <translation>Añadir lente</translation>
    </message>
    <message>
        <source>Delete lens</source>
        <translation>Eliminar lente</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <source> Type each person&apos;s own values; several are separated by “;” (“Black; Latinx”). Blank means not asked; “Prefer not to say” is kept as its own value.</source>
        <translation> Escriba los valores propios de cada persona; si son varios, sepárelos con “;” (“Black; Latinx”). En blanco significa que no se preguntó; “Prefiero no decirlo” se guarda como un valor propio.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Each person&apos;s values of the lens</source>
        <translation>Los valores de la lente para cada persona</translation>
    </message>
</context>
<context>
    <name>LiveTab</name>
    <message>
        <source>Day to run</source>
        <translation>Día en curso</translation>
    </message>
    <message>
        <source>The day that Space and PageDown act on. It follows the calendar; choose another day to run it (a rehearsal, a day that moved).</source>
        <translation>El día sobre el que actúan Space y PageDown. Sigue el calendario; elija otro día para llevarlo a cabo (un ensayo, un día que se movió).</translation>
    </message>
    <message>
        <source>&amp;Day to run</source>
        <translation>&amp;Día en curso</translation>
    </message>
    <message>
        <source>Double-click an item to run it</source>
        <translation>Doble clic para empezar un punto</translation>
    </message>
    <message>
        <source>Agenda items of the day</source>
        <translation>Puntos de la agenda del día</translation>
    </message>
    <message>
        <source>Nothing running</source>
        <translation>Nada en curso</translation>
    </message>
    <message>
        <source>Current item</source>
        <translation>Punto actual</translation>
    </message>
    <message>
        <source>Item countdown</source>
        <translation>Cuenta regresiva del punto</translation>
    </message>
    <message>
        <source>Countdown state</source>
        <translation>Estado de la cuenta regresiva</translation>
    </message>
    <message>
        <source>Item progress</source>
        <translation>Progreso del punto</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Paso actual</translation>
    </message>
    <message>
        <source>◀ Back  (PgUp)</source>
        <translation>◀ Volver  (PgUp)</translation>
    </message>
    <message>
        <source>Next ▶  (PgDn)</source>
        <translation>Avanzar ▶  (PgDn)</translation>
    </message>
    <message>
        <source>−5 min</source>
        <translation>−5 min</translation>
    </message>
    <message>
        <source>−1 min  (−)</source>
        <translation>−1 min  (−)</translation>
    </message>
    <message>
        <source>+1 min  (+)</source>
        <translation>+1 min  (+)</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <source>Day status</source>
        <translation>Estado del día</translation>
    </message>
    <message>
        <source>Up next</source>
        <translation>A continuación</translation>
    </message>
    <message>
        <source>Who may speak</source>
        <translation>Quién puede hablar</translation>
    </message>
    <message>
        <source>Facilitator script</source>
        <translation>Guion de facilitación</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>Notes for this step (kept for the handouts)</source>
        <translation>Notas del paso (van a los documentos)</translation>
    </message>
    <message>
        <source>Step notes</source>
        <translation>Notas del paso</translation>
    </message>
    <message>
        <source>What the group said, decided, or wants to come back to…</source>
        <translation>Lo que el grupo dijo, decidió o quiere retomar…</translation>
    </message>
    <message>
        <source>Chime at the warning and at zero</source>
        <translation>Campana al aviso y en cero</translation>
    </message>
    <message>
        <source>Projector follows: timer or protocol</source>
        <translation>El proyector sigue la agenda</translation>
    </message>
    <message>
        <source>Projector follows the live run</source>
        <translation>El proyector sigue lo que está en curso</translation>
    </message>
    <message>
        <source>When an item starts or the run moves on, the projector shows its timer or protocol step. A blanked projector stays blank until you press B.</source>
        <translation>Cuando un punto empieza o se avanza, el proyector muestra su temporizador o el paso del protocolo. Un proyector en negro sigue en negro hasta que pulse B.</translation>
    </message>
    <message>
        <source>End the day</source>
        <translation>Terminar el día</translation>
    </message>
    <message>
        <source>Ends the running item and the day. Press it twice: nothing ends on the first press. PageUp brings the item back.</source>
        <translation>Termina el punto en curso y el día. Púlselo dos veces: con la primera no termina nada. PageUp recupera el punto.</translation>
    </message>
    <message>
        <source>Ending the day</source>
        <translation>Terminando el día</translation>
    </message>
    <message>
        <source>  (today)</source>
        <translation>  (hoy)</translation>
    </message>
    <message>
        <source>this day</source>
        <translation>este día</translation>
    </message>
    <message>
        <source>No convening open</source>
        <translation>No hay ningún encuentro abierto</translation>
    </message>
    <message>
        <source>Pause  (Space)</source>
        <translation>Pausa  (Space)</translation>
    </message>
    <message>
        <source>Resume  (Space)</source>
        <translation>Continuar  (Space)</translation>
    </message>
    <message>
        <source>Start  (Space)</source>
        <translation>Empezar  (Space)</translation>
    </message>
    <message>
        <source>End the day…</source>
        <translation>Terminar el día…</translation>
    </message>
    <message>
        <source>Ready: {title}</source>
        <translation>Listo: {title}</translation>
    </message>
    <message>
        <source>“{title}” of {value} is still current. Space ends it and starts this.</source>
        <translation>“{title}” de {value} sigue en curso. Space lo termina y empieza este.</translation>
    </message>
    <message>
        <source>Press Space (or the clicker&apos;s play key) to start.</source>
        <translation>Pulse Space (o la tecla de reproducir del presentador) para empezar.</translation>
    </message>
    <message>
        <source>{value} is done</source>
        <translation>{value} terminó</translation>
    </message>
    <message>
        <source>Every item of this day has run. Choose another day to run it.</source>
        <translation>Ya se llevaron a cabo todos los puntos de este día. Elija otro día para continuar.</translation>
    </message>
    <message>
        <source>No agenda items on this day</source>
        <translation>No hay puntos de la agenda en este día</translation>
    </message>
    <message>
        <source>No agenda items yet</source>
        <translation>Todavía no hay puntos en la agenda</translation>
    </message>
    <message>
        <source>Add items in the Agenda tab.</source>
        <translation>Añada puntos en la pestaña Agenda.</translation>
    </message>
    <message>
        <source>Paused · {words}</source>
        <translation>En pausa · {words}</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Up next: {title} ({minutes} min)</source>
        <translation>A continuación: {title} ({minutes} min)</translation>
    </message>
    <message>
        <source>Up next: the end of the day (PageDown ends it)</source>
        <translation>A continuación: el final del día (PageDown lo termina)</translation>
    </message>
    <message>
        <source>Step {value} of {count}: {title}</source>
        <translation>Paso {value} de {count}: {title}</translation>
    </message>
    <message>
        <source>   ·   whole protocol {value} {left}</source>
        <translation>   ·   todo el protocolo {value} {left}</translation>
    </message>
    <message>
        <source>Next step: {title} ({minutes} min)</source>
        <translation>Paso siguiente: {title} ({minutes} min)</translation>
    </message>
    <message>
        <source>Last step: PageDown ends this item and starts the next one.</source>
        <translation>Último paso: PageDown termina este punto y empieza el siguiente.</translation>
    </message>
    <message>
        <source>Yes, end {day}</source>
        <translation>Sí, terminar {day}</translation>
    </message>
    <message>
        <source>Nothing has ended yet. Press again within {END_CONFIRM_SECONDS:.0f} seconds to end {day}.</source>
        <translation>Todavía no ha terminado nada. Pulse otra vez antes de {END_CONFIRM_SECONDS:.0f} segundos para terminar {day}.</translation>
    </message>
    <message>
        <source>{value} ended. PageUp brings back “{title}”.</source>
        <translation>{value} terminó. PageUp recupera “{title}”.</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Which column holds each field</source>
        <translation>Qué columna contiene cada campo</translation>
    </message>
    <message>
        <source>Column for {value}</source>
        <translation>Columna para {value}</translation>
    </message>
    <message>
        <source>{label} (required)</source>
        <translation>{label} (obligatorio)</translation>
    </message>
    <message>
        <source>Every row needs a name. For people, a First name and a Last name column also work.</source>
        <translation>Cada fila necesita un nombre. Para personas, también sirven una columna de nombre de pila y otra de apellido.</translation>
    </message>
    <message>
        <source>Used only when no column is chosen for Name: first and last name are joined.</source>
        <translation>Solo se usa cuando no se elige ninguna columna para Nombre: se unen el nombre de pila y el apellido.</translation>
    </message>
    <message>
        <source>A team not in this convening yet is created, or left empty: you choose below the preview.</source>
        <translation>Un equipo que todavía no está en este encuentro se crea o se deja vacío: usted elige debajo de la vista previa.</translation>
    </message>
    <message>
        <source>the file has no column {column}</source>
        <translation>el archivo no tiene la columna {column}</translation>
    </message>
</context>
<context>
    <name>MeasuresPanel</name>
    <message>
        <source>The network&apos;s measures</source>
        <translation>Los indicadores de la red</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>e.g. FAFSA completion</source>
        <translation>p. ej. FAFSA completadas</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>e.g. %, students, families</source>
        <translation>p. ej. %, estudiantes, familias</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>Mejor cuando es</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>más alto</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>más bajo</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unidad</translation>
    </message>
    <message>
        <source>Save measure</source>
        <translation>Guardar indicador</translation>
    </message>
    <message>
        <source>Save the measure</source>
        <translation>Guardar el indicador</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Indicador nuevo</translation>
    </message>
    <message>
        <source>Start a new measure</source>
        <translation>Empezar un indicador nuevo</translation>
    </message>
    <message>
        <source>Delete measure</source>
        <translation>Eliminar indicador</translation>
    </message>
    <message>
        <source>Delete the measure and its values</source>
        <translation>Eliminar el indicador y sus valores</translation>
    </message>
    <message>
        <source>This team&apos;s values</source>
        <translation>Valores de este equipo</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>A month (2027-01) or a date (2027-01-15)</source>
        <translation>Un mes (2027-01) o una fecha (2027-01-15)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Indicador</translation>
    </message>
    <message>
        <source>Peri&amp;od</source>
        <translation>Peri&amp;odo</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Valor</translation>
    </message>
    <message>
        <source>Save value</source>
        <translation>Guardar valor</translation>
    </message>
    <message>
        <source>Save this team&apos;s value</source>
        <translation>Guardar el valor de este equipo</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>This team&apos;s values of the measure</source>
        <translation>Valores del indicador de este equipo</translation>
    </message>
    <message>
        <source>What the run chart says</source>
        <translation>Lo que dice el gráfico de tendencia</translation>
    </message>
    <message>
        <source>What happened to the measures</source>
        <translation>Qué pasó con los indicadores</translation>
    </message>
    <message>
        <source>&amp;Import values…</source>
        <translation>&amp;Importar valores…</translation>
    </message>
    <message>
        <source>Import measure values from a CSV file</source>
        <translation>Importar valores de indicadores desde un archivo CSV</translation>
    </message>
    <message>
        <source>A CSV with the columns team, measure, period and value</source>
        <translation>Un CSV con las columnas team, measure, period y value</translation>
    </message>
    <message>
        <source>Team run chart</source>
        <translation>Tendencia del equipo</translation>
    </message>
    <message>
        <source>Show this team&apos;s run chart on the projector</source>
        <translation>Mostrar en el proyector el gráfico de tendencia de este equipo</translation>
    </message>
    <message>
        <source>Network run chart</source>
        <translation>Tendencia de la red</translation>
    </message>
    <message>
        <source>Show the network&apos;s run chart on the projector</source>
        <translation>Mostrar en el proyector el gráfico de tendencia de la red</translation>
    </message>
    <message>
        <source>Projector:</source>
        <translation>Proyector:</translation>
    </message>
    <message>
        <source>Values of {team_name}</source>
        <translation>Valores de {team_name}</translation>
    </message>
    <message>
        <source>Define a measure above first: its name, its unit, and whether higher is better.</source>
        <translation>Primero defina un indicador arriba: su nombre, su unidad y si más alto es mejor.</translation>
    </message>
    <message>
        <source>   (from {source})</source>
        <translation>   (de {source})</translation>
    </message>
    <message>
        <source>No values of {value} yet: type the first above.</source>
        <translation>Todavía no hay valores de {value}: escriba el primero arriba.</translation>
    </message>
    <message>
        <source>this team</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>Added the measure {value}.</source>
        <translation>Se añadió el indicador {value}.</translation>
    </message>
    <message>
        <source>Saved the measure {value}.</source>
        <translation>Se guardó el indicador {value}.</translation>
    </message>
    <message>
        <source> Edit &gt; Undo takes it back.</source>
        <translation> Edición &gt; Deshacer lo revierte.</translation>
    </message>
    <message>
        <source>Deleted the measure and its values. Edit &gt; Undo brings them back.</source>
        <translation>Se eliminaron el indicador y sus valores. Edición &gt; Deshacer los recupera.</translation>
    </message>
    <message>
        <source>Measure: define a measure first.</source>
        <translation>Indicador: primero defina un indicador.</translation>
    </message>
    <message>
        <source>Saved the value of {team_name}. Edit &gt; Undo takes it back; Ctrl+Down goes to the next team.</source>
        <translation>Se guardó el valor de {team_name}. Edición &gt; Deshacer lo revierte; Ctrl+Abajo va al equipo siguiente.</translation>
    </message>
    <message>
        <source>Import measure values</source>
        <translation>Importar valores de indicadores</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <source>Who is in this conversation</source>
        <translation>Quién está en esta conversación</translation>
    </message>
    <message>
        <source>Type to find a name or team</source>
        <translation>Escriba para buscar un nombre o un equipo</translation>
    </message>
    <message>
        <source>Find a person or team</source>
        <translation>Buscar una persona o un equipo</translation>
    </message>
    <message>
        <source>People in the roster; ticked ones are in the conversation</source>
        <translation>Personas de la lista; las marcadas están en la conversación</translation>
    </message>
    <message>
        <source>Tick the ones shown</source>
        <translation>Marcar las que se muestran</translation>
    </message>
    <message>
        <source>Untick the ones shown</source>
        <translation>Desmarcar las que se muestran</translation>
    </message>
    <message>
        <source>{n} ticked: a conversation can track up to {limit} people.</source>
        <translation>{n} marcadas: una conversación puede registrar hasta {limit} personas.</translation>
    </message>
    <message>
        <source>{n} {value} in the conversation.</source>
        <translation>{n} {value} en la conversación.</translation>
    </message>
</context>
<context>
    <name>MinutesDelegate</name>
    <message>
        <source>Planned minutes</source>
        <translation>Minutos planificados</translation>
    </message>
</context>
<context>
    <name>NetworkWindow</name>
    <message>
        <source>Network: the year across convenings</source>
        <translation>Red: el año a lo largo de los encuentros</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Choose the folder that holds the network&apos;s convening files.</source>
        <translation>Elija la carpeta que contiene los archivos de los encuentros de la red.</translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Elegir carpeta…</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>&amp;Leer de nuevo</translation>
    </message>
    <message>
        <source>Read the folder again, with the spellings below (Ctrl+R)</source>
        <translation>Leer la carpeta de nuevo, con las grafías de abajo (Ctrl+R)</translation>
    </message>
    <message>
        <source>One team, two spellings</source>
        <translation>Un equipo, dos grafías</translation>
    </message>
    <message>
        <source>One team, two spellings: one pair a line, such as Lincoln High = Lincoln HS (case, spaces and full stops already match)</source>
        <translation>Un equipo, dos grafías: una pareja por línea, como Lincoln High = Lincoln HS (mayúsculas, espacios y puntos ya coinciden)</translation>
    </message>
    <message>
        <source>The year</source>
        <translation>El año</translation>
    </message>
    <message>
        <source>Nothing read yet.</source>
        <translation>Todavía no se ha leído nada.</translation>
    </message>
    <message>
        <source>Convenings</source>
        <translation>Encuentros</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Write &amp;CSV files…</source>
        <translation>Escribir archivos &amp;CSV…</translation>
    </message>
    <message>
        <source>pairs.csv, commitments.csv, talk.csv, pdsa.csv and measures.csv, into a folder you choose</source>
        <translation>pairs.csv, commitments.csv, talk.csv, pdsa.csv y measures.csv, en una carpeta que elija</translation>
    </message>
    <message>
        <source>Year in review &amp;PDF…</source>
        <translation>&amp;PDF del año en revisión…</translation>
    </message>
    <message>
        <source>The shared version: for everyone (no names of people)</source>
        <translation>La versión compartida: para todas las personas (sin nombres de personas)</translation>
    </message>
    <message>
        <source>&amp;Facilitator PDF…</source>
        <translation>PDF de &amp;facilitación…</translation>
    </message>
    <message>
        <source>The facilitator version: what teams learned, who sat together more than once</source>
        <translation>La versión de facilitación: lo que aprendieron los equipos, quiénes se sentaron juntos más de una vez</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>&amp;Abrirlo</translation>
    </message>
    <message>
        <source>Open the PDF just written (or the folder of the CSV files)</source>
        <translation>Abrir el PDF recién escrito (o la carpeta de los archivos CSV)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The folder of the network&apos;s convening files</source>
        <translation>La carpeta de los archivos de los encuentros de la red</translation>
    </message>
    <message>
        <source>Reading the folder</source>
        <translation>Leyendo la carpeta</translation>
    </message>
    <message numerus="yes">
        <source>Read %n convening file(s).</source>
        <translation>
            <numerusform>Se leyó %n archivo de encuentro.</numerusform>
            <numerusform>Se leyeron %n archivos de encuentro.</numerusform>
        </translation>
    </message>
    <message>
        <source> Not read: </source>
        <translation> No leídos: </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Convening</source>
        <translation>Encuentro</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source> (older file, schema {value})</source>
        <translation> (archivo anterior, esquema {value})</translation>
    </message>
    <message>
        <source>Con&amp;venings</source>
        <translation>&amp;Encuentros</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Buddy schools</source>
        <translation>Escuelas compañeras</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Not yet paired with</source>
        <translation>Todavía sin emparejar con</translation>
    </message>
    <message>
        <source>Never paired</source>
        <translation>Nunca emparejadas</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of teams have met;</source>
        <translation>
            <numerusform>%n pareja de equipos se ha reunido;</numerusform>
            <numerusform>%n parejas de equipos se han reunido;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more than once.</source>
        <translation>
            <numerusform>%n más de una vez.</numerusform>
            <numerusform>%n más de una vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not yet paired this year: %n pair(s) among the latest convening&apos;s teams (partners to consider next time):</source>
        <translation>
            <numerusform>Todavía sin emparejar este año: %n pareja entre los equipos del último encuentro (compañeras para considerar la próxima vez):</numerusform>
            <numerusform>Todavía sin emparejar este año: %n parejas entre los equipos del último encuentro (compañeras para considerar la próxima vez):</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Buddy schools</source>
        <translation>Escuelas &amp;compañeras</translation>
    </message>
    <message>
        <source>{count} people at tables; {count2} pairs of people have shared a table, {count3} more than once:</source>
        <translation>{count} personas en mesas; {count2} parejas de personas han compartido mesa, {count3} más de una vez:</translation>
    </message>
    <message>
        <source>No tables were planned this year.</source>
        <translation>No se planificaron mesas este año.</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Veces</translation>
    </message>
    <message>
        <source>Tablemates more than once</source>
        <translation>Compañeros de mesa más de una vez</translation>
    </message>
    <message>
        <source>Nobody has sat with the same person twice this year.</source>
        <translation>Nadie se ha sentado dos veces con la misma persona este año.</translation>
    </message>
    <message>
        <source>Each person: how many different people they have sat with, and how many of the year&apos;s people not yet:</source>
        <translation>Cada persona: con cuántas personas distintas se ha sentado, y con cuántas de las personas del año todavía no:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Sat with</source>
        <translation>Se sentó con</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Tablemates of each person</source>
        <translation>Compañeros de mesa de cada persona</translation>
    </message>
    <message>
        <source>&amp;Tablemates</source>
        <translation>Compañeros de &amp;mesa</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Carried from</source>
        <translation>Traído de</translation>
    </message>
    <message>
        <source>Learned</source>
        <translation>Aprendido</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Co&amp;mmitments</source>
        <translation>Co&amp;mpromisos</translation>
    </message>
    <message>
        <source>PDSA c&amp;ycles</source>
        <translation>C&amp;iclos PDSA</translation>
    </message>
    <message>
        <source>Mea&amp;sures</source>
        <translation>In&amp;dicadores</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>Lo que funcionó</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Para quién</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Bright spots</source>
        <translation>Experiencias destacadas</translation>
    </message>
    <message>
        <source>Bri&amp;ght spots</source>
        <translation>Experiencias &amp;destacadas</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>Lente</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Share of people</source>
        <translation>Proporción de personas</translation>
    </message>
    <message>
        <source>Share of talk</source>
        <translation>Proporción del tiempo de palabra</translation>
    </message>
    <message>
        <source>Talk balance</source>
        <translation>Equilibrio del tiempo de palabra</translation>
    </message>
    <message>
        <source>T&amp;alk balance</source>
        <translation>Equilibrio del &amp;tiempo de palabra</translation>
    </message>
    <message numerus="yes">
        <source>%n PDSA cycle(s) of</source>
        <translation>
            <numerusform>%n ciclo PDSA de</numerusform>
            <numerusform>%n ciclos PDSA de</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s) this year, each at the convening where it was recorded.</source>
        <translation>
            <numerusform>%n equipo este año, cada uno en el encuentro donde se registró.</numerusform>
            <numerusform>%n equipos este año, cada uno en el encuentro donde se registró.</numerusform>
        </translation>
    </message>
    <message>
        <source>No PDSA cycles were recorded this year.</source>
        <translation>No se registraron ciclos PDSA este año.</translation>
    </message>
    <message>
        <source>PDSA cycles</source>
        <translation>Ciclos PDSA</translation>
    </message>
    <message>
        <source>Each measure across the year: the network&apos;s run chart (each period, the median of the teams that reported it), then each team&apos;s, with what the run-chart rules say. Choose a row to see its chart.</source>
        <translation>Cada indicador a lo largo del año: el gráfico de tendencia de la red (en cada periodo, la mediana de los equipos que lo reportaron), luego el de cada equipo, con lo que dicen las reglas del gráfico de tendencia. Elija una fila para ver su gráfico.</translation>
    </message>
    <message>
        <source>No measure values were reported this year.</source>
        <translation>No se reportaron valores de indicadores este año.</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Write the CSV files into</source>
        <translation>Escribir los archivos CSV en</translation>
    </message>
    <message>
        <source>Cannot write into {folder}: {strerror}.</source>
        <translation>No se puede escribir en {folder}: {strerror}.</translation>
    </message>
    <message>
        <source>Wrote </source>
        <translation>Se escribieron </translation>
    </message>
    <message>
        <source> into {folder}.</source>
        <translation> en {folder}.</translation>
    </message>
    <message>
        <source>Year in review</source>
        <translation>Año en revisión</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Building {name}</source>
        <translation>Creando {name}</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>Se escribió {path}.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Se detuvo.</translation>
    </message>
</context>
<context>
    <name>NewConveningDialog</name>
    <message>
        <source>Convening details</source>
        <translation>Detalles del encuentro</translation>
    </message>
    <message>
        <source>New convening</source>
        <translation>Encuentro nuevo</translation>
    </message>
    <message>
        <source>e.g. Spring Convening: Belonging in Math</source>
        <translation>p. ej. Encuentro de primavera: Pertenencia en matemáticas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>https://… (shown as a QR code on the Welcome screen)</source>
        <translation>https://… (se muestra como código QR en la pantalla de bienvenida)</translation>
    </message>
    <message>
        <source>Resources link</source>
        <translation>Enlace a los recursos</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>&amp;Resources link</source>
        <translation>Enlace a los &amp;recursos</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>Add a day</source>
        <translation>Añadir un día</translation>
    </message>
    <message>
        <source>Remove last day</source>
        <translation>Quitar el último día</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>Crear…</translation>
    </message>
</context>
<context>
    <name>NextDialog</name>
    <message>
        <source>Convening</source>
        <translation>Encuentro</translation>
    </message>
    <message>
        <source>New convening from this one</source>
        <translation>Encuentro nuevo a partir de este</translation>
    </message>
    <message>
        <source>A new convening file with the roster, teams, lenses, protocols, pairing rules and agenda of “{title}”, its commitments carried and its pairs and tables remembered so they are not repeated. This file is not changed.</source>
        <translation>Un archivo de encuentro nuevo con la lista de participantes, los equipos, las lentes, los protocolos, las reglas de emparejamiento y la agenda de “{title}”, con sus compromisos traídos y sus parejas y mesas recordadas para que no se repitan. Este archivo no cambia.</translation>
    </message>
    <message>
        <source>Title of the new convening</source>
        <translation>Título del encuentro nuevo</translation>
    </message>
    <message>
        <source>e.g. Spring Convening</source>
        <translation>p. ej. Encuentro de primavera</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Number of days</source>
        <translation>Número de días</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Primer día</translation>
    </message>
    <message>
        <source>&amp;Days</source>
        <translation>&amp;Días</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>&amp;Build…</source>
        <translation>&amp;Crear…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Title: give the new convening a title.</source>
        <translation>Título: dé un título al encuentro nuevo.</translation>
    </message>
    <message>
        <source>Save the new convening as</source>
        <translation>Guardar el encuentro nuevo como</translation>
    </message>
    <message>
        <source>Building {name}…</source>
        <translation>Creando {name}…</translation>
    </message>
    <message>
        <source>Built {name}.</source>
        <translation>Se creó {name}.</translation>
    </message>
    <message>
        <source>Now working on {name}</source>
        <translation>Ahora se trabaja en {name}</translation>
    </message>
    <message>
        <source>New convening built</source>
        <translation>Se creó el encuentro nuevo</translation>
    </message>
    <message>
        <source>{name} is open.

</source>
        <translation>{name} está abierto.

</translation>
    </message>
    <message>
        <source>Stopped; no file was written.</source>
        <translation>Se detuvo; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>NoteList</name>
    <message>
        <source>Notes by cluster</source>
        <translation>Notas por grupo</translation>
    </message>
    <message>
        <source>Drop notes here, or select notes and press this cluster&apos;s number.</source>
        <translation>Suelte notas aquí, o seleccione notas y pulse el número de este grupo.</translation>
    </message>
    <message>
        <source>Notes in no cluster yet.</source>
        <translation>Notas que todavía no están en ningún grupo.</translation>
    </message>
    <message>
        <source>Select notes first, then press a cluster&apos;s number.</source>
        <translation>Primero seleccione notas y luego pulse el número de un grupo.</translation>
    </message>
    <message>
        <source>There is no cluster {number}; N makes a new cluster of the selected notes.</source>
        <translation>No hay un grupo {number}; N crea un grupo nuevo con las notas seleccionadas.</translation>
    </message>
    <message>
        <source>Select notes first, then press N to make a cluster of them.</source>
        <translation>Primero seleccione notas y luego pulse N para formar un grupo con ellas.</translation>
    </message>
    <message>
        <source>To take notes out of a cluster, drag them out of its frame on the wall.</source>
        <translation>Para sacar notas de un grupo, arrástrelas fuera de su marco en el muro.</translation>
    </message>
</context>
<context>
    <name>PairingTab</name>
    <message>
        <source>What makes a good pair</source>
        <translation>Qué hace una buena pareja</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <source>Day of the rounds</source>
        <translation>Día de las rondas</translation>
    </message>
    <message>
        <source>The rounds of this day, and the day new rounds are for. A day&apos;s handout prints that day&apos;s rounds.</source>
        <translation>Las rondas de este día, y el día para el que son las rondas nuevas. El documento de un día imprime las rondas de ese día.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Pair next round</source>
        <translation>Emparejar otra ronda</translation>
    </message>
    <message>
        <source>Pair the teams for the next round of this day</source>
        <translation>Emparejar los equipos para la ronda siguiente de este día</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planificar</translation>
    </message>
    <message>
        <source>How many rounds to plan</source>
        <translation>Cuántas rondas planificar</translation>
    </message>
    <message>
        <source>Plan rounds</source>
        <translation>Planificar rondas</translation>
    </message>
    <message>
        <source>Plan several rounds at once, with the fewest repeats</source>
        <translation>Planificar varias rondas a la vez, con la menor cantidad de repeticiones</translation>
    </message>
    <message>
        <source>Planning rounds</source>
        <translation>Planificando rondas</translation>
    </message>
    <message>
        <source>Round summary</source>
        <translation>Resumen de la ronda</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Groups of this round</source>
        <translation>Grupos de esta ronda</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Swap this team</source>
        <translation>Intercambiar este equipo</translation>
    </message>
    <message>
        <source>with this team</source>
        <translation>con este equipo</translation>
    </message>
    <message>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <source>Swap the two teams, lock their groups and re-solve the rest</source>
        <translation>Intercambiar los dos equipos, fijar sus grupos y resolver de nuevo el resto</translation>
    </message>
    <message>
        <source>Re-solve</source>
        <translation>Resolver de nuevo</translation>
    </message>
    <message>
        <source>Re-solve this round, keeping the locked groups</source>
        <translation>Resolver de nuevo esta ronda, manteniendo los grupos fijados</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Mover a…</translation>
    </message>
    <message>
        <source>Move this round to another day</source>
        <translation>Mover esta ronda a otro día</translation>
    </message>
    <message>
        <source>Delete round</source>
        <translation>Eliminar ronda</translation>
    </message>
    <message>
        <source>Delete this round</source>
        <translation>Eliminar esta ronda</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the pairs of every round as CSV</source>
        <translation>Exportar como CSV las parejas de todas las rondas</translation>
    </message>
    <message>
        <source>Show on projector</source>
        <translation>Proyectar</translation>
    </message>
    <message>
        <source>Show this round&apos;s pairs on the projector</source>
        <translation>Mostrar en el proyector las parejas de esta ronda</translation>
    </message>
    <message>
        <source>Buddy schools</source>
        <translation>Escuelas compañeras</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Mesas</translation>
    </message>
    <message>
        <source>Team attributes</source>
        <translation>Atributos de los equipos</translation>
    </message>
    <message>
        <source>Lock {value}</source>
        <translation>Fijar {value}</translation>
    </message>
    <message>
        <source>No rounds for {name} yet.</source>
        <translation>Todavía no hay rondas para {name}.</translation>
    </message>
    <message>
        <source>No rounds without a day.</source>
        <translation>No hay rondas sin día.</translation>
    </message>
    <message>
        <source> Choose what makes a good pair, then press “Pair next round”.</source>
        <translation> Elija qué hace una buena pareja y luego pulse “Emparejar la ronda siguiente”.</translation>
    </message>
    <message numerus="yes">
        <source> %n round(s) on other days: choose the day above.</source>
        <translation>
            <numerusform> %n ronda en otros días: elija el día arriba.</numerusform>
            <numerusform> %n rondas en otros días: elija el día arriba.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n grupo</numerusform>
            <numerusform>%n grupos</numerusform>
        </translation>
    </message>
    <message>
        <source>total score {score}</source>
        <translation>puntuación total {score}</translation>
    </message>
    <message numerus="yes">
        <source>%n locked</source>
        <translation>
            <numerusform>%n fijado</numerusform>
            <numerusform>%n fijados</numerusform>
        </translation>
    </message>
    <message>
        <source>no repeats</source>
        <translation>sin repeticiones</translation>
    </message>
    <message numerus="yes">
        <source>%n with a repeat</source>
        <translation>
            <numerusform>%n con una repetición</numerusform>
            <numerusform>%n con una repetición</numerusform>
        </translation>
    </message>
    <message>
        <source>Export pairs</source>
        <translation>Exportar parejas</translation>
    </message>
    <message>
        <source>pairs.csv</source>
        <translation>pairs.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>{path}: it cannot be written ({strerror}); choose another folder.</source>
        <translation>{path}: no se puede escribir ({strerror}); elija otra carpeta.</translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <source>Edit participant</source>
        <translation>Editar participante</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Añadir una persona participante</translation>
    </message>
    <message>
        <source>First and last name, as they like to be called</source>
        <translation>Nombre y apellido, como le gusta que le llamen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Optional: only if they shared them</source>
        <translation>Opcional: solo si los compartió</translation>
    </message>
    <message>
        <source>name@school.org (optional)</source>
        <translation>nombre@escuela.org (opcional)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>no team called {value!r} in the list</source>
        <translation>no hay ningún equipo llamado {value!r} en la lista</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>No participants yet. Add people one by one, or import a CSV from your registration sheet.</source>
        <translation>Todavía no hay participantes. Añada personas una por una, o importe un CSV de su hoja de inscripción.</translation>
    </message>
    <message>
        <source>Lenses…</source>
        <translation>Lentes…</translation>
    </message>
    <message>
        <source>Define lenses and each person&apos;s values</source>
        <translation>Definir las lentes y los valores de cada persona</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>Eliminar participante</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete {names} from this convening?</source>
        <translation>¿Eliminar a {names} de este encuentro?</translation>
    </message>
    <message>
        <source>Delete participants</source>
        <translation>Eliminar participantes</translation>
    </message>
    <message>
        <source>Delete {count} people</source>
        <translation>Eliminar a {count} personas</translation>
    </message>
    <message>
        <source>Delete these {count} participants from this convening?

{names}</source>
        <translation>¿Eliminar a estas {count} personas participantes de este encuentro?

{names}</translation>
    </message>
    <message>
        <source>Their talk-time record goes with them. Edit &gt; Undo (Ctrl+Z) brings it all back.</source>
        <translation>Su registro de tiempo de palabra se va con ellas. Edición &gt; Deshacer (Ctrl+Z) lo recupera todo.</translation>
    </message>
</context>
<context>
    <name>PhaseRow</name>
    <message>
        <source>Dots counted by hand</source>
        <translation>Puntos a mano</translation>
    </message>
    <message>
        <source>Voting open (phones; dots hidden)</source>
        <translation>Votación abierta (ocultos)</translation>
    </message>
    <message>
        <source>Voting closed (dots shown)</source>
        <translation>Votación cerrada (visibles)</translation>
    </message>
    <message>
        <source>Collect blind</source>
        <translation>A ciegas</translation>
    </message>
    <message>
        <source>Collect notes blind: the room sees how many, not what they say</source>
        <translation>Recoger notas a ciegas: la sala ve cuántas hay, no lo que dicen</translation>
    </message>
    <message>
        <source>Reveal notes (R)</source>
        <translation>Revelar (R)</translation>
    </message>
    <message>
        <source>Reveal the notes collected blind, on the projector too</source>
        <translation>Revelar las notas recogidas a ciegas, también en el proyector</translation>
    </message>
    <message>
        <source>Peek (this screen)</source>
        <translation>Mirar aquí</translation>
    </message>
    <message>
        <source>Read the notes collected blind on this screen only</source>
        <translation>Leer en esta pantalla solamente las notas recogidas a ciegas</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Votación con puntos</translation>
    </message>
    <message>
        <source>Phones that have voted</source>
        <translation>Teléfonos que han votado</translation>
    </message>
    <message>
        <source>Dots:</source>
        <translation>Puntos:</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) voted</source>
        <translation>
            <numerusform>%n teléfono votó</numerusform>
            <numerusform>%n teléfonos votaron</numerusform>
        </translation>
    </message>
    <message>
        <source>The notes are up, on the projector too. Edit &gt; Undo hides them again.</source>
        <translation>Las notas están a la vista, también en el proyector. Edición &gt; Deshacer las oculta de nuevo.</translation>
    </message>
</context>
<context>
    <name>PhotoRow</name>
    <message>
        <source>No photos yet</source>
        <translation>Todavía no hay fotos</translation>
    </message>
    <message>
        <source>Caption for the next photo</source>
        <translation>Pie de la próxima foto</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>Añadir foto…</translation>
    </message>
    <message>
        <source>Add a photo of chart paper to this board</source>
        <translation>Añadir a este tablero una foto del papelógrafo</translation>
    </message>
    <message>
        <source>The board&apos;s photos</source>
        <translation>Las fotos del tablero</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Quitar foto</translation>
    </message>
    <message>
        <source>Remove the chosen photo from this board</source>
        <translation>Quitar de este tablero la foto elegida</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the chosen photo on the projector</source>
        <translation>Mostrar en el proyector la foto elegida</translation>
    </message>
    <message>
        <source>Put up</source>
        <translation>Poner a la vista</translation>
    </message>
    <message>
        <source>Put up the chosen phone&apos;s photo (it waited for you: Moderate)</source>
        <translation>Poner a la vista la foto elegida del teléfono (esperaba su aprobación: Moderar)</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>Fotos:</translation>
    </message>
    <message>
        <source> (waiting: from a phone)</source>
        <translation> (en espera: de un teléfono)</translation>
    </message>
    <message>
        <source> (from a phone)</source>
        <translation> (de un teléfono)</translation>
    </message>
    <message>
        <source>No caption</source>
        <translation>Sin pie</translation>
    </message>
    <message>
        <source>Add a photo of chart paper</source>
        <translation>Añadir una foto del papelógrafo</translation>
    </message>
    <message>
        <source>it shows on the projector once the notes are revealed</source>
        <translation>se muestra en el proyector cuando se revelen las notas</translation>
    </message>
    <message>
        <source>it is the Wall&apos;s last page on the projector</source>
        <translation>es la última página del Muro en el proyector</translation>
    </message>
    <message>
        <source>Added the photo {name}: {where}</source>
        <translation>Se añadió la foto {name}: {where}</translation>
    </message>
    <message numerus="yes">
        <source> (%n photo(s)).</source>
        <translation>
            <numerusform> (%n foto).</numerusform>
            <numerusform> (%n fotos).</numerusform>
        </translation>
    </message>
    <message>
        <source>The notes are coming in blind: the photo shows once they are revealed.</source>
        <translation>Las notas llegan a ciegas: la foto se muestra cuando se revelen.</translation>
    </message>
    <message>
        <source>The photo is up: on the projector&apos;s Wall pages and in the handout.</source>
        <translation>La foto está a la vista: en las páginas del muro en el proyector y en el documento.</translation>
    </message>
    <message>
        <source>No photo to remove: add one with Add photo….</source>
        <translation>No hay foto que quitar: añada una con Añadir foto….</translation>
    </message>
    <message>
        <source>Removed the photo (Edit &gt; Undo brings it back).</source>
        <translation>Se quitó la foto (Edición &gt; Deshacer la recupera).</translation>
    </message>
</context>
<context>
    <name>ProblemLabel</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>ProtocolEditorDialog</name>
    <message>
        <source>Edit “{replacing}”</source>
        <translation>Editar “{replacing}”</translation>
    </message>
    <message>
        <source>New protocol</source>
        <translation>Protocolo nuevo</translation>
    </message>
    <message>
        <source>Protocol editor</source>
        <translation>Editor de protocolos</translation>
    </message>
    <message>
        <source>Language of the texts</source>
        <translation>Idioma de los textos</translation>
    </message>
    <message>
        <source>&amp;Language of the texts:</source>
        <translation>&amp;Idioma de los textos:</translation>
    </message>
    <message>
        <source>About the language</source>
        <translation>Sobre el idioma</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Roles, materials, norms</source>
        <translation>Roles, materiales, acuerdos</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>What needs fixing</source>
        <translation>Lo que hay que corregir</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Group size</source>
        <translation>Tamaño del grupo</translation>
    </message>
    <message>
        <source>e.g. 4-8, including the presenter</source>
        <translation>p. ej. 4-8, incluida la persona que presenta</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>What this protocol helps a group do, and why.</source>
        <translation>Lo que este protocolo ayuda a hacer a un grupo, y por qué.</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>Cuándo usarlo</translation>
    </message>
    <message>
        <source>The moments it suits, and when not to use it.</source>
        <translation>Los momentos en que conviene, y cuándo no usarlo.</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Reconocimiento</translation>
    </message>
    <message>
        <source>The tradition it comes from, in your own words.</source>
        <translation>La tradición de la que viene, en sus propias palabras.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>facilitator
presenter
participants</source>
        <translation>facilitación
presentador(a)
participantes</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiales</translation>
    </message>
    <message>
        <source>One thing per line</source>
        <translation>Uno por línea</translation>
    </message>
    <message>
        <source>Norms</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>One norm per line</source>
        <translation>Un acuerdo por línea</translation>
    </message>
    <message>
        <source>Equity moves</source>
        <translation>Acciones de equidad</translation>
    </message>
    <message>
        <source>One move per line</source>
        <translation>Una acción por línea</translation>
    </message>
    <message>
        <source>One per line: press Enter to start the next. Steps choose who speaks from these roles.</source>
        <translation>Uno por línea: pulse Enter para empezar el siguiente. Los pasos eligen quién habla entre estos roles.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Total minutes</source>
        <translation>Minutos en total</translation>
    </message>
    <message>
        <source>Set total to the sum of the steps</source>
        <translation>Poner como total la suma de los pasos</translation>
    </message>
    <message>
        <source>Steps total</source>
        <translation>Total de los pasos</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>The same in every language: change it in English.</source>
        <translation>Es igual en todos los idiomas: se cambia en inglés.</translation>
    </message>
    <message>
        <source>A text not yet in {language} shows the English greyed: type over it. Credit, roles, minutes and who speaks are shared.</source>
        <translation>Un texto aún sin traducir muestra el inglés en gris: escriba encima. El reconocimiento, los roles, los minutos y quién habla son comunes a todos los idiomas.</translation>
    </message>
    <message>
        <source>Choose Español to write the texts in Spanish for the projector and the handout.</source>
        <translation>Elija Español para escribir los textos en español para el proyector y el documento.</translation>
    </message>
    <message>
        <source>. Change a step&apos;s minutes, or tick “Set total to the sum of the steps”.</source>
        <translation>. Cambie los minutos de un paso, o marque “Poner como total la suma de los pasos”.</translation>
    </message>
    <message>
        <source>Steps add up to {steps} of {total} minutes</source>
        <translation>Los pasos suman {steps} de {total} minutos</translation>
    </message>
    <message>
        <source>: {value} min not yet given to a step</source>
        <translation>: {value} min todavía sin asignar a un paso</translation>
    </message>
    <message>
        <source>: {value} min too many</source>
        <translation>: {value} min de más</translation>
    </message>
</context>
<context>
    <name>ProtocolListModel</name>
    <message>
        <source>Kept in this convening: you can edit it</source>
        <translation>Guardado en este encuentro: puede editarlo</translation>
    </message>
    <message>
        <source>From the shipped library</source>
        <translation>De la biblioteca incluida</translation>
    </message>
</context>
<context>
    <name>ProtocolsTab</name>
    <message>
        <source>Protocols</source>
        <translation>Protocolos</translation>
    </message>
    <message>
        <source>Filter: name, purpose or group size</source>
        <translation>Filtrar: nombre, propósito o tamaño del grupo</translation>
    </message>
    <message>
        <source>Filter protocols</source>
        <translation>Filtrar protocolos</translation>
    </message>
    <message>
        <source>Protocol list</source>
        <translation>Lista de protocolos</translation>
    </message>
    <message>
        <source>How many protocols are shown</source>
        <translation>Cuántos protocolos se muestran</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import a protocol file</source>
        <translation>Importar un archivo de protocolo</translation>
    </message>
    <message>
        <source>The chosen protocol</source>
        <translation>El protocolo elegido</translation>
    </message>
    <message>
        <source>Duplicate and edit…</source>
        <translation>Duplicar y editar…</translation>
    </message>
    <message>
        <source>Duplicate and edit</source>
        <translation>Duplicar y editar</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit this protocol</source>
        <translation>Editar este protocolo</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export to a protocol file</source>
        <translation>Exportar a un archivo de protocolo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete from this convening</source>
        <translation>Eliminar de este encuentro</translation>
    </message>
    <message>
        <source>Protocols message</source>
        <translation>Mensaje de protocolos</translation>
    </message>
    <message>
        <source>{total} protocols</source>
        <translation>{total} protocolos</translation>
    </message>
    <message>
        <source>{shown} of {total} protocols</source>
        <translation>{shown} de {total} protocolos</translation>
    </message>
    <message>
        <source>Library protocols are read-only: duplicate one to make your own.</source>
        <translation>Los protocolos de la biblioteca son de solo lectura: duplique uno para hacer el suyo.</translation>
    </message>
    <message>
        <source>&lt;p&gt;No protocol matches the filter.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ningún protocolo coincide con el filtro.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New protocol from “{value}”</source>
        <translation>Protocolo nuevo a partir de “{value}”</translation>
    </message>
    <message>
        <source>Saved “{saved_name}” in this convening.</source>
        <translation>Se guardó “{saved_name}” en este encuentro.</translation>
    </message>
    <message>
        <source>Import a protocol</source>
        <translation>Importar un protocolo</translation>
    </message>
    <message>
        <source>Cannot import this protocol</source>
        <translation>No se puede importar este protocolo</translation>
    </message>
    <message>
        <source>Import it as “{other}”</source>
        <translation>Importarlo como “{other}”</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({value}).</source>
        <translation>{name}: no se puede leer ({value}).</translation>
    </message>
    <message>
        <source>Imported “{name}” from {name2}.</source>
        <translation>Se importó “{name}” de {name2}.</translation>
    </message>
    <message>
        <source>Export “{name}”</source>
        <translation>Exportar “{name}”</translation>
    </message>
    <message>
        <source>Cannot export this protocol</source>
        <translation>No se puede exportar este protocolo</translation>
    </message>
    <message>
        <source>{name}: could not be written ({detail}).</source>
        <translation>{name}: no se pudo escribir ({detail}).</translation>
    </message>
    <message>
        <source>Exported “{name}” to {name2}. Share it with a colleague; they can import it.</source>
        <translation>Se exportó “{name}” a {name2}. Compártalo con un colega; lo puede importar.</translation>
    </message>
    <message>
        <source>Delete “{name}” from this convening?</source>
        <translation>¿Eliminar “{name}” de este encuentro?</translation>
    </message>
    <message>
        <source> The shipped library version will show again.</source>
        <translation> Se volverá a mostrar la versión de la biblioteca incluida.</translation>
    </message>
    <message>
        <source>Delete protocol</source>
        <translation>Eliminar protocolo</translation>
    </message>
    <message>
        <source>Cannot delete this protocol</source>
        <translation>No se puede eliminar este protocolo</translation>
    </message>
    <message>
        <source>Deleted “{name}” from this convening.</source>
        <translation>Se eliminó “{name}” de este encuentro.</translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <source>QR code of the co-facilitator address</source>
        <translation>Código QR de la dirección de cofacilitación</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Add {noun}</source>
        <translation>Añadir {noun}</translation>
    </message>
    <message>
        <source>Save {noun}</source>
        <translation>Guardar {noun}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Could not save: {exc}</source>
        <translation>No se pudo guardar: {exc}</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Pronouns</source>
        <translation>&amp;Pronombres</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Equipo</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation>&amp;Distrito</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Región</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Nivel</translation>
    </message>
    <message>
        <source>&amp;Focus / aim</source>
        <translation>&amp;Enfoque / meta</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Focus / aim</source>
        <translation>Enfoque / meta</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Integrantes</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <source>Filter…</source>
        <translation>Filtrar…</translation>
    </message>
    <message>
        <source>Filter {noun_many}</source>
        <translation>Filtrar {noun_many}</translation>
    </message>
    <message>
        <source>Number of {noun_many}</source>
        <translation>Número de {noun_many}</translation>
    </message>
    <message>
        <source>{value} table</source>
        <translation>Tabla de {value}</translation>
    </message>
    <message>
        <source>No {noun_many} yet</source>
        <translation>Todavía no hay {noun_many}</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Add a {noun_one}</source>
        <translation>Añadir: {noun_one}</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the selected {noun_one}</source>
        <translation>Editar la selección: {noun_one}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected {noun_many}</source>
        <translation>Eliminar la selección: {noun_many}</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Import {noun_many} from a CSV file</source>
        <translation>Importar {noun_many} desde un archivo CSV</translation>
    </message>
    <message>
        <source>Add one {noun_one}</source>
        <translation>Añadir: {noun_one}</translation>
    </message>
    <message>
        <source>Or double-click a row, or press Enter</source>
        <translation>O haga doble clic en una fila, o pulse Enter</translation>
    </message>
    <message>
        <source>Or press Delete</source>
        <translation>O pulse Delete</translation>
    </message>
    <message>
        <source>Showing {shown} of {text}</source>
        <translation>Se muestran {shown} de {text}</translation>
    </message>
    <message>
        <source>No {noun_one} matches “{value}” · {text}</source>
        <translation>Ningún resultado coincide con “{value}” ({noun_one}) · {text}</translation>
    </message>
    <message>
        <source>Could not delete: {exc}</source>
        <translation>No se pudo eliminar: {exc}</translation>
    </message>
    <message>
        <source>Filter by name, team or role…</source>
        <translation>Filtrar por nombre, equipo o rol…</translation>
    </message>
    <message>
        <source>Filter by name, district, region or level…</source>
        <translation>Filtrar por nombre, distrito, región o nivel…</translation>
    </message>
</context>
<context>
    <name>ReplanDialog</name>
    <message>
        <source>this day</source>
        <translation>este día</translation>
    </message>
    <message>
        <source>Re-plan {name}</source>
        <translation>Replanificar {name}</translation>
    </message>
    <message>
        <source>Re-plan the day</source>
        <translation>Replanificar el día</translation>
    </message>
    <message>
        <source>Where the day stands</source>
        <translation>Cómo va el día</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes to shift by</source>
        <translation>Minutos que se desplaza</translation>
    </message>
    <message>
        <source>How far to move everything still to come; negative moves it earlier</source>
        <translation>Cuánto mover todo lo que falta; un número negativo lo adelanta</translation>
    </message>
    <message>
        <source>Shortest an item may become</source>
        <translation>Lo más corto que puede quedar un punto</translation>
    </message>
    <message>
        <source>Compressing never plans an item shorter than this</source>
        <translation>Al comprimir, ningún punto queda más corto que esto</translation>
    </message>
    <message>
        <source>Time to finish by</source>
        <translation>Hora para terminar</translation>
    </message>
    <message>
        <source>The time the day should end; fixed items keep their times</source>
        <translation>La hora en que el día debería terminar; los puntos fijos mantienen su hora</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Items still to come</source>
        <translation>Puntos que faltan</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>What would change</source>
        <translation>Lo que cambiaría</translation>
    </message>
    <message>
        <source>What the re-plan does</source>
        <translation>Lo que hace la replanificación</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Apply this re-plan</source>
        <translation>Aplicar esta replanificación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Cerrar sin cambiar nada</translation>
    </message>
    <message>
        <source>by</source>
        <translation>en</translation>
    </message>
    <message>
        <source>no item under</source>
        <translation>ningún punto por debajo de</translation>
    </message>
    <message>
        <source>(fixed items keep their times)</source>
        <translation>(los puntos fijos mantienen su hora)</translation>
    </message>
    <message>
        <source>Minutes for {title}</source>
        <translation>Minutos para {title}</translation>
    </message>
    <message>
        <source>Drop {title}</source>
        <translation>Quitar {title}</translation>
    </message>
    <message>
        <source>. Items before the next one keep their times.</source>
        <translation>. Los puntos anteriores al siguiente mantienen su hora.</translation>
    </message>
    <message>
        <source>Nothing is running on this day. It is {now}: the re-plan starts from “{title}”.</source>
        <translation>No hay nada en curso en este día. Son las {now}: la replanificación empieza desde “{title}”.</translation>
    </message>
    <message>
        <source>It is {now}: every item on this day is already over.</source>
        <translation>Son las {now}: todos los puntos de este día ya terminaron.</translation>
    </message>
    <message>
        <source> There is nothing to apply.</source>
        <translation> No hay nada que aplicar.</translation>
    </message>
    <message>
        <source>Does not fully work: {text}</source>
        <translation>No funciona del todo: {text}</translation>
    </message>
    <message>
        <source>works</source>
        <translation>funciona</translation>
    </message>
    <message>
        <source>does not fully work</source>
        <translation>no funciona del todo</translation>
    </message>
    <message>
        <source>Nothing would change, so there is nothing to apply</source>
        <translation>No cambiaría nada, así que no hay nada que aplicar</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>The room sees</source>
        <translation>La sala ve</translation>
    </message>
    <message>
        <source>Projector status</source>
        <translation>Estado del proyector</translation>
    </message>
    <message>
        <source>Where the keys type</source>
        <translation>Dónde escriben las teclas</translation>
    </message>
    <message>
        <source>Confirm before the projector shows it</source>
        <translation>Confirmar antes de que el proyector lo muestre</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show it on the projector</source>
        <translation>Mostrarlo en el proyector</translation>
    </message>
    <message>
        <source>Put it on the projector now (Ctrl+9 again does the same)</source>
        <translation>Ponerlo en el proyector ahora (Ctrl+9 otra vez hace lo mismo)</translation>
    </message>
    <message>
        <source>Projector  (F5)</source>
        <translation>Proyector  (F5)</translation>
    </message>
    <message>
        <source>Projector on or off</source>
        <translation>Proyector sí o no</translation>
    </message>
    <message>
        <source>Blank  (B)</source>
        <translation>Negro  (B)</translation>
    </message>
    <message>
        <source>Blank the projector</source>
        <translation>Poner el proyector en negro</translation>
    </message>
    <message>
        <source>Show {title} on the projector</source>
        <translation>Mostrar {title} en el proyector</translation>
    </message>
    <message>
        <source>Typing in {field} — B and . type; Esc to leave</source>
        <translation>Escribiendo en {field}: B y . escriben; Esc para salir</translation>
    </message>
    <message>
        <source>BLANK</source>
        <translation>EN NEGRO</translation>
    </message>
    <message>
        <source>{scene} — on the projector</source>
        <translation>{scene} — en el proyector</translation>
    </message>
    <message>
        <source>{scene} — projector closed (F5 opens it)</source>
        <translation>{scene} — proyector cerrado (F5 lo abre)</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <source>Here this round (untick a team that is away):</source>
        <translation>Presentes en esta ronda (desmarque un equipo ausente):</translation>
    </message>
    <message>
        <source>Teams here this round</source>
        <translation>Equipos presentes en esta ronda</translation>
    </message>
    <message>
        <source>Never pair:</source>
        <translation>No emparejar nunca:</translation>
    </message>
    <message>
        <source>Never pair this team</source>
        <translation>No emparejar nunca a este equipo</translation>
    </message>
    <message>
        <source>with this team</source>
        <translation>con este equipo</translation>
    </message>
    <message>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add to the never-pair list</source>
        <translation>Añadir a la lista de no emparejar</translation>
    </message>
    <message>
        <source>Never-pair list</source>
        <translation>Lista de no emparejar</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Quitar la selección</translation>
    </message>
    <message>
        <source>Remove the selected never-pair entry</source>
        <translation>Quitar la entrada seleccionada de la lista de no emparejar</translation>
    </message>
    <message>
        <source>Bring in earlier pairs…</source>
        <translation>Traer parejas anteriores…</translation>
    </message>
    <message>
        <source>Bring in the pairs of an earlier convening file or CSV</source>
        <translation>Traer las parejas de un archivo de encuentro anterior o de un CSV</translation>
    </message>
    <message>
        <source>Earlier pairs brought in</source>
        <translation>Parejas anteriores traídas</translation>
    </message>
    <message>
        <source>Earlier pairs</source>
        <translation>Parejas anteriores</translation>
    </message>
    <message>
        <source>Convening files (*.convene);;CSV files (*.csv)</source>
        <translation>Archivos de encuentro (*.convene);;Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>RunChartView</name>
    <message>
        <source>Run chart</source>
        <translation>Gráfico de tendencia</translation>
    </message>
    <message>
        <source>median {value}</source>
        <translation>mediana {value}</translation>
    </message>
    <message>
        <source>C{number}</source>
        <translation>C{number}</translation>
    </message>
</context>
<context>
    <name>SeatingMap</name>
    <message>
        <source>Everyone, A to Z</source>
        <translation>De la A a la Z</translation>
    </message>
    <message>
        <source>{heading} (more)</source>
        <translation>{heading} (sigue)</translation>
    </message>
    <message>
        <source>Seating map: click a name to give that person the floor</source>
        <translation>Mapa de asientos: haga clic en un nombre para darle la palabra a esa persona</translation>
    </message>
    <message>
        <source>Nobody to show yet: start tracking a conversation.</source>
        <translation>Todavía no hay nadie que mostrar: empiece a registrar una conversación.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>{first}, with {second} smaller</source>
        <translation>{first}, con {second} más pequeño</translation>
    </message>
    <message>
        <source>Both ({first} and {second})</source>
        <translation>Ambos ({first} y {second})</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Esta computadora</translation>
    </message>
    <message>
        <source>Same as this computer ({language})</source>
        <translation>Igual que esta computadora ({language})</translation>
    </message>
    <message>
        <source>Console language</source>
        <translation>Idioma de la consola</translation>
    </message>
    <message>
        <source>Console &amp;language:</source>
        <translation>&amp;Idioma de la consola:</translation>
    </message>
    <message>
        <source>The console changes language at once; while phones are connected or another window is open, the next time Convene starts.</source>
        <translation>La consola cambia de idioma en el acto; si hay teléfonos conectados u otra ventana abierta, la próxima vez que se inicie Convene.</translation>
    </message>
    <message>
        <source>This convening (kept in its file)</source>
        <translation>Este encuentro (se guarda en su archivo)</translation>
    </message>
    <message>
        <source>Projector language</source>
        <translation>Idioma del proyector</translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation>Idioma del documento</translation>
    </message>
    <message>
        <source>&amp;Projector:</source>
        <translation>&amp;Proyector:</translation>
    </message>
    <message>
        <source>&amp;Handout:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <source>Open a convening to choose the languages of its projector and handout.</source>
        <translation>Abra un encuentro para elegir los idiomas de su proyector y de su documento.</translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <source>{title} — Convene</source>
        <translation>{title} — Convene</translation>
    </message>
    <message>
        <source>Convene</source>
        <translation>Convene</translation>
    </message>
    <message>
        <source>Opening “{title}”…</source>
        <translation>Abriendo “{title}”…</translation>
    </message>
    <message>
        <source>Starting Convene…</source>
        <translation>Iniciando Convene…</translation>
    </message>
</context>
<context>
    <name>StepCaptureButton</name>
    <message>
        <source>Stop capture for “{title}”</source>
        <translation>Detener la recogida para “{title}”</translation>
    </message>
    <message>
        <source>Capture notes from phones for “{title}”</source>
        <translation>Recoger notas desde teléfonos para “{title}”</translation>
    </message>
    <message>
        <source>Stop capture from phones</source>
        <translation>Detener la recogida desde teléfonos</translation>
    </message>
    <message>
        <source>Start capture from phones for this step&apos;s board</source>
        <translation>Empezar a recoger desde teléfonos para el tablero de este paso</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <source>everyone</source>
        <translation>todas las personas</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Who speaks</source>
        <translation>Quién habla</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Add a step after the chosen one</source>
        <translation>Añadir un paso después del elegido</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the chosen step</source>
        <translation>Quitar el paso elegido</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the chosen step earlier</source>
        <translation>Mover antes el paso elegido</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the chosen step later</source>
        <translation>Mover después el paso elegido</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Título del paso</translation>
    </message>
    <message>
        <source>e.g. Clarifying questions</source>
        <translation>p. ej. Preguntas aclaratorias</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Step minutes</source>
        <translation>Minutos del paso</translation>
    </message>
    <message>
        <source>Who speaks in this step</source>
        <translation>Quién habla en este paso</translation>
    </message>
    <message>
        <source>Tick who may speak. Nobody ticked means everyone may.</source>
        <translation>Marque quién puede hablar. Si no hay nadie marcado, todas las personas pueden.</translation>
    </message>
    <message>
        <source>Facilitator script</source>
        <translation>Guion de facilitación</translation>
    </message>
    <message>
        <source>What you say and watch for. A blank line starts a new paragraph.</source>
        <translation>Lo que usted dice y lo que observa. Una línea en blanco empieza un párrafo nuevo.</translation>
    </message>
    <message>
        <source>Prompt the room sees</source>
        <translation>Consigna que ve la sala</translation>
    </message>
    <message>
        <source>One or two short sentences for the projector.</source>
        <translation>Una o dos frases cortas para el proyector.</translation>
    </message>
    <message>
        <source>Prompt length</source>
        <translation>Largo de la consigna</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Guion</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Consigna</translation>
    </message>
    <message>
        <source>Step {value}</source>
        <translation>Paso {value}</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>{role} (no longer a role: untick it)</source>
        <translation>{role} (ya no es un rol: desmárquelo)</translation>
    </message>
    <message>
        <source>{n} of {PROMPT_MAX_CHARS} characters</source>
        <translation>{n} de {PROMPT_MAX_CHARS} caracteres</translation>
    </message>
    <message>
        <source>: too long for the projector; move the detail into the script</source>
        <translation>: demasiado largo para el proyector; pase los detalles al guion</translation>
    </message>
</context>
<context>
    <name>SuggestBox</name>
    <message>
        <source>Suggested clusters</source>
        <translation>Grupos sugeridos</translation>
    </message>
    <message>
        <source>Accept ticked</source>
        <translation>Aceptar marcadas</translation>
    </message>
    <message>
        <source>Accept the ticked suggested clusters</source>
        <translation>Aceptar los grupos sugeridos marcados</translation>
    </message>
    <message>
        <source>Reject all</source>
        <translation>Rechazar todos</translation>
    </message>
    <message>
        <source>Reject the suggested clusters</source>
        <translation>Rechazar los grupos sugeridos</translation>
    </message>
    <message>
        <source>Suggesting clusters</source>
        <translation>Sugiriendo grupos</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop suggesting clusters</source>
        <translation>Dejar de sugerir grupos</translation>
    </message>
    <message>
        <source>Suggesting clusters for the loose notes…</source>
        <translation>Sugiriendo grupos para las notas sueltas…</translation>
    </message>
    <message>
        <source>Suggesting clusters…</source>
        <translation>Sugiriendo grupos…</translation>
    </message>
    <message>
        <source>Could not suggest clusters: {exc}. The wall is unchanged.</source>
        <translation>No se pudieron sugerir grupos: {exc}. El muro no cambió.</translation>
    </message>
    <message>
        <source>Stopped suggesting clusters. The wall is unchanged.</source>
        <translation>Se dejó de sugerir grupos. El muro no cambió.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} suggested clusters: untick any you do not want, edit a name with a double-click, then Accept ticked.</source>
        <translation>{count} grupos sugeridos: desmarque los que no quiera, edite un nombre con doble clic y luego Aceptar marcadas.</translation>
    </message>
    <message>
        <source>No suggestions: every note is in a cluster, or the loose notes have nothing in common.</source>
        <translation>No hay sugerencias: cada nota está en un grupo, o las notas sueltas no tienen nada en común.</translation>
    </message>
</context>
<context>
    <name>TablesPanel</name>
    <message>
        <source>Tables of</source>
        <translation>Mesas de</translation>
    </message>
    <message>
        <source>People per table</source>
        <translation>Personas por mesa</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>permitido</translation>
    </message>
    <message>
        <source>Fewest at a table</source>
        <translation>Mínimo en una mesa</translation>
    </message>
    <message>
        <source>Most at a table</source>
        <translation>Máximo en una mesa</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Mixed tables</source>
        <translation>Mesas mixtas</translation>
    </message>
    <message>
        <source>Role-alike tables</source>
        <translation>Mesas por rol</translation>
    </message>
    <message>
        <source>Kind of tables</source>
        <translation>Tipo de mesas</translation>
    </message>
    <message>
        <source>Teams apart</source>
        <translation>Equipos separados</translation>
    </message>
    <message>
        <source>Teams together</source>
        <translation>Equipos juntos</translation>
    </message>
    <message>
        <source>Ignore teams</source>
        <translation>Sin tener en cuenta los equipos</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Integrantes de los equipos</translation>
    </message>
    <message>
        <source>Mix by:</source>
        <translation>Mezclar por:</translation>
    </message>
    <message>
        <source>How many rounds of tables</source>
        <translation>Cuántas rondas de mesas</translation>
    </message>
    <message>
        <source>Plan tables</source>
        <translation>Planificar mesas</translation>
    </message>
    <message>
        <source>Plan rounds of tables with no repeat tablemates</source>
        <translation>Planificar rondas de mesas sin repetir compañeros de mesa</translation>
    </message>
    <message>
        <source>New tables are for</source>
        <translation>Las mesas nuevas son para</translation>
    </message>
    <message>
        <source>Day the new tables are for</source>
        <translation>Día para el que son las mesas nuevas</translation>
    </message>
    <message>
        <source>Planning tables</source>
        <translation>Planificando mesas</translation>
    </message>
    <message>
        <source>Round of tables</source>
        <translation>Ronda de mesas</translation>
    </message>
    <message>
        <source>Quality of the tables</source>
        <translation>Calidad de las mesas</translation>
    </message>
    <message>
        <source>Rules the tables could not meet</source>
        <translation>Reglas que las mesas no pudieron cumplir</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Mesa</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Mix</source>
        <translation>Mezcla</translation>
    </message>
    <message>
        <source>Tables of this round</source>
        <translation>Mesas de esta ronda</translation>
    </message>
    <message>
        <source>Delete round</source>
        <translation>Eliminar ronda</translation>
    </message>
    <message>
        <source>Delete this round of tables</source>
        <translation>Eliminar esta ronda de mesas</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the tables of every round as CSV</source>
        <translation>Exportar como CSV las mesas de todas las rondas</translation>
    </message>
    <message>
        <source>Show on projector</source>
        <translation>Proyectar</translation>
    </message>
    <message>
        <source>Show these tables on the projector</source>
        <translation>Mostrar estas mesas en el proyector</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Mix tables by {name}</source>
        <translation>Mezclar las mesas por {name}</translation>
    </message>
    <message>
        <source>No tables yet. Choose a size and press “Plan tables”.</source>
        <translation>Todavía no hay mesas. Elija un tamaño y pulse “Planificar mesas”.</translation>
    </message>
    <message>
        <source>Table {number}</source>
        <translation>Mesa {number}</translation>
    </message>
    <message>
        <source>Export tables</source>
        <translation>Exportar mesas</translation>
    </message>
    <message>
        <source>tables.csv</source>
        <translation>tables.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>{path}: it cannot be written ({strerror}); choose another folder.</source>
        <translation>{path}: no se puede escribir ({strerror}); elija otra carpeta.</translation>
    </message>
</context>
<context>
    <name>TalkTab</name>
    <message>
        <source>How the map groups people: by the tables of the current round (Pairing tab &gt; Tables, the live day&apos;s), by team, or A to Z.</source>
        <translation>Cómo agrupa el mapa a las personas: por las mesas de la ronda actual (pestaña Emparejamiento &gt; Mesas, las del día en curso), por equipo o de la A a la Z.</translation>
    </message>
    <message>
        <source>When hands went up</source>
        <translation>Orden de manos</translation>
    </message>
    <message>
        <source>Least talk first</source>
        <translation>Primero quien menos ha hablado</translation>
    </message>
    <message>
        <source>By table</source>
        <translation>Por mesa</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>Por equipo</translation>
    </message>
    <message>
        <source>A to Z</source>
        <translation>De la A a la Z</translation>
    </message>
    <message>
        <source>How evenly the talk is spread among the people present, from 0 to 1. Balance is 1 minus the Gini coefficient of talk time per person present: 1 means everyone spoke equally long, and it falls towards 0 as fewer people do more of the talking. Many-voices time is not anyone&apos;s and is left out.</source>
        <translation>Qué tan repartido está el tiempo de palabra entre las personas presentes, de 0 a 1. El equilibrio es 1 menos el coeficiente de Gini del tiempo de palabra por persona presente: 1 significa que todas hablaron el mismo tiempo, y baja hacia 0 a medida que menos personas hablan más. El tiempo de varias voces no es de nadie y no se cuenta.</translation>
    </message>
    <message>
        <source>Conversation being tracked</source>
        <translation>Conversación que se registra</translation>
    </message>
    <message>
        <source>Who is in the new conversation</source>
        <translation>Quién está en la conversación nueva</translation>
    </message>
    <message>
        <source>Who a new conversation tracks: the whole room, a team, or one table of a round.</source>
        <translation>A quién registra una conversación nueva: toda la sala, un equipo o una mesa de una ronda.</translation>
    </message>
    <message>
        <source>Start tracking</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Start tracking a new conversation</source>
        <translation>Empezar a registrar una conversación nueva</translation>
    </message>
    <message>
        <source>Starts a new conversation with the lens and goals shown here.</source>
        <translation>Empieza una conversación nueva con la lente y las metas que se muestran aquí.</translation>
    </message>
    <message>
        <source>Who is in it…</source>
        <translation>Quién participa…</translation>
    </message>
    <message>
        <source>Choose who is in the conversation being tracked</source>
        <translation>Elegir quién está en la conversación que se registra</translation>
    </message>
    <message>
        <source>Tick someone in who arrived late, or out who left. Their turns so far stay in the record.</source>
        <translation>Marque a quien llegó tarde, o desmarque a quien se fue. Sus turnos hasta ahora siguen en el registro.</translation>
    </message>
    <message>
        <source>Codes…</source>
        <translation>Códigos…</translation>
    </message>
    <message>
        <source>Choose the codes for turns</source>
        <translation>Elegir los códigos para los turnos</translation>
    </message>
    <message>
        <source>Up to four codes for turns (for example “asks a question”), given with Alt+1 … Alt+4 to the turn running now, or else the last one.</source>
        <translation>Hasta cuatro códigos para los turnos (por ejemplo “hace una pregunta”), que se asignan con Alt+1 … Alt+4 al turno en curso o, si no hay, al último.</translation>
    </message>
    <message>
        <source>Conversation:</source>
        <translation>Conversación:</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Nueva:</translation>
    </message>
    <message>
        <source>Arrange the seating map</source>
        <translation>Organizar el mapa de asientos</translation>
    </message>
    <message>
        <source>Lens shown by group</source>
        <translation>Lente mostrada por grupo</translation>
    </message>
    <message>
        <source>The lens the group shares and the projector use.</source>
        <translation>La lente que usan el grupo y el proyector.</translation>
    </message>
    <message>
        <source>Projector: each person</source>
        <translation>Proyector: por persona</translation>
    </message>
    <message>
        <source>Show each person on the projector (not for a sensitive lens)</source>
        <translation>Mostrar a cada persona en el proyector (no para una lente sensible)</translation>
    </message>
    <message>
        <source>The Talk balance scene shows groups only, unless you tick this: then it lists each person with their value of the lens. Not for a lens marked sensitive; choosing another lens or conversation goes back to groups.</source>
        <translation>La escena Equilibrio del tiempo de palabra muestra solo grupos, salvo que marque esto: entonces lista a cada persona con su valor de la lente. No para una lente marcada como sensible; al elegir otra lente u otra conversación se vuelve a los grupos.</translation>
    </message>
    <message>
        <source>Everyone speaks</source>
        <translation>Todas las personas hablan</translation>
    </message>
    <message>
        <source>Goal: everyone speaks</source>
        <translation>Meta: todas las personas hablan</translation>
    </message>
    <message>
        <source>A goal for this conversation: everyone present speaks at least once.</source>
        <translation>Una meta para esta conversación: cada persona presente habla al menos una vez.</translation>
    </message>
    <message>
        <source>No group above {RATIO_LIMIT:g}×</source>
        <translation>Ningún grupo por encima de {RATIO_LIMIT:g}×</translation>
    </message>
    <message>
        <source>Goal: no group above {RATIO_LIMIT:g}× its share of people</source>
        <translation>Meta: ningún grupo por encima de {RATIO_LIMIT:g}× su proporción de personas</translation>
    </message>
    <message>
        <source>No group of the lens talks more than {RATIO_LIMIT:g} times its share of people.</source>
        <translation>Ningún grupo de la lente habla más de {RATIO_LIMIT:g} veces su proporción de personas.</translation>
    </message>
    <message>
        <source>Map:</source>
        <translation>Mapa:</translation>
    </message>
    <message>
        <source>Lens:</source>
        <translation>Lente:</translation>
    </message>
    <message>
        <source>Who has the floor</source>
        <translation>Quién tiene la palabra</translation>
    </message>
    <message>
        <source>Type a name: Enter = floor, F11 = hand</source>
        <translation>Escriba un nombre: Enter = palabra, F11 = mano</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Buscar una persona</translation>
    </message>
    <message>
        <source>Hand up/down ({HAND_KEY})</source>
        <translation>Levantar/bajar la mano ({HAND_KEY})</translation>
    </message>
    <message>
        <source>Raise or lower the hand of the person typed or selected</source>
        <translation>Levantar o bajar la mano de la persona escrita o seleccionada</translation>
    </message>
    <message>
        <source>Puts the person typed (or under the map&apos;s cursor) in the speaking queue, or takes them out. On the map: Shift+click or right click.</source>
        <translation>Pone a la persona escrita (o bajo el cursor del mapa) en el turno de palabra, o la saca. En el mapa: Shift+clic o clic derecho.</translation>
    </message>
    <message>
        <source>Call next ({CALL_KEY})</source>
        <translation>Llamar a la siguiente ({CALL_KEY})</translation>
    </message>
    <message>
        <source>Call the next person in the queue: they get the floor</source>
        <translation>Llamar a la siguiente persona del turno de palabra: recibe la palabra</translation>
    </message>
    <message>
        <source>Click a name: the floor. Shift+click or right click: hand up or down. Arrow keys and Enter work too. Filled with ●: has the floor; a number: place in the queue; dashed: has not spoken yet.</source>
        <translation>Clic en un nombre: la palabra. Shift+clic o clic derecho: levantar o bajar la mano. Las flechas y Enter también funcionan. Relleno con ●: tiene la palabra; un número: lugar en el turno; línea discontinua: todavía no ha hablado.</translation>
    </message>
    <message>
        <source>Previous page of the map</source>
        <translation>Página anterior del mapa</translation>
    </message>
    <message>
        <source>Next page of the map</source>
        <translation>Página siguiente del mapa</translation>
    </message>
    <message>
        <source>Many voices</source>
        <translation>Varias voces</translation>
    </message>
    <message>
        <source>Many voices (crosstalk)</source>
        <translation>Varias voces (hablan a la vez)</translation>
    </message>
    <message>
        <source>Silence (Esc)</source>
        <translation>Silencio (Esc)</translation>
    </message>
    <message>
        <source>Silence: nobody has the floor</source>
        <translation>Silencio: nadie tiene la palabra</translation>
    </message>
    <message>
        <source>Evenness of talk</source>
        <translation>Equilibrio del tiempo de palabra</translation>
    </message>
    <message>
        <source>Speaking rule</source>
        <translation>Regla para hablar</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Speaking queue&lt;/b&gt;</source>
        <translation>&lt;b&gt;En espera&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Order of the speaking queue</source>
        <translation>Orden del turno de palabra</translation>
    </message>
    <message>
        <source>By when hands went up, or least talk first (so far in this conversation). Never by anyone&apos;s identity.</source>
        <translation>Por el momento en que se levantó la mano, o primero quien menos ha hablado (en lo que va de esta conversación). Nunca por la identidad de nadie.</translation>
    </message>
    <message>
        <source>Speaking queue: double-click someone to give them the floor</source>
        <translation>Turno de palabra: doble clic en alguien para darle la palabra</translation>
    </message>
    <message>
        <source>Each waiting hand with their talk so far (this step · this conversation). {CALL_KEY} calls the first; double-click calls anyone.</source>
        <translation>Cada mano levantada con su tiempo de palabra hasta ahora (este paso · esta conversación). {CALL_KEY} llama a la primera; doble clic llama a cualquiera.</translation>
    </message>
    <message>
        <source>Codes of the last turn</source>
        <translation>Códigos del último turno</translation>
    </message>
    <message>
        <source>Talk time per person</source>
        <translation>Tiempo de palabra por persona</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Share of people</source>
        <translation>Proporción de personas</translation>
    </message>
    <message>
        <source>Share of talk</source>
        <translation>Proporción del tiempo de palabra</translation>
    </message>
    <message>
        <source>Over/under</source>
        <translation>Por encima/por debajo</translation>
    </message>
    <message>
        <source>Share of talk against share of people, by group</source>
        <translation>Proporción del tiempo de palabra frente a proporción de personas, por grupo</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Quien habla</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <source>Turns, newest first</source>
        <translation>Turnos, los más recientes primero</translation>
    </message>
    <message>
        <source>Edit turn…</source>
        <translation>Editar turno…</translation>
    </message>
    <message>
        <source>Delete turn</source>
        <translation>Eliminar turno</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>Across the convening</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Metas:</translation>
    </message>
    <message>
        <source>Whole room</source>
        <translation>Toda la sala</translation>
    </message>
    <message>
        <source>Team: {name} ({members})</source>
        <translation>Equipo: {name} ({members})</translation>
    </message>
    <message>
        <source>{title} ({count} people)</source>
        <translation>{title} ({count} personas)</translation>
    </message>
    <message>
        <source>No lens</source>
        <translation>Sin lente</translation>
    </message>
    <message>
        <source>By table: {round}</source>
        <translation>Por mesa: {round}</translation>
    </message>
    <message>
        <source>By table: none today, A to Z</source>
        <translation>Por mesa: hoy ninguna, A-Z</translation>
    </message>
    <message>
        <source>Page {value} of {n}</source>
        <translation>Página {value} de {n}</translation>
    </message>
    <message>
        <source>Goal: choose a lens first; the goal is about its groups.</source>
        <translation>Meta: primero elija una lente; la meta trata de sus grupos.</translation>
    </message>
    <message>
        <source>Hand: type a name, or pick one on the map with the arrow keys, then press {HAND_KEY}.</source>
        <translation>Mano: escriba un nombre, o elija uno en el mapa con las flechas, y luego pulse {HAND_KEY}.</translation>
    </message>
    <message>
        <source>Nobody is waiting in the queue.</source>
        <translation>Nadie espera en el turno de palabra.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>Coded “{label}” on {who}’s turn at {at}.</source>
        <translation>Se codificó “{label}” en el turno de {who} a las {at}.</translation>
    </message>
    <message>
        <source>Took “{label}” off {who}’s turn at {at}.</source>
        <translation>Se quitó “{label}” del turno de {who} a las {at}.</translation>
    </message>
    <message>
        <source>Start tracking a conversation first.</source>
        <translation>Primero empiece a registrar una conversación.</translation>
    </message>
    <message>
        <source>{label} (Alt+{value})</source>
        <translation>{label} (Alt+{value})</translation>
    </message>
    <message>
        <source>Code the current or last turn: {label}</source>
        <translation>Codificar el turno en curso o el último: {label}</translation>
    </message>
    <message>
        <source>Gives “{label}” to the turn running now, or else the last one; again takes it off (Alt+{value}).</source>
        <translation>Asigna “{label}” al turno en curso o, si no hay, al último; repetir lo quita (Alt+{value}).</translation>
    </message>
    <message>
        <source>{who}’s turn: </source>
        <translation>Turno de {who}: </translation>
    </message>
    <message>
        <source>no code yet</source>
        <translation>todavía sin código</translation>
    </message>
    <message>
        <source>&lt;b&gt;Speaking queue&lt;/b&gt; ({count})</source>
        <translation>&lt;b&gt;En espera&lt;/b&gt; ({count})</translation>
    </message>
    <message>
        <source>has not spoken yet</source>
        <translation>todavía no ha hablado</translation>
    </message>
    <message>
        <source>{value} this step · {value2} in all</source>
        <translation>{value} en este paso · {value2} en total</translation>
    </message>
    <message>
        <source>Nobody waiting. Shift+click a name, or type it and press </source>
        <translation>Nadie espera. Shift+clic en un nombre, o escríbalo y pulse </translation>
    </message>
    <message>
        <source>Choose a turn in the list first.</source>
        <translation>Primero elija un turno de la lista.</translation>
    </message>
    <message>
        <source>Start tracking a conversation: choose who is in it, then Start tracking.</source>
        <translation>Empiece a registrar una conversación: elija quién participa y luego Empezar a registrar.</translation>
    </message>
    <message>
        <source>Floor: {value}</source>
        <translation>Palabra: {value}</translation>
    </message>
    <message>
        <source>Floor: many voices</source>
        <translation>Palabra: varias voces</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source> Evenness over time: </source>
        <translation> Equilibrio a lo largo del tiempo: </translation>
    </message>
    <message>
        <source>Evenness of talk {bal} (1: everyone equally). Talk {value}, many voices {value2}; {waiting} not yet spoken.{trend}</source>
        <translation>Equilibrio del tiempo de palabra {bal} (1: todas las personas por igual). Palabra {value}, varias voces {value2}; {waiting} todavía sin hablar.{trend}</translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message>
        <source>Edit team</source>
        <translation>Editar equipo</translation>
    </message>
    <message>
        <source>Add a team</source>
        <translation>Añadir un equipo</translation>
    </message>
    <message>
        <source>e.g. Roosevelt High School</source>
        <translation>p. ej. Roosevelt High School</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>What this team is working on, in a sentence or two</source>
        <translation>En qué trabaja este equipo, en una o dos frases</translation>
    </message>
    <message>
        <source>Focus or aim</source>
        <translation>Enfoque o meta</translation>
    </message>
</context>
<context>
    <name>TeamsTab</name>
    <message>
        <source>No teams yet. A team is usually one school, or a district or partner group. Add teams one by one, or import a CSV with one row per team.</source>
        <translation>Todavía no hay equipos. Un equipo suele ser una escuela, o un distrito o un grupo asociado. Añada equipos uno por uno, o importe un CSV con una fila por equipo.</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>Eliminar equipo</translation>
    </message>
    <message>
        <source>Delete the team {names}?</source>
        <translation>¿Eliminar el equipo {names}?</translation>
    </message>
    <message>
        <source>Delete teams</source>
        <translation>Eliminar equipos</translation>
    </message>
    <message>
        <source>Delete {count} teams</source>
        <translation>Eliminar {count} equipos</translation>
    </message>
    <message>
        <source>Delete these {count} teams?

{names}</source>
        <translation>¿Eliminar estos {count} equipos?

{names}</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) will be left without a team. They stay in the convening, and you can give them a team again later.</source>
        <translation>
            <numerusform>%n participante se quedará sin equipo. Sigue en el encuentro, y puede asignarle un equipo más tarde.</numerusform>
            <numerusform>%n participantes se quedarán sin equipo. Siguen en el encuentro, y puede asignarles un equipo más tarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>No participants are in it.</source>
        <translation>No tiene participantes.</translation>
    </message>
    <message>
        <source>None of them has participants.</source>
        <translation>Ninguno tiene participantes.</translation>
    </message>
    <message>
        <source>Buddy-school pairs that include it are removed too. Edit &gt; Undo (Ctrl+Z) brings them back, with their members.</source>
        <translation>También se quitan las parejas de escuelas compañeras que lo incluyen. Edición &gt; Deshacer (Ctrl+Z) los recupera, con sus integrantes.</translation>
    </message>
</context>
<context>
    <name>TurnEditor</name>
    <message>
        <source>Edit turn</source>
        <translation>Editar turno</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Quien habla</translation>
    </message>
    <message>
        <source>Many voices</source>
        <translation>Varias voces</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Still speaking: the turn ends at the next tap.</source>
        <translation>Todavía habla: el turno termina con el próximo toque.</translation>
    </message>
</context>
<context>
    <name>VoteRow</name>
    <message>
        <source>Dots each person has</source>
        <translation>Puntos que tiene cada persona</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Most dots one person may put on one cluster</source>
        <translation>Máximo de puntos que una persona puede poner en un grupo</translation>
    </message>
    <message>
        <source>Dots each:</source>
        <translation>Por persona:</translation>
    </message>
    <message>
        <source>Cap per cluster:</source>
        <translation>Máx. por grupo:</translation>
    </message>
    <message>
        <source>+1 dot</source>
        <translation>+1 punto</translation>
    </message>
    <message>
        <source>Add a dot to the selected cluster</source>
        <translation>Añadir un punto al grupo seleccionado</translation>
    </message>
    <message>
        <source>−1 dot</source>
        <translation>−1 punto</translation>
    </message>
    <message>
        <source>Take a dot off the selected cluster</source>
        <translation>Quitar un punto del grupo seleccionado</translation>
    </message>
    <message>
        <source>Dots by person…</source>
        <translation>Por persona…</translation>
    </message>
    <message>
        <source>Record one person&apos;s dots</source>
        <translation>Registrar los puntos de una persona</translation>
    </message>
    <message>
        <source>Show top</source>
        <translation>Más votados</translation>
    </message>
    <message>
        <source>Show the top clusters on the projector</source>
        <translation>Mostrar en el proyector los grupos con más puntos</translation>
    </message>
    <message>
        <source>Vote results</source>
        <translation>Resultados de la votación</translation>
    </message>
    <message>
        <source>Voting is open: the dots show when it closes.</source>
        <translation>La votación está abierta: los puntos se muestran cuando se cierre.</translation>
    </message>
    <message numerus="yes">
        <source>Dots (%n person(s) by name): </source>
        <translation>
            <numerusform>Puntos (%n persona por nombre): </numerusform>
            <numerusform>Puntos (%n personas por nombre): </numerusform>
        </translation>
    </message>
    <message>
        <source>Dots: </source>
        <translation>Puntos: </translation>
    </message>
    <message>
        <source>Select one cluster to count its dots.</source>
        <translation>Seleccione un grupo para contar sus puntos.</translation>
    </message>
    <message>
        <source>Make clusters first: dots go on clusters.</source>
        <translation>Primero forme grupos: los puntos van en los grupos.</translation>
    </message>
    <message>
        <source>Open the projector first (the Projector menu).</source>
        <translation>Primero abra el proyector (menú Proyector).</translation>
    </message>
</context>
<context>
    <name>WallTab</name>
    <message>
        <source>Wall</source>
        <translation>Muro</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <source>New board title</source>
        <translation>Título del tablero nuevo</translation>
    </message>
    <message>
        <source>Prompt shown on the projector</source>
        <translation>Consigna que se muestra en el proyector</translation>
    </message>
    <message>
        <source>Board prompt</source>
        <translation>Consigna del tablero</translation>
    </message>
    <message>
        <source>Board:</source>
        <translation>Tablero:</translation>
    </message>
    <message>
        <source>Add board</source>
        <translation>Añadir tablero</translation>
    </message>
    <message>
        <source>Add a board with this title</source>
        <translation>Añadir un tablero con este título</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Agrupar</translation>
    </message>
    <message>
        <source>Cluster the selected notes</source>
        <translation>Agrupar las notas seleccionadas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Name the selected cluster</source>
        <translation>Poner nombre al grupo seleccionado</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Unir</translation>
    </message>
    <message>
        <source>Merge the selected clusters</source>
        <translation>Unir los grupos seleccionados</translation>
    </message>
    <message>
        <source>Split off</source>
        <translation>Separar</translation>
    </message>
    <message>
        <source>Split the selected notes into a cluster of their own</source>
        <translation>Separar las notas seleccionadas en un grupo propio</translation>
    </message>
    <message>
        <source>Dissolve</source>
        <translation>Disolver</translation>
    </message>
    <message>
        <source>Dissolve the selected cluster</source>
        <translation>Deshacer el grupo seleccionado</translation>
    </message>
    <message>
        <source>Tidy</source>
        <translation>Ordenar</translation>
    </message>
    <message>
        <source>Tidy the wall</source>
        <translation>Ordenar el muro</translation>
    </message>
    <message>
        <source>Zoom to fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Zoom to fit the whole board</source>
        <translation>Ajustar el zoom a todo el tablero</translation>
    </message>
    <message>
        <source>In our control</source>
        <translation>En nuestro control</translation>
    </message>
    <message>
        <source>Mark the selected notes in our control</source>
        <translation>Marcar las notas seleccionadas como bajo nuestro control</translation>
    </message>
    <message>
        <source>Not ours</source>
        <translation>No es nuestro</translation>
    </message>
    <message>
        <source>Mark the selected notes not in our control</source>
        <translation>Marcar las notas seleccionadas como fuera de nuestro control</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Sugerir</translation>
    </message>
    <message>
        <source>Suggest clusters for the loose notes</source>
        <translation>Sugerir grupos para las notas sueltas</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Import notes from a CSV file</source>
        <translation>Importar notas desde un archivo CSV</translation>
    </message>
    <message>
        <source>Fishbone</source>
        <translation>Espina de pescado</translation>
    </message>
    <message>
        <source>Lay the board out as a fishbone</source>
        <translation>Organizar el tablero como espina de pescado</translation>
    </message>
    <message>
        <source>Projector: only ours</source>
        <translation>Proyector: lo nuestro</translation>
    </message>
    <message>
        <source>Show only notes in our control on the projector</source>
        <translation>Mostrar en el proyector solo las notas bajo nuestro control</translation>
    </message>
    <message>
        <source>Show authors</source>
        <translation>Autores</translation>
    </message>
    <message>
        <source>Show who wrote each note (hidden unless ticked)</source>
        <translation>Mostrar quién escribió cada nota (oculto salvo que se marque)</translation>
    </message>
    <message>
        <source>Wall messages</source>
        <translation>Mensajes del muro</translation>
    </message>
    <message>
        <source>Add a board first: type its title and press Enter.</source>
        <translation>Primero añada un tablero: escriba su título y pulse Enter.</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Importar notas</translation>
    </message>
    <message>
        <source>Select notes first: drag a box around them.</source>
        <translation>Primero seleccione notas: arrastre un recuadro alrededor de ellas.</translation>
    </message>
    <message>
        <source>Select one cluster (or one of its notes) to name it.</source>
        <translation>Seleccione un grupo (o una de sus notas) para ponerle nombre.</translation>
    </message>
    <message>
        <source>Select notes from two or more clusters to merge them.</source>
        <translation>Seleccione notas de dos o más grupos para unirlos.</translation>
    </message>
    <message>
        <source>Select some notes of one cluster to split them off.</source>
        <translation>Seleccione algunas notas de un grupo para separarlas.</translation>
    </message>
</context>
<context>
    <name>WallView</name>
    <message>
        <source>Sticky-note wall</source>
        <translation>Muro de notas</translation>
    </message>
    <message>
        <source>The notes are up, on the projector too. Edit &gt; Undo hides them again.</source>
        <translation>Las notas están a la vista, también en el proyector. Edición &gt; Deshacer las oculta de nuevo.</translation>
    </message>
    <message>
        <source>“{name}”: type its dots and press Enter, or D for one more (Shift+D one less).</source>
        <translation>“{name}”: escriba sus puntos y pulse Enter, o D para uno más (Shift+D uno menos).</translation>
    </message>
    <message>
        <source>Dots on “{name}”: {typed}. Enter to count them, Esc to drop.</source>
        <translation>Puntos en “{name}”: {typed}. Enter para contarlos, Esc para descartar.</translation>
    </message>
    <message>
        <source>“{name}”: {dots} dots. N for the next cluster.</source>
        <translation>“{name}”: {dots} puntos. N para el grupo siguiente.</translation>
    </message>
    <message>
        <source>Dots on “{name}”: {typed}</source>
        <translation>Puntos en “{name}”: {typed}</translation>
    </message>
    <message>
        <source>There is no cluster {number}.</source>
        <translation>No hay un grupo {number}.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) into {number} “{name}”.</source>
        <translation>
            <numerusform>%n nota en {number} “{name}”.</numerusform>
            <numerusform>%n notas en {number} “{name}”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Convene</source>
        <translation>Convene</translation>
    </message>
    <message>
        <source>Run the agenda, the protocols and the projector for your convening. Everything you do is saved as you go, in one file per convening.</source>
        <translation>Lleve a cabo la agenda, los protocolos y el proyector de su encuentro. Todo lo que hace se guarda al momento, en un archivo por encuentro.</translation>
    </message>
    <message>
        <source>New convening…</source>
        <translation>Nuevo encuentro…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Open the demo convening</source>
        <translation>Abrir el encuentro de demostración</translation>
    </message>
    <message>
        <source>A two-day launch for 12 schools, to try things out</source>
        <translation>Un lanzamiento de dos días para 12 escuelas, para probar</translation>
    </message>
    <message>
        <source>Recent convenings</source>
        <translation>Encuentros recientes</translation>
    </message>
    <message>
        <source>No recent convenings yet. Start a new one, or open the demo to look around.</source>
        <translation>Todavía no hay encuentros recientes. Empiece uno nuevo, o abra la demostración para explorar.</translation>
    </message>
</context>
<context>
    <name>_Placeholder</name>
    <message>
        <source>{title} (loading)</source>
        <translation>{title} (cargando)</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>&amp;About Convene…</source>
        <translation>&amp;Acerca de Convene…</translation>
    </message>
</context>
<context>
    <name>agenda_texts</name>
    <message>
        <source>No items yet. Press Insert to add the first one, or copy another day.</source>
        <translation>Todavía no hay puntos. Pulse Insert para añadir el primero, o copie otro día.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Comida</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Traslado</translation>
    </message>
    <message>
        <source>Day {number} · {date}</source>
        <translation>Día {number} · {date}</translation>
    </message>
    <message>
        <source>Nothing planned yet between {start} and {end}.</source>
        <translation>Todavía no hay nada planificado entre las {start} y las {end}.</translation>
    </message>
    <message>
        <source>{count} · Runs {minutes} past {close} (planned end {end})</source>
        <translation>{count} · Se pasa {minutes} de las {close} (fin planificado {end})</translation>
    </message>
    <message>
        <source>{count} · Planned end {end} · fits, {minutes} to spare</source>
        <translation>{count} · Fin planificado {end} · cabe, sobran {minutes}</translation>
    </message>
    <message>
        <source>{count} · Planned end {end} · fits</source>
        <translation>{count} · Fin planificado {end} · cabe</translation>
    </message>
    <message>
        <source>Not the agenda&apos;s date ({date}) · at this pace the day would end at {end}</source>
        <translation>No es la fecha de la agenda ({date}) · a este ritmo el día terminaría a las {end}</translation>
    </message>
    <message>
        <source>Running {minutes} behind · projected end {end}</source>
        <translation>Con {minutes} de retraso · fin previsto {end}</translation>
    </message>
    <message>
        <source>Running {minutes} ahead · projected end {end}</source>
        <translation>Con {minutes} de adelanto · fin previsto {end}</translation>
    </message>
    <message>
        <source>On time · projected end {end}</source>
        <translation>A tiempo · fin previsto {end}</translation>
    </message>
    <message>
        <source> · {title} would start {minutes} late (fixed at {at})</source>
        <translation> · {title} empezaría con {minutes} de retraso (fijado a las {at})</translation>
    </message>
    <message>
        <source>This item starts as soon as the one before it ends.</source>
        <translation>Este punto empieza en cuanto termina el anterior.</translation>
    </message>
    <message>
        <source>{at} fixed — {late} min late</source>
        <translation>{at} fijo — {late} min tarde</translation>
    </message>
    <message>
        <source>Fixed at {at}, but the items before it run until {end}, so it would start {minutes} late. Shorten something earlier or use Re-plan.</source>
        <translation>Fijado a las {at}, pero los puntos anteriores duran hasta las {end}, así que empezaría con {minutes} de retraso. Acorte algo anterior o use Replanificar.</translation>
    </message>
    <message>
        <source>{at} · waits {gap} min</source>
        <translation>{at} · espera {gap} min</translation>
    </message>
    <message>
        <source>The items before it end early: the room waits {minutes} until its fixed start at {at}.</source>
        <translation>Los puntos anteriores terminan antes: la sala espera {minutes} hasta su inicio fijo a las {at}.</translation>
    </message>
    <message>
        <source>Starts at {at} whatever happens before it.</source>
        <translation>Empieza a las {at} pase lo que pase antes.</translation>
    </message>
    <message>
        <source>Running for {ran}; {planned} planned</source>
        <translation>En curso desde hace {ran}; {planned} planificados</translation>
    </message>
    <message>
        <source>Ran {ran}; {planned} planned</source>
        <translation>Duró {ran}; {planned} planificados</translation>
    </message>
    <message>
        <source>, {minutes} over.</source>
        <translation>, {minutes} de más.</translation>
    </message>
    <message>
        <source>, {minutes} under.</source>
        <translation>, {minutes} de menos.</translation>
    </message>
</context>
<context>
    <name>colours</name>
    <message>
        <source>Yellow</source>
        <translation>Amarillo</translation>
    </message>
    <message>
        <source>Sky blue</source>
        <translation>Celeste</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Naranja</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Vermillion</source>
        <translation>Bermellón</translation>
    </message>
    <message>
        <source>stripes</source>
        <translation>rayas</translation>
    </message>
    <message>
        <source>dots</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>corner</source>
        <translation>esquina</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>cuadrícula</translation>
    </message>
    <message>
        <source>band</source>
        <translation>franja</translation>
    </message>
    <message>
        <source>{colour} ({pattern})</source>
        <translation>{colour} ({pattern})</translation>
    </message>
</context>
<context>
    <name>commitments_tab</name>
    <message>
        <source>Convene files (*.convene);;All files (*)</source>
        <translation>Archivos de Convene (*.convene);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>confirm</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>criteria_editor</name>
    <message>
        <source>Prefer same</source>
        <translation>Igual</translation>
    </message>
    <message>
        <source>Prefer different</source>
        <translation>Distinto</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>No cuenta</translation>
    </message>
</context>
<context>
    <name>days</name>
    <message>
        <source>Day {n}, {date}</source>
        <translation>Día {n}, {date}</translation>
    </message>
    <message>
        <source>Day {n}</source>
        <translation>Día {n}</translation>
    </message>
    <message>
        <source>No day</source>
        <translation>Ningún día</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>E&amp;xport handout…</source>
        <translation>E&amp;xportar documento…</translation>
    </message>
    <message>
        <source>A PDF of the agenda as it ran, the protocols&apos; notes and (facilitator version) the roster</source>
        <translation>Un PDF de la agenda tal como se llevó a cabo, las notas de los protocolos y (versión de facilitación) la lista de participantes</translation>
    </message>
</context>
<context>
    <name>editor_dialog</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>Cuándo usarlo</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Reconocimiento</translation>
    </message>
    <message>
        <source>Total minutes</source>
        <translation>Minutos en total</translation>
    </message>
    <message>
        <source>Group size</source>
        <translation>Tamaño del grupo</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiales</translation>
    </message>
    <message>
        <source>Norms</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Equity moves</source>
        <translation>Acciones de equidad</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Who speaks</source>
        <translation>Quién habla</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Guion</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Consigna</translation>
    </message>
    <message>
        <source>This protocol</source>
        <translation>Este protocolo</translation>
    </message>
    <message>
        <source>{label} ({language})</source>
        <translation>{label} ({language})</translation>
    </message>
    <message>
        <source>Step {index}, {value}</source>
        <translation>Paso {index}, {value}</translation>
    </message>
    <message>
        <source>Step {index}</source>
        <translation>Paso {index}</translation>
    </message>
    <message>
        <source>{label}, item {index}</source>
        <translation>{label}, elemento {index}</translation>
    </message>
</context>
<context>
    <name>figures_model</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>Mean turn</source>
        <translation>Turno medio</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>El más largo</translation>
    </message>
    <message>
        <source>Since last spoke</source>
        <translation>Desde la última vez que habló</translation>
    </message>
    <message>
        <source>not yet spoken</source>
        <translation>todavía no ha hablado</translation>
    </message>
    <message>
        <source>speaking now</source>
        <translation>hablando ahora</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Keys in the Talk tab:
Click a name on the map, or type it and press Enter: that person has the floor (if their hand is up, it comes down)
Arrow keys, then Enter: the same, from the keyboard
1 … 9: the pinned people
Esc: silence (nobody has the floor)
F11: raise or lower the hand of the person typed (or under the map&apos;s cursor); Shift+click or right click on the map does the same
F12: call the next in the speaking queue (they get the floor and their hand comes down)
Alt+1 … Alt+4: give a code to the turn running now, or else the last one (again takes it off)
The clicker&apos;s keys (PageDown, PageUp, B, F5, Space, F6 … F10, Ctrl+1 … 9) still drive the live run.</source>
        <translation>Teclas en la pestaña Palabra:
Haga clic en un nombre del mapa, o escríbalo y pulse Enter: esa persona tiene la palabra (si tenía la mano levantada, se baja)
Flechas y luego Enter: lo mismo, desde el teclado
1 … 9: las personas fijadas
Esc: silencio (nadie tiene la palabra)
F11: levantar o bajar la mano de la persona escrita (o bajo el cursor del mapa); Shift+clic o clic derecho en el mapa hace lo mismo
F12: llamar a la siguiente del turno de palabra (recibe la palabra y se le baja la mano)
Alt+1 … Alt+4: asignar un código al turno en curso o, si no hay, al último (repetir lo quita)
Las teclas del presentador (PageDown, PageUp, B, F5, Space, F6 … F10, Ctrl+1 … 9) siguen llevando lo que está en curso.</translation>
    </message>
    <message>
        <source>&amp;Talk tracking…</source>
        <translation>&amp;Registro del tiempo de palabra…</translation>
    </message>
    <message>
        <source>What the Talk tab does, and its keys</source>
        <translation>Lo que hace la pestaña Palabra, y sus teclas</translation>
    </message>
    <message>
        <source>Talk tracking</source>
        <translation>Registro del tiempo de palabra</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import {what} from a CSV file</source>
        <translation>Importar {what} desde un archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Teams from CSV…</source>
        <translation>&amp;Equipos desde CSV…</translation>
    </message>
    <message>
        <source>One row per team (school): name, district, region, level, focus</source>
        <translation>Una fila por equipo (escuela): nombre, distrito, región, nivel, enfoque</translation>
    </message>
    <message>
        <source>&amp;Participants from CSV…</source>
        <translation>&amp;Participantes desde CSV…</translation>
    </message>
    <message>
        <source>One row per person: name, pronouns, email, team, role</source>
        <translation>Una fila por persona: nombre, pronombres, correo, equipo, rol</translation>
    </message>
</context>
<context>
    <name>import_mapping</name>
    <message>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Focus / aim</source>
        <translation>Enfoque / meta</translation>
    </message>
    <message>
        <source>UTF-8 with a byte-order mark (as Excel saves it)</source>
        <translation>UTF-8 con marca de orden de bytes (como lo guarda Excel)</translation>
    </message>
    <message>
        <source>UTF-16 (Excel “Unicode text”)</source>
        <translation>UTF-16 (“Texto Unicode” de Excel)</translation>
    </message>
    <message>
        <source>Windows-1252 (older Excel)</source>
        <translation>Windows-1252 (Excel antiguo)</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>comas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulaciones</translation>
    </message>
    <message>
        <source>vertical bars ( | )</source>
        <translation>barras verticales ( | )</translation>
    </message>
    <message>
        <source>column {letter}: {heading}</source>
        <translation>columna {letter}: {heading}</translation>
    </message>
    <message>
        <source>{heading}  (column {letter})</source>
        <translation>{heading}  (columna {letter})</translation>
    </message>
    <message>
        <source>column {letter} (no heading)</source>
        <translation>columna {letter} (sin encabezado)</translation>
    </message>
</context>
<context>
    <name>item_editor</name>
    <message>
        <source>No protocol</source>
        <translation>Sin protocolo</translation>
    </message>
</context>
<context>
    <name>items</name>
    <message>
        <source>Hidden until the notes are revealed (tick Peek to read them on this screen only).</source>
        <translation>Oculta hasta que se revelen las notas (marque Mirar para leerlas solo en esta pantalla).</translation>
    </message>
</context>
<context>
    <name>items_model</name>
    <message>
        <source>▶ now · </source>
        <translation>▶ ahora · </translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>a note</source>
        <translation>una nota</translation>
    </message>
    <message>
        <source>a table cell</source>
        <translation>una celda de la tabla</translation>
    </message>
    <message>
        <source>a text field</source>
        <translation>un campo de texto</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <source>Open a convening</source>
        <translation>Abrir un encuentro</translation>
    </message>
</context>
<context>
    <name>lens_columns</name>
    <message>
        <source>(not a lens)</source>
        <translation>(no es una lente)</translation>
    </message>
</context>
<context>
    <name>lenses_dialog</name>
    <message>
        <source>A sensitive lens is never shown per person on the projector, and never leaves Convene with names attached.</source>
        <translation>Una lente sensible nunca se muestra por persona en el proyector, y nunca sale de Convene con nombres.</translation>
    </message>
</context>
<context>
    <name>library_tab</name>
    <message>
        <source>Protocol files (*.toml);;All files (*)</source>
        <translation>Archivos de protocolo (*.toml);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>list_model</name>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>in this file</source>
        <translation>en este archivo</translation>
    </message>
</context>
<context>
    <name>narrow</name>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>{which} page of the {what} on the projector ({key})</source>
        <translation>Página {which} de {what} en el proyector ({key})</translation>
    </message>
    <message>
        <source>{which} page on the projector ({key})</source>
        <translation>Página {which} en el proyector ({key})</translation>
    </message>
</context>
<context>
    <name>network_window</name>
    <message>
        <source>Not shown: no group of at least 5 people</source>
        <translation>No se muestra: no hay un grupo de al menos 5 personas</translation>
    </message>
    <message>
        <source>Open ne&amp;twork…</source>
        <translation>&amp;Ver la red…</translation>
    </message>
    <message>
        <source>Every convening file of a folder as one year: pairs, commitments, PDSA cycles, measures, bright spots, talk balance</source>
        <translation>Todos los archivos de encuentro de una carpeta como un año: parejas, compromisos, ciclos PDSA, indicadores, experiencias destacadas, equilibrio del tiempo de palabra</translation>
    </message>
</context>
<context>
    <name>new_dialog</name>
    <message>
        <source>Convening {name}</source>
        <translation>Encuentro {name}</translation>
    </message>
    <message>
        <source>Convening</source>
        <translation>Encuentro</translation>
    </message>
</context>
<context>
    <name>next_dialog</name>
    <message>
        <source>Convene files (*.convene);;All files (*)</source>
        <translation>Archivos de Convene (*.convene);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New &amp;from this convening…</source>
        <translation>Nuevo a &amp;partir de este encuentro…</translation>
    </message>
    <message>
        <source>The next convening: this one&apos;s roster, agenda, pairing rules and commitments, in a new file</source>
        <translation>El próximo encuentro: la lista de participantes, la agenda, las reglas de emparejamiento y los compromisos de este, en un archivo nuevo</translation>
    </message>
</context>
<context>
    <name>note_list</name>
    <message>
        <source>Not in a cluster yet</source>
        <translation>Todavía sin grupo</translation>
    </message>
    <message>
        <source>(hidden until the notes are revealed)</source>
        <translation>(oculta hasta que se revelen las notas)</translation>
    </message>
</context>
<context>
    <name>nouns</name>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>team</source>
        <translation>equipo</translation>
    </message>
    <message>
        <source>teams</source>
        <translation>equipos</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participante</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participantes</translation>
    </message>
    <message>
        <source>record</source>
        <translation>registro</translation>
    </message>
    <message>
        <source>records</source>
        <translation>registros</translation>
    </message>
</context>
<context>
    <name>participant_editor</name>
    <message>
        <source>No team</source>
        <translation>Sin equipo</translation>
    </message>
</context>
<context>
    <name>photo_row</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG);;All files (*)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>protocol_html</name>
    <message>
        <source>everyone</source>
        <translation>todas las personas</translation>
    </message>
    <message>
        <source>Kept in this convening: you can edit it.</source>
        <translation>Guardado en este encuentro: puede editarlo.</translation>
    </message>
    <message>
        <source>From the shipped library (read-only). Duplicate it to make your own version.</source>
        <translation>De la biblioteca incluida (solo lectura). Duplíquelo para hacer su propia versión.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>Cuándo usarlo</translation>
    </message>
    <message>
        <source>Group size</source>
        <translation>Tamaño del grupo</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiales</translation>
    </message>
    <message>
        <source>Norms</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Equity moves</source>
        <translation>Acciones de equidad</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Reconocimiento</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Who speaks: {who}</source>
        <translation>Quién habla: {who}</translation>
    </message>
    <message>
        <source>The room sees:</source>
        <translation>La sala ve:</translation>
    </message>
</context>
<context>
    <name>records_tab</name>
    <message>
        <source> and {value} more</source>
        <translation> y {value} más</translation>
    </message>
</context>
<context>
    <name>replan_dialog</name>
    <message>
        <source>Shift the rest of the day</source>
        <translation>Desplazar el resto del día</translation>
    </message>
    <message>
        <source>Compress to keep the next fixed time</source>
        <translation>Comprimir para mantener la próxima hora fija</translation>
    </message>
    <message>
        <source>Compress the rest of the day to finish by</source>
        <translation>Comprimir el resto del día para terminar a las</translation>
    </message>
    <message>
        <source>Shorten or drop chosen items</source>
        <translation>Acortar o quitar los puntos elegidos</translation>
    </message>
    <message>
        <source>shift the rest of the day</source>
        <translation>desplazar el resto del día</translation>
    </message>
    <message>
        <source>compress to keep the next fixed time</source>
        <translation>comprimir para mantener la próxima hora fija</translation>
    </message>
    <message>
        <source>compress to finish on time</source>
        <translation>comprimir para terminar a tiempo</translation>
    </message>
    <message>
        <source>shorten or drop items</source>
        <translation>acortar o quitar puntos</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Quitado</translation>
    </message>
    <message>
        <source>starts {minutes} min later</source>
        <translation>empieza {minutes} min más tarde</translation>
    </message>
    <message>
        <source>starts {minutes} min earlier</source>
        <translation>empieza {minutes} min antes</translation>
    </message>
    <message>
        <source>{minutes} min longer</source>
        <translation>{minutes} min más largo</translation>
    </message>
    <message>
        <source>{minutes} min shorter</source>
        <translation>{minutes} min más corto</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>Partl&amp;y</source>
        <translation>En &amp;parte</translation>
    </message>
    <message>
        <source>N&amp;ot yet</source>
        <translation>&amp;Todavía no</translation>
    </message>
</context>
<context>
    <name>scene_buttons</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Negro</translation>
    </message>
    <message>
        <source>Bright spot</source>
        <translation>Destacada</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Driver diagram</source>
        <translation>Impulsores</translation>
    </message>
    <message>
        <source>Join (capture)</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Parejas</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Run chart</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Mesas</translation>
    </message>
    <message>
        <source>Talk balance</source>
        <translation>Equilibrio</translation>
    </message>
    <message>
        <source>Speaking queue</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Temporizador</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Muro</translation>
    </message>
    <message>
        <source>Top clusters</source>
        <translation>Más votados</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Breakout</source>
        <translation>Grupos</translation>
    </message>
</context>
<context>
    <name>scenes</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Negro</translation>
    </message>
    <message>
        <source>Bright spot</source>
        <translation>Experiencia destacada</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Driver diagram</source>
        <translation>Diagrama de impulsores</translation>
    </message>
    <message>
        <source>Join (capture)</source>
        <translation>Unirse (recogida)</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Parejas</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Run chart</source>
        <translation>Gráfico de tendencia</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Mesas</translation>
    </message>
    <message>
        <source>Talk balance</source>
        <translation>Equilibrio del tiempo de palabra</translation>
    </message>
    <message>
        <source>Speaking queue</source>
        <translation>Turno de palabra</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Temporizador</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Muro</translation>
    </message>
    <message>
        <source>Top clusters</source>
        <translation>Grupos con más puntos</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>this team&apos;s commitments</source>
        <translation>el equipo y sus compromisos</translation>
    </message>
    <message>
        <source>Breakout</source>
        <translation>Trabajo en grupos</translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message>
        <source>Live</source>
        <translation>En vivo</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Palabra</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protocolos</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Emparejamiento</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Muro</translation>
    </message>
</context>
<context>
    <name>wall_tab</name>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
</context>
</TS>
