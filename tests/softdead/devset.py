# ruff: noqa: E501  (menus and filler text in many languages: data, one item a line)
"""The soft-dead DEV set: labelled pages that are gone or alive, served by a local web.

``cases.yaml`` beside this module is the manifest: one entry per page with its id, family,
label (``gone`` or ``live``) and how it is served (status, headers, body, an optional redirect,
and what the site answers for made-up URLs, which the soft-404 probe sees). A body is built from
a site template (``chrome``) around the case's title, heading and message: either one of the
synthetic CMS-like templates below or ``corpus:<id>``, a real page of ``../shared/corpus`` read in
place with its article replaced by the message (header, navigation, sidebars and footer kept).

``judge`` runs one case through the real path: fetch, inspect, the probe's fetch and inspect,
then classify, and returns the verdict with the evidence features the weights are fitted on.
"""

from __future__ import annotations

import gzip
import html
import itertools
import random
import re
import urllib.parse
import zlib
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

import lxml.html
import yaml
from lxml import etree
from ruamel.yaml import YAML
from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.resolver import VersionedResolver

from curator.classify.evidence import decisive, features, said_plainly
from curator.classify.front import compare_front, learn_front, merged, needs_front
from curator.classify.link import Verdict, classify, signs_of
from curator.classify.page_sketch import PageShape
from curator.classify.probe_address import needs_probe
from curator.classify.probe_answer import compare
from curator.classify.probe_learning import answer_shape, learn
from curator.fetch.client import Fetcher
from curator.inspect import PROBE_WANTS, inspect
from curator.settings import ClassifySettings
from curator.states import LinkState
from fixtureweb import FixtureRequest, FixtureWeb, Handler, html_page
from softdead import (
    onepage,
    webchrome,
    webchrome2,
    webchrome3,
    webchrome4,
    webchrome5,
    webchrome6,
    webchrome7,
    webchrome8,
    webchrome9,
    webchrome10,
)

HERE = Path(__file__).parent
MANIFEST = HERE / "cases.yaml"
BLIND = HERE / "blind.yaml"  # written without reading curator.classify; see webchrome.py
BLIND2 = HERE / "blind2.yaml"  # written without reading classify/ or blind.yaml; webchrome2.py
BLIND3 = HERE / "blind3.yaml"  # written without reading classify/ or blind*.yaml; webchrome3.py
BLIND4 = HERE / "blind4.yaml"  # written without reading classify/ or blind*.yaml; webchrome4.py
BLIND5 = HERE / "blind5.yaml"  # written without reading classify/ or blind*.yaml; webchrome5.py
BLIND6 = HERE / "blind6.yaml"  # written without reading classify/ or blind*.yaml; webchrome6.py
BLIND7 = HERE / "blind7.yaml"  # written without reading classify/ or blind*.yaml; webchrome7.py
BLIND8 = HERE / "blind8.yaml"  # written without reading classify/ or blind*.yaml; webchrome8.py
BLIND9 = HERE / "blind9.yaml"  # written without reading classify/ or blind*.yaml; webchrome9.py
BLIND10 = HERE / "blind10.yaml"  # written without reading classify/ or blind*.yaml; webchrome10.py
ROOT = HERE.parent.parent
CORPUS = ROOT / "../shared/corpus/pages"
LABELS = ("gone", "live")
REDIRECT_VIAS = ("http", "meta", "header")
PROBE_ANSWERS = (
    "404", "same", "slug", "home", "other", "notfound", "notfound-home", "varied", "varied404",
    "search",
)  # fmt: skip


@dataclass(frozen=True)
class Case:
    id: str
    family: str
    label: str
    chrome: str = "cms"
    lang: str = "en"
    site: str = "Spine Health"
    title: str | None = None
    h1: str | None = None
    message: str = ""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    encoding: str | None = None  # gzip or deflate: the body is sent compressed
    raw: str | None = None  # a literal body instead of a template
    redirect: str | None = None  # the link redirects to this path of its site
    redirect_status: int = 301
    via: list[str] = field(default_factory=list)  # paths the redirect passes through, in order
    # how each hop of the redirect is sent: "http" (a 3xx with Location), "meta" (a 200 whose
    # small page carries an immediate <meta http-equiv="refresh">, as many CMSes send moved pages)
    # or "header" (a 200 whose small page says nothing of it, with a ``Refresh:`` header of
    # ``refresh_delay`` seconds)
    redirect_via: str = "http"
    refresh_delay: int = 0
    # the site's front page ("/") is this case's own body: a site that answers its front page
    # under a dead address, or whose redirect lands on a front page in its own chrome
    front: bool = False
    # the front page ("/") is its own page: the case rendered with this message (teasers, a
    # hero) and title (the site's name when unset), no heading, beside the case's own page
    front_body: str | None = None
    front_title: str | None = None
    # "{teasers}" in the message (and ``front_body``) is drawn afresh for each request, as a
    # front page whose teasers rotate per visit: two fetches of one page differ in them
    rotate: bool = False
    probe: str = "404"  # what the site answers for made-up URLs
    # probe "notfound": made-up URLs answer 404 with the site's not-found page, this case's
    # template with these title and message (the case's own when unset); "notfound-home":
    # 404 with the site's home page as its body; "varied": 200 with the not-found page (this
    # case's own when unset) rendered for the requested path (webchrome4 echoes it, reseeds rails);
    # "varied404": the same, answered with 404 (a site whose error template is drawn per path);
    # "search": 302 to the site's search for the path's words (``_search``), a page of this
    # case's template with ``notfound_title`` and ``notfound``, "{query}" there the words asked
    notfound_title: str | None = None
    notfound: str | None = None
    path: str = ""  # the link's path; /<section>/<id> when empty
    filler: int = 0  # paragraphs of ordinary article text after the message
    topic: str = "health"  # what the filler paragraphs are about: health or web
    pad: int = 0  # kB of inline style at the head's start, as real pages inline their CSS
    # the page is rendered for the path it is asked at: "{path}" in the message is that path, the
    # template's rails are seeded by it and a render stamp changes with it (an echoing soft-404)
    echo: bool = False
    note: str = ""

    @property
    def host(self) -> str:
        return f"{self.id}.softdead.test"

    @property
    def link_path(self) -> str:
        return self.path or f"/health/{self.id}"


class _ReadApart(Exception):
    """A plain scalar YAML 1.1 (libyaml) and 1.2 (ruamel) type or build differently."""


_YAML12 = VersionedResolver(version=(1, 2))
_ALIKE = frozenset({"str", "null", "bool"})
_DECIMAL = re.compile(r"[-+]?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?")
_LINE_BREAKS_1_1 = re.compile("[\x85\u2028\u2029]")
_TYPED_FIRST = frozenset("-+.0123456789~nNtTfFyYoO<=")
"""First characters either YAML's resolvers type a plain scalar by: the rest are text in both."""
_TEXT = "tag:yaml.org,2002:str"


class _AgreedLoader(yaml.CSafeLoader):  # type: ignore[misc,name-defined]
    """libyaml's C parser, refusing any scalar ruamel's YAML 1.2 would read otherwise.

    The manifests are 3 MB of YAML that every test worker reads at collection: ruamel's
    pure-Python parser took 8 s for cases.yaml alone, libyaml a tenth of it. The two agree on
    strings, ``true``/``false``, ``null`` and plain decimals; a ``no``, ``1:20``, ``0o17``, a
    date (1.1 and 1.2 differ) or a key given twice sends the whole file back to ruamel, so a case
    reads the same and a bad file fails with ruamel's message."""

    def resolve(self, kind: type, value: str, implicit: tuple[bool, bool]) -> str:
        if kind is not yaml.ScalarNode:
            tag: str = super().resolve(kind, value, implicit)
            return tag
        if not implicit[0] or (value and value[0] not in _TYPED_FIRST):
            return _TEXT  # quoted, or plain text by its first character in both YAMLs
        tag = super().resolve(kind, value, implicit)
        name = tag.rsplit(":", 1)[-1]
        other = str(_YAML12.resolve(ScalarNode, value, implicit)).rsplit(":", 1)[-1]
        if name != other or (name not in _ALIKE and not _DECIMAL.fullmatch(value)):
            raise _ReadApart(value)
        return tag

    def construct_mapping(self, node: Any, deep: bool = False) -> dict[Any, Any]:
        # ruamel refuses a key given twice (a case pasted over another); libyaml keeps the last
        keys = [key.value for key, _ in node.value]
        if len(set(keys)) != len(keys):
            raise _ReadApart(node.start_mark)
        mapping: dict[Any, Any] = super().construct_mapping(node, deep)
        return mapping


def read_manifest(path: Path) -> Any:
    """A YAML manifest beside this module, as ruamel's safe loader reads it, sooner."""
    text = path.read_text("utf-8")
    if not _LINE_BREAKS_1_1.search(text):
        try:
            return yaml.load(text, Loader=_AgreedLoader)
        except (_ReadApart, yaml.YAMLError):
            pass
    return YAML(typ="safe").load(text)


def load_cases(path: Path = MANIFEST) -> list[Case]:
    """The manifest's cases; a bad entry is an error naming the file and the entry."""
    return list(_cases(path))


@cache
def _cases(path: Path) -> tuple[Case, ...]:
    """Each manifest read once a process: a worker's modules load the DEV set up to four times."""
    entries = read_manifest(path)
    cases: list[Case] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, 1):
        try:
            case = Case(**entry)
        except TypeError as exc:
            raise ValueError(f"{path}: entry {number}: {exc}") from exc
        if (
            case.label not in LABELS
            or case.probe not in PROBE_ANSWERS
            or case.redirect_via not in REDIRECT_VIAS
            or case.id in seen
        ):
            raise ValueError(f"{path}: entry {number} ({case.id}): bad label, probe, via or id")
        seen.add(case.id)
        cases.append(case)
    return tuple(cases)


# -- bodies -------------------------------------------------------------------------------

MENUS = {
    "en": ["Home", "Conditions", "Treatments", "Living Well", "Find a Doctor", "About Us",
           "Contact", "Newsletter", "Subscribe", "Log in"],
    "es": ["Inicio", "Enfermedades", "Tratamientos", "Vivir bien", "Buscar médico", "Quiénes somos",
           "Contacto", "Boletín", "Suscríbete", "Acceder"],
    "de": ["Startseite", "Krankheiten", "Behandlung", "Gesund leben", "Arztsuche", "Über uns",
           "Kontakt", "Newsletter", "Abonnieren", "Anmelden"],
    "fr": ["Accueil", "Maladies", "Traitements", "Bien vivre", "Trouver un médecin", "Qui sommes-nous",
           "Contact", "Lettre d'information", "S'abonner", "Connexion"],
    "it": ["Home", "Malattie", "Terapie", "Vivere bene", "Trova un medico", "Chi siamo", "Contatti",
           "Newsletter", "Abbonati", "Accedi"],
    "pt": ["Início", "Doenças", "Tratamentos", "Viver bem", "Encontrar médico", "Quem somos",
           "Contato", "Newsletter", "Assine", "Entrar"],
    "nl": ["Home", "Aandoeningen", "Behandelingen", "Gezond leven", "Zoek een arts", "Over ons",
           "Contact", "Nieuwsbrief", "Abonneren", "Inloggen"],
    "pl": ["Strona główna", "Choroby", "Leczenie", "Zdrowe życie", "Znajdź lekarza", "O nas",
           "Kontakt", "Newsletter", "Subskrybuj", "Zaloguj"],
    "tr": ["Ana Sayfa", "Hastalıklar", "Tedaviler", "Sağlıklı Yaşam", "Doktor Bul", "Hakkımızda",
           "İletişim", "Bülten", "Abone Ol", "Giriş"],
    "ru": ["Главная", "Болезни", "Лечение", "Здоровая жизнь", "Найти врача", "О нас", "Контакты",
           "Рассылка", "Подписаться", "Войти"],
    "ja": ["ホーム", "病気", "治療", "健康な暮らし", "医師を探す", "会社概要", "お問い合わせ",
           "ニュースレター", "購読", "ログイン"],
    "zh": ["首页", "疾病", "治疗", "健康生活", "找医生", "关于我们", "联系我们", "订阅", "登录",
           "帮助"],
    "ko": ["홈", "질병", "치료", "건강한 생활", "의사 찾기", "회사 소개", "문의", "뉴스레터", "구독",
           "로그인"],
    "ar": ["الرئيسية", "الأمراض", "العلاج", "حياة صحية", "ابحث عن طبيب", "من نحن", "اتصل بنا",
           "النشرة", "اشترك", "دخول"],
    "id": ["Beranda", "Penyakit", "Pengobatan", "Hidup Sehat", "Cari Dokter", "Tentang Kami",
           "Kontak", "Buletin", "Berlangganan", "Masuk"],
    "vi": ["Trang chủ", "Bệnh", "Điều trị", "Sống khỏe", "Tìm bác sĩ", "Giới thiệu", "Liên hệ",
           "Bản tin", "Đăng ký", "Đăng nhập"],
}  # fmt: skip
POPULAR = {
    "en": ["Lower back pain: causes and treatment", "Sciatica exercises that help",
           "When to see a doctor about neck pain", "Arthritis diet: what to eat",
           "Ten habits for a healthier spine", "Understanding MRI results",
           "Physical therapy after surgery", "Sleep positions for back pain"],
}  # fmt: skip
PAGE_FILLERS = {
    "cms": ("Popular articles", "Most read this week", "Our newsletter: weekly health news."),
    "blog": ("Recent posts", "Categories", "Archives"),
    "shop": ("Bestsellers", "Customer service", "Free delivery over 50"),
    "news": ("Latest news", "Trending now", "Opinion"),
    "docs": ("Getting started", "API reference", "Release notes"),
}


FILLER = {
    "health": {
        "en": "Back pain is one of the most common reasons people see a doctor or miss work. Most "
        "cases get better within a few weeks with rest, gentle movement and over-the-counter pain "
        "relief, but some people need physical therapy or further tests. Staying active, keeping "
        "a healthy weight and lifting with your legs rather than your back all lower the risk. "
        "See a clinician if the pain follows a fall, spreads down a leg or comes with numbness.",
        "es": "El dolor de espalda es uno de los motivos más frecuentes de consulta médica. La "
        "mayoría de los casos mejora en pocas semanas con reposo relativo, movimiento suave y "
        "analgésicos, aunque algunas personas necesitan fisioterapia o más pruebas.",
        "de": "Rückenschmerzen gehören zu den häufigsten Gründen für einen Arztbesuch. Meist "
        "bessern sie sich innerhalb weniger Wochen durch Bewegung, Wärme und einfache "
        "Schmerzmittel; manche Menschen brauchen jedoch Physiotherapie oder weitere Untersuchungen.",
        "fr": "Le mal de dos est l'un des motifs de consultation les plus fréquents. La plupart "
        "des cas s'améliorent en quelques semaines grâce au mouvement, à la chaleur et aux "
        "antalgiques simples, mais certaines personnes ont besoin de kinésithérapie.",
        "it": "Il mal di schiena è uno dei motivi più comuni per cui ci si rivolge al medico. Nella "
        "maggior parte dei casi migliora in poche settimane con il movimento e gli analgesici.",
        "pt": "A dor nas costas é um dos motivos mais comuns de consulta médica. A maioria dos "
        "casos melhora em poucas semanas com movimento, calor e analgésicos simples.",
        "nl": "Rugpijn is een van de meest voorkomende redenen om naar de huisarts te gaan. Meestal "
        "gaat het binnen enkele weken over met beweging, warmte en eenvoudige pijnstillers.",
        "pl": "Ból pleców jest jednym z najczęstszych powodów wizyt u lekarza. Większość przypadków "
        "ustępuje w ciągu kilku tygodni dzięki ruchowi, ciepłu i prostym lekom przeciwbólowym.",
        "tr": "Bel ağrısı doktora başvurmanın en yaygın nedenlerinden biridir. Çoğu vaka hareket, "
        "sıcak uygulama ve basit ağrı kesicilerle birkaç hafta içinde düzelir.",
        "ru": "Боль в спине — одна из самых частых причин обращения к врачу. В большинстве "
        "случаев она проходит за несколько недель благодаря движению, теплу и простым "
        "обезболивающим.",
        "ja": "腰痛は医師を受診する最も一般的な理由の一つです。多くの場合、適度な運動や温め、"
        "市販の鎮痛薬で数週間のうちに改善しますが、理学療法が必要な人もいます。",
        "zh": "腰痛是人们就医最常见的原因之一。大多数情况下，通过适当活动、热敷和普通止痛药，"
        "几周内就会好转，但有些人需要物理治疗或进一步检查。",
        "ko": "허리 통증은 병원을 찾는 가장 흔한 이유 중 하나입니다. 대부분은 적당한 운동과 찜질, "
        "일반 진통제로 몇 주 안에 좋아지지만 물리치료가 필요한 경우도 있습니다.",
        "ar": "آلام الظهر من أكثر أسباب زيارة الطبيب شيوعاً. تتحسن معظم الحالات خلال أسابيع قليلة "
        "بالحركة والكمادات الدافئة والمسكنات البسيطة، لكن بعض الأشخاص يحتاجون إلى علاج طبيعي.",
        "id": "Nyeri punggung adalah salah satu alasan paling umum orang pergi ke dokter. Sebagian "
        "besar kasus membaik dalam beberapa minggu dengan gerakan ringan dan obat pereda nyeri.",
        "vi": "Đau lưng là một trong những lý do phổ biến nhất khiến mọi người đi khám bác sĩ. Hầu "
        "hết các trường hợp sẽ cải thiện sau vài tuần nhờ vận động nhẹ và thuốc giảm đau.",
    },
    "web": {
        "en": "Every request a browser sends gets a status code back from the server. Codes in "
        "the 200 range mean success, the 300 range means the resource lives somewhere else, and "
        "the 400 range means the client asked for something the server cannot give. Server logs "
        "record each request with its code, so a quick look at them shows which links visitors "
        "follow and which ones fail. Caching layers, content delivery networks and rewrite rules "
        "all change what a visitor finally sees, so test from outside your own network too.",
    },
}  # fmt: skip


def _filler(case: Case) -> str:
    pool = FILLER.get(case.topic, FILLER["health"])
    text = pool.get(case.lang, pool["en"])
    return "".join(f"<p>{text}</p>" for _ in range(case.filler))


def body_of(case: Case) -> bytes:
    """The bytes the case's link answers with (before any Content-Encoding)."""
    body = _rendered(case)
    if not case.pad:
        return body
    style = b"<style>" + b".c{margin:0 auto;padding:0}" * (case.pad * 1024 // 27) + b"</style>"
    charset = body.find(b"<meta charset")  # kept in the first kB, where browsers look for it
    at = body.find(b">", charset) + 1 if charset >= 0 else body.find(b"<head>") + len(b"<head>")
    return body[:at] + style + body[at:]


def _rendered(case: Case) -> bytes:
    if case.echo:
        case = _echoed(case)
    if case.raw is not None:
        return _raw(case).encode("utf-8")
    if case.chrome.startswith("corpus:"):
        return _corpus_page(case)
    if case.chrome.startswith("file:"):  # a real page outside the corpus, served as it is
        return Path(case.chrome.removeprefix("file:")).read_bytes()
    if case.chrome == "none":
        return _bare(case).encode("utf-8")
    if case.chrome in webchrome.TEMPLATES:
        return webchrome.render(case).encode("utf-8")
    if case.chrome in webchrome2.TEMPLATES:
        return webchrome2.render(case).encode("utf-8")
    if case.chrome in webchrome3.TEMPLATES:
        return webchrome3.render(case).encode("utf-8")
    if case.chrome in webchrome4.TEMPLATES:
        return webchrome4.render(case).encode("utf-8")
    if case.chrome in webchrome5.TEMPLATES:
        return webchrome5.render(case).encode("utf-8")
    if case.chrome in webchrome6.TEMPLATES:
        return webchrome6.render(case).encode("utf-8")
    if case.chrome in webchrome7.TEMPLATES:
        return webchrome7.render(case).encode("utf-8")
    if case.chrome in webchrome8.TEMPLATES:
        return webchrome8.render(case).encode("utf-8")
    if case.chrome in webchrome9.TEMPLATES:
        return webchrome9.render(case).encode("utf-8")
    if case.chrome in webchrome10.TEMPLATES:
        return webchrome10.render(case).encode("utf-8")
    if case.chrome in onepage.TEMPLATES:
        return onepage.render(case).encode("utf-8")
    return _template(case).encode("utf-8")


# Members a board lists as online, a few drawn per page view (``_raw``'s "{online}").
MEMBERS = [
    "ana_r", "birdy", "cormoran", "dachs77", "elke", "fjord", "gallo", "heron_k", "isabeau",
    "jarek", "kestrel", "lupo", "miko", "nautilus", "otter", "pilar", "quill", "ramona",
]  # fmt: skip


def _raw(case: Case) -> str:
    """A literal body, with what a board draws for the path asked filled in: "{title}" and
    "{message}" (the case's, or its not-found view's when ``_varied`` asks for that), and
    "{online}" ("{online:dd}", "{online:li}": one ``<dd>`` or linked ``<li>`` each) and "{count}", the members online and a
    count, drawn afresh per path as a board's panels change between any two of its pages."""
    assert case.raw is not None
    rng = random.Random(f"online:{case.link_path}")
    body = case.raw.replace("{title}", case.title or "").replace("{message}", case.message)
    online = rng.sample(MEMBERS, rng.randrange(2, 6))
    body = body.replace("{online:dd}", "".join(f"<dd>{name}</dd>" for name in online))
    body = body.replace(
        "{online:li}", "".join(f"<li><a href='/u/{name}'>{name}</a></li>" for name in online)
    )
    body = body.replace("{online}", ", ".join(online))
    return body.replace("{count}", str(rng.randrange(3, 400)))


def _echoed(case: Case) -> Case:
    """The case as a site that renders its page for the asked path draws it: the path quoted in
    the message, rails drawn afresh (templates seed them by the case's id) and a render stamp."""
    path = html.escape(case.link_path)
    rng = random.Random(case.link_path)
    stamp = (
        f"<p class='render-stamp'>Rendered in {rng.randrange(20, 900)} ms · "
        f"request {rng.randrange(16**8):08x}</p>"
    )
    message = case.message.replace("{path}", path) + stamp
    return replace(case, id=f"{case.id}:{case.link_path}", message=message)


def _bare(case: Case) -> str:
    title = f"<title>{case.title}</title>" if case.title is not None else ""
    h1 = f"<h1>{case.h1}</h1>" if case.h1 else ""
    return (
        f"<!doctype html><html lang='{case.lang}'><head><meta charset='utf-8'>{title}</head>"
        f"<body>{h1}{case.message}{_filler(case)}</body></html>"
    )


def _template(case: Case) -> str:
    """A CMS-like page: header with menus and search, the message, lists, a big footer."""
    rng = random.Random(case.id)
    menu = MENUS.get(case.lang, MENUS["en"])
    popular = POPULAR.get(case.lang, [f"{m} — {case.site}" for m in menu])
    heads = PAGE_FILLERS.get(case.chrome, PAGE_FILLERS["cms"])
    items = "".join(f"<li><a href='/{i}'>{m}</a></li>" for i, m in enumerate(menu))
    sub = "".join(
        f"<li><a href='/topic/{rng.randrange(999)}'>{m} {rng.randrange(2, 40)}</a></li>"
        for m in menu * 2
    )
    cards = "".join(
        f"<div class='card'><a href='/a/{rng.randrange(9999)}'><img src='/i/{i}.jpg' alt=''>"
        f"<span class='card-title'>{p}</span></a></div>"
        for i, p in enumerate(rng.sample(popular, k=min(len(popular), 6)))
    )
    footer_cols = "".join(f"<div class='col'><h4>{m}</h4><ul>{sub}</ul></div>" for m in menu[:4])
    title = f"<title>{case.title}</title>" if case.title is not None else ""
    h1 = f"<h1 class='entry-title'>{case.h1}</h1>" if case.h1 else ""
    style = "body{font-family:sans-serif}.card{display:inline-block}" * 40
    script = "window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}" * 30
    return (
        f"<!doctype html><html lang='{case.lang}'><head><meta charset='utf-8'>{title}"
        f"<meta name='viewport' content='width=device-width'><style>{style}</style>"
        f"<script>{script}</script></head><body class='{case.chrome}'>"
        f"<div id='masthead' class='site-header'><div class='logo'><a href='/'>{case.site}</a></div>"
        f"<div class='top-menu'><ul>{items}</ul></div>"
        f"<form class='search' action='/search'><input name='q' placeholder='Search'>"
        f"<button>Search</button></form></div>"
        f"<nav class='main-nav'><ul>{items}{sub}</ul></nav>"
        f"<div id='content' class='site-content'><div class='breadcrumbs'><a href='/'>{menu[0]}</a>"
        f" › {case.site}</div><div id='primary' class='content-area'>{h1}"
        f"<div class='entry-content'>{case.message}{_filler(case)}</div></div>"
        f"<div class='related'><h3>{heads[0]}</h3>{cards}</div>"
        f"<aside class='sidebar'><h3>{heads[1]}</h3><ul>{sub}</ul></aside></div>"
        f"<footer class='site-footer'>{footer_cols}<p>{heads[2]}</p>"
        f"<p>© 2026 {case.site}. All rights reserved.</p></footer>"
        f"<script src='/static/app.js'></script></body></html>"
    )


@cache
def _corpus_tree(page_id: str) -> bytes:
    return (CORPUS / page_id / "page.html").read_bytes()


def _corpus_page(case: Case) -> bytes:
    """A real page's chrome around the case's message (or the real page, for ``live`` cases
    with no message), its article and the article's metadata taken out."""
    page_id, _, mode = case.chrome.removeprefix("corpus:").partition("+")
    raw = _corpus_tree(page_id)
    if mode == "asis":
        return raw
    root = lxml.html.document_fromstring(raw)
    container = _article_container(root)
    if mode == "insert":  # the real article with the message added as one more paragraph
        fragment = lxml.html.fragment_fromstring(case.message, create_parent="div")
        paragraphs = container.findall("p")
        at = container.index(paragraphs[len(paragraphs) // 3]) if paragraphs else 0
        container.insert(at, fragment)
        return etree.tostring(root, encoding="utf-8", method="html")
    for meta in list(root.iter("meta")):
        if (
            (meta.get("property") or meta.get("name") or "")
            .lower()
            .startswith(("og:", "twitter:", "description", "article:"))
        ):
            meta.drop_tree()
    for script in list(root.iter("script")):
        if "ld+json" in (script.get("type") or ""):
            script.drop_tree()
    for heading in list(root.iter("h1")):
        heading.drop_tree()
    parent = container.getparent()
    for paragraph in list((parent if parent is not None else container).iter("p")):
        paragraph.drop_tree()  # the rest of the article, beside its main container
    for child in list(container):
        container.remove(child)
    container.text = None
    html = (f"<h1>{case.h1}</h1>" if case.h1 else "") + case.message + _filler(case)
    for element in lxml.html.fragments_fromstring(html or "<p></p>"):
        if isinstance(element, str):
            continue
        container.append(element)
    head = root.find("head")
    for title in list(root.iter("title")):
        title.drop_tree()
    if case.title is not None and head is not None:
        element = etree.SubElement(head, "title")
        element.text = case.title
    return etree.tostring(root, encoding="utf-8", method="html")


def _article_container(root: Any) -> Any:
    """The element holding the article's paragraphs: the parent of the most <p>."""
    counts: dict[Any, int] = {}
    for paragraph in root.iter("p"):
        parent = paragraph.getparent()
        if parent is not None:
            counts[parent] = counts.get(parent, 0) + 1
    if not counts:
        body = root.find("body")
        return body if body is not None else root
    return max(counts, key=lambda element: counts[element])


def encoded(case: Case, body: bytes) -> bytes:
    if case.encoding == "gzip":
        return gzip.compress(body)
    if case.encoding == "deflate":
        return zlib.compress(body)
    return body


# -- serving and judging -------------------------------------------------------------------


def serve(web: FixtureWeb, cases: list[Case]) -> dict[str, str]:
    """Put every case on ``web``; returns each case's link URL by id."""
    links: dict[str, str] = {}
    for case in cases:
        body = body_of(case)
        headers = {"Content-Type": "text/html; charset=utf-8", **case.headers}
        if case.encoding:
            headers["Content-Encoding"] = case.encoding
        payload = encoded(case, body)
        home = body if case.front else _home_page(case)
        draws = itertools.count()  # one count a site: each visit draws its own teasers
        if case.rotate:
            page_handler = _rotating(case, headers, draws)
            links[case.id] = web.add(case.host, case.link_path, handler=page_handler)
            if case.front:
                web.add(case.host, "/", handler=page_handler)
        if case.front_body is not None:
            front = replace(
                case, title=case.front_title or case.site, h1=None, message=case.front_body
            )
            front = replace(front, filler=0, rotate=False, front_body=None)
            handler = _rotating(front, headers, draws) if case.rotate else None
            front_page = encoded(front, body_of(front)) if handler is None else b""
            web.add(case.host, "/", case.status, front_page, headers, handler=handler)
        elif case.front:
            if not case.rotate:
                web.add(case.host, "/", case.status, payload, headers)
        else:
            web.add(case.host, "/", body=home, headers={"Content-Type": "text/html; charset=utf-8"})
        if case.redirect is not None:
            hops = [case.link_path, *case.via, case.redirect]
            for here, there in itertools.pairwise(hops):
                if case.redirect_via == "meta":
                    page = _refresh_page(there)
                    web.add(
                        case.host,
                        here,
                        body=page,
                        headers={"Content-Type": headers["Content-Type"]},
                    )
                elif case.redirect_via == "header":
                    web.add(
                        case.host,
                        here,
                        body=_stub_page(case),
                        headers={
                            "Content-Type": headers["Content-Type"],
                            "Refresh": f"{case.refresh_delay}; url={there}",
                        },
                    )
                else:
                    web.redirect(case.host, here, there, status=case.redirect_status)
            links[case.id] = web.url(case.host, case.link_path)
            if case.redirect != "/":
                web.add(case.host, case.redirect, case.status, payload, headers)
        elif not case.rotate:
            links[case.id] = web.add(case.host, case.link_path, case.status, payload, headers)
        if case.probe == "same":
            web.add(case.host, "*", case.status, payload, headers)
        elif case.probe == "slug":
            web.add(case.host, "*", handler=_ignoring_slug(case.link_path, payload, headers))
        elif case.probe == "home":
            web.add(case.host, "*", 302, headers={"Location": "/"})
        elif case.probe == "notfound":
            page = replace(
                case,
                title=case.notfound_title or case.title,
                message=case.notfound if case.notfound is not None else case.message,
                h1=None if case.notfound is not None else case.h1,
                filler=0,
                status=404,
            )
            web.add(case.host, "*", 404, encoded(case, body_of(page)), headers)
        elif case.probe == "notfound-home":
            web.add(case.host, "*", 404, home, {"Content-Type": "text/html; charset=utf-8"})
        elif case.probe == "other":
            web.add(case.host, "*", 200, home, {"Content-Type": "text/html; charset=utf-8"})
        elif case.probe == "varied":
            web.add(case.host, "*", handler=_varied(case, headers))
        elif case.probe == "varied404":
            web.add(case.host, "*", handler=_varied(case, headers, 404))
        elif case.probe == "search":
            web.add(case.host, "*", handler=_search(case, headers))
    return links


def _refresh_page(there: str) -> bytes:
    """The small page a CMS answers a moved address with: an immediate meta refresh."""
    target = html.escape(there, quote=True)
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<meta http-equiv='refresh' content='0; url={target}'><title>Redirecting…</title>"
        f"</head><body><p>Redirecting to <a href='{target}'>{target}</a>…</p></body></html>"
    ).encode()


def _stub_page(case: Case) -> bytes:
    """The small page a server answers beside a ``Refresh:`` header: the site's name and a
    line that the reader is being taken elsewhere, nothing of the address's own."""
    site = html.escape(case.site)
    return (
        f"<!doctype html><html lang='{case.lang}'><head><meta charset='utf-8'>"
        f"<title>{site}</title></head><body><header><a href='/'>{site}</a></header>"
        "<p>Redirecting, please wait…</p></body></html>"
    ).encode()


def _ignoring_slug(link_path: str, payload: bytes, headers: dict[str, str]) -> Handler:
    """A site that finds the page by the ID before its last segment and ignores that segment
    (a slug), as many news and forum sites do: any slug in the link's directory gets the page,
    any other path an honest 404."""
    directory = link_path.rsplit("/", 1)[0] + "/"
    closing = {"Connection": "close"}  # a handler's connection is not reused (FixtureWeb)

    def handler(req: FixtureRequest) -> None:
        path = req.path.split("?")[0]
        if path.startswith(directory) and "/" not in path[len(directory) :]:
            req.respond(200, payload, {**headers, **closing})
        else:
            req.respond(404, html_page("Not Found", "<p>No such page.</p>"), closing)

    return handler


def _varied(case: Case, headers: dict[str, str], status: int = 200) -> Handler:
    """A soft-404 site whose catch-all page differs per URL in small ways (the path echoed,
    rails and a render stamp seeded by it): every made-up URL answers ``status`` (200, or an
    honest 404) with the site's not-found page (``notfound_title``/``notfound``; the case's
    own page when unset) rendered for that path."""
    closing = {"Connection": "close"}  # a handler's connection is not reused (FixtureWeb)
    if case.notfound is not None:
        title = case.notfound_title or case.title
        case = replace(case, title=title, message=case.notfound, h1=None, filler=0)

    def handler(req: FixtureRequest) -> None:
        page = replace(case, path=req.path)
        req.respond(status, encoded(case, body_of(page)), {**headers, **closing})

    return handler


def _search(case: Case, headers: dict[str, str]) -> Handler:
    """A site that sends every unknown path to its search for the path's words (a 302 to
    ``/search?q=...``) and answers that search with a page of its template: ``notfound_title``
    and ``notfound`` (the case's own when unset), "{query}" there the words searched."""
    closing = {"Connection": "close"}  # a handler's connection is not reused (FixtureWeb)
    title = case.notfound_title or case.title
    message = case.notfound if case.notfound is not None else case.message

    def handler(req: FixtureRequest) -> None:
        path, _, query = req.path.partition("?")
        if path != "/search":
            words = "+".join(re.findall(r"[^\W_]+", urllib.parse.unquote(path)))
            req.respond(302, b"", {"Location": f"/search?q={words}", **closing})
            return
        asked = urllib.parse.parse_qs(query).get("q", [""])[0]
        page = replace(
            case,
            title=title,
            message=message.replace("{query}", html.escape(asked)),
            h1=None,
            path="/search",  # its canonical link, where a template draws one, is the search
        )
        req.respond(200, encoded(case, body_of(replace(page, filler=0))), {**headers, **closing})

    return handler


# Headlines a rotating front page draws its teasers from, a few per visit.
HEADLINES = [
    "Council approves the new bridge budget", "Harbour festival returns in June",
    "School meals to go fully organic", "Rail line reopens after storm repairs",
    "Local bakery wins national prize", "New cycle lane opens on the quay",
    "Hospital adds a second MRI scanner", "Library extends its opening hours",
    "Youth team reaches the regional final", "Market square gets new lighting",
    "Water rates frozen for another year", "Ferry timetable changes next week",
    "Museum unveils a restored steam engine", "Farmers report a record apple harvest",
    "Road works close the high street", "Choir raises funds for the shelter",
    "Planning board rejects tower proposal", "Beach clean-up draws two hundred people",
    "Police warn of parcel delivery scam", "Theatre announces its winter season",
    "Town hall clock chimes again", "New GP practice opens in the north",
    "Swimming pool to close for repairs", "Students build a solar boat",
]  # fmt: skip


def _rotating(case: Case, headers: dict[str, str], draws: itertools.count[int]) -> Handler:
    """A page whose "{teasers}" are drawn afresh for every request (a rotating front page)."""
    closing = {"Connection": "close"}  # a handler's connection is not reused (FixtureWeb)

    def handler(req: FixtureRequest) -> None:
        rng = random.Random(f"{case.id}:{next(draws)}")
        teasers = "".join(
            f"<article class='teaser'><h2><a href='/story/{rng.randrange(99999)}'>{line}</a></h2>"
            f"<p>{line}: the full story, pictures and reactions.</p></article>"
            for line in rng.sample(HEADLINES, k=6)
        )
        page = replace(case, message=case.message.replace("{teasers}", teasers))
        req.respond(200, encoded(case, body_of(page)), {**headers, **closing})

    return handler


def _home_page(case: Case) -> bytes:
    front = Case(
        id=case.id + "-home", family=case.family, label="live", chrome="cms", lang=case.lang,
        site=case.site, title=case.site, h1=case.site,
        message="<p>" + " ".join(MENUS.get(case.lang, MENUS["en"])) + "</p>" * 3,
    )  # fmt: skip
    return _template(front).encode("utf-8")


@dataclass(frozen=True)
class Judged:
    case: Case
    verdict: Verdict
    features: dict[str, float]
    decisive: bool  # a sign that decides alone fired
    plain: bool = True  # some sign says it plainly (``evidence.said_plainly``)

    @property
    def called_gone(self) -> bool:
        return self.verdict.state in (LinkState.SOFT_DEAD, LinkState.DEAD)


def judge(fetcher: Fetcher, case: Case, url: str, settings: ClassifySettings) -> Judged:
    """Fetch, inspect, probe and classify one case as a run does."""
    inspection = inspect(fetcher.fetch(url))
    outcome = None
    shape = inspection.shape

    def look(made_up: str) -> PageShape:
        seen = inspect(fetcher.fetch(made_up), PROBE_WANTS)
        return answer_shape(seen.shape, seen.result.status, seen.result.final_url)

    if shape is not None and needs_probe(url, shape, inspection.parked):
        answer = learn(look, url, shape, settings.probe_similarity)
        outcome = compare(shape, answer, settings.probe_similarity)
    if shape is not None and needs_front(url, shape, inspection.parked):
        front = learn_front(look, url)
        outcome = merged(outcome, compare_front(shape, front, settings.probe_similarity))
    verdict = classify(
        inspection.result,
        inspection.page,
        outcome,
        settings,
        parked=inspection.parked,
        wall=inspection.wall,
        gone=inspection.gone,
    )
    signs = signs_of(inspection.result, inspection.gone, outcome, inspection.parked)
    values = features(signs.facts, signs.probe, signs.broader)
    plain = said_plainly(inspection.gone, values)
    return Judged(case, verdict, values, decisive(signs) is not None, plain)
