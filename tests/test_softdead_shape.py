# ruff: noqa: E501  (pages written one a line: data)
"""Pages found by their shape, through a real run: a redirect that lands on a sign-in page
(blocked: the page may be there for members, and neither the checker nor a reader without an
account can see it), and an item's address answered by the site's template around an empty main
area (soft-dead). Each shape's live look-alikes (a gated article showing its abstract, a moved
article with a login box in its sidebar, a sign-in page cited as one, a help article about
signing in; a photo, an embedded map, a page builder's widget, a list of downloads, a section
front) keep their state.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.classify.empty_main import promises_item
from curator.classify.front import front_cannot_answer
from curator.classify.signin import sign_in_route
from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import PROSE, shop_page, site_page, states_by_name

HTML = {"Content-Type": "text/html; charset=utf-8"}
PASSWORD_FORM = (
    "<form method='post' action='/session'><label>Email<input name='email'></label>"
    "<label>Password<input type='password' name='password'></label><button>Sign in</button></form>"
)


def test_a_redirect_to_a_sign_in_page_is_blocked_and_its_look_alikes_keep_their_state(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    links: dict[str, str] = {}
    # gone: the software's sign-in route with the link as its return address; a form asking
    # for a password at an address in the site's own language
    web.redirect(
        "club.example",
        "/news/2023/06/summer-fixtures",
        "/login?next=%2Fnews%2F2023%2F06%2Fsummer-fixtures",
        302,
    )
    web.add(
        "club.example",
        "/login",
        body=site_page(
            "Harbour Rowing Club", "<h1>Log in</h1>" + PASSWORD_FORM, "Log in | Harbour Rowing Club"
        ),
        headers=HTML,
    )
    links["route"] = web.url("club.example", "/news/2023/06/summer-fixtures")
    web.redirect("foro.example", "/t/rodilla-corredor/881", "/acceder", 302)
    web.add(
        "foro.example",
        "/acceder",
        body=site_page(
            "Foro Runner",
            "<h1>Acceder</h1>" + PASSWORD_FORM.replace("Password", "Contraseña"),
            "Acceder | Foro Runner",
            lang="es",
        ),
        headers=HTML,
    )
    links["password"] = web.url("foro.example", "/t/rodilla-corredor/881")
    # live: an article showing its abstract over a sign-in form, at its own address
    abstract = (
        "<h1>Knee pain in runners: a cohort study</h1><h2>Abstract</h2>"
        + PROSE
        + "<p>Sign in to read the full text.</p>"
        + PASSWORD_FORM
    )
    links["gated"] = web.add(
        "journal.example",
        "/article/10.5555/kp.2024.7",
        body=site_page(
            "Sports Medicine Journal",
            abstract,
            "Knee pain in runners: a cohort study | Sports Medicine Journal",
        ),
        headers=HTML,
    )
    # live: a moved article whose sidebar holds the site's login box
    web.redirect("blog.example", "/old-sleep-post", "/posts/why-the-hour-before-sleep-matters", 301)
    moved = (
        "<h1>Why the hour before sleep matters</h1>"
        + PROSE * 3
        + "<aside class='members'>"
        + PASSWORD_FORM
        + "</aside>"
    )
    web.add(
        "blog.example",
        "/posts/why-the-hour-before-sleep-matters",
        body=site_page("Sleep Notes", moved, "Why the hour before sleep matters | Sleep Notes"),
        headers=HTML,
    )
    links["moved"] = web.url("blog.example", "/old-sleep-post")
    # live: a sign-in page cited as one, at its new address; a help article about signing in
    web.redirect("portal.example", "/signin", "/login", 301)
    web.add(
        "portal.example",
        "/login",
        body=site_page(
            "Patient Portal",
            "<h1>Log in to the patient portal</h1>" + PASSWORD_FORM,
            "Log in | Patient Portal",
        ),
        headers=HTML,
    )
    links["cited"] = web.url("portal.example", "/signin")
    web.redirect("help.example", "/articles/signing-in", "/articles/login", 301)
    help_page = (
        "<h1>How to log in</h1><p>Open the app and tap Log in. Enter the email address you registered with and your password, then tap Continue; if you forgot it, tap Forgot password and we will send you a link that works for a day.</p>"
        + PROSE * 2
    )
    web.add(
        "help.example",
        "/articles/login",
        body=site_page("App Help", help_page, "How to log in | App Help"),
        headers=HTML,
    )
    links["help"] = web.url("help.example", "/articles/signing-in")

    states = states_by_name(tmp_path, web, fast_settings, links, "signin")

    for name in ("route", "password"):
        state, reason = states[name]
        assert state is LinkState.BLOCKED, (name, reason)
        assert "redirects to a sign-in page" in reason and "without an account" in reason, reason
    assert "sign-in route" in states["route"][1]
    assert "asking for a password" in states["password"][1]
    assert states["gated"][0] is LinkState.ALIVE, states["gated"]
    for name in ("moved", "cited", "help"):
        assert states[name][0] is LinkState.MOVED, (name, states[name])


def test_sign_in_routes_are_the_last_segment_of_the_landing() -> None:
    assert sign_in_route("/wp-login.php") and sign_in_route("/users/sign_in/")
    assert sign_in_route("/account/login") and sign_in_route("/sso")
    assert not sign_in_route("/login/help") and not sign_in_route("/blog/login-tips")


def test_an_empty_main_area_at_an_items_address_is_soft_dead_and_its_look_alikes_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    pages = {
        # gone: nothing in the main area, or only a share bar, under the site's name
        "empty": (
            "courier.example",
            "/2022/03/ferry-timetable-changes",
            "<div class='article-body'></div>",
        ),
        "share": (
            "shop.example",
            "/products/lumbar-roll-grey",
            "<div class='product-description'><p>&nbsp;</p></div><div class='share'><a href='#'>Share</a> <a href='#'>Pin</a></div>",
        ),
        # live: a photo, an embedded map, a widget's paragraph, a list of downloads, at
        # addresses naming their item by an ID (a slug no page names is the address sign's)
        "photo": (
            "photos.example",
            "/photos/4411",
            "<figure><img src='/uploads/dsc04411.jpg' alt=''></figure>",
        ),
        "map": (
            "council.example",
            "/maps/2024",
            "<iframe src='https://maps.example.org/embed?layer=cycle' width='800' height='600'></iframe>",
        ),
        "widget": (
            "store.example",
            "/product/88120",
            "<div class='elementor-widget'><div class='elementor-widget-container'><p>Memory-foam lumbar cushion for long drives, with a washable cover.</p></div></div>",
        ),
        "downloads": (
            "support.example",
            "/support/files/5512",
            "<ul><li><a href='/dl/manual.pdf'>Lumbar roll manual (PDF)</a></li><li><a href='/dl/care.pdf'>Care and washing (PDF)</a></li><li><a href='/dl/warranty.pdf'>Warranty card (PDF)</a></li></ul>",
        ),
        # live: an area a script outside it draws, by its id or by the item its data names
        "drawn-id": ("app.example", "/items/30412", "<div id='item-view'></div>"),
        "drawn-data": (
            "cms.example",
            "/node/51288",
            "<div class='view' data-article-id='51288'></div>",
        ),
        # live: a section front, whose address names no item
        "section": ("paper.example", "/news/", ""),
    }
    sites = {
        "courier.example": "Valley Courier",
        "shop.example": "Lumbar Store",
        "photos.example": "Bay Mornings",
        "council.example": "Lake Council",
        "store.example": "Lumbar Store",
        "support.example": "Lumbar Store",
        "paper.example": "Daily Paper",
        "app.example": "Agenda",
        "cms.example": "Spine Health",
    }
    links = {
        name: web.add(host, path, body=site_page(sites[host], main), headers=HTML)
        for name, (host, path, main) in pages.items()
    }

    states = states_by_name(tmp_path, web, fast_settings, links, "empty")

    for name in ("empty", "share"):
        state, reason = states[name]
        assert state is LinkState.SOFT_DEAD, (name, reason)
        assert "main area (<main>) is empty" in reason and "names one item" in reason, reason
    for name in ("photo", "map", "widget", "downloads", "drawn-id", "drawn-data", "section"):
        assert states[name][0] is LinkState.ALIVE, (name, states[name])


def test_an_address_names_an_item_by_its_slug_or_an_id_below_a_section() -> None:
    assert promises_item("https://a.example/2022/03/ferry-timetable-changes")
    assert promises_item("https://a.example/job/771203") and promises_item(
        "https://a.example/p/ab12cd34ef"
    )
    assert not promises_item("https://a.example/news/") and not promises_item(
        "https://a.example/home"
    )
    assert not promises_item("https://a.example/771203")
    # a slug ending in a tagged ID names one item; a page number or a model's does not
    assert promises_item("https://a.example/evenement/ev-203344")
    assert promises_item("https://a.example/ricetta/tiramisu-r55102")
    assert not promises_item("https://a.example/blog/page-2")
    assert not promises_item("https://a.example/phones/iphone-15")


def test_the_two_readings_of_an_address_differ_at_a_single_top_level_segment() -> None:
    """A blank page at a top-level slug of subject words breaks the link's promise, while a
    one-page site shows its page at such routes; a bare top-level number is an item the front
    page cannot stand for, but too little to read a blank page against."""
    for url in ("https://a.example/ferry-timetable-changes", "https://a.example/private-dining"):
        assert promises_item(url) and not front_cannot_answer(url)
    assert front_cannot_answer("https://a.example/771203")
    assert not promises_item("https://a.example/771203")
    for url in ("https://a.example/news/771203", "https://a.example/2022/03/ferry-timetable"):
        assert promises_item(url) and front_cannot_answer(url)


def test_a_page_only_named_like_a_sign_in_is_moved_and_a_form_at_the_route_is_blocked(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Review 12: the landing's address alone convicted a glossary entry, a film's article, a
    tag, an API reference and a short help article; the page must ask for an account."""
    named_like = {
        "glossary": (
            "docs.example",
            "/glossary/single-sign-on",
            "/glossary/sso",
            "<h1>SSO</h1><p>With single sign-on, one identity provider vouches for a person to many applications, so they sign in once a day instead of once per tool.</p>",
            "en",
        ),
        "film": (
            "wiki.example",
            "/wiki/Login_(Film)",
            "/wiki/Login",
            "<h1>Login</h1><p><i>Login</i> ist ein Thriller aus dem Jahr 2012 über einen jungen Mann, der in einen Onlinebetrug gerät.</p><table><tr><td>Länge</td><td>105 Minuten</td></tr></table>",
            "de",
        ),
        "tag": (
            "blog.example",
            "/etiquetas/autenticacion",
            "/etiquetas/auth",
            "<h1>Entradas con la etiqueta «auth»</h1><ul><li><a href='/p/1'>Passkeys en la práctica</a></li><li><a href='/p/2'>Errores con JWT</a></li></ul>",
            "es",
        ),
        "api": (
            "api.example",
            "/reference/oauth/authorize-endpoint",
            "/reference/oauth/authorize",
            "<h1>GET /oauth/authorize</h1><p>Begins the authorization code flow: send the user here with client_id, redirect_uri, scope and state, and they come back to redirect_uri with a code.</p>",
            "en",
        ),
        "help": (
            "aide.example",
            "/articles/probleme-de-connexion",
            "/articles/signin",
            "<h1>Vous n'arrivez pas à vous connecter ?</h1><p>Réinitialisez votre mot de passe depuis la page de connexion ou demandez une nouvelle invitation.</p>",
            "fr",
        ),
    }
    links: dict[str, str] = {}
    for name, (host, path, landing, main, lang) in named_like.items():
        web.redirect(host, path, landing, 301)
        web.add(host, landing, body=site_page(host, main, f"{name} | {host}", lang), headers=HTML)
        links[name] = web.url(host, path)
    # gone: the sign-in route's form beside a paragraph of the product's pitch; an
    # identifier-first sign-in asking for the account's name before its password
    pitch = " ".join(["Notes, tasks and documents for your whole team, synced everywhere."] * 9)
    web.redirect("notes.example", "/blog/2023/offline-notes", "/login", 302)
    web.add(
        "notes.example",
        "/login",
        body=site_page("Notes", f"<h1>Welcome back</h1>{PASSWORD_FORM}<p>{pitch}</p>", "Log in"),
        headers=HTML,
    )
    links["pitch"] = web.url("notes.example", "/blog/2023/offline-notes")
    web.redirect("zeitung.example", "/politik/2023/haushalt-kuerzungen", "/anmelden", 302)
    identifier = "<h1>Anmelden</h1><form method='post'><label>E-Mail<input type='email' name='id' autocomplete='username'></label><button>Weiter</button></form>"
    web.add(
        "zeitung.example",
        "/anmelden",
        body=site_page("Die Zeitung", identifier, "Anmelden", "de"),
        headers=HTML,
    )
    links["identifier"] = web.url("zeitung.example", "/politik/2023/haushalt-kuerzungen")

    states = states_by_name(tmp_path, web, fast_settings, links, "signin-named")

    for name in named_like:
        assert states[name][0] is LinkState.MOVED, (name, states[name])
    for name in ("pitch", "identifier"):
        state, reason = states[name]
        assert state is LinkState.BLOCKED, (name, reason)
    assert "at the site's sign-in route" in states["pitch"][1]


def test_an_items_content_beside_or_after_an_empty_main_area_keeps_it_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Review 12: an article in a section after </main>, a product's panel or an infobox in an
    aside inside <main>, and an app or map drawn into a div known by its class were called
    empty; related links or a newsletter box in an aside still leave the main area empty."""
    story = "<section class='story'><h2>Passeio do rio reaberto</h2><p>O passeio junto ao rio voltou a abrir no sábado, depois de oito meses de obras no muro de contenção e na iluminação. A câmara diz que o troço norte abre em junho.</p></section>"
    pages = {
        "after": ("jornal.example", "/2026/04/passeio-do-rio-reaberto", "<div class='hero'></div>"),
        "panel": (
            "laden.example",
            "/p/448120",
            "<aside class='product-panel'><h2>Wasserkessel, Kupfer, 2 l</h2><p>Handgehämmert, innen verzinnt, mit kühlem Messinggriff; für Gas, Elektro und Induktion.</p><p>64,00 €</p></aside>",
        ),
        "infobox": (
            "facts.example",
            "/towns/20417",
            "<aside class='infobox'><table><tr><td>Population</td><td>2,500</td></tr><tr><td>Council</td><td>Highland</td></tr></table></aside>",
        ),
        "board": (
            "tableau.example",
            "/tableaux/30412",
            "<div class='board-root'></div><script src='/static/board.js' defer></script>",
        ),
        "map": (
            "rutas.example",
            "/lugares/7719",
            "<div class='map-canvas'></div><script src='/static/map.js' defer></script>",
        ),
        # gone: the boxes beside an empty item say nothing of it
        "related": (
            "courier.example",
            "/2022/05/bridge-repairs-delayed",
            "<div class='article-body'></div><aside><h3>Related</h3><ul><li><a href='/a/1'>New cycle lane opens on the quay</a></li><li><a href='/a/2'>Market returns to the square</a></li></ul></aside>",
        ),
        "newsletter": (
            "courier.example",
            "/2022/06/library-hours-cut",
            "<div class='article-body'></div><aside><h3>Our morning briefing</h3><p>The day's stories before breakfast.</p><form><input type='email' name='e'><button>Sign up</button></form></aside>",
        ),
    }
    links = {}
    for name, (host, path, main) in pages.items():
        body = site_page(host.split(".")[0].title(), main)
        if name == "after":
            body = body.replace("</main>", "</main>" + story)
        links[name] = web.add(host, path, body=body, headers=HTML)

    states = states_by_name(tmp_path, web, fast_settings, links, "empty-beside")

    for name in ("after", "panel", "infobox", "board", "map"):
        assert states[name][0] is LinkState.ALIVE, (name, states[name])
    for name in ("related", "newsletter"):
        state, reason = states[name]
        assert state is LinkState.SOFT_DEAD, (name, reason)
        assert "main area (<main>) is empty" in reason, reason


def _paned(site: str, pane: str, beside: str = "") -> str:
    """A template with no main landmark (an old portal's or a shop builder's): the page is
    drawn into a block its id names, beside a column of links, in a frame that says plenty."""
    menu = "".join(f"<li><a href='/s/{i}'>Section {i}</a></li>" for i in range(12))
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{site}</title></head>"
        f"<body><div id='wrap'><div class='top'><a href='/'>{site}</a><ul class='nav'>{menu}</ul></div>"
        f"<div id='dnn_ContentPane' class='pane'>{pane}</div>{beside}"
        f"<div class='col-right'><h3>More from us</h3><ul>{menu[: 5 * 37]}</ul></div></div>"
        f"<footer><ul>{menu}</ul><p>© 2026 {site}</p></footer></body></html>"
    )


def test_an_empty_content_pane_in_a_template_without_main_is_soft_dead_its_twins_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Review 23 (grav, openlibrary templates): a removed item's address answered by a
    template with no <main>, its content pane drawn empty under the site's name, was read as
    a page. A pane holding a line, a picture, a form or a map, or text beside the pane, is one."""
    pages = {
        "empty": (
            "inn.example",
            "/rooms/4411",
            "<div class='module'><div class='module-content'></div></div>",
            "",
        ),
        "crumbs": (
            "inn.example",
            "/rooms/4412",
            "<div class='crumbs'><a href='/'>Home</a> › <a href='/rooms'>Rooms</a></div><div class='module'></div>",
            "",
        ),
        "line": (
            "inn.example",
            "/rooms/4413",
            "<div class='module'><p>Two beds, garden view.</p></div>",
            "",
        ),
        "photo": (
            "inn.example",
            "/rooms/4414",
            "<div class='module'><img src='/img/tower-suite.jpg' alt=''></div>",
            "",
        ),
        "form": (
            "inn.example",
            "/booking/4415",
            "<form action='/book'><input name='from'><input name='to'><button>Ask</button></form>",
            "",
        ),
        "beside": (
            "inn.example",
            "/rooms/4416",
            "<div class='module'></div>",
            "<div class='intro'><p>Single bed under the eaves.</p></div>",
        ),
    }
    links = {
        name: web.add(host, path, body=_paned("Lindenhof Inn", pane, beside), headers=HTML)
        for name, (host, path, pane, beside) in pages.items()
    }

    states = states_by_name(tmp_path, web, fast_settings, links, "pane")

    for name in ("empty", "crumbs"):
        state, reason = states[name]
        assert state is LinkState.SOFT_DEAD, (name, reason)
        assert 'main area (<div id="dnn_ContentPane">) is empty' in reason, reason
    for name in ("line", "photo", "form", "beside"):
        assert states[name][0] is LinkState.ALIVE, (name, states[name])


def test_an_items_slot_whose_app_state_holds_no_item_is_soft_dead_its_twins_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A slot naming the item by its ID alone, under the site's name, is where a script would
    draw the item: when the page's own app state holds that record as null and nothing names
    the ID, the template was rendered around a record that was not there (review 24's empty
    item pages). The state holding the item, a state still loading, a slot naming the address
    it is fetched from, and a null visitor keep the page alive."""

    def state(value: str) -> str:
        return f"<script id='__STATE__' type='application/json'>{value}</script>"

    slot = "<div class='item' data-id='227baa88'></div>"
    # (the main area, the state the page's script reads, after the main area as apps put it)
    pages = {
        "null": (slot, '{"site": "Archive", "item": null}'),
        "empty-object": (slot, '{"record": {}, "user": null}'),
        "echoed": (slot, '{"query": {"id": "227baa88"}, "record": null}'),
        "holds-item": (slot, '{"item": {"id": "227baa88", "title": "Tide tables"}}'),
        "loading": (slot, '{"item": null, "status": "loading"}'),
        "visitor": (slot, '{"user": null, "session": null}'),
        "fetched": ("<div class='item' data-src='/api/items/227baa88'></div>", '{"item": null}'),
    }
    links = {
        name: web.add(
            f"records{number}.example",
            f"/record/{45948955 + number}",
            body=site_page("Harbour Records", main).replace("</body>", state(app) + "</body>"),
            headers=HTML,
        )
        for number, (name, (main, app)) in enumerate(pages.items())
    }

    states = states_by_name(tmp_path, web, fast_settings, links, "null")

    for name in ("null", "empty-object", "echoed"):
        state_of, reason = states[name]
        assert state_of is LinkState.SOFT_DEAD, (name, reason)
        assert "its slot for the item (227baa88) has nothing to be drawn from" in reason, reason
    for name in ("holds-item", "loading", "visitor", "fetched"):
        assert states[name][0] is LinkState.ALIVE, (name, states[name])


def test_an_items_slot_is_empty_only_when_the_state_holds_the_items_own_record_as_null(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A live page's state holds nulls of its own while its script fetches the item by the ID
    its slot names: a promotion, an ad slot, a review summary, Next.js's ``initialData``, the
    router's echoed ``query``, a request still idle. Only the item's own record null (a key
    named as the address's section or the slot's attribute names the item's type) says there
    is nothing to draw; at an address ending in a slug with a tagged ID (``/deal/dl-88213``)."""

    def state(value: str) -> str:
        return f"<script id='__APP_STATE__' type='application/json'>{value}</script>"

    def next_data(props: str) -> str:
        return (
            "<script id='__NEXT_DATA__' type='application/json'>"
            f'{{"props": {{"pageProps": {props}}}, "page": "/[slug]", "query": {{}}}}</script>'
        )

    pages = {
        "section-null": state('{"promo": null, "deal": null}'),
        "attribute-empty": state('{"ads": {}, "offer": {}}'),
        "props-null": next_data('{"deal": null, "seo": null}'),
        "promo": state('{"promo": null, "locale": "en"}'),
        "summary": state('{"reviewSummary": null, "ads": {}}'),
        "initial-data": next_data('{"initialData": null}'),
        "idle": state('{"deal": null, "status": "idle"}'),
    }
    links = {
        name: web.add(
            f"deals{number}.example",
            f"/deal/dl-{88213 + number}",
            body=site_page(
                "Harbour Deals", f"<div class='deal-view' data-offer-no='dl{88213 + number}'></div>"
            ).replace("</body>", app + "</body>"),
            headers=HTML,
        )
        for number, (name, app) in enumerate(pages.items())
    }

    states = states_by_name(tmp_path, web, fast_settings, links, "section-null")

    _called_empty(
        states,
        ("section-null", "attribute-empty", "props-null"),
        "has nothing to be drawn from",
        ("promo", "summary", "initial-data", "idle"),
    )
    assert "holds 'deal': null" in states["section-null"][1]


def test_an_empty_item_page_under_its_title_template_with_the_name_left_out_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """The site's title template rendered with the item's slot empty ("| Harbour Gazette")
    over a main area with no word, or only a bare block a script mounts into: the server had
    no item to name. A shell whose title names the item, a bare-name shell, the home page
    under the same title and a photo keep their state."""
    mount = "<div id='app-mount'></div>"
    pages = {
        "slot-empty": ("/p/30411/night-ferry-timetable", "| Harbour Gazette", ""),
        "slot-mount": ("/p/30412/harbour-wall-repairs", "Harbour Gazette ::", mount),
        "named-shell": ("/p/30413/new-lifeboat", "New lifeboat | Harbour Gazette", mount),
        "bare-shell": ("/p/30414/tide-gauge-moved", "Harbour Gazette", mount),
        "home": ("/", "| Harbour Gazette", mount),
        "photo": ("/p/30415/sunset", "| Harbour Gazette", "<img src='/i/sunset.jpg' alt='Sunset'>"),
    }
    links = {
        name: web.add(
            f"gazette{number}.example",
            path,
            body=shop_page("Harbour Gazette", main, title=title),
            headers=HTML,
        )
        for number, (name, (path, title, main)) in enumerate(pages.items())
    }

    states = states_by_name(tmp_path, web, fast_settings, links, "slot-empty")

    _called_empty(
        states,
        ("slot-empty", "slot-mount"),
        "with the item's name left empty",
        ("named-shell", "bare-shell", "home", "photo"),
    )


def test_a_list_drawn_as_a_breadcrumb_ending_at_a_section_leaves_the_main_area_empty(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A trail drawn without schema.org's declaration (a list: a link home first, plain text
    last) is read as a declared one: a last crumb the site's menu links names a section, so an
    item's page holding only that trail is empty; a last crumb naming the item is its page."""

    def trail(last: str) -> str:
        return f"<ul class='path'><li><a href='/'>Home</a></li><li>{last}</li></ul>"

    pages = {"section": trail("Journal"), "own-name": trail("Harbour wall repairs")}
    links = {
        name: web.add(
            f"trail{number}.example",
            f"/journal/harbour-wall-repairs-{4410 + number}",
            body=shop_page("Harbour Gazette", main),
            headers=HTML,
        )
        for number, (name, main) in enumerate(pages.items())
    }

    states = states_by_name(tmp_path, web, fast_settings, links, "section")

    _called_empty(states, ("section",), "main area (<main>) is empty", ("own-name",))


def _called_empty(
    states: dict[str, tuple[LinkState, str]],
    gone: tuple[str, ...],
    says: str,
    kept: tuple[str, ...],
) -> None:
    """The ``gone`` pages are soft-dead for a reason saying ``says``; the ``kept`` ones not."""
    for name in gone:
        state_of, reason = states[name]
        assert state_of is LinkState.SOFT_DEAD, (name, reason)
        assert says in reason, reason
    for name in kept:
        assert states[name][0] is not LinkState.SOFT_DEAD, (name, states[name])
