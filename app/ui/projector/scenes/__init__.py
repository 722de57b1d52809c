"""Built-in projector scenes. `load_builtin()` imports (and so registers) them in the order
the console offers them; importing one scene alone (as the first frame does) stays light."""


def load_builtin() -> None:
    # The order is the console's and the keys': Ctrl+1 ... Ctrl+9 go to the first nine, the live
    # run's first, then what a convening puts up most often. Talk balance is shown only when the
    # facilitator puts it up (its key or button), never by itself.
    from app.ui.projector.scenes import welcome, timer, protocol, agenda, clock, blank  # noqa: F401, I001
    from app.ui.projector.scenes import wall, pairs, commitments, talk  # noqa: F401, I001
    from app.ui.projector.scenes import tables, bright_spot  # noqa: F401, I001
    from app.ui.projector.scenes import wall_votes  # noqa: F401, I001  (issue 10: top clusters)
    from app.ui.projector.scenes import join  # noqa: F401, I001 - room capture (issue 15)
    from app.ui.projector.scenes import talk_queue  # noqa: F401, I001 - the speaking queue (issue 23)
    from app.ui.projector.scenes import run_chart, driver_diagram  # noqa: F401, I001 - improvement (issue 25)
    from app.ui.projector.scenes import breakout  # noqa: F401, I001 - the breakout page's QR (issue 24)
