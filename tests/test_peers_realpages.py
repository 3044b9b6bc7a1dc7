"""The peer comparison's real-page workload (bench/peers/realpages.py): real-sized corpus pages at
the URL shapes real sites use, answering conditional requests as real servers do. The figures in
bench/README.md mean what they say only if the fixture web serves these pages this way."""

from __future__ import annotations

import http.client
from collections.abc import Iterator

import pytest
from bench.peers import realpages
from bench.peers.web import fixture_web, pick_port
from bench.peers.workload import make_workload

pytestmark = pytest.mark.skipif(
    not realpages.CORPUS.is_dir(), reason="the page corpus is not on this machine"
)


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[int, list[str]]]:
    port = pick_port(0)
    workload = make_workload(40, 4, port, real=True)
    with fixture_web(workload.sites, port):
        yield port, workload.urls


def _get(port: int, url: str, headers: dict[str, str] | None = None) -> http.client.HTTPResponse:
    host, _, path = url.removeprefix("http://").partition("/")
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", "/" + path, headers={"Host": host, **(headers or {})})
    response = connection.getresponse()
    response.read()
    return response


def test_every_link_has_a_directory_of_its_own_in_both_shapes(
    served: tuple[int, list[str]],
) -> None:
    _, urls = served
    directories = {url.rsplit("/", 1)[0] for url in urls}
    assert len(directories) == len(urls)
    paths = [url.split("/", 3)[3] for url in urls]
    assert any(path.startswith("news/") for path in paths)
    assert any(path[:4].isdigit() and path[4] == "/" for path in paths)


def test_pages_are_real_sized_and_distinct(served: tuple[int, list[str]]) -> None:
    port, urls = served
    bodies = []
    for url in urls[:12]:
        host, _, path = url.removeprefix("http://").partition("/")
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.request("GET", "/" + path, headers={"Host": host})
        response = connection.getresponse()
        assert response.status == 200
        bodies.append(response.read())
    assert all(realpages.SMALLEST <= len(body) <= realpages.LARGEST + 200 for body in bodies)
    assert len(set(bodies)) == len(bodies)


def test_a_wrong_slug_is_a_404_on_dated_sites_and_ignored_on_news_sites(
    served: tuple[int, list[str]],
) -> None:
    port, urls = served
    dated = next(url for url in urls if "/news/" not in url)
    news = next(url for url in urls if "/news/" in url)
    assert _get(port, dated.rsplit("/", 1)[0] + "/made-up-slug").status == 404
    assert _get(port, news.rsplit("/", 1)[0] + "/made-up-slug").status == 200
    assert _get(port, news.replace("/news/", "/news/9")).status == 404


def test_unchanged_pages_answer_conditional_requests_with_304(
    served: tuple[int, list[str]],
) -> None:
    port, urls = served
    first = _get(port, urls[0])
    etag, modified = first.getheader("ETag"), first.getheader("Last-Modified")
    assert etag and modified
    assert _get(port, urls[0], {"If-None-Match": etag}).status == 304
    assert _get(port, urls[0], {"If-Modified-Since": modified}).status == 304
    assert _get(port, urls[0], {"If-None-Match": '"other"'}).status == 200
    assert _get(port, urls[1], {"If-None-Match": etag}).status == 200
