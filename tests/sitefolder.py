"""A folder of routes on the fixture web, checked by ``curator`` in a real process."""

from __future__ import annotations

from pathlib import Path

from fixtureweb import FixtureWeb, html_page
from routefiles import write_route

SETTINGS = "[fetch]\nper_host_spacing = 0\nbackoff_base = 0.01\nretries = 1\n"


class SiteFolder:
    """Routes ``slugs`` in ``root/routes_name``, each with five sources on hosts of its own."""

    def __init__(
        self, web: FixtureWeb, root: Path, slugs: tuple[str, ...], routes_name: str = "routes"
    ) -> None:
        self.web, self.root = web, root
        self.routes_dir = root / routes_name
        self.hosts: list[str] = []
        self.urls: dict[str, list[str]] = {}
        for slug in slugs:
            urls = []
            for rank in range(1, 6):
                host = f"www.{slug}-{rank}.example"
                self.hosts.append(host)
                page = html_page(title=f"{slug} at {rank}", body="<p>Pain facts.</p>" * 20)
                urls.append(web.add(host, f"/{slug}", body=page))
            self.urls[slug] = urls
            write_route(self.routes_dir, slug, urls)
        (root / "curator.toml").write_text(SETTINGS, encoding="utf-8")

    def args(self) -> list[str]:
        """``--routes`` and how to reach the fixture web."""
        return [
            "--routes",
            str(self.routes_dir.relative_to(self.root)),
            "--allow-private-networks",
            "--no-progress",
            *(f"--resolve={host}:127.0.0.1" for host in self.hosts),
        ]

    def kill(self, slug: str, rank: int) -> None:
        self.web.add(f"www.{slug}-{rank}.example", f"/{slug}", status=404, body="gone")
