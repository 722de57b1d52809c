"""The console's tabs. Each capability adds its tab here, in the order shown.

A tab is built when it is first shown or first asked for (`LazyTabs[title]`), not when the
console opens: opening a file then loads only the tab in front, and the others (their
modules, widgets and queries) wait until the facilitator goes to them. A tab not yet built
has nothing to keep in step with the file, so nothing is lost by waiting.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from app.ui.context import UiContext
from app.ui.i18n import QT_TRANSLATE_NOOP

# (title, module, class): the order is the order of the tabs. Modules load when the tab is built. The title is
# the tab's key (`console.tab_widgets["Wall"]`); what the tab shows is its translation (`shown_title`).
TABS: tuple[tuple[str, str, str], ...] = (
    (QT_TRANSLATE_NOOP("tabs", "Live"), "app.ui.live.live_tab", "LiveTab"),
    (QT_TRANSLATE_NOOP("tabs", "Agenda"), "app.ui.agenda.agenda_tab", "AgendaTab"),
    (QT_TRANSLATE_NOOP("tabs", "Talk"), "app.ui.talk.talk_tab", "TalkTab"),
    (QT_TRANSLATE_NOOP("tabs", "People"), "app.ui.people.participants_tab", "ParticipantsTab"),
    (QT_TRANSLATE_NOOP("tabs", "Teams"), "app.ui.people.teams_tab", "TeamsTab"),
    (QT_TRANSLATE_NOOP("tabs", "Protocols"), "app.ui.protocols.library_tab", "ProtocolsTab"),
    (QT_TRANSLATE_NOOP("tabs", "Commitments"), "app.ui.commitments.commitments_tab", "CommitmentsTab"),
    (QT_TRANSLATE_NOOP("tabs", "Pairing"), "app.ui.pairing.pairing_tab", "PairingTab"),
    (QT_TRANSLATE_NOOP("tabs", "Wall"), "app.ui.wall.wall_tab", "WallTab"),
)


def shown_title(title: str) -> str:
    """A tab's title in the console's language."""
    return QCoreApplication.translate("tabs", title)


class _Placeholder(QWidget):
    """Holds a tab's place until it is built (a few milliseconds, on first showing)."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.setAccessibleName(QCoreApplication.translate("_Placeholder", "{title} (loading)").format(title=shown_title(title)))


class LazyTabs(Mapping[str, QWidget]):
    """The console's tabs by title, each built on first use and put in its place in `tabs`.

    Reading `lazy["Wall"]` (or `.get`) builds that tab if it was not yet built; iterating gives
    the titles in order without building anything; `built()` says which exist."""

    def __init__(self, tabs: QTabWidget, ctx: UiContext, specs: tuple[tuple[str, str, str], ...] = TABS) -> None:
        self.tabs = tabs
        self.ctx = ctx
        self.specs = {title: (module, name) for title, module, name in specs}
        self.order = [title for title, _m, _n in specs]
        self._built: dict[str, QWidget] = {}
        for title in self.order:
            tabs.addTab(_Placeholder(title), shown_title(title))
        tabs.currentChanged.connect(self._shown)

    def built(self) -> list[str]:
        return [t for t in self.order if t in self._built]

    def __getitem__(self, title: str) -> QWidget:
        if title not in self.specs:
            raise KeyError(title)
        widget = self._built.get(title)
        if widget is None:
            widget = self._build(title)
        return widget

    def __iter__(self) -> Iterator[str]:
        return iter(self.order)

    def __len__(self) -> int:
        return len(self.order)

    def current(self) -> QWidget | None:
        """The tab in front, built (None before any tab exists)."""
        index = self.tabs.currentIndex()
        return self[self.order[index]] if 0 <= index < len(self.order) else None

    def _shown(self, index: int) -> None:
        if 0 <= index < len(self.order) and self.order[index] not in self._built:
            self._build(self.order[index])

    def _build(self, title: str) -> QWidget:
        module, name = self.specs[title]
        widget: QWidget = getattr(importlib.import_module(module), name)(self.ctx)
        self._built[title] = widget
        index = self.order.index(title)
        placeholder = self.tabs.widget(index)
        current = self.tabs.currentIndex()
        blocked = self.tabs.blockSignals(True)   # the swap is not the facilitator changing tabs
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, widget, shown_title(title))
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(blocked)
        if placeholder is not None:
            placeholder.deleteLater()
        return widget
