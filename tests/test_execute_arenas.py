"""A worker's threads share the malloc arenas it was told to, not one each (glibc)."""

from __future__ import annotations

import ctypes.util
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

# The knobs are glibc's; elsewhere there is nothing to measure.
_NOT_GLIBC = sys.platform != "linux" or "libc.so" not in (ctypes.util.find_library("c") or "")


def _printed(program: str, *args: str) -> list[str]:
    """What ``program`` prints, run in a fresh interpreter (its malloc untouched by the tests
    before it), word by word."""
    done = subprocess.run(
        [sys.executable, "-c", program, *args],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return done.stdout.split()


# Eight threads each read a few page-sized bodies, then the process counts its heaps with
# glibc's malloc_info (one <heap> element per arena).
_PROGRAM = textwrap.dedent(
    """
    import ctypes, re, sys, threading
    from curator.execute.arenas import limit_malloc_arenas

    limited = limit_malloc_arenas(int(sys.argv[1]))
    start = threading.Barrier(8)

    def read_pages():
        start.wait()
        pages = [bytearray(96_000) for _ in range(8)]
        start.wait()  # every thread holds its pages at once

    threads = [threading.Thread(target=read_pages) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    libc = ctypes.CDLL(None)
    libc.fopen.restype = ctypes.c_void_p
    libc.fopen.argtypes = (ctypes.c_char_p, ctypes.c_char_p)
    libc.malloc_info.argtypes = (ctypes.c_int, ctypes.c_void_p)
    libc.fclose.argtypes = (ctypes.c_void_p,)
    out = sys.argv[2].encode()
    stream = libc.fopen(out, b"w")
    libc.malloc_info(0, stream)
    libc.fclose(stream)
    heaps = len(re.findall(r"<heap nr=", open(out).read()))
    print(limited, heaps)
    """
)


def _heaps(arenas: int, tmp_path: Path) -> tuple[str, int]:
    limited, heaps = _printed(_PROGRAM, str(arenas), str(tmp_path / "malloc.xml"))
    return limited, int(heaps)


@pytest.mark.skipif(
    _NOT_GLIBC,
    reason="malloc arenas are glibc's",
)
def test_threads_share_the_arenas_a_worker_is_limited_to(tmp_path: Path) -> None:
    assert _heaps(2, tmp_path) == ("True", 2)
    limited, heaps = _heaps(0, tmp_path)  # glibc's default: an arena per thread, up to 8 a core
    assert limited == "False" and heaps > 2


# A thread reads 400 page-sized bodies and keeps one in ten (a page's title, say, keeps its
# neighbours' holes from joining the free top of the heap, which free() alone would return);
# the process says how much of its memory is resident before and after giving back the freed.
_GIVE_BACK = textwrap.dedent(
    """
    import os, sys, threading
    from curator.execute.arenas import give_back_freed

    def resident():
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") >> 20

    kept = []

    def read_pages():
        pages = [b"x" * 100_000 for _ in range(400)]
        kept.extend(pages[::10])

    thread = threading.Thread(target=read_pages)
    thread.start()
    thread.join()
    before = resident()
    gave = give_back_freed()
    print(gave, before, resident())
    """
)


@pytest.mark.skipif(
    _NOT_GLIBC,
    reason="malloc_trim is glibc's",
)
def test_a_worker_gives_back_what_its_threads_freed() -> None:
    gave, before, after = _printed(_GIVE_BACK)
    # 36 MiB of the 40 read were freed; glibc kept them for the thread until given back.
    assert gave == "True"
    assert int(before) - int(after) >= 25, (before, after)


# A large body comes and goes (glibc then raises its mmap threshold to that size, unless it was
# fixed), then eight page-sized ones are held: malloc_info says how many have their own mapping.
# glibc maps a block only when the heap's free top cannot hold it, and what the top holds
# depends on what the interpreter allocated before (one CI machine's held a page), so the test
# asks for most of the eight, not each.
_THRESHOLD = textwrap.dedent(
    """
    import ctypes, re, sys
    from curator.execute.arenas import fix_mmap_threshold

    libc = ctypes.CDLL(None)
    libc.fopen.restype = ctypes.c_void_p
    libc.fopen.argtypes = (ctypes.c_char_p, ctypes.c_char_p)
    libc.malloc_info.argtypes = (ctypes.c_int, ctypes.c_void_p)
    libc.fclose.argtypes = (ctypes.c_void_p,)

    def mapped_blocks():
        stream = libc.fopen(sys.argv[2].encode(), b"w")
        libc.malloc_info(0, stream)
        libc.fclose(stream)
        xml = open(sys.argv[2]).read()
        return int(re.search(r'<total type="mmap" count="(\\d+)"', xml).group(1))

    fixed = fix_mmap_threshold() if sys.argv[1] == "fixed" else False
    large = bytearray(8_000_000)
    del large
    before = mapped_blocks()
    pages = [bytearray(300_000) for _ in range(8)]
    print(fixed, mapped_blocks() - before)
    """
)


@pytest.mark.skipif(
    _NOT_GLIBC,
    reason="the mmap threshold is glibc's",
)
def test_a_fixed_threshold_keeps_page_sized_blocks_in_their_own_mappings(tmp_path: Path) -> None:
    def mapped(mode: str) -> tuple[str, int]:
        fixed, count = _printed(_THRESHOLD, mode, str(tmp_path / "malloc.xml"))
        return fixed, int(count)

    fixed, count = mapped("fixed")
    assert fixed == "True" and count >= 6  # the pages held, each to be returned whole when freed
    assert mapped("dynamic") == ("False", 0)  # the pages came out of the heap


def test_a_loop_hands_memory_back_at_most_once_a_period() -> None:
    """The driver's results loop, a worker's shard and the in-process executor ask after every
    step; memory goes back once the setting's seconds have passed, not at every step, and
    never when the setting is 0."""
    from curator.execute.arenas import Trimmer

    now = [100.0]
    trims: list[float] = []

    def trim() -> bool:
        trims.append(now[0])
        return True

    every_ten = Trimmer(10.0, clock=lambda: now[0], trim=trim)
    for step in range(41):  # a step every half second for twenty seconds
        now[0] = 100.0 + step * 0.5
        every_ten()
    assert trims == [110.0, 120.0]

    never = Trimmer(0.0, clock=lambda: now[0], trim=trim)
    now[0] += 1_000.0
    assert never() is False
    assert trims == [110.0, 120.0]


# The process counts every process it starts (Python's documented audit events) while it asks
# for each of glibc's malloc functions, as a driver and its workers do.
_STARTS = textwrap.dedent(
    """
    import sys
    from curator.execute.arenas import fix_mmap_threshold, give_back_freed, limit_malloc_arenas

    started = []
    sys.addaudithook(
        lambda event, args: started.append(event)
        if event in ("subprocess.Popen", "os.fork", "os.posix_spawn", "os.exec")
        else None
    )
    print(limit_malloc_arenas(2), fix_mmap_threshold(), len(started))
    give_back_freed()
    print(len(started))
    """
)


@pytest.mark.skipif(
    _NOT_GLIBC,
    reason="the malloc knobs are glibc's",
)
def test_reaching_glibc_starts_no_process() -> None:
    # ctypes.util.find_library runs ldconfig in a child: a fork of the driver just as its
    # workers begin to fetch, the driver's whole RSS counted twice in the tree for an instant.
    assert _printed(_STARTS) == ["True", "True", "0", "0"]
