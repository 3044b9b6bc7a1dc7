"""The one place where a host name becomes IP addresses.

Everything that opens a connection (page fetches, robots.txt, every redirect hop) asks a
``Resolver``, and the safety guard checks exactly the addresses it returns before connecting to
one of them. Swapping the resolver is how tests (and ``--resolve``, like curl's) point real-looking
names such as ``www.who.int`` at a local server without touching /etc/hosts or the network.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Mapping, Sequence
from typing import Protocol


class Resolver(Protocol):
    def resolve(self, host: str, port: int) -> list[str]:
        """IP address strings for ``host``; raises ``socket.gaierror`` when there are none."""
        ...


def literal_ip(host: str) -> str | None:
    """The address itself when ``host`` is an IP literal (``[::1]`` included), else None."""
    try:
        return str(ipaddress.ip_address(host.strip("[]")))
    except ValueError:
        return None


class SystemResolver:
    """The operating system's resolver (``getaddrinfo``), addresses in its preferred order."""

    def resolve(self, host: str, port: int) -> list[str]:
        literal = literal_ip(host)
        if literal is not None:
            return [literal]
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        return list(dict.fromkeys(str(info[4][0]) for info in infos))


class StaticResolver:
    """Fixed answers for some names, like ``curl --resolve``; other names go to ``fallback``.

    Without a fallback an unknown name fails exactly as a DNS miss does, which is what tests
    want: nothing they did not list can reach the real network.
    """

    def __init__(
        self, mapping: Mapping[str, str | Sequence[str]], fallback: Resolver | None = None
    ) -> None:
        self._table: dict[str, list[str]] = {}
        for name, addresses in mapping.items():
            listed = [addresses] if isinstance(addresses, str) else list(addresses)
            for address in listed:
                if literal_ip(address) is None:
                    raise ValueError(f"{name}: {address!r} is not an IP address")
            self._table[_key(name)] = listed
        self._fallback = fallback

    def add(self, host: str, address: str) -> None:
        """Point one more name at ``address`` (the fixture web uses this as hosts are added)."""
        if literal_ip(address) is None:
            raise ValueError(f"{host}: {address!r} is not an IP address")
        self._table[_key(host)] = [address]

    def resolve(self, host: str, port: int) -> list[str]:
        found = self._table.get(_key(host))  # before the literal test: it is asked per request
        if found is not None:
            return list(found)
        literal = literal_ip(host)
        if literal is not None:
            return [literal]
        if self._fallback is not None:
            return self._fallback.resolve(host, port)
        raise socket.gaierror(socket.EAI_NONAME, f"Name or service not known: {host}")


def _key(host: str) -> str:
    return host.strip().rstrip(".").lower()


def parse_resolve_option(spec: str) -> tuple[str, str]:
    """``HOST:ADDR`` (or curl's ``HOST:PORT:ADDR``; the port is ignored) -> (host, address).

    IPv6 addresses may be bracketed (``host:[::1]``) or bare (``host:::1``).
    """
    host, sep, rest = spec.partition(":")
    if not sep or not host.strip() or not rest.strip():
        raise ValueError(f"--resolve {spec!r}: expected HOST:ADDRESS, e.g. www.who.int:127.0.0.1")
    address = rest.strip()
    if literal_ip(address) is None:
        port, _, after_port = address.partition(":")
        if port.isdigit() and after_port:
            address = after_port.strip()
    if literal_ip(address) is None:
        raise ValueError(f"--resolve {spec!r}: {address!r} is not an IP address")
    return host.strip().lower(), str(literal_ip(address))
