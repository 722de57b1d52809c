<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Agenda</name>
    <message>
        <source>No agenda yet</source>
        <translation>Aún no hay agenda</translation>
    </message>
    <message>
        <source>Day {n}: {title}</source>
        <translation>Día {n}: {title}</translation>
    </message>
    <message>
        <source>Day {n}</source>
        <translation>Día {n}</translation>
    </message>
    <message>
        <source>day ends {time}</source>
        <translation>el día termina a las {time}</translation>
    </message>
    <message>
        <source>page {n} of {count}</source>
        <translation>página {n} de {count}</translation>
    </message>
    <message>
        <source>1 more item</source>
        <translation>1 punto más</translation>
    </message>
    <message>
        <source>{n} more items</source>
        <translation>{n} puntos más</translation>
    </message>
    <message>
        <source>{more} · {until}</source>
        <translation>{more} · {until}</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>ran {n} min</source>
        <translation>duró {n} min</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
</context>
<context>
    <name>Breakout</name>
    <message>
        <source>The breakout page is off</source>
        <translation>La página del trabajo en grupos está apagada</translation>
    </message>
    <message>
        <source>Back in the main room at {time}</source>
        <translation>De vuelta en la sala principal a las {time}</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Se acabó el tiempo</translation>
    </message>
    <message>
        <source>1 minute left</source>
        <translation>Queda 1 minuto</translation>
    </message>
    <message>
        <source>{n} minutes left</source>
        <translation>Quedan {n} minutos</translation>
    </message>
    <message>
        <source>Breakout</source>
        <translation>Trabajo en grupos</translation>
    </message>
    <message>
        <source>The facilitator will say when to come back</source>
        <translation>El equipo de facilitación dirá cuándo volver</translation>
    </message>
    <message>
        <source>Scan the code, or type the address, for the countdown on your phone</source>
        <translation>Escanea el código o escribe la dirección para ver la cuenta regresiva en tu teléfono</translation>
    </message>
</context>
<context>
    <name>Commitments</name>
    <message>
        <source>Bright spot</source>
        <translation>Experiencia destacada</translation>
    </message>
    <message>
        <source>No bright spots yet. Mark what is working for a team in the Commitments tab.</source>
        <translation>Aún no hay experiencias destacadas. Lo que le funciona a un equipo se marca en la pestaña Compromisos.</translation>
    </message>
    <message>
        <source>For whom: {text}</source>
        <translation>Para quién: {text}</translation>
    </message>
    <message>
        <source>Evidence: {text}</source>
        <translation>Evidencia: {text}</translation>
    </message>
    <message>
        <source>Who: {who}</source>
        <translation>Quién: {who}</translation>
    </message>
    <message>
        <source>By: {when}</source>
        <translation>Para cuándo: {when}</translation>
    </message>
    <message>
        <source>Measure: {measure}</source>
        <translation>Indicador: {measure}</translation>
    </message>
    <message>
        <source>How it went: {status}</source>
        <translation>Cómo nos fue: {status}</translation>
    </message>
    <message>
        <source>Support: {support}</source>
        <translation>Apoyo: {support}</translation>
    </message>
    <message>
        <source>Next action period, we will…</source>
        <translation>En el próximo periodo de acción, vamos a…</translation>
    </message>
    <message>
        <source>Last time, we said we would…</source>
        <translation>La última vez dijimos que íbamos a…</translation>
    </message>
    <message>
        <source>and 1 more commitment</source>
        <translation>y 1 compromiso más</translation>
    </message>
    <message>
        <source>and {n} more commitments</source>
        <translation>y {n} compromisos más</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>No commitments yet. They appear here as teams make them.</source>
        <translation>Aún no hay compromisos. Aparecen aquí a medida que los equipos los hacen.</translation>
    </message>
    <message>
        <source>Our commitments</source>
        <translation>Nuestros compromisos</translation>
    </message>
    <message>
        <source>Page {n} of {count}</source>
        <translation>Página {n} de {count}</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Convene — Projector</source>
        <translation>Convene — Proyector</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Proyector</translation>
    </message>
    <message>
        <source>Projector preview</source>
        <translation>Vista previa del proyector</translation>
    </message>
    <message>
        <source>What the room sees right now</source>
        <translation>Lo que ve la sala en este momento</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd, d &apos;de&apos; MMMM</translation>
    </message>
</context>
<context>
    <name>Improvement</name>
    <message>
        <source>Our aim</source>
        <translation>Nuestra meta</translation>
    </message>
    <message>
        <source>No driver diagram yet. Build it in the Commitments tab, Driver diagram page: the aim, the drivers, the change ideas.</source>
        <translation>Aún no hay diagrama de impulsores. Se arma en la pestaña Compromisos, página Diagrama de impulsores: la meta, los impulsores y las ideas de cambio.</translation>
    </message>
    <message>
        <source>The aim is not written yet.</source>
        <translation>La meta aún no está escrita.</translation>
    </message>
    <message>
        <source>{text}, continued</source>
        <translation>{text} (continuación)</translation>
    </message>
    <message>
        <source>Page {n} of {count}</source>
        <translation>Página {n} de {count}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno aún</translation>
    </message>
    <message>
        <source>1 team</source>
        <translation>1 equipo</translation>
    </message>
    <message>
        <source>{n} teams</source>
        <translation>{n} equipos</translation>
    </message>
    <message>
        <source>Run chart</source>
        <translation>Gráfico de tendencia</translation>
    </message>
    <message>
        <source>No measures yet. Define the network&apos;s measures in the Commitments tab, Measures page.</source>
        <translation>Aún no hay indicadores. Los indicadores de la red se definen en la pestaña Compromisos, página Indicadores.</translation>
    </message>
    <message>
        <source>The network</source>
        <translation>La red</translation>
    </message>
    <message>
        <source>No values of {measure} yet.</source>
        <translation>Aún no hay valores de {measure}.</translation>
    </message>
    <message>
        <source>No values of {measure} yet from this team.</source>
        <translation>Este equipo aún no tiene valores de {measure}.</translation>
    </message>
    <message>
        <source>And 1 more signal.</source>
        <translation>Y 1 señal más.</translation>
    </message>
    <message>
        <source>And {n} more signals.</source>
        <translation>Y {n} señales más.</translation>
    </message>
    <message>
        <source>median {value}</source>
        <translation>mediana {value}</translation>
    </message>
</context>
<context>
    <name>Join</name>
    <message>
        <source>Capture from phones is off</source>
        <translation>La captura desde teléfonos está apagada</translation>
    </message>
    <message>
        <source>Place your dots from your phone</source>
        <translation>Pon tus puntos desde tu teléfono</translation>
    </message>
    <message>
        <source>Add your note from your phone</source>
        <translation>Agrega tu nota desde tu teléfono</translation>
    </message>
    <message>
        <source>Scan the code, or type this address:</source>
        <translation>Escanea el código o escribe esta dirección:</translation>
    </message>
    <message>
        <source>On this room&apos;s Wi-Fi; no internet needed</source>
        <translation>En el wifi de esta sala; no hace falta internet</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>No convening open</source>
        <translation>No hay ningún encuentro abierto</translation>
    </message>
</context>
<context>
    <name>Protocol</name>
    <message>
        <source>Everyone may speak</source>
        <translation>Habla quien quiera</translation>
    </message>
    <message>
        <source>Speaking: {name}</source>
        <translation>Habla: {name}</translation>
    </message>
    <message>
        <source>Speaking: {names} and {last}</source>
        <translation>Hablan: {names} y {last}</translation>
    </message>
    <message>
        <source>No protocol running</source>
        <translation>No hay ningún protocolo en curso</translation>
    </message>
    <message>
        <source>{name}  ·  Step {n} of {count}</source>
        <translation>{name}  ·  Paso {n} de {count}</translation>
    </message>
    <message>
        <source>Step {n} of {count}</source>
        <translation>Paso {n} de {count}</translation>
    </message>
    <message>
        <source>Protocol: {time} over</source>
        <translation>Protocolo: {time} de más</translation>
    </message>
    <message>
        <source>Protocol: {time} left</source>
        <translation>Protocolo: quedan {time}</translation>
    </message>
    <message>
        <source>Whole protocol: {time} over</source>
        <translation>Protocolo: {time} de más</translation>
    </message>
    <message>
        <source>Whole protocol: {time} left</source>
        <translation>Protocolo: quedan {time}</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>Speaking queue</source>
        <translation>Turno de palabra</translation>
    </message>
    <message>
        <source>Nobody is waiting to speak</source>
        <translation>Nadie espera para hablar</translation>
    </message>
    <message>
        <source>No conversation is being tracked</source>
        <translation>No se está registrando ninguna conversación</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>Sigue: {name}</translation>
    </message>
    <message>
        <source>and 1 more</source>
        <translation>y 1 más</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>y {n} más</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>facilitator</source>
        <translation>facilitación</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participantes</translation>
    </message>
    <message>
        <source>presenter</source>
        <translation>ponente</translation>
    </message>
    <message>
        <source>presenters</source>
        <translation>ponentes</translation>
    </message>
    <message>
        <source>listeners</source>
        <translation>oyentes</translation>
    </message>
    <message>
        <source>recorder</source>
        <translation>quien toma notas</translation>
    </message>
    <message>
        <source>storyteller</source>
        <translation>quien narra</translation>
    </message>
    <message>
        <source>interviewer</source>
        <translation>quien entrevista</translation>
    </message>
    <message>
        <source>team</source>
        <translation>equipo</translation>
    </message>
    <message>
        <source>buddy school</source>
        <translation>escuela compañera</translation>
    </message>
</context>
<context>
    <name>Rounds</name>
    <message>
        <source>Round {n}</source>
        <translation>Ronda {n}</translation>
    </message>
    <message>
        <source>{groups} groups · {teams} teams</source>
        <translation>{groups} grupos · {teams} equipos</translation>
    </message>
    <message>
        <source>{counts} · page {n} of {count}</source>
        <translation>{counts} · página {n} de {count}</translation>
    </message>
    <message>
        <source>No pairs for Day {n} yet</source>
        <translation>Aún no hay parejas para el día {n}</translation>
    </message>
    <message>
        <source>No tables for Day {n} yet</source>
        <translation>Aún no hay mesas para el día {n}</translation>
    </message>
    <message>
        <source>No pairs yet</source>
        <translation>Aún no hay parejas</translation>
    </message>
    <message>
        <source>No tables yet</source>
        <translation>Aún no hay mesas</translation>
    </message>
    <message>
        <source>Day {n}</source>
        <translation>Día {n}</translation>
    </message>
    <message>
        <source>{tables} tables · {people} people</source>
        <translation>{tables} mesas · {people} personas</translation>
    </message>
    <message>
        <source>Tables {n}</source>
        <translation>Mesas {n}</translation>
    </message>
    <message>
        <source>Table {n}</source>
        <translation>Mesa {n}</translation>
    </message>
</context>
<context>
    <name>Talk</name>
    <message>
        <source>Solid bar: share of talk. Outline: share of people.</source>
        <translation>Barra llena: parte del tiempo de palabra. Contorno: parte de las personas.</translation>
    </message>
    <message>
        <source>Someone can be in several groups, so shares may add up to over 100%.</source>
        <translation>Una persona puede estar en varios grupos, así que las partes pueden sumar más del 100%.</translation>
    </message>
    <message>
        <source>Talk by person, with {lens}</source>
        <translation>Tiempo de palabra por persona, con {lens}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
    <message>
        <source>{share}% · 1 turn</source>
        <translation>{share}% · 1 turno</translation>
    </message>
    <message>
        <source>Other groups</source>
        <translation>Otros grupos</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Prefiere no decirlo</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>{share}% · {n} turns</source>
        <translation>{share}% · {n} turnos</translation>
    </message>
    <message>
        <source>1 more person not listed, {silent} of them not yet spoken.</source>
        <translation>1 persona más sin listar, que aún no ha hablado.</translation>
    </message>
    <message>
        <source>{n} more people not listed, {silent} of them not yet spoken.</source>
        <translation>{n} personas más sin listar; {silent} aún no han hablado.</translation>
    </message>
    <message>
        <source>1 more person not listed.</source>
        <translation>1 persona más sin listar.</translation>
    </message>
    <message>
        <source>{n} more people not listed.</source>
        <translation>{n} personas más sin listar.</translation>
    </message>
    <message>
        <source>Bar: share of talk.</source>
        <translation>Barra: parte del tiempo de palabra.</translation>
    </message>
    <message>
        <source>Talk balance: start tracking in the Talk tab</source>
        <translation>Equilibrio del tiempo de palabra: el registro empieza en la pestaña Tiempo de palabra</translation>
    </message>
    <message>
        <source>Talk balance: choose a lens in the Talk tab</source>
        <translation>Equilibrio del tiempo de palabra: la lente se elige en la pestaña Tiempo de palabra</translation>
    </message>
    <message>
        <source>Share of talk by {lens}</source>
        <translation>Tiempo de palabra por {lens}</translation>
    </message>
    <message>
        <source>Nobody has spoken yet.</source>
        <translation>Nadie ha hablado todavía.</translation>
    </message>
    <message>
        <source>{share}% of talk</source>
        <translation>{share}% del tiempo</translation>
    </message>
    <message>
        <source>{share}% of people</source>
        <translation>{share}% de personas</translation>
    </message>
</context>
<context>
    <name>Timer</name>
    <message>
        <source>The day&apos;s agenda is done</source>
        <translation>La agenda del día terminó</translation>
    </message>
    <message>
        <source>No agenda items yet</source>
        <translation>Aún no hay puntos en la agenda</translation>
    </message>
    <message>
        <source>Starting soon</source>
        <translation>Empieza pronto</translation>
    </message>
    <message>
        <source>Next  ·  {when}  {title}</source>
        <translation>Sigue  ·  {when}  {title}</translation>
    </message>
    <message>
        <source>Next  ·  {title}</source>
        <translation>Sigue  ·  {title}</translation>
    </message>
    <message>
        <source>1 minute left</source>
        <translation>Queda 1 minuto</translation>
    </message>
    <message>
        <source>{n} minutes left</source>
        <translation>Quedan {n} minutos</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Se acabó el tiempo</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Tiempo excedido</translation>
    </message>
    <message>
        <source>Paused · {words}</source>
        <translation>En pausa · {words}</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <source>Only what is in our control</source>
        <translation>Solo lo que está en nuestro control</translation>
    </message>
    <message>
        <source>No wall yet</source>
        <translation>Aún no hay muro</translation>
    </message>
    <message>
        <source>No notes yet. Notes typed in the Wall tab or sent from phones show here.</source>
        <translation>Aún no hay notas. Aquí aparecen las notas escritas en la pestaña Muro o enviadas desde teléfonos.</translation>
    </message>
    <message>
        <source>Keep writing. The notes go up on the wall together, when everyone has had their say.</source>
        <translation>Sigan escribiendo. Las notas suben al muro todas juntas, cuando todas las personas hayan aportado.</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 nota</translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation>{n} notas</translation>
    </message>
    <message>
        <source>no notes yet</source>
        <translation>aún sin notas</translation>
    </message>
    <message>
        <source>1 dot</source>
        <translation>1 punto</translation>
    </message>
    <message>
        <source>{n} dots</source>
        <translation>{n} puntos</translation>
    </message>
    <message>
        <source>{name} ({part} of {parts})</source>
        <translation>{name} ({part} de {parts})</translation>
    </message>
    <message>
        <source>This photo could not be read.</source>
        <translation>No se pudo leer esta foto.</translation>
    </message>
    <message>
        <source>Page {n} of {count}</source>
        <translation>Página {n} de {count}</translation>
    </message>
    <message>
        <source>from 1 table</source>
        <translation>de 1 mesa</translation>
    </message>
    <message>
        <source>from {n} tables</source>
        <translation>de {n} mesas</translation>
    </message>
    <message>
        <source>from {n} tables and people</source>
        <translation>de {n} mesas y personas</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>Aún no hay notas</translation>
    </message>
    <message>
        <source>from 1 table or person</source>
        <translation>de 1 mesa o persona</translation>
    </message>
    <message>
        <source>{notes} {from_whom}</source>
        <translation>{notes} {from_whom}</translation>
    </message>
    <message>
        <source>Not in a cluster yet</source>
        <translation>Aún sin grupo</translation>
    </message>
    <message>
        <source>Photo {k} of {n}</source>
        <translation>Foto {k} de {n}</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Top clusters</source>
        <translation>Grupos más votados</translation>
    </message>
    <message>
        <source>1 phone voted</source>
        <translation>Votó 1 teléfono</translation>
    </message>
    <message>
        <source>{n} phones voted</source>
        <translation>Votaron {n} teléfonos</translation>
    </message>
    <message>
        <source>No votes yet</source>
        <translation>Aún no hay votos</translation>
    </message>
    <message>
        <source>Voting is open</source>
        <translation>La votación está abierta</translation>
    </message>
    <message>
        <source>The dots show here when voting closes.</source>
        <translation>Los puntos aparecen aquí cuando se cierra la votación.</translation>
    </message>
    <message>
        <source>No dots yet. Count them in the Wall tab.</source>
        <translation>Aún no hay puntos. Se cuentan en la pestaña Muro.</translation>
    </message>
    <message>
        <source>and 1 more with dots</source>
        <translation>y 1 más con puntos</translation>
    </message>
    <message>
        <source>and {n} more with dots</source>
        <translation>y {n} más con puntos</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Day {n} of {count} · {date}</source>
        <translation>Día {n} de {count} · {date}</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>Scan for today&apos;s resources</source>
        <translation>Escanea para ver los recursos de hoy</translation>
    </message>
</context>
</TS>
