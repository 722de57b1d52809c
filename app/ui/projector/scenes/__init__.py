"""Built-in projector scenes. `load_builtin()` imports (and so registers) them in the order
the console offers them; importing one scene alone (as the first frame does) stays light."""


def load_builtin() -> None:
    from app.ui.projector.scenes import welcome, timer, protocol, agenda, clock, blank  # noqa: F401, I001
    from app.ui.projector.scenes import commitments, bright_spot  # noqa: F401, I001
    from app.ui.projector.scenes import pairs, tables  # noqa: F401
    from app.ui.projector.scenes import talk  # noqa: F401  (Talk balance: only when the facilitator puts it up)
    from app.ui.projector.scenes import wall  # noqa: F401
