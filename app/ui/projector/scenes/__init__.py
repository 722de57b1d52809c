"""Built-in projector scenes, in the order the console offers them. Importing registers them."""

from app.ui.projector.scenes import welcome, timer, protocol, agenda, clock, blank  # noqa: F401, I001
