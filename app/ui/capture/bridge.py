"""Notes from phones cross to the GUI thread here: the server's thread emits a signal, and Qt queues
the call so that CaptureService.drain() runs on the GUI thread, the one that owns the store."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal


class CaptureBridge(QObject):
    arrived = Signal()   # emitted from the server's thread; drained on the thread this object lives in

    def __init__(self, service) -> None:
        super().__init__()
        self.service = service
        self.arrived.connect(self._drain, Qt.ConnectionType.QueuedConnection)

    def start(self, board_id: int, host: str, port: int | None = None) -> str:
        return self.service.start(board_id, host, port, wake=self.arrived.emit)

    def _drain(self) -> None:
        self.service.drain()


def addresses() -> list[tuple[str, str]]:
    """(label, address) for each IPv4 address of this computer's network interfaces that are up, then this
    computer only (127.0.0.1). Capture listens on the one chosen."""
    from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

    out: list[tuple[str, str]] = []
    for iface in QNetworkInterface.allInterfaces():
        flags = iface.flags()
        if not (flags & QNetworkInterface.InterfaceFlag.IsUp and flags & QNetworkInterface.InterfaceFlag.IsRunning):
            continue
        if flags & QNetworkInterface.InterfaceFlag.IsLoopBack:
            continue
        for entry in iface.addressEntries():
            ip = entry.ip()
            if ip.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                out.append((f"{ip.toString()} ({iface.humanReadableName()})", ip.toString()))
    out.append((QCoreApplication.translate("ConsoleBridge", "127.0.0.1 (this computer only)"), "127.0.0.1"))
    return out
