"""The safety guard: which addresses curator may connect to at all.

A link in a route file, or any redirect it takes, could point at the checker's own network
(a cloud metadata service, an admin panel on 10.0.0.1). The guard refuses private, loopback,
link-local, reserved, multicast and unspecified addresses. It is consulted by the transport for
every new connection with the address about to be dialled, after name resolution, so a DNS
answer that changes between a check and a connect (rebinding) cannot slip past it.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


class ForbiddenAddressError(Exception):
    """The target resolved only to addresses the guard does not allow."""

    def __init__(self, host: str, addresses: Iterable[str]) -> None:
        self.host = host
        self.addresses = tuple(addresses)
        shown = ", ".join(self.addresses)
        target = host if shown == host else f"{host} ({shown})"
        super().__init__(f"refused to connect to non-public address {target}")


class AddressGuard:
    """Decides whether one IP address may be connected to.

    ``treat_as_public`` exists so tests can stand a loopback address (e.g. 127.0.0.2) in for a
    public server and prove end to end that the guard refuses the others, with no traffic
    leaving the machine.
    """

    def __init__(self, *, allow_private: bool = False, treat_as_public: Iterable[str] = ()) -> None:
        self.allow_private = allow_private
        self._exempt: tuple[IPNetwork, ...] = tuple(
            ipaddress.ip_network(net, strict=False) for net in treat_as_public
        )

    def allows(self, address: str) -> bool:
        if self.allow_private:
            return True
        ip: IPAddress = ipaddress.ip_address(address.strip("[]").split("%")[0])
        if isinstance(ip, ipaddress.IPv6Address):
            mapped = ip.ipv4_mapped or ip.sixtofour
            if mapped is not None:
                ip = mapped
        if any(ip in net for net in self._exempt):
            return True
        return ip.is_global and not ip.is_multicast

    def permitted(self, host: str, addresses: Iterable[str]) -> list[str]:
        """The allowed subset of ``addresses``, in order; raises when none is allowed."""
        listed = list(addresses)
        allowed = [address for address in listed if self.allows(address)]
        if not allowed:
            raise ForbiddenAddressError(host, listed)
        return allowed
