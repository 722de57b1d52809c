"""`convene notes cluster` on 2,000 and 10,000 notes, each in a fresh process (model load
included, nothing cached), against a fresh process that only reads the CSV, loads the
sentence model and embeds every note (the floor: what any grouping has to pay), same run.

    .venv/bin/python tests/benchmarks/bench_notes_cluster.py

The notes are generated deterministically: English and Spanish sticky notes of a schools'
convening, from twelve themes, each a subject, a problem and an aside drawn from the theme's
words (so no two notes are alike and the themes overlap the way real walls do).

Last line: RESULT notes_2k_s=... notes_10k_s=... peak_mb=... floor_2k_s=... floor_10k_s=... ratio_2k=... ratio_10k=...
Targets (the issue's): notes_2k_s <= 5, notes_10k_s <= 60, peak_mb <= 1024; the ratios say what the grouping
adds to the embedding, which is most of the time on a slow or busy machine.
"""

from __future__ import annotations

import csv
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SIZES = tuple(int(x) for x in os.environ.get("BENCH_SIZES", "2000,10000").split(","))

# theme: ((English subjects, English problems), (Spanish subjects, Spanish problems))
THEMES = {
    "transport": ((["the late bus", "the activity bus", "bus passes", "rides home", "the evening shuttle"],
                   ["leaves before tutoring ends", "stopped running this year", "run out before the month ends",
                    "is too far for families without a car", "never waits for students in clubs"]),
                  (["el autobús", "la ruta escolar", "el transporte", "los pases de autobús"],
                   ["no llega a tiempo", "se acabó este año", "sale antes del taller", "no pasa por nuestro barrio"])),
    "money": ((["fear of debt", "the cost of applications", "loans", "fees for the exam", "tuition"],
               ["scares families away", "is never explained", "adds up before senior year",
                "keeps students from applying", "makes students pick the cheapest option"]),
              (["la deuda", "los préstamos", "el costo de la matrícula", "las cuotas del examen"],
               ["asusta a las familias", "nadie lo explica", "es demasiado alto", "impide que apliquen"])),
    "language": ((["translated forms", "interpreters at meetings", "Spanish workshops", "letters home"],
                  ["arrive only in English", "are missing at night events", "come too late to help",
                   "confuse parents", "are written in school jargon"]),
                 (["los formularios", "la traducción", "las juntas en inglés", "las cartas a casa"],
                  ["solo vienen en inglés", "no hay intérprete", "llegan tarde", "confunden a los padres"])),
    "mentoring": ((["peer mentors", "alumni visits", "a mentor for each senior", "college students who come back"],
                   ["make students believe they can go", "should start in ninth grade", "need training first",
                    "stop after the first month"]),
                  (["los mentores", "los exalumnos", "un mentor por estudiante", "los universitarios que regresan"],
                   ["motivan a los estudiantes", "deben empezar antes", "necesitan capacitación",
                    "dejan de venir al mes"])),
    "counselling": ((["counsellors", "the counselling office", "one counsellor for 400 students", "advising time"],
                     ["have no time for college talks", "is booked for weeks", "only sees students in trouble",
                      "is spent on schedules"]),
                    (["los consejeros", "la orientación", "las citas con el consejero", "un consejero para 400"],
                     ["no tienen tiempo", "está llena por semanas", "son muy cortas", "solo atiende problemas"])),
    "fafsa": ((["the FAFSA", "financial aid nights", "tax forms for aid", "the aid deadline"],
               ["confuses first-generation families", "needs a laptop at home", "comes when parents work late",
                "is missed every spring"]),
              (["la FAFSA", "la ayuda financiera", "los papeles de impuestos", "la fecha límite de la ayuda"],
               ["confunde a las familias", "pide documentos difíciles", "se olvida cada año",
                "llega cuando los padres trabajan"])),
    "families": ((["parents", "family nights", "grandparents who raise students", "working parents"],
                  ["want to help but do not know how", "cannot come on weekdays", "feel unwelcome at school",
                   "need childcare to attend"]),
                 (["los padres", "las familias", "las noches para familias", "los abuelos"],
                  ["quieren ayudar pero no saben cómo", "no pueden venir entre semana", "no se sienten bienvenidos",
                   "necesitan cuidado de niños"])),
    "tutoring": ((["after-school tutoring", "math help", "the writing centre", "study hall"],
                  ["is full by October", "has no Spanish speakers", "ends at four", "needs more volunteers"]),
                 (["las tutorías", "la ayuda en matemáticas", "el centro de escritura", "la sala de estudio"],
                  ["se llena rápido", "termina muy temprano", "necesita voluntarios", "no tiene tutores bilingües"])),
    "technology": ((["laptops", "internet at home", "the school portal", "phones for homework"],
                    ["break and are never fixed", "is too slow for video", "locks families out",
                     "are shared by four siblings"]),
                   (["las computadoras", "el internet en casa", "el portal escolar", "los teléfonos"],
                    ["no funcionan", "es muy lento", "nadie sabe usarlo", "se comparten entre hermanos"])),
    "belonging": ((["first-generation students", "students of colour", "newcomers", "quiet students"],
                   ["do not see themselves in college", "feel alone in AP classes", "need a place to meet",
                    "are not asked what they want"]),
                  (["los estudiantes nuevos", "los de primera generación", "los estudiantes callados"],
                   ["se sienten solos", "no se ven en la universidad", "necesitan un lugar propio",
                    "nadie les pregunta qué quieren"])),
    "visits": ((["campus visits", "college fairs", "summer programmes", "a trip to the university"],
               ["only go to the nearest campus", "cost too much for families", "fill up in a day",
                "happen during work hours"]),
              (["las visitas a la universidad", "las ferias universitarias", "los programas de verano"],
               ["son muy caras", "se llenan en un día", "no incluyen a todos", "son en horario de trabajo"])),
    "teachers": ((["teachers", "recommendation letters", "AP teachers", "new staff"],
                  ["are stretched too thin", "come too late for early deadlines", "do not know the aid rules",
                   "leave after a year"]),
                 (["los maestros", "las cartas de recomendación", "el personal nuevo", "los profesores de AP"],
                  ["están agotados", "no conocen el proceso", "se van cada año", "llegan tarde para las fechas"])),
}
OPENERS = (["", "", "", "", "We noticed ", "Honestly, ", "Big one: ", "Again: ", "Students say "],
           ["", "", "", "", "Notamos que ", "La verdad, ", "Importante: ", "Otra vez: ", "Los alumnos dicen que "])
ASIDES = (["", "", "", " (we saw it again this year)", " - urgent", " at our school too", " since the pandemic",
           " for juniors", " in the north campus", " according to the survey", " said three students",
           " every single week", " in {g}th grade", " at {s} of our schools", " for {p}% of our seniors"],
          ["", "", "", " (otra vez)", " en nuestra escuela", " desde hace años", " para los de {g}º grado",
           " en {s} escuelas", " según la encuesta", " para el {p}% de los alumnos", " cada semana"])


def notes(n: int, seed: int = 21) -> list[tuple[str, str]]:
    """n (text, theme) pairs, the same for the same n and seed: 60% English, 40% Spanish."""
    rng = random.Random(seed)
    names = sorted(THEMES)
    out = []
    for _ in range(n):
        theme = names[rng.randrange(len(names))]
        lang = 0 if rng.random() < 0.6 else 1
        subjects, problems = THEMES[theme][lang]
        aside = rng.choice(ASIDES[lang]).format(g=rng.randint(9, 12), s=rng.randint(2, 9), p=rng.randint(10, 90))
        text = f"{rng.choice(OPENERS[lang])}{rng.choice(subjects)} {rng.choice(problems)}{aside}"
        if rng.random() < 0.2:   # a second thought from another theme, as real notes wander
            other = THEMES[names[rng.randrange(len(names))]][lang]
            text += f"; {rng.choice(other[0])} {rng.choice(other[1])}"
        out.append((text[0].upper() + text[1:], theme))
    return out


CHILD = """
import resource, sys, time
from pathlib import Path
t0 = time.perf_counter()
if sys.argv[1] == "floor":   # what any grouping pays: read the file, load the model, embed every note
    from app.services.core.jobs import CancelToken, drive
    from app.services.wall.encoder import embedder
    from app.services.wall.notes_csv import _read_notes_csv
    from app.services.wall.vectors import embed_job
    table, _heads, col = _read_notes_csv(Path(sys.argv[2]))
    notes = {i: cells[col].strip() for i, (_, cells) in enumerate(table.rows) if cells[col].strip()}
    drive(embed_job(embedder(), notes), CancelToken(), lambda _p: None)
else:
    from app.__main__ import main
    code = main(["notes", "cluster", sys.argv[2], "--out", sys.argv[3]])
    if code:
        raise SystemExit(code)
r = resource.getrusage(resource.RUSAGE_SELF)
print(f"DONE {time.perf_counter() - t0:.3f} {r.ru_maxrss / 1024:.1f} {r.ru_utime + r.ru_stime:.3f}", flush=True)
"""


def run(mode: str, src: Path, out: Path, timeout: float) -> tuple[float, float, float]:
    """Wall seconds (process start to the end of the work), peak MB and CPU seconds of one fresh process."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    t = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", CHILD, mode, str(src), str(out)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)
    wall = time.perf_counter() - t
    line = next((ln for ln in done.stdout.splitlines() if ln.startswith("DONE")), None)
    if done.returncode != 0 or line is None:
        raise SystemExit(f"{mode} {src.name} failed ({done.returncode}): {done.stdout[-500:]} {done.stderr[-1500:]}")
    return wall, float(line.split()[2]), float(line.split()[3])


def write_csv(path: Path, rows: list[tuple[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["text", "theme"])
        w.writerows(rows)


def agreement(out: Path) -> float:
    """Adjusted Rand index of the clusters found against the themes the notes were drawn from."""
    sys.path.insert(0, str(ROOT))
    from app.domain.wall.suggest import adjusted_rand

    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return adjusted_rand([r["theme"] for r in rows], [r["cluster"] for r in rows])


def main() -> None:
    """Each size: the floor and the command interleaved, BENCH_RUNS times (median of each)."""
    timeout = float(os.environ.get("BENCH_TIMEOUT", "900"))
    runs = int(os.environ.get("BENCH_RUNS", "1"))
    times, floors, peaks, parts = {}, {}, [], []
    with tempfile.TemporaryDirectory() as tmp:
        for n in SIZES:
            src, out = Path(tmp) / f"notes_{n}.csv", Path(tmp) / f"out_{n}.csv"
            write_csv(src, notes(n))
            got, base = [], []
            for _ in range(runs):
                base.append(run("floor", src, out, timeout))
                try:
                    got.append(run("cluster", src, out, timeout))
                except subprocess.TimeoutExpired:
                    print(f"{n} notes: did not finish in {timeout:.0f} s")
                    got.append((float("inf"), float("nan"), float("inf")))
                    break
            times[n] = statistics.median(g[0] for g in got)
            floors[n] = statistics.median(b[0] for b in base)
            peaks.append(max(g[1] for g in got))
            cpu, floor_cpu = statistics.median(g[2] for g in got), statistics.median(b[2] for b in base)
            ari = agreement(out) if times[n] != float("inf") else float("nan")
            print(f"{n} notes ({len(got)} runs): {', '.join(f'{g[0]:.2f}' for g in got)} s, peak {peaks[-1]:.0f} MB, "
                  f"CPU {cpu:.2f} s; floor (read, load the model, embed): {', '.join(f'{b[0]:.2f}' for b in base)} s, "
                  f"CPU {floor_cpu:.2f} s; agreement with the themes (ARI) {ari:.3f}")
            parts.append((n, cpu - floor_cpu))
    for n, extra in parts:
        print(f"{n} notes: the grouping's own CPU time (command minus floor, medians): {extra:.2f} s")
    keys = " ".join(f"notes_{n // 1000}k_s={times[n]:.2f}" for n in SIZES)
    floor_keys = " ".join(f"floor_{n // 1000}k_s={floors[n]:.2f}" for n in SIZES)
    ratios = " ".join(f"ratio_{n // 1000}k={times[n] / floors[n]:.2f}" for n in SIZES)
    print(f"RESULT {keys} peak_mb={max(peaks):.0f} {floor_keys} {ratios}")


if __name__ == "__main__":
    main()
