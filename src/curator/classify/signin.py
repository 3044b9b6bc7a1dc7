"""Did a redirect land on a sign-in page? Then nobody without an account reads the cited page.

A page that was public and now sends its readers to a sign-in form (``/news/2023/story`` to
``/login?next=/news``) shows neither the checker nor a reader without an account what the link
promised. Read as a page, the sign-in form looked alive (or moved): a run said the source was
fine and ``approve`` would have kept the form as the source's baseline. It is ``blocked``, in
DESIGN's words "exists but [...] cannot verify, not dead": the page may well be there for
members (a review kept a private project page behind a sign-in as live, and sites often answer
a made-up address with a 404 while sending this one to sign in, so they know it), and calling it
gone would tell the editor more than anyone saw. Blocked shows on the route as a finding with
the reason, and the source stops counting as live; unlike a 403 to robots, the reason says a
person without an account is turned away too, so the editor knows to replace it or to decide a
sign-in is fine for the route's readers.

The landing is read by its structure, in any language: its main content asks for an
account (an ``<input type=password>``, or a field the page marks ``autocomplete=username`` as
an identifier-first sign-in does, outside the header, navigation, sidebars and footer, where a
site's login box sits on every page) with little else beside it. Its address alone is no sign:
review 12 found live pages merely named like one (a glossary's ``/glossary/sso``, a film's
``/wiki/Login``, a tag ``/tags/auth``, an API reference ``/api/oauth/authorize``, a help article
``/articles/signin``), and an editor would not call a page a sign-in form that asks for
nothing. An address that is a sign-in route of the software that serves it (``/login``,
``/signin``, ``/sso/login``, ``/wp-login.php``) only lets a form say more beside it (a
product's pitch beside its login form). A link that was itself a sign-in page, a redirect that
keeps the path (a scheme or host change, a trailing slash), and a moved article whose sidebar
holds a login box are no such landing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree

from curator import urls
from curator.classify.main_area import is_chrome
from curator.redact import redact_url

# The last path segment of a sign-in page, as the software that serves it names its route:
# login, log-in, logon, signin, sign_in, sso, auth, authenticate, wp-login.php, ServiceLogin.
_SIGN_IN_ROUTE = re.compile(
    r"(?:wp-|service|user|member|account)?(?:log[-_]?(?:in|on)|sign[-_]?(?:in|on))"
    r"|sso|auth|authenticate|authorize",
    re.IGNORECASE,
)
_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,5}$")
# Words of main content beside a password form up to which the form is what the page is for:
# a heading, the fields' labels, a "forgotten your password?" line, a sign-up invitation.
FORM_PAGE_WORDS = 80
# The same at the site's sign-in route, where the software's own address says what the form
# is for and a login page often carries a paragraph of the product's pitch beside it.
ROUTE_FORM_PAGE_WORDS = 160


@dataclass(frozen=True, slots=True)
class SignIn:
    """The sign-in page a redirect landed on, and what shows it is one."""

    landing: str  # redacted
    how: str

    @property
    def says(self) -> str:
        return (
            f"redirects to a sign-in page ({self.landing}: {self.how}); curator cannot see the "
            "page behind it, and nor can a reader without an account"
        )


def read_sign_in(
    root: etree._Element,
    url: str,
    final_url: str,
    main_words: Callable[[], int],
    body: bytes = b"",
) -> SignIn | None:
    """The sign-in page a redirect from ``url`` landed on at ``final_url``, if it is one.
    ``root`` is the landing's parsed tree, ``main_words`` gives the words of its main area
    (``main_area.read_main``), asked only of a page holding a password field; ``body`` the
    landing's bytes, searched for the word before its tree is walked for the field."""
    redirect = urls.redirect(url, final_url)
    if redirect is None:
        return None
    start, end = redirect
    if start.path.rstrip("/") == end.path.rstrip("/") or sign_in_route(start.path):
        return None  # the same page at another address, or a sign-in page cited as one
    if not (mentions_account(body) and password_form(root)):
        return None  # a page named like a sign-in (a glossary's "SSO") that asks for nothing
    landing = redact_url(final_url)
    how = "its main content is a form asking for a password"
    limit = FORM_PAGE_WORDS
    if sign_in_route(end.path):
        how += " at the site's sign-in route"
        limit = ROUTE_FORM_PAGE_WORDS
    # an article beside such a form (a help page on signing in) is a page of its own
    return SignIn(landing, how) if main_words() <= limit else None


def sign_in_route(path: str) -> bool:
    """Whether a path's last segment is a sign-in route (``/account/login``, ``/wp-login.php``);
    ``/login/help`` is a help page about signing in, not the form."""
    last = path.rstrip("/").rsplit("/", 1)[-1]
    return _SIGN_IN_ROUTE.fullmatch(_EXTENSION.sub("", last)) is not None


def mentions_account(body: bytes) -> bool:
    """Whether a page's bytes could hold a password or account-name field: a search at memchr
    speed, so most pages are never walked for one."""
    return any(
        spelling in body for spelling in (b"password", b"PASSWORD", b"Password", b"username")
    )


def password_form(root: etree._Element) -> bool:
    """Whether the page asks for a password, or for the account's name as the first step of a
    sign-in (``autocomplete=username``), outside its chrome: a header's or sidebar's login box
    sits on every page of some sites, live articles included."""
    for field in root.iter("input"):
        kind = (field.get("type") or "").strip().lower()
        filled = (field.get("autocomplete") or "").lower().split()
        if kind != "password" and "username" not in filled:
            continue
        if not any(is_chrome(parent, False) for parent in field.iterancestors()):
            return True
    return False
