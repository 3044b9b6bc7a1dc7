"""The guard, asked directly about every special-purpose range and every IPv6 form that embeds
an IPv4 address. No connection to any of these addresses is ever made."""

from __future__ import annotations

import ipaddress

import pytest

from curator.fetch.guard import AddressGuard, embedded_ipv4
from curator.fetch.special_addresses import IPV4_SPECIAL, IPV6_SPECIAL

GUARD = AddressGuard()
PUBLIC_V4 = ("8.8.8.8", "1.1.1.1", "93.184.215.14", "151.101.1.69", "223.255.255.254")
PUBLIC_V6 = ("2606:4700:4700::1111", "2a00:1450:4001:80b::200e", "2620:fe::fe", "2001:4860::8888")


# Public paths to an IPv4 address: refused for what they carry, not for being what they are
# (the middle of each would carry 128.0.0.0, a public address; see the embedding tests).
CARRIERS = ("::ffff:0:0/96", "64:ff9b::/96", "2002::/16")


def _samples(network: str) -> list[str]:
    """The first, last and (unless it carries an IPv4 address) a middle address of ``network``."""
    net = ipaddress.ip_network(network)
    middle = [] if network in CARRIERS else [str(net[net.num_addresses // 2])]
    return sorted({str(net[0]), str(net[-1]), *middle})


V4_CASES = [(net, name, a) for net, name in IPV4_SPECIAL for a in _samples(net)]
V6_CASES = [(net, name, a) for net, name in IPV6_SPECIAL for a in _samples(net)]


@pytest.mark.parametrize(("network", "name", "address"), V4_CASES)
def test_every_ipv4_special_purpose_range_is_refused(network: str, name: str, address: str) -> None:
    assert not GUARD.allows(address), f"{address} in {network} ({name})"


@pytest.mark.parametrize(("network", "name", "address"), V6_CASES)
def test_every_ipv6_special_purpose_range_is_refused(network: str, name: str, address: str) -> None:
    assert not GUARD.allows(address), f"{address} in {network} ({name})"
    assert not GUARD.allows(f"[{address}]")


def _embeddings(v4: str) -> dict[str, str]:
    """Every IPv6 spelling of the IPv4 address ``v4`` that packets could follow to it."""
    n = int(ipaddress.IPv4Address(v4))
    flipped = n ^ 0xFFFFFFFF  # Teredo stores the client address inverted
    teredo, isatap = 0x20010000 << 96, 0x2A001450 << 96
    return {
        "mapped ::ffff:a.b.c.d": f"::ffff:{v4}",
        "translated ::ffff:0:a.b.c.d": f"::ffff:0:{v4}",
        "compatible ::a.b.c.d": str(ipaddress.IPv6Address(n)),
        "NAT64 64:ff9b::/96": str(ipaddress.IPv6Address((0x64FF9B << 96) | n)),
        "local NAT64 64:ff9b:1::/48": f"64:ff9b:1:{n >> 16:x}:{n & 0xFFFF:x}::",
        "6to4 2002::/16": str(ipaddress.IPv6Address((0x2002 << 112) | (n << 80) | 1)),
        "Teredo server": str(ipaddress.IPv6Address(teredo | (n << 64) | 0xFFFF0001)),
        "Teredo client": str(ipaddress.IPv6Address(teredo | (0x08080808 << 64) | flipped)),
        "ISATAP": str(ipaddress.IPv6Address(isatap | (0x5EFE << 32) | n)),
        "ISATAP, universal bit": str(ipaddress.IPv6Address(isatap | (0x02005EFE << 32) | n)),
    }  # fmt: skip


PRIVATE_V4 = ("10.0.0.1", "127.0.0.1", "169.254.169.254", "192.168.1.1", "172.16.0.1",
              "100.64.0.1", "0.0.0.0", "192.0.0.170", "198.18.0.1", "224.0.0.1", "240.0.0.1",
              "255.255.255.255")  # fmt: skip
EMBEDDING_CASES = [(form, v4, a) for v4 in PRIVATE_V4 for form, a in _embeddings(v4).items()]


@pytest.mark.parametrize(("form", "v4", "address"), EMBEDDING_CASES)
def test_every_ipv6_embedding_of_a_private_ipv4_address_is_refused(
    form: str, v4: str, address: str
) -> None:
    assert not GUARD.allows(address), f"{address}: {form} of {v4}"


def test_the_issues_examples_are_refused() -> None:
    examples = ("64:ff9b::a00:1", "64:ff9b::a9fe:a9fe", "::7f00:1", "::ffff:0:7f00:1",
                "fec0::1", "::ffff:127.0.0.1", "2002:7f00:1::1", "2002:a9fe:a9fe::")  # fmt: skip
    for address in examples:
        assert not GUARD.allows(address), address


@pytest.mark.parametrize("form", sorted(_embeddings("8.8.8.8")))
def test_the_ipv4_inside_is_what_gets_judged(form: str) -> None:
    """A public IPv4 address behind a public path (NAT64, 6to4, mapped, ISATAP) is allowed; the
    forms that are special-purpose in themselves (compatible, translated, local NAT64,
    Teredo) are refused whatever they carry."""
    address = _embeddings("8.8.8.8")[form]
    if form.startswith(("mapped", "NAT64", "6to4", "ISATAP")):
        assert GUARD.allows(address), address
    else:
        assert not GUARD.allows(address), address


@pytest.mark.parametrize("v4", PUBLIC_V4)
def test_unwrapping_finds_the_ipv4_address(v4: str) -> None:
    ip = ipaddress.IPv4Address(v4)
    for form, address in _embeddings(v4).items():
        if form.startswith("local NAT64"):
            continue  # refused as a range: its layout depends on the local prefix length
        inner = embedded_ipv4(ipaddress.IPv6Address(address))
        assert inner is not None and ip in inner, form


@pytest.mark.parametrize("address", PUBLIC_V4 + PUBLIC_V6)
def test_public_addresses_are_allowed(address: str) -> None:
    assert GUARD.allows(address)


def test_loopback_and_unspecified_are_not_mistaken_for_embeddings() -> None:
    assert embedded_ipv4(ipaddress.IPv6Address("::1")) is None
    assert embedded_ipv4(ipaddress.IPv6Address("::")) is None
    assert not GUARD.allows("::1") and not GUARD.allows("::")


def test_a_zone_index_does_not_get_a_link_local_address_through() -> None:
    assert not GUARD.allows("fe80::1%eth0")


def test_treat_as_public_lets_a_stand_in_through_in_any_spelling() -> None:
    guard = AddressGuard(treat_as_public=["127.0.0.2"])
    assert guard.allows("127.0.0.2") and guard.allows("::ffff:127.0.0.2")
    assert not guard.allows("127.0.0.1") and not guard.allows("::ffff:127.0.0.1")
