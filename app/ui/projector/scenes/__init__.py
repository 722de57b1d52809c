"""Built-in projector scenes. Importing this package registers them."""

from app.ui.projector.scenes import blank, clock, welcome  # noqa: F401
