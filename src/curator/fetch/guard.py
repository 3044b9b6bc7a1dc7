"""The safety guard: which addresses curator may connect to at all.

A link in a route file, or any redirect it takes, could point at the checker's own network
(a cloud metadata service, an admin panel on 10.0.0.1). The guard refuses private, loopback,
link-local, reserved, multicast and unspecified addresses. The transport consults it for every
new connection, after name resolution, and dials only an address it allowed, so a DNS answer
that changes between a check and a connect (rebinding) cannot slip past it.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

from curator.fetch.special_addresses import SPECIAL_NETWORKS

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
            inner = embedded_ipv4(ip)
            if inner is not None:
                if not all(self._allows_ip(one) for one in inner):
                    return False
                return self._exempt_ip(ip) or not _special(ip, unwrapped=True)
        return self._allows_ip(ip)

    def _allows_ip(self, ip: IPAddress) -> bool:
        if self._exempt_ip(ip):
            return True
        return ip.is_global and not ip.is_multicast and not _special(ip, unwrapped=False)

    def _exempt_ip(self, ip: IPAddress) -> bool:
        return any(ip in net for net in self._exempt)

    def permitted(self, host: str, addresses: Iterable[str]) -> list[str]:
        """The allowed subset of ``addresses``, in order; raises when none is allowed."""
        listed = list(addresses)
        allowed = [address for address in listed if self.allows(address)]
        if not allowed:
            raise ForbiddenAddressError(host, listed)
        return allowed


# The IPv6 ranges whose addresses carry an IPv4 address in their last 32 bits (RFC 4291, 2765,
# 6052): the IPv4 address inside is where the packets end up, so it is what gets judged.
_LAST_32_BITS = tuple(
    ipaddress.IPv6Network(net)
    for net in ("::ffff:0:0/96", "::ffff:0:0:0/96", "64:ff9b::/96", "::/96")
)
# Embedding ranges that are fine to reach once their IPv4 address is: NAT64's well-known
# prefix and 6to4 are public paths to a public IPv4 host.
_UNWRAPPED_OK = tuple(
    ipaddress.IPv6Network(net) for net in ("64:ff9b::/96", "2002::/16", "::ffff:0:0/96")
)
_ISATAP_IDS = (0x00005EFE, 0x02005EFE)  # RFC 5214: the interface ID is [02]00:5efe:a.b.c.d


def embedded_ipv4(ip: ipaddress.IPv6Address) -> tuple[ipaddress.IPv4Address, ...] | None:
    """The IPv4 addresses an IPv6 address carries (mapped, translated, compatible, NAT64,
    6to4, Teredo's server and client, ISATAP), or None when it embeds none."""
    if any(ip in net for net in _LAST_32_BITS):
        if int(ip) <= 1:  # :: and ::1 are themselves, not IPv4-compatible 0.0.0.0/1
            return None
        return (ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF),)
    if ip.sixtofour is not None:
        return (ip.sixtofour,)
    if ip.teredo is not None:
        return ip.teredo
    if (int(ip) >> 32) & 0xFFFFFFFF in _ISATAP_IDS:
        return (ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF),)
    return None


def _special(ip: IPAddress, *, unwrapped: bool) -> bool:
    """In an IANA special-purpose range (or multicast, or site-local). Once its IPv4 address
    is judged, an address in a public embedding range (NAT64, 6to4, mapped) is not held
    against it for that range alone."""
    for net in SPECIAL_NETWORKS:
        if ip.version == net.version and ip in net:
            if unwrapped and any(ip in ok for ok in _UNWRAPPED_OK):
                continue
            return True
    return False
