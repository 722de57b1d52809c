"""Entry point: `convene` / `python -m app`. Hands over to the command line or the GUI."""

from __future__ import annotations

import sys

CLI_COMMANDS = {"demo", "import", "export", "talk", "notes", "carry", "pair", "tables", "capture", "serve", "measures",
                "next", "network"}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "render":  # painting a scene needs Qt, which lives only under app/ui
        from app.ui.render import main as render

        return render(argv[1:])
    if argv and (argv[0] in CLI_COMMANDS or argv[0] in {"--version", "-h", "--help"}):
        from app.cli import run

        return run(argv)
    from app.ui.launch import run_gui

    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())
