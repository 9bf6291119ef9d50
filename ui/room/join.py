"""How phones find the room: the laptop's addresses to choose from, and the QR code.

Only IPv4 addresses of interfaces that are up are offered (an address is typed from the wall
when a phone cannot scan); the Wi-Fi's come first, the loopback (for trying it on the laptop
itself) last. The QR code is a plain matrix of dark modules: the projector paints it at its
own scale, so it stays sharp at any size.
"""

from __future__ import annotations

from dataclasses import dataclass

import segno
from PySide6.QtNetwork import QAbstractSocket, QHostAddress, QNetworkInterface


@dataclass(frozen=True)
class Address:
    interface: str  # as the system names it ("wlan0", "Wi-Fi")
    ip: str
    loopback: bool = False
    wireless: bool = False


def laptop_addresses() -> list[Address]:
    """The addresses phones could reach, the likeliest first."""
    found: list[Address] = []
    flags = QNetworkInterface.InterfaceFlag
    for interface in QNetworkInterface.allInterfaces():
        if not interface.flags() & flags.IsUp or not interface.flags() & flags.IsRunning:
            continue
        name = interface.humanReadableName() or interface.name()
        wireless = interface.type() == QNetworkInterface.InterfaceType.Wifi
        loopback = bool(interface.flags() & flags.IsLoopBack)
        for entry in interface.addressEntries():
            ip: QHostAddress = entry.ip()
            if ip.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                continue
            found.append(Address(name, ip.toString(), loopback, wireless))
    found.sort(key=lambda a: (a.loopback, not a.wireless, a.interface, a.ip))
    return found


def qr_matrix(url: str) -> tuple[tuple[bool, ...], ...]:
    """The QR code of url as rows of dark (True) modules, with no quiet zone (the painter
    leaves white around it)."""
    code = segno.make_qr(url, error="m")
    return tuple(tuple(bool(module) for module in row) for row in code.matrix)
