"""Bot walls that answer 2xx read as ``blocked``, never as a gone page; a live page that only
carries a captcha stays alive; statuses firewalls send robots are refusals; a 204 is empty;
a 300 with a Location is followed.

Written after the blind behaviours set (bench/README.md, "Blind behaviours") found these wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from checkroutes import check_routes
from curator.classify.walls import page_wall
from curator.settings import FetchSettings, Settings
from curator.states import LinkState
from fixtureweb import FixtureWeb, html_page
from routefiles import write_route

CAPTCHA_WALL = html_page(
    "Security check",
    "<main><h2>Please confirm you are a person</h2><p>Complete the check below to go on.</p>"
    "<div class='g-recaptcha' data-sitekey='6Lc'></div>"
    "<script src='https://www.google.com/recaptcha/api.js' async defer></script></main>",
)
IFRAME_WALL = (
    "<html><head><meta name='robots' content='noindex'></head><body><iframe id='main-iframe' "
    "src='/_Incapsula_Resource?CWUDNSAI=23&incident_id=1230-456'>Request unsuccessful. "
    "Incident ID: 1230-456</iframe></body></html>"
)
ARTICLE = " ".join(["Lower back pain is common and usually improves within weeks."] * 12)
CONTACT_FORM = html_page(
    "Contact the clinic",
    "<nav><a href='/'>Home</a> <a href='/team'>Team</a> <a href='/services'>Services</a></nav>"
    f"<main><h1>Contact the clinic</h1><p>{ARTICLE}</p><form><label>Your name</label>"
    "<input name=n><div class='g-recaptcha' data-sitekey='6Lc'></div></form>"
    "<script src='https://www.google.com/recaptcha/api.js'></script></main>",
)


def test_a_challenge_is_only_a_wall_on_a_page_that_is_little_else() -> None:
    assert page_wall("Security check Please confirm you are a person", CAPTCHA_WALL) == "reCAPTCHA"
    assert page_wall("Request unsuccessful.", IFRAME_WALL) == "Imperva (Incapsula)"
    assert page_wall(ARTICLE + " Your name", CONTACT_FORM) is None
    assert page_wall("Short page", html_page("Short page")) is None


def test_walls_answering_2xx_are_blocked_and_refusals_are_not_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    links = {}
    for name, body in (("captcha", CAPTCHA_WALL), ("iframe", IFRAME_WALL)):
        host = f"{name}.example"
        web.fallback(host, status=200, body=body)  # every address answers the same challenge
        web.add(host, "/robots.txt", status=404)
        links[name] = web.add(host, "/guide/lower-back-pain", body=body)
    links["waf"] = web.add(
        "waf.example", "/guide/page", status=202, headers={"x-amzn-waf-action": "challenge"}
    )
    links["contact"] = web.add("clinic.example", "/contact", body=CONTACT_FORM)
    links["406"] = web.add("modsec.example", "/guide/page", status=406, body=html_page("406"))
    links["418"] = web.add("teapot.example", "/guide/page", status=418, body=html_page("418"))
    links["204"] = web.add("blank.example", "/guide/page", status=204)
    web.add("choices.example", "/final", body=html_page("Back pain", f"<p>{ARTICLE}</p>"))
    links["300"] = web.add("choices.example", "/guide/page", status=300,
                           headers={"Location": "/final"})  # fmt: skip
    links["article"] = web.add("news.example", "/back-pain", body=html_page("Back", ARTICLE))
    comments = f"<p>{ARTICLE}</p><form><div class='cf-turnstile'></div></form>"
    links["comments"] = web.add("blog.example", "/posts/back", body=html_page("Back", comments))
    urls = list(links.values())
    write_route(tmp_path / "routes", "walls", urls[:5])
    write_route(tmp_path / "routes", "refusals", urls[5:])
    report = check_routes(tmp_path / "routes", Settings(fetch=fast_settings()), web.resolver)
    seen = {s.url: s for route in report.routes for s in route.sources}
    state = {name: seen[url].state for name, url in links.items()}

    assert state == {
        "captcha": LinkState.BLOCKED,
        "iframe": LinkState.BLOCKED,
        "waf": LinkState.BLOCKED,
        "contact": LinkState.ALIVE,
        "406": LinkState.BLOCKED,
        "418": LinkState.BLOCKED,
        "204": LinkState.SOFT_DEAD,
        "300": LinkState.ALIVE,
        "article": LinkState.ALIVE,
        "comments": LinkState.ALIVE,
    }, {name: seen[url].reason for name, url in links.items()}
    assert "reCAPTCHA bot challenge" in (seen[links["captcha"]].reason or "")
    assert "AWS WAF" in (seen[links["waf"]].reason or "")
    assert seen[links["300"]].final_url.endswith("/final")
