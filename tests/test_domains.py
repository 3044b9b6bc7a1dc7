"""Registered domains and same-site checks, from the bundled suffix list, offline."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

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


def test_a_driver_without_requests_has_a_child_read_the_list() -> None:
    # A driver whose workers fetch has no ``requests``; tldextract would bring it (and its list)
    # into the driver for the route reports' domains. The run's hosts are read by a child,
    # with the same answers; a host nobody foresaw is still read here.
    hosts = ["https://www.example.co.uk/a", "WWW.Who.Int.", "http://127.0.0.1:8080/", "localhost"]
    program = textwrap.dedent(
        f"""
        import sys
        from curator.domains import learn_elsewhere, registered_domain
        learn_elsewhere({hosts!r})
        print(" ".join(registered_domain(host) for host in {hosts!r}))
        print("requests" in sys.modules, "tldextract" in sys.modules)
        print(registered_domain("https://shop.example.com.au/"), "tldextract" in sys.modules)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True, timeout=60
    )
    foreseen, imported, unforeseen = done.stdout.splitlines()
    assert foreseen.split() == [registered_domain(host) for host in hosts]
    assert foreseen == "example.co.uk who.int 127.0.0.1 localhost"
    assert imported == "False False"
    assert unforeseen == "example.com.au True"


# The driver's children still running (not ended and reaped), from /proc: what an operator's
# ``ps`` shows.
_CHILDREN = textwrap.dedent(
    """
    import os
    def children():
        mine = []
        for pid in filter(str.isdigit, os.listdir("/proc")):
            try:
                stat = open(f"/proc/{pid}/stat").read()
            except OSError:
                continue
            state, parent = stat.rsplit(")", 1)[1].split()[:2]
            if int(parent) == os.getpid() and state != "Z":
                mine.append(pid)
        return len(mine)
    """
)


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads the process table in /proc")
def test_a_child_started_ahead_answers_the_run_and_is_gone_once_it_has() -> None:
    # ``curator run`` starts the child with the run, so it reads the list while the route files
    # are read; the hosts, known later, get the same answers as a child started for them.
    hosts = ["https://www.example.co.uk/a", "WWW.Who.Int.", "http://127.0.0.1:8080/", "localhost"]
    program = _CHILDREN + textwrap.dedent(
        f"""
        import sys
        from curator.domains import learn_elsewhere, reading_ahead, registered_domain
        with reading_ahead():
            print(children())
            learn_elsewhere({hosts!r})
            print(" ".join(registered_domain(host) for host in {hosts!r}))
            print(children())
        print("requests" in sys.modules, "tldextract" in sys.modules)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True, timeout=60
    )
    waiting, answers, after, imported = done.stdout.splitlines()
    assert (waiting, after) == ("1", "0")
    assert answers == "example.co.uk who.int 127.0.0.1 localhost"
    assert imported == "False False"


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads the process table in /proc")
def test_a_child_started_ahead_and_never_asked_is_ended() -> None:
    # A run that stops before its hosts are known (bad input, a cancelled run), or whose hosts
    # are all known already, leaves no child behind waiting for them.
    program = _CHILDREN + textwrap.dedent(
        """
        from curator.domains import learn_elsewhere, reading_ahead, registered_domain
        with reading_ahead():
            print(children())
        print(children())
        learn_elsewhere(["https://www.example.co.uk/a"])
        registered_domain("https://www.example.co.uk/a")  # answered: known from now on
        with reading_ahead():
            learn_elsewhere(["https://www.example.co.uk/b"])  # nothing new to ask
            print(children())
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.split() == ["1", "0", "0"]
