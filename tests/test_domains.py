"""Registered domains and same-site checks, from the bundled suffix list, offline."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import tldextract

from curator import domains
from curator.domains import registered_domain, same_site


def test_registered_domain_follows_the_public_suffix_list() -> None:
    assert registered_domain("https://www.example.co.uk/x") == "example.co.uk"
    assert registered_domain("WWW.Who.Int.") == "who.int"
    assert registered_domain("http://127.0.0.1:8080/") == "127.0.0.1"  # no suffix: the host
    assert registered_domain("localhost") == "localhost"


def test_same_site_is_one_registered_domain_not_one_host() -> None:
    assert same_site("https://www.example.co.uk/a", "https://shop.example.co.uk/")
    assert same_site("https://www.Example.org./a", "http://WWW.example.org/b")
    assert same_site("http://localhost:8080/a", "localhost")
    assert not same_site("https://alpha.co.uk/", "https://beta.co.uk/")
    assert not same_site("https://example.org/", "https://example.com/")


def test_threads_asking_first_all_get_the_answer() -> None:
    # The list is read on the first lookup; fetch and probe threads may all ask at once.
    program = textwrap.dedent(
        """
        import threading
        from curator.domains import registered_domain
        start, answers = threading.Barrier(16), []

        def ask(number):
            start.wait()
            answers.append(registered_domain(f"https://host{number}.example.co.uk/"))

        threads = [threading.Thread(target=ask, args=(n,)) for n in range(16)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        print(" ".join(answers))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.split() == ["example.co.uk"] * 16


def _hosts_for_every_rule() -> list[str]:
    """Hosts at, under and beside every rule of the bundled list: its wildcards filled in, its
    exceptions, upper case, IDNA spellings, and names with no suffix at all."""
    text = (Path(domains.__file__).parent / "public_suffix_list.dat").read_text("utf-8")
    rules = [line for line in text.splitlines() if line and not line.startswith("//")]
    hosts = ["localhost", "127.0.0.1", "10.0.0.1", "intranet", "a.b.invalid", "[::1]", ".co.uk"]
    for rule in rules:
        plain = rule.lstrip("!").replace("*", "wild")
        hosts += [plain, f"shop.{plain}", f"www.shop.{plain}", f"WWW.Shop.{plain.upper()}."]
        if not plain.isascii():
            ascii_name = plain.encode("idna").decode()
            hosts += [f"shop.{ascii_name}", f"x.shop.{ascii_name}"]
    return hosts


def test_every_rule_answers_as_tldextract_answered() -> None:
    # tldextract (which this module used until it cost the driver 19 MiB) with the settings
    # it was used with: its own bundled list, the ICANN part. A failure after a tldextract
    # upgrade means its list moved on: refresh ``public_suffix_list.dat`` from it.
    extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    hosts = _hosts_for_every_rule()
    assert len(hosts) > 27000
    expected = [extract(host).top_domain_under_public_suffix or host for host in hosts]
    assert [domains._domain_of(host) for host in hosts] == expected


def test_wildcards_and_their_exceptions() -> None:
    assert registered_domain("https://a.b.example.ck/") == "b.example.ck"  # *.ck
    assert registered_domain("https://a.www.ck/") == "www.ck"  # !www.ck
    assert registered_domain("https://www.city.kawasaki.jp/") == "city.kawasaki.jp"
    assert registered_domain("https://shop.xn--fiqs8s/") == "shop.xn--fiqs8s"  # 中国


def test_the_driver_reads_domains_without_requests() -> None:
    # A run's driver asks for registered domains while its workers fetch (each route's report);
    # neither that nor the modules a run imports may bring requests (and ssl) back into it.
    program = textwrap.dedent(
        """
        import sys
        import curator.cli.run, curator.execute.choose, curator.execute.processes
        from curator.domains import registered_domain, same_site
        from curator.archive.client import ArchiveClient
        from curator.settings import ArchiveSettings
        assert registered_domain("https://www.example.co.uk/") == "example.co.uk"
        assert same_site("https://a.example.org/", "https://b.example.org/")
        ArchiveClient(ArchiveSettings(), "curator-test").close()
        print(" ".join(sorted(sys.modules)))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True, timeout=60
    )
    loaded = set(done.stdout.split())
    assert {"requests", "urllib3", "ssl", "tldextract", "charset_normalizer"} & loaded == set()
    assert "curator.pipeline" in loaded  # the check sees what the driver imports
