# ruff: noqa: E501  (menus, footers and boilerplate in many languages: data, one item a line)
"""Site templates of the second blind set (``blind2.yaml``): systems the first set did not use.

Written by someone who had read neither ``curator.classify`` nor the first blind set's pages:
e-commerce platforms (Magento, WooCommerce, PrestaShop, BigCommerce), documentation generators
(Sphinx on Read the Docs, Docusaurus, MkDocs Material, GitBook), help centres (Zendesk,
Freshdesk, Intercom), a university, a library catalogue, a news site on Arc XP, a hosted status
page, a page builder's coming-soon page and a registrar's page on a lapsed domain. Each carries
what such pages carry around their message, at their real weight (15-60 kB): mega menus, docs
trees, category lists, consent banners, long footers, inline styles, configuration JSON and
analytics. Real captured pages inspired the structure; no text is copied from any of them.
Hosting software's default pages are not here: ``blind2.yaml`` gives their bodies as served.

``render(case)`` returns the page for a case whose ``chrome`` names one of ``TEMPLATES``.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from typing import Any

# Per language: menu, cookie line, accept button, search word, footer line, "related" heading.
WORDS: dict[str, dict[str, Any]] = {
    "en": {"menu": ["Home", "Shop", "Categories", "New arrivals", "Sale", "Help", "About us", "Contact"], "cookie": "This website uses cookies to ensure you get the best experience.", "accept": "Got it", "search": "Search", "footer": "Privacy · Terms · Cookie settings · Accessibility", "related": "You may also like"},
    "ms": {"menu": ["Utama", "Kedai", "Kategori", "Terbaru", "Jualan", "Bantuan", "Tentang kami", "Hubungi"], "cookie": "Laman web ini menggunakan kuki untuk memastikan anda mendapat pengalaman terbaik.", "accept": "Faham", "search": "Cari", "footer": "Privasi · Terma · Tetapan kuki", "related": "Anda mungkin juga suka"},
    "tl": {"menu": ["Home", "Tindahan", "Mga Kategorya", "Bago", "Sale", "Tulong", "Tungkol sa amin", "Makipag-ugnayan"], "cookie": "Gumagamit ang website na ito ng cookies para sa mas magandang karanasan.", "accept": "Sige", "search": "Maghanap", "footer": "Privacy · Mga Tuntunin · Cookies", "related": "Baka magustuhan mo rin"},
    "sw": {"menu": ["Nyumbani", "Duka", "Aina", "Mpya", "Punguzo", "Msaada", "Kuhusu sisi", "Wasiliana"], "cookie": "Tovuti hii inatumia vidakuzi ili kukupa huduma bora.", "accept": "Sawa", "search": "Tafuta", "footer": "Faragha · Masharti · Vidakuzi", "related": "Unaweza pia kupenda"},
    "bn": {"menu": ["হোম", "দোকান", "বিভাগ", "নতুন", "অফার", "সাহায্য", "আমাদের সম্পর্কে", "যোগাযোগ"], "cookie": "সেরা অভিজ্ঞতা দিতে এই ওয়েবসাইট কুকি ব্যবহার করে।", "accept": "ঠিক আছে", "search": "অনুসন্ধান", "footer": "গোপনীয়তা · শর্তাবলী · কুকি", "related": "আরও দেখুন"},
    "ur": {"menu": ["ہوم", "دکان", "زمرے", "نیا", "سیل", "مدد", "ہمارے بارے میں", "رابطہ"], "cookie": "یہ ویب سائٹ بہتر تجربے کے لیے کوکیز استعمال کرتی ہے۔", "accept": "ٹھیک ہے", "search": "تلاش", "footer": "رازداری · شرائط · کوکیز", "related": "یہ بھی پڑھیں"},
    "sk": {"menu": ["Domov", "Obchod", "Kategórie", "Novinky", "Výpredaj", "Pomoc", "O nás", "Kontakt"], "cookie": "Táto stránka používa súbory cookie na zlepšenie vášho zážitku.", "accept": "Rozumiem", "search": "Hľadať", "footer": "Ochrana súkromia · Obchodné podmienky · Cookies", "related": "Mohlo by sa vám páčiť"},
    "bg": {"menu": ["Начало", "Магазин", "Категории", "Ново", "Намаления", "Помощ", "За нас", "Контакти"], "cookie": "Този сайт използва бисквитки, за да ви осигури най-доброто изживяване.", "accept": "Разбрах", "search": "Търсене", "footer": "Поверителност · Общи условия · Бисквитки", "related": "Може да харесате"},
    "sr": {"menu": ["Почетна", "Продавница", "Категорије", "Ново", "Попусти", "Помоћ", "О нама", "Контакт"], "cookie": "Овај сајт користи колачиће како би вам пружио најбоље искуство.", "accept": "Слажем се", "search": "Претрага", "footer": "Приватност · Услови коришћења · Колачићи", "related": "Можда ће вам се допасти"},
    "hr": {"menu": ["Početna", "Trgovina", "Kategorije", "Novo", "Akcija", "Pomoć", "O nama", "Kontakt"], "cookie": "Ova stranica koristi kolačiće kako bi vam pružila najbolje iskustvo.", "accept": "U redu", "search": "Traži", "footer": "Privatnost · Uvjeti korištenja · Kolačići", "related": "Možda će vam se svidjeti"},
    "lt": {"menu": ["Pradžia", "Parduotuvė", "Kategorijos", "Naujienos", "Išpardavimas", "Pagalba", "Apie mus", "Kontaktai"], "cookie": "Ši svetainė naudoja slapukus, kad užtikrintų geriausią patirtį.", "accept": "Supratau", "search": "Paieška", "footer": "Privatumas · Taisyklės · Slapukai", "related": "Jums taip pat gali patikti"},
    "lv": {"menu": ["Sākums", "Veikals", "Kategorijas", "Jaunumi", "Izpārdošana", "Palīdzība", "Par mums", "Kontakti"], "cookie": "Šī vietne izmanto sīkdatnes, lai nodrošinātu labāko pieredzi.", "accept": "Piekrītu", "search": "Meklēt", "footer": "Privātums · Noteikumi · Sīkdatnes", "related": "Jums varētu patikt"},
    "et": {"menu": ["Avaleht", "Pood", "Kategooriad", "Uued", "Allahindlus", "Abi", "Meist", "Kontakt"], "cookie": "See veebileht kasutab küpsiseid, et pakkuda parimat kogemust.", "accept": "Sain aru", "search": "Otsi", "footer": "Privaatsus · Tingimused · Küpsised", "related": "Võiks meeldida ka"},
    "ca": {"menu": ["Inici", "Botiga", "Categories", "Novetats", "Rebaixes", "Ajuda", "Qui som", "Contacte"], "cookie": "Aquest lloc web utilitza galetes per oferir-vos la millor experiència.", "accept": "D'acord", "search": "Cerca", "footer": "Privadesa · Avís legal · Galetes", "related": "També us pot interessar"},
    "no": {"menu": ["Hjem", "Butikk", "Kategorier", "Nyheter", "Salg", "Hjelp", "Om oss", "Kontakt"], "cookie": "Dette nettstedet bruker informasjonskapsler for å gi deg en best mulig opplevelse.", "accept": "Greit", "search": "Søk", "footer": "Personvern · Vilkår · Informasjonskapsler", "related": "Du vil kanskje også like"},
    "de": {"menu": ["Startseite", "Shop", "Kategorien", "Neuheiten", "Sale", "Hilfe", "Über uns", "Kontakt"], "cookie": "Diese Website verwendet Cookies, um Ihnen das beste Erlebnis zu bieten.", "accept": "Verstanden", "search": "Suche", "footer": "Datenschutz · AGB · Impressum", "related": "Das könnte Ihnen auch gefallen"},
    "fr": {"menu": ["Accueil", "Boutique", "Catégories", "Nouveautés", "Soldes", "Aide", "Qui sommes-nous", "Contact"], "cookie": "Ce site utilise des cookies pour vous offrir la meilleure expérience.", "accept": "J'ai compris", "search": "Rechercher", "footer": "Confidentialité · CGV · Mentions légales", "related": "Vous aimerez aussi"},
    "es": {"menu": ["Inicio", "Tienda", "Categorías", "Novedades", "Ofertas", "Ayuda", "Nosotros", "Contacto"], "cookie": "Este sitio web utiliza cookies para ofrecerte la mejor experiencia.", "accept": "Entendido", "search": "Buscar", "footer": "Privacidad · Condiciones · Aviso legal", "related": "También te puede interesar"},
    "pt": {"menu": ["Início", "Loja", "Categorias", "Novidades", "Promoções", "Ajuda", "Sobre nós", "Contato"], "cookie": "Este site usa cookies para oferecer a melhor experiência.", "accept": "Entendi", "search": "Buscar", "footer": "Privacidade · Termos · Cookies", "related": "Você também pode gostar"},
    "it": {"menu": ["Home", "Negozio", "Categorie", "Novità", "Saldi", "Aiuto", "Chi siamo", "Contatti"], "cookie": "Questo sito utilizza i cookie per offrirti la migliore esperienza.", "accept": "Ho capito", "search": "Cerca", "footer": "Privacy · Termini · Cookie", "related": "Potrebbe interessarti anche"},
}  # fmt: skip

# Link labels of mega menus and footers: the long lists real sites carry, per language.
LINKS: dict[str, list[str]] = {
    "en": ["Gift cards", "Track your order", "Returns & exchanges", "Shipping information", "Size guide", "Store locator", "Careers", "Press", "Affiliates", "Sustainability", "Student discount", "Reviews", "Blog", "FAQ", "Warranty", "Payment options", "Klarna", "Corporate sales", "Sitemap", "Modern slavery statement"],
    "ms": ["Kad hadiah", "Jejak pesanan", "Pemulangan", "Maklumat penghantaran", "Panduan saiz", "Cari kedai", "Kerjaya", "Media", "Blog", "Soalan lazim", "Waranti", "Cara bayaran"],
    "tl": ["Gift card", "I-track ang order", "Pagbabalik", "Pagpapadala", "Gabay sa sukat", "Hanapin ang tindahan", "Trabaho", "Balita", "Blog", "Mga tanong", "Warranty", "Paraan ng pagbabayad"],
    "sw": ["Kadi za zawadi", "Fuatilia agizo", "Kurejesha bidhaa", "Usafirishaji", "Mwongozo wa saizi", "Maduka yetu", "Ajira", "Habari", "Blogu", "Maswali", "Dhamana", "Njia za malipo"],
    "bn": ["উপহার কার্ড", "অর্ডার ট্র্যাক করুন", "ফেরত", "ডেলিভারি তথ্য", "সাইজ গাইড", "দোকান খুঁজুন", "ক্যারিয়ার", "সংবাদ", "ব্লগ", "প্রশ্নোত্তর", "ওয়ারেন্টি", "পেমেন্ট"],
    "ur": ["گفٹ کارڈ", "آرڈر ٹریک کریں", "واپسی", "ترسیل کی معلومات", "سائز گائیڈ", "دکان تلاش کریں", "ملازمتیں", "خبریں", "بلاگ", "سوالات", "وارنٹی", "ادائیگی"],
    "sk": ["Darčekové poukážky", "Sledovanie objednávky", "Vrátenie tovaru", "Doprava", "Tabuľka veľkostí", "Predajne", "Kariéra", "Pre médiá", "Blog", "Časté otázky", "Záruka", "Platba"],
    "bg": ["Подаръчни карти", "Проследяване на поръчка", "Връщане", "Доставка", "Размери", "Магазини", "Кариери", "За медиите", "Блог", "Въпроси", "Гаранция", "Плащане"],
    "sr": ["Поклон картице", "Праћење поруџбине", "Повраћај", "Достава", "Табела величина", "Продавнице", "Каријера", "Медији", "Блог", "Питања", "Гаранција", "Плаћање"],
    "hr": ["Poklon bonovi", "Praćenje narudžbe", "Povrat", "Dostava", "Tablica veličina", "Trgovine", "Karijere", "Mediji", "Blog", "Česta pitanja", "Jamstvo", "Plaćanje"],
    "lt": ["Dovanų kortelės", "Užsakymo sekimas", "Grąžinimas", "Pristatymas", "Dydžių lentelė", "Parduotuvės", "Karjera", "Žiniasklaidai", "Tinklaraštis", "DUK", "Garantija", "Mokėjimas"],
    "lv": ["Dāvanu kartes", "Pasūtījuma izsekošana", "Atgriešana", "Piegāde", "Izmēru tabula", "Veikali", "Karjera", "Medijiem", "Blogs", "BUJ", "Garantija", "Apmaksa"],
    "et": ["Kinkekaardid", "Tellimuse jälgimine", "Tagastamine", "Tarne", "Suuruste tabel", "Kauplused", "Karjäär", "Meediale", "Blogi", "KKK", "Garantii", "Maksmine"],
    "ca": ["Targetes regal", "Seguiment de la comanda", "Devolucions", "Enviaments", "Guia de talles", "Botigues", "Feina", "Premsa", "Blog", "Preguntes freqüents", "Garantia", "Pagament"],
    "no": ["Gavekort", "Spor bestilling", "Retur", "Frakt", "Størrelsesguide", "Butikker", "Jobb", "Presse", "Blogg", "Spørsmål og svar", "Garanti", "Betaling"],
}  # fmt: skip

STYLE_RULES = [
    ".btn{display:inline-block;padding:.5rem 1rem;border-radius:4px}",
    ".grid{display:grid;grid-template-columns:repeat(4,1fr);gap:1rem}",
    ".nav a{color:inherit;text-decoration:none}.nav a:hover{text-decoration:underline}",
    "@media (max-width:768px){.grid{grid-template-columns:1fr 1fr}.sidebar{display:none}}",
    ".footer{background:#111;color:#eee;padding:3rem 0}.footer a{color:#ccc}",
    ".visually-hidden{position:absolute!important;clip:rect(1px,1px,1px,1px)}",
]
ANALYTICS = (
    "!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};"
    "if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;"
    "s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js');"
    "window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-XXXX');"
)


def _w(case: Any) -> dict[str, Any]:
    return WORDS.get(case.lang, WORDS["en"])


def _links(case: Any) -> list[str]:
    return LINKS.get(case.lang, LINKS["en"])


def _slug(text: str) -> str:
    return "-".join(text.lower().split())[:40]


def _head(case: Any, rng: random.Random, extra: str = "", css_weight: int = 10) -> str:
    """The head real sites ship: styles inline, a config blob, analytics, fonts."""
    title = f"<title>{case.title}</title>" if case.title is not None else ""
    rtl = "rtl" if case.lang in ("ur", "ar", "he", "fa") else "ltr"
    css = "".join(rng.choice(STYLE_RULES) for _ in range(css_weight * 8))
    config = json.dumps(
        {
            "locale": case.lang,
            "currency": "EUR",
            "experiments": {f"exp_{i}": rng.random() < 0.5 for i in range(40)},
        }
    )
    return (
        f"<!DOCTYPE html><html lang='{case.lang}' dir='{rtl}'><head><meta charset='utf-8'>"
        f"<meta name='viewport' content='width=device-width,initial-scale=1'>{title}"
        f"<link rel='preconnect' href='https://fonts.gstatic.com'><link rel='stylesheet' href='/static/css/styles-m.css'>"
        f"<link rel='icon' href='/favicon.ico'><style>{css}</style><script>window.APP_CONFIG={config};</script>"
        f"<script>{ANALYTICS}</script>{extra}</head>"
    )


def _mega(case: Any, rng: random.Random, columns: int = 6) -> str:
    """A mega menu: each main entry opens columns of links."""
    w, links = _w(case), _links(case)
    entries = "".join(
        f"<li class='level0 parent'><a href='/{_slug(m)}.html'>{m}</a><div class='submenu'>"
        + "".join(
            f"<ul class='column'>{''.join(f'<li><a href=/{_slug(m)}/{_slug(x)}-{rng.randrange(99)}>{x}</a></li>' for x in rng.sample(links, k=min(6, len(links))))}</ul>"
            for _ in range(columns // 2)
        )
        + "</div></li>"
        for m in w["menu"]
    )
    return f"<nav class='navigation' role='navigation'><ul class='nav ui-menu'>{entries}</ul></nav>"


def _footer(case: Any, rng: random.Random, columns: int = 4) -> str:
    w, links = _w(case), _links(case)
    cols = "".join(
        f"<div class='footer-col'><h4>{w['menu'][i + 2]}</h4><ul>{''.join(f'<li><a href=/{_slug(x)}>{x}</a></li>' for x in rng.sample(links, k=min(8, len(links))))}</ul></div>"
        for i in range(columns)
    )
    return (
        f"<footer class='footer'><div class='footer-cols'>{cols}</div>"
        f"<div class='newsletter'><form action='/newsletter'><input type='email' placeholder='Email'><button>→</button></form></div>"
        f"<p class='legal'>{w['footer']}</p><p class='copyright'>© 2026 {case.site}</p></footer>"
    )


def _cookie(case: Any) -> str:
    w = _w(case)
    return (
        f"<div class='cc-window cc-banner' role='dialog' aria-label='cookieconsent'><span class='cc-message'>{w['cookie']}</span>"
        f"<a class='cc-btn cc-dismiss' role='button' tabindex='0'>{w['accept']}</a></div>"
    )


def _main(case: Any, h1_class: str = "page-title") -> str:
    from softdead.devset import _filler  # the DEV set's filler paragraphs, when a case asks

    h1 = f"<h1 class='{h1_class}'><span class='base'>{case.h1}</span></h1>" if case.h1 else ""
    return h1 + case.message + str(_filler(case))


def _products(case: Any, rng: random.Random, count: int = 8) -> str:
    names = [
        "Linen shirt",
        "Canvas tote",
        "Wool scarf",
        "Ceramic mug",
        "Desk lamp",
        "Rain jacket",
        "Leather belt",
        "Travel bottle",
        "Cotton socks",
        "Notebook A5",
    ]
    return "".join(
        f"<li class='item product product-item'><div class='product-item-info'><a href='/{_slug(n)}-{rng.randrange(999)}.html' class='product-item-photo'>"
        f"<img class='product-image-photo' src='/media/catalog/product/{rng.randrange(9)}/{rng.randrange(9)}/p{i}.jpg' alt='{n}' loading='lazy'></a>"
        f"<strong class='product-item-name'><a href='/{_slug(n)}.html'>{n}</a></strong>"
        f"<span class='price'>€{rng.randrange(9, 120)},{rng.randrange(10, 99)}</span>"
        f"<button class='action tocart primary'>+</button></div></li>"
        for i, n in enumerate(rng.sample(names, k=min(count, len(names))))
    )


def _magento(case: Any, rng: random.Random) -> str:
    init = json.dumps(
        {
            "*": {
                "Magento_Ui/js/core/app": {
                    "components": {
                        f"component{i}": {
                            "component": "Magento_Catalog/js/view",
                            "config": {"id": i},
                        }
                        for i in range(30)
                    }
                }
            }
        }
    )
    return (
        _head(case, rng, "<script type='text/x-magento-init'>" + init + "</script>")
        + f"<body class='cms-page-view cms-index page-layout-1column' data-container='body'>"
        f"<div class='page-wrapper'><div class='panel wrapper'><div class='panel header'><a class='action skip contentarea' href='#contentarea'>Skip to Content</a>"
        f"<ul class='header links'><li><a href='/customer/account/login/'>Sign In</a></li><li><a href='/customer/account/create/'>Create an Account</a></li></ul></div></div>"
        f"<header class='page-header'><div class='header content'><a class='logo' href='/'><img src='/static/frontend/Luma/logo.svg' alt='{case.site}'></a>"
        f"<div class='minicart-wrapper'><a class='action showcart' href='/checkout/cart/'><span class='counter qty empty'>0</span></a></div>"
        f"<div class='block block-search'><form id='search_mini_form' action='/catalogsearch/result/'><input id='search' name='q' placeholder='{_w(case)['search']}'></form></div></div></header>"
        f"<div class='sections nav-sections'>{_mega(case, rng)}</div>"
        f"<main id='maincontent' class='page-main'><a id='contentarea' tabindex='-1'></a><div class='columns'><div class='column main'>"
        f"<div class='page-title-wrapper'></div>{_main(case)}"
        f"<div class='block widget block-products-list grid'><div class='block-title'><strong>{_w(case)['related']}</strong></div>"
        f"<ol class='products list items product-items'>{_products(case, rng)}</ol></div></div></div></main>"
        f"{_footer(case, rng)}{_cookie(case)}</div></body></html>"
    )


def _woocommerce(case: Any, rng: random.Random) -> str:
    body_class = "page-template-default page woocommerce-page"
    return (
        _head(
            case,
            rng,
            '<meta name=\'generator\' content=\'WooCommerce 8.4.0\'><script id=\'wc-add-to-cart-js-extra\'>var wc_add_to_cart_params={"ajax_url":"/wp-admin/admin-ajax.php","i18n_view_cart":"View cart"};</script>',
        )
        + f"<body class='{body_class} theme-storefront'><div id='page' class='hfeed site'>"
        f"<header id='masthead' class='site-header' role='banner'><div class='col-full'><a class='skip-link screen-reader-text' href='#site-navigation'>Skip to navigation</a>"
        f"<div class='site-branding'><a href='/' class='custom-logo-link'>{case.site}</a></div>"
        f"<div class='site-search'><form role='search' class='woocommerce-product-search' action='/'><input type='search' name='s' placeholder='{_w(case)['search']}'><input type='hidden' name='post_type' value='product'></form></div>"
        f"<ul id='site-header-cart' class='site-header-cart menu'><li><a class='cart-contents' href='/cart/'><span class='woocommerce-Price-amount amount'>0,00€</span> <span class='count'>0</span></a></li></ul></div>"
        f"<div class='storefront-primary-navigation'>{_mega(case, rng, 4)}</div></header>"
        f"<div id='content' class='site-content'><div class='col-full'><div class='woocommerce'></div>"
        f"<div id='primary' class='content-area'><main id='main' class='site-main' role='main'><div class='entry'><div class='page-content'>{_main(case, 'entry-title')}</div></div>"
        f"<section class='products'><h2>{_w(case)['related']}</h2><ul class='products columns-4'>{_products(case, rng, 4)}</ul></section></main></div>"
        f"<div id='secondary' class='widget-area'><div class='widget woocommerce widget_product_categories'><ul class='product-categories'>"
        f"{''.join(f'<li class=cat-item><a href=/product-category/{_slug(x)}/>{x}</a> <span class=count>({rng.randrange(3, 80)})</span></li>' for x in _links(case))}</ul></div></div></div></div>"
        f"{_footer(case, rng)}<div class='storefront-handheld-footer-bar'><ul class='columns-3'><li class='my-account'><a href='/my-account/'>My Account</a></li><li class='search'><a href=''>Search</a></li><li class='cart'><a href='/cart/'>Cart</a></li></ul></div>"
        f"</div>{_cookie(case)}<script src='/wp-content/plugins/woocommerce/assets/js/frontend/woocommerce.min.js'></script></body></html>"
    )


def _prestashop(case: Any, rng: random.Random) -> str:
    prestashop = json.dumps(
        {
            "cart": {"products": [], "totals": {"total": {"amount": 0}}},
            "currency": {"iso_code": "EUR"},
            "page": {"page_name": "cms"},
            "static_token": "a1b2",
            "modules": {f"ps_mod{i}": {"enabled": True} for i in range(25)},
        }
    )
    return (
        _head(case, rng, f"<script>var prestashop = {prestashop};</script>")
        + f"<body id='cms' class='lang-{case.lang} country-eu'><main>"
        f"<header id='header'><div class='header-banner'><p>{_links(case)[3]}</p></div><nav class='header-nav'><div class='user-info'><a href='/login'>{_w(case)['menu'][-1]}</a></div>"
        f"<div id='_desktop_cart'><div class='blockcart cart-preview inactive'><span class='cart-products-count'>(0)</span></div></div></nav>"
        f"<div class='header-top'><div id='_desktop_logo'><a href='/'><img class='logo' src='/img/logo.jpg' alt='{case.site}'></a></div>{_mega(case, rng, 4)}"
        f"<div id='search_widget' class='search-widget'><form method='get' action='/search'><input type='text' name='s' placeholder='{_w(case)['search']}'></form></div></div></header>"
        f"<section id='wrapper'><nav data-depth='1' class='breadcrumb'><ol><li><a href='/'>{_w(case)['menu'][0]}</a></li></ol></nav>"
        f"<div id='content-wrapper'><section id='main'><div class='page-content page-cms'>{_main(case, 'h1')}</div>"
        f"<section class='featured-products clearfix'><h2>{_w(case)['related']}</h2><div class='products'>{_products(case, rng, 6)}</div></section></section></div></section>"
        f"{_footer(case, rng)}</main>{_cookie(case)}</body></html>"
    )


def _bigcommerce(case: Any, rng: random.Random) -> str:
    context = json.dumps(
        {
            "themeSettings": {
                f"setting_{i}": rng.choice(["#fff", "#000", True, 12]) for i in range(60)
            },
            "page_type": "page",
            "currency_code": "USD",
        }
    )
    return (
        _head(
            case,
            rng,
            f"<script>window.stencilBootstrap('page', {json.dumps(context)}).load();</script>",
        )
        + f"<body><svg style='display:none'><symbol id='icon-search'><path d='M0 0h24v24H0z'/></symbol><symbol id='icon-cart'><path d='M7 18c-1.1 0-2 .9-2 2'/></symbol></svg>"
        f"<header class='header' role='banner'><a href='#' class='mobileMenu-toggle'><span class='mobileMenu-toggleIcon'>Toggle menu</span></a>"
        f"<div class='header-logo'><a href='/' class='header-logo__link'><span class='header-logo-text'>{case.site}</span></a></div>"
        f"<div class='navPages-container' id='menu'>{_mega(case, rng, 4)}</div>"
        f"<nav class='navUser'><ul class='navUser-section'><li><a class='navUser-action' href='/login.php'>Sign in</a></li><li><a class='navUser-action' href='/cart.php'>Cart <span class='countPill'>0</span></a></li></ul></nav></header>"
        f"<main class='body' id='main-content' role='main'><div class='container'><div class='page'><main class='page-content'>{_main(case, 'page-heading')}"
        f"<form class='form' action='/search.php'><input class='form-input' name='search_query' placeholder='{_w(case)['search']}'></form></main></div>"
        f"<section class='productCarousel'><h2 class='page-heading'>{_w(case)['related']}</h2><ul>{_products(case, rng, 6)}</ul></section></div></main>"
        f"{_footer(case, rng)}{_cookie(case)}<script src='https://cdn11.bigcommerce.com/s-abc/stencil/theme-bundle.main.js'></script></body></html>"
    )


DOC_TREE = [
    "Installation",
    "Quickstart",
    "Configuration",
    "Command line",
    "Plugins",
    "Deployment",
    "Upgrading",
    "Troubleshooting",
    "API reference",
    "Changelog",
    "Contributing",
    "License",
    "Architecture",
    "Security",
    "Performance tuning",
    "Glossary",
]


def _doc_tree(rng: random.Random, cls: str) -> str:
    return (
        f"<ul class='{cls}'>"
        + "".join(
            f"<li class='toctree-l1'><a class='reference internal' href='/en/latest/{_slug(t)}.html'>{t}</a><ul>"
            + "".join(
                f"<li class='toctree-l2'><a href='/en/latest/{_slug(t)}.html#s{j}'>{t} {j}</a></li>"
                for j in range(rng.randrange(2, 6))
            )
            + "</ul></li>"
            for t in DOC_TREE
        )
        + "</ul>"
    )


def _sphinx(case: Any, rng: random.Random) -> str:
    """Sphinx with the Read the Docs theme, as served by readthedocs.io (flyout and all)."""
    return (
        _head(
            case,
            rng,
            '<script>READTHEDOCS_DATA={"project":"pipkit","version":"latest","language":"en","builder":"sphinx","theme":"sphinx_rtd_theme"};</script><script src=\'_static/doctools.js\'></script><script src=\'_static/sphinx_highlight.js\'></script>',
            16,
        )
        + f"<body class='wy-body-for-nav'><div class='wy-grid-for-nav'><nav data-toggle='wy-nav-shift' class='wy-nav-side'><div class='wy-side-scroll'>"
        f"<div class='wy-side-nav-search'><a href='index.html' class='icon icon-home'>{case.site}</a><div class='version'>latest</div>"
        f"<div role='search'><form id='rtd-search-form' class='wy-form' action='search.html'><input type='text' name='q' placeholder='Search docs'></form></div></div>"
        f"<div class='wy-menu wy-menu-vertical' role='navigation' aria-label='Navigation menu'><p class='caption'><span class='caption-text'>Contents</span></p>{_doc_tree(rng, 'current')}</div></div></nav>"
        f"<section data-toggle='wy-nav-shift' class='wy-nav-content-wrap'><nav class='wy-nav-top'><a href='index.html'>{case.site}</a></nav><div class='wy-nav-content'><div class='rst-content'>"
        f"<div role='navigation' aria-label='Page navigation'><ul class='wy-breadcrumbs'><li><a href='index.html' class='icon icon-home'></a></li><li class='wy-breadcrumbs-aside'><a href='https://github.com/example/pipkit/blob/main/docs/index.rst' class='fa fa-github'> Edit on GitHub</a></li></ul><hr></div>"
        f"<div role='main' class='document' itemscope='itemscope' itemtype='http://schema.org/Article'><div itemprop='articleBody'><section>{_main(case, '')}</section></div></div>"
        f"<footer><hr><div role='contentinfo'><p>© Copyright 2019-2026, The {case.site} authors.</p></div>Built with <a href='https://www.sphinx-doc.org/'>Sphinx</a> using a <a href='https://github.com/readthedocs/sphinx_rtd_theme'>theme</a> provided by <a href='https://readthedocs.org'>Read the Docs</a>.</footer>"
        f"</div></div></section></div><div class='rst-versions' data-toggle='rst-versions' role='note'><span class='rst-current-version'>v: latest</span><div class='rst-other-versions'><dl><dt>Versions</dt>"
        f"{''.join(f'<dd><a href=/en/{v}/>{v}</a></dd>' for v in ['latest', 'stable', '3.2', '3.1', '3.0', '2.9', '2.8'])}</dl><dl><dt>Downloads</dt><dd><a href='/_/downloads/en/latest/pdf/'>PDF</a></dd><dd><a href='/_/downloads/en/latest/epub/'>epub</a></dd></dl></div></div></body></html>"
    )


def _docusaurus(case: Any, rng: random.Random) -> str:
    return (
        _head(
            case,
            rng,
            "<meta name='generator' content='Docusaurus v3.1.0'><link rel='alternate' type='application/rss+xml' href='/blog/rss.xml'><script src='/assets/js/runtime~main.3f2a.js' defer></script><script src='/assets/js/main.91bc.js' defer></script>",
            8,
        )
        + f"<body class='navigation-with-keyboard'><script>(function(){{var t=localStorage.getItem('theme');document.documentElement.setAttribute('data-theme',t||'light')}})()</script>"
        f"<div id='__docusaurus'><div role='region' aria-label='Skip to main content'><a class='skipToContent_fXgn' href='#__docusaurus_skipToContent_fallback'>Skip to main content</a></div>"
        f"<nav aria-label='Main' class='navbar navbar--fixed-top'><div class='navbar__inner'><div class='navbar__items'><a class='navbar__brand' href='/'><b class='navbar__title'>{case.site}</b></a>"
        f"<a class='navbar__item navbar__link' href='/docs/intro'>Docs</a><a class='navbar__item navbar__link' href='/docs/api'>API</a><a class='navbar__item navbar__link' href='/blog'>Blog</a></div>"
        f"<div class='navbar__items navbar__items--right'><div class='navbar__item dropdown'><a class='navbar__link' href='#'>3.x</a></div><a href='https://github.com/example' class='navbar__item navbar__link header-github-link'>GitHub</a>"
        f"<div class='navbarSearchContainer'><button type='button' class='DocSearch DocSearch-Button' aria-label='Search'><span class='DocSearch-Button-Placeholder'>Search</span><kbd>⌘K</kbd></button></div></div></div></nav>"
        f"<div id='__docusaurus_skipToContent_fallback' class='main-wrapper mainWrapper_z2l0'><div class='docsWrapper'><div class='docRoot'><aside class='theme-doc-sidebar-container'><nav aria-label='Docs sidebar' class='menu thin-scrollbar'>{_doc_tree(rng, 'theme-doc-sidebar-menu menu__list')}</nav></aside>"
        f"<main class='docMainContainer'><div class='container padding-top--md padding-bottom--lg'><div class='row'><div class='col docItemCol'><article><div class='theme-doc-markdown markdown'>{_main(case, '')}</div></article></div></div></div></main></div></div></div>"
        f"<footer class='footer footer--dark'><div class='container container-fluid'><div class='row footer__links'>"
        + "".join(
            f"<div class='col footer__col'><div class='footer__title'>{h}</div><ul class='footer__items clean-list'>{''.join(f'<li class=footer__item><a class=footer__link-item href=/{_slug(x)}>{x}</a></li>' for x in rng.sample(DOC_TREE, 5))}</ul></div>"
            for h in ["Docs", "Community", "More"]
        )
        + f"</div><div class='footer__bottom text--center'><div class='footer__copyright'>Copyright © 2026 {case.site}. Built with Docusaurus.</div></div></div></footer></div></body></html>"
    )


def _mkdocs(case: Any, rng: random.Random) -> str:
    """MkDocs with the Material theme: header, tabs, left nav, right table of contents."""
    return (
        _head(
            case,
            rng,
            "<meta name='generator' content='mkdocs-1.5.3, mkdocs-material-9.5.2'><link rel='stylesheet' href='assets/stylesheets/main.50c56a3b.min.css'>",
            8,
        )
        + f"<body dir='ltr' data-md-color-scheme='default' data-md-color-primary='indigo'><input class='md-toggle' data-md-toggle='drawer' type='checkbox' id='__drawer'><input class='md-toggle' data-md-toggle='search' type='checkbox' id='__search'>"
        f"<a href='#' class='md-skip'>Skip to content</a><header class='md-header md-header--shadow' data-md-component='header'><nav class='md-header__inner md-grid' aria-label='Header'>"
        f"<a href='.' title='{case.site}' class='md-header__button md-logo'>{case.site}</a><div class='md-header__title'><span class='md-ellipsis'>{case.site}</span></div>"
        f"<div class='md-search' data-md-component='search' role='dialog'><form class='md-search__form' name='search'><input type='text' class='md-search__input' name='query' aria-label='Search' placeholder='Search'></form></div>"
        f"<div class='md-header__source'><a href='https://github.com/example/tool' class='md-source'>example/tool</a></div></nav></header>"
        f"<div class='md-container' data-md-component='container'><nav class='md-tabs' aria-label='Tabs'><ul class='md-tabs__list'>{''.join(f'<li class=md-tabs__item><a href=/{_slug(t)}/ class=md-tabs__link>{t}</a></li>' for t in DOC_TREE[:6])}</ul></nav>"
        f"<main class='md-main' data-md-component='main'><div class='md-main__inner md-grid'><div class='md-sidebar md-sidebar--primary' data-md-component='sidebar' data-md-type='navigation'><nav class='md-nav md-nav--primary'>{_doc_tree(rng, 'md-nav__list')}</nav></div>"
        f"<div class='md-sidebar md-sidebar--secondary' data-md-type='toc'><nav class='md-nav md-nav--secondary'><label class='md-nav__title'>Table of contents</label></nav></div>"
        f"<div class='md-content' data-md-component='content'><article class='md-content__inner md-typeset'>{_main(case, '')}</article></div></div></main>"
        f"<footer class='md-footer'><div class='md-footer-meta md-typeset'><div class='md-copyright'>Copyright © 2026 {case.site} · Made with <a href='https://squidfunk.github.io/mkdocs-material/'>Material for MkDocs</a></div></div></footer></div>"
        f"<script id='__config' type='application/json'>{json.dumps({'base': '.', 'features': ['navigation.tabs', 'search.highlight'], 'search': 'assets/javascripts/workers/search.js', 'translations': {'clipboard.copy': 'Copy to clipboard', 'search.result.none': 'No matching documents'}})}</script></body></html>"
    )


def _gitbook(case: Any, rng: random.Random) -> str:
    state = json.dumps(
        {
            "space": {"id": "-M1x", "title": case.site},
            "pages": [{"title": t, "path": _slug(t)} for t in DOC_TREE] * 3,
            "revision": rng.randrange(10**6),
        }
    )
    return (
        _head(case, rng, "<meta name='generator' content='GitBook (28.0.0)'>", 14)
        + f"<body><div id='__next'><div class='flex flex-col'><header class='sticky top-0 z-10 border-b'><div class='flex items-center'><a href='/' class='text-lg font-semibold'>{case.site}</a>"
        f"<button class='search-button'>Search...<kbd>Ctrl K</kbd></button></div></header><div class='flex'><aside class='w-72 hidden lg:block'><nav>{_doc_tree(rng, 'toc flex flex-col')}</nav>"
        f"<a class='text-xs' href='https://www.gitbook.com/?utm_source=content'>Powered by GitBook</a></aside>"
        f"<main class='flex-1 max-w-3xl'><div class='page-body'>{_main(case, 'text-4xl font-bold')}</div>"
        f"<div class='page-footer flex justify-between'><span>Last updated {rng.randrange(2, 11)} months ago</span><span>Was this helpful?</span></div></main></div></div></div>"
        f"<script id='__NEXT_DATA__' type='application/json'>{state}</script></body></html>"
    )


HELP_SECTIONS = [
    "Getting started",
    "Account & billing",
    "Orders & shipping",
    "Integrations",
    "Mobile app",
    "Security & privacy",
    "Troubleshooting",
    "Release notes",
]


def _help_cards(rng: random.Random) -> str:
    return "".join(
        f"<li class='blocks-item'><a href='/hc/en-us/categories/{rng.randrange(10**9)}' class='blocks-item-link'><span class='blocks-item-title'>{s}</span>"
        f"<span class='blocks-item-description'>{rng.randrange(4, 40)} articles</span></a></li>"
        for s in HELP_SECTIONS
    )


def _zendesk(case: Any, rng: random.Random) -> str:
    return (
        _head(
            case,
            rng,
            '<script>HelpCenter = {};HelpCenter.account = {"subdomain":"acme","environment":"production"};HelpCenter.user = {"role":"anonymous","locale":"en-us"};</script>',
            22,
        )
        + f"<body class='community-enabled'><a class='skip-navigation' tabindex='1' href='#main-content'>Skip to main content</a>"
        f"<header class='header'><div class='logo'><a title='Home' href='/hc/en-us'><img src='/hc/theming_assets/logo.png' alt='{case.site} Help Center home page'></a></div>"
        f"<div class='nav-wrapper-desktop'><nav class='user-nav' id='user-nav'><ul class='user-nav-list'><li><a href='/hc/en-us/community/topics'>Community</a></li><li><a class='submit-a-request' href='/hc/en-us/requests/new'>Submit a request</a></li></ul></nav>"
        f"<a class='sign-in' rel='nofollow' href='/hc/en-us/signin'>Sign in</a></div></header>"
        f"<main role='main'><div class='container-divider'></div><div class='container'><div class='sub-nav'><ol class='breadcrumbs'><li title='{case.site}'><a href='/hc/en-us'>{case.site}</a></li></ol>"
        f"<div class='search-container'><form role='search' class='search' action='/hc/en-us/search'><input type='search' name='query' placeholder='Search'></form></div></div>"
        f"<div class='article-container' id='main-content'>{_main(case, 'article-title')}</div>"
        f"<section class='section knowledge-base'><h2 class='visibility-hidden'>Categories</h2><ul class='blocks-list'>{_help_cards(rng)}</ul></section>"
        f"<section class='articles'><h2>Promoted articles</h2><ul class='article-list promoted-articles'>{''.join(f'<li class=promoted-articles-item><a href=/hc/en-us/articles/{rng.randrange(10**10)}>{s}: frequently asked questions</a></li>' for s in HELP_SECTIONS)}</ul></section></div></main>"
        f"<footer class='footer'><div class='footer-inner'><a title='Home' href='/hc/en-us'>{case.site}</a><div class='footer-language-selector'><div class='dropdown language-selector'><button class='dropdown-toggle'>English (US)</button></div></div></div></footer>"
        f"<script src='https://static.zdassets.com/hc/assets/en-us.b2a1.js'></script><script>{ANALYTICS * 2}</script></body></html>"
    )


def _freshdesk(case: Any, rng: random.Random) -> str:
    return (
        _head(
            case,
            rng,
            '<script>var portal = {"portal_id":1,"language":"en","current_user":null,"current_tab":"solutions"};</script>',
            32,
        )
        + f"<body><div class='page'><header class='banner'><div class='banner-wrapper page'><div class='banner-title'><a href='/support/home' class='portal-logo'><span class='portal-img'><img src='/logo.png' alt='Logo'></span></a>"
        f"<h1 class='ellipsis heading'>{case.site} Support</h1></div><nav class='banner-nav'><a href='/support/login'>Login</a> <a href='/support/signup'>Sign up</a></nav></div></header>"
        f"<nav class='page-tabs'><div class='nav-link' id='header-tabs'><a href='/support/home'>Home</a><a href='/support/solutions' class='active'>Solutions</a><a href='/support/discussions'>Forums</a></div></nav>"
        f"<section class='help-center rounded-6'><div class='hc-search'><div class='hc-search-c'><form class='hc-search-form print--remove' action='/support/search'><input placeholder='Enter your search term here...' type='text' name='term'></form></div></div>"
        f"<div class='hc-nav'><nav><a href='/support/tickets/new' class='mobile-icon-nav-newticket'>New support ticket</a><a href='/support/tickets' class='mobile-icon-nav-status'>Check ticket status</a></nav></div></section>"
        f"<div class='c-wrapper'><section class='main content rounded-6 min-height-on-desktop fc-solution-home'><div class='fc-article-show' id='article-show'>{_main(case, 'heading')}</div></section>"
        f"<section class='sidebar content rounded-6'><h3 class='list-lead'>Related articles</h3><ul class='article-list'>{''.join(f'<li><a href=/support/solutions/articles/{rng.randrange(10**11)}>{s} guide</a></li>' for s in HELP_SECTIONS)}</ul></section></div>"
        f"<div class='footer-links'><a href='https://freshdesk.com/helpdesk-software'>Help Desk Software</a> by Freshdesk</div></div><script src='https://assets.freshdesk.com/assets/cdn/portal_utils.js'></script></body></html>"
    )


def _intercom(case: Any, rng: random.Random) -> str:
    return (
        _head(
            case,
            rng,
            '<meta name=\'intercom:trackingEvent\' content=\'{"name":"Viewed Help Center Page"}\'><script>window.intercomSettings={"app_id":"abc123","help_center":true};</script>',
            28,
        )
        + f"<body><div class='flex min-h-full flex-col'><header class='header__hero'><div class='container header__container'><div class='header__logo'><a href='/en/'><img alt='{case.site} Help Center' src='/logo.png'></a></div>"
        f"<div class='header__links'><a href='https://www.example.com' class='header__link'>Go to {case.site}</a><select class='header__lang-select'><option>English</option><option>Français</option><option>Deutsch</option></select></div>"
        f"<div class='header__form search'><form action='/en/' autocomplete='off'><input type='text' name='q' placeholder='Search for articles...'></form></div></div></header>"
        f"<main class='body__main'><div class='container'><section class='content'><div class='article intercom-force-break'><div class='article__meta'>{_main(case, 't__h1')}</div></div></section>"
        f"<section class='section collections'>{''.join(f'<a class=paper href=/en/collections/{rng.randrange(10**7)}><h2 class=t__h3>{s}</h2><span class=avatar__info>{rng.randrange(3, 30)} articles</span></a>' for s in HELP_SECTIONS)}</section></div></main>"
        f"<footer class='footer'><div class='container'><div class='footer__logo'><a href='/en/'>{case.site}</a></div><div class='footer__advert logo'><img src='/intercom-logo.png' alt=''><a href='https://www.intercom.com/intercom-link'>We run on Intercom</a></div></div></footer></div>"
        f"<script src='https://static.intercomassets.com/assets/help_center/app.js'></script><script>{ANALYTICS * 2}</script></body></html>"
    )


def _university(case: Any, rng: random.Random) -> str:
    units = [
        "Admissions",
        "Undergraduate study",
        "Postgraduate study",
        "Research",
        "Faculties",
        "Library",
        "Student life",
        "International students",
        "Alumni",
        "News and events",
        "Staff directory",
        "Jobs",
    ]
    return (
        _head(
            case,
            rng,
            '<script type=\'application/ld+json\'>{"@context":"https://schema.org","@type":"CollegeOrUniversity","name":"'
            + case.site
            + '"}</script>',
        )
        + f"<body class='t4-page layout-full'><a href='#main' class='skip'>Skip to main content</a><div class='alert-banner'>Term dates and exam timetables are now available.</div>"
        f"<header class='uni-header'><div class='uni-header__top'><a href='/' class='uni-logo'>{case.site}</a><ul class='audience-nav'><li><a href='/students'>Current students</a></li><li><a href='/staff'>Staff</a></li><li><a href='/visitors'>Visitors</a></li></ul>"
        f"<form action='/search' class='uni-search'><input type='search' name='query' placeholder='{_w(case)['search']}'></form></div>"
        f"<nav class='uni-nav'><ul>{''.join(f'<li><a href=/{_slug(u)}>{u}</a><ul>' + ''.join(f'<li><a href=/{_slug(u)}/{_slug(x)}>{x}</a></li>' for x in rng.sample(units, 6)) + '</ul></li>' for u in units)}</ul></nav></header>"
        f"<div class='breadcrumb'><a href='/'>{_w(case)['menu'][0]}</a> / <a href='/{_slug(units[rng.randrange(12)])}'>{units[rng.randrange(12)]}</a></div>"
        f"<main id='main' class='uni-main'><div class='uni-content'>{_main(case, 'uni-title')}</div><aside class='uni-related'><h2>Quick links</h2><ul>{''.join(f'<li><a href=/{_slug(u)}>{u}</a></li>' for u in units)}</ul></aside></main>"
        f"<footer class='uni-footer'><div class='uni-footer__cols'>{''.join(f'<div><h3>{u}</h3><ul>' + ''.join(f'<li><a href=/{_slug(x)}>{x}</a></li>' for x in rng.sample(units, 5)) + '</ul></div>' for u in units[:4])}</div>"
        f"<p>{case.site}, University Road · Registered charity · {_w(case)['footer']}</p></footer>{_cookie(case)}</body></html>"
    )


def _library(case: Any, rng: random.Random) -> str:
    """A public library's catalogue and events site (Koha/BiblioCommons-like)."""
    branches = [
        "Central Library",
        "Northside Branch",
        "Riverside Branch",
        "Hillcrest Branch",
        "Mobile Library",
        "Local Studies Centre",
    ]
    return (
        _head(
            case,
            rng,
            '<script>var BC_CONFIG={"library":"citylib","locale":"' + case.lang + '"};</script>',
            24,
        )
        + f"<body class='opac-main'><div id='wrapper'><header id='header-region'><a class='brand' href='/'>{case.site}</a>"
        f"<div id='members'><a href='/cgi-bin/koha/opac-user.pl'>{_w(case)['menu'][-1]}</a></div>"
        f"<div id='opac-main-search'><form name='searchform' action='/cgi-bin/koha/opac-search.pl'><select name='idx'><option value=''>Library catalogue</option><option value='ti'>Title</option><option value='au'>Author</option><option value='su'>Subject</option></select>"
        f"<input type='text' name='q' title='Type search term'><button type='submit'>{_w(case)['search']}</button></form></div>"
        f"<nav class='library-nav'><ul>{''.join(f'<li><a href=/{_slug(x)}>{x}</a></li>' for x in ['Catalogue', 'eBooks & eAudio', 'Events', 'Kids & teens', 'Local history', 'Study spaces', 'Join the library', 'Opening hours'])}</ul></nav></header>"
        f"<div class='main container-fluid'><div class='row'><div class='col-lg-3'><div id='branches'><h2>Branches</h2><ul>{''.join(f'<li><a href=/branches/{_slug(b)}>{b}</a> <span>Open today 9:00–{rng.randrange(17, 21)}:00</span></li>' for b in branches)}</ul></div></div>"
        f"<div class='col-lg-9'><div id='opac-content' class='maincontent'>{_main(case, 'title')}</div>"
        f"<div id='news'><h2>{_w(case)['related']}</h2>{''.join(f'<div class=newsitem><h3>{b}: new opening hours from January</h3><p>Posted {rng.randrange(1, 28)}/11/2026</p></div>' for b in branches[:4])}</div></div></div></div>"
        f"{_footer(case, rng, 3)}</div>{_cookie(case)}</body></html>"
    )


def _arc(case: Any, rng: random.Random) -> str:
    """A news site on Arc XP (Fusion): the page state is shipped twice, as HTML and as JSON."""
    headlines = [
        "Storm closes coastal roads as winds reach 100 km/h",
        "Council votes to extend tram line to the airport",
        "Hospital waiting lists fall for third month",
        "Stocks close higher after central bank holds rates",
        "Local bakery wins national bread award",
        "Police appeal for witnesses after late-night collision",
        "Schools to get new funding for science labs",
        "Review: the season's best new restaurants",
    ]
    content = {
        "content_elements": [
            {
                "type": "story",
                "headlines": {"basic": h},
                "_id": f"{rng.randrange(16**12):012X}",
                "website_url": f"/news/2026/12/0{rng.randrange(1, 5)}/{_slug(h)}/",
            }
            for h in headlines
        ]
        * 2
    }
    return (
        _head(
            case,
            rng,
            "<script async src='https://securepubads.g.doubleclick.net/tag/js/gpt.js'></script><link rel='amphtml' href='?outputType=amp'>",
            8,
        )
        + f"<body><div id='fusion-app' class='layout-section'><div class='ad-container ad-top'><div id='arcad_top'></div></div>"
        f"<header class='site-header'><a href='/' class='site-logo'>{case.site}</a><nav class='site-sections'>{''.join(f'<a href=/{_slug(s)}/>{s}</a>' for s in ['News', 'Politics', 'Business', 'Sport', 'Opinion', 'Culture', 'Travel', 'Weather', 'Obituaries', 'Puzzles'])}</nav>"
        f"<a class='subscribe-btn' href='/subscribe/'>Subscribe</a><a class='login-btn' href='/account/login/'>Log in</a></header>"
        f"<main class='main-content'><article class='article-body'>{_main(case, 'headline')}</article>"
        f"<section class='most-read'><h2>Most read</h2><ol>{''.join(f'<li><a href=/news/{_slug(h)}/>{h}</a></li>' for h in headlines)}</ol></section></main>"
        f"<footer class='site-footer'>{''.join(f'<a href=/{_slug(x)}/>{x}</a> ' for x in ['About us', 'Contact us', 'Advertise', 'Careers', 'Corrections', 'Ethics policy', 'Privacy policy', 'Terms of service', 'Cookie settings', 'Newsletters', 'e-Edition', 'Archives'])}"
        f"<p>© 2026 {case.site}. All rights reserved.</p></footer></div>"
        f"<script id='fusion-metadata' type='application/javascript'>window.Fusion=window.Fusion||{{}};Fusion.globalContent={json.dumps(content)};Fusion.contentCache={json.dumps(content)};</script></body></html>"
    )


def _statuspage(case: Any, rng: random.Random) -> str:
    components = [
        "API",
        "Dashboard",
        "Webhooks",
        "Email delivery",
        "Search",
        "File storage",
        "Authentication",
        "Billing",
        "Mobile push",
        "CDN",
    ]
    bars = "".join(
        f"<rect height='34' width='3' x='{i * 5}' y='0' fill='{'#2fcc66' if rng.random() > 0.03 else '#f1c40f'}'></rect>"
        for i in range(45)
    )
    return (
        _head(case, rng, "<meta name='generator' content='Atlassian Statuspage'>", 6)
        + f"<body class='status index status-none'><div class='layout-content status status-index starter'><div class='masthead-container basic'><div class='masthead has-logo'><div class='logo-container'><a href='/'>{case.site} Status</a></div>"
        f"<div class='updates-dropdown-container'><a class='show-updates-dropdown'>Subscribe to updates</a></div></div></div><div class='container'>{_main(case, 'page-name')}"
        f"<div class='components-section'>{''.join(f'<div class=component-container><div class=component-inner-container><span class=name>{c}</span><span class=component-status>Operational</span><svg class=availability-time-line-graphic viewBox=0,0,448,34>{bars}</svg></div></div>' for c in components)}</div>"
        f"<div class='page-footer'><a href='https://www.atlassian.com/software/statuspage'>Powered by Atlassian Statuspage</a></div></div></div></body></html>"
    )


def _placeholder(case: Any, rng: random.Random) -> str:
    """A page builder's coming-soon / under-construction page: no site navigation, a full-screen
    background, a countdown, social links and the builder's fonts, styles and scripts."""
    countdown = (
        "var end=new Date('2027-03-01T00:00:00Z');function tick(){var d=end-new Date();"
        + "document.getElementById('cd').textContent=Math.floor(d/864e5)+'d';}setInterval(tick,1000);"
        * 6
    )
    return (
        _head(
            case,
            rng,
            "<link rel='stylesheet' href='https://fonts.googleapis.com/css2?family=Montserrat:wght@300;600&display=swap'>",
            40,
        )
        + f"<body class='cs-page seedprod-template'><div id='sp-page' class='sp-bg' style=\"background-image:url('/wp-content/uploads/2026/11/bg-{rng.randrange(99)}.jpg')\">"
        f"<div class='sp-row'><div class='sp-col'><img class='sp-logo' src='/logo.png' alt=''>{_main(case, 'sp-headline')}"
        f"<div class='sp-countdown' id='cd'></div><div class='sp-social'>{''.join(f'<a href=https://{n}.com/example class=sp-social-{n}>{n}</a>' for n in ['facebook', 'instagram', 'x', 'linkedin', 'youtube'])}</div></div></div></div>"
        f"<script>{countdown}</script><script>{ANALYTICS * 3}</script></body></html>"
    )


def _registrar(case: Any, rng: random.Random) -> str:
    """A registrar's page on a lapsed domain: the registrar's own header, offers and footer."""
    offers = "".join(
        f"<div class='offer-card'><h3>{n}</h3><p class='price'>${rng.randrange(1, 30)}.99/yr</p><a class='btn' href='/search?ext={n}'>Register</a></div>"
        for n in [".com", ".net", ".org", ".shop", ".online", ".store", ".io", ".co"]
    )
    legal = [
        "Domain registration agreement",
        "Universal terms of service",
        "Privacy notice",
        "Do not sell my personal information",
        "ICANN registrant rights",
        "WHOIS policy",
        "Abuse reporting",
        "Trademark claims",
        "Cookie policy",
        "Accessibility",
    ]
    return (
        _head(
            case,
            rng,
            "<script src='https://img1.wsimg.com/signals/js/clients/scc-c2/scc-c2.min.js'></script>",
            36,
        )
        + f"<body class='reg-page'><header class='reg-header'><a href='https://registrar.test' class='reg-logo'>Registrar.test</a>"
        f"<nav>{''.join(f'<a href=https://registrar.test/{_slug(x)}>{x}</a>' for x in ['Domains', 'Websites', 'Hosting', 'Email', 'SSL', 'Marketing', 'Help', 'Sign in'])}</nav></header>"
        f"<main class='reg-main'><div class='notice'>{_main(case, 'notice-title')}</div>"
        f"<section class='offers'><h2>Find your next domain</h2><form action='https://registrar.test/search'><input name='q' placeholder='Find your domain'></form>{offers}</section></main>"
        f"<footer class='reg-footer'>{''.join(f'<a href=https://registrar.test/legal/{_slug(x)}>{x}</a> ' for x in legal)}<p>Copyright © 1999-2026 Registrar.test, LLC. All rights reserved.</p></footer>"
        f"<script>{ANALYTICS * 3}</script></body></html>"
    )


TEMPLATES: dict[str, Callable[[Any, random.Random], str]] = {
    "magento": _magento,
    "woocommerce": _woocommerce,
    "prestashop": _prestashop,
    "bigcommerce": _bigcommerce,
    "sphinx": _sphinx,
    "docusaurus": _docusaurus,
    "mkdocs": _mkdocs,
    "gitbook": _gitbook,
    "zendesk": _zendesk,
    "freshdesk": _freshdesk,
    "intercom": _intercom,
    "university": _university,
    "library": _library,
    "arc": _arc,
    "statuspage": _statuspage,
    "placeholder": _placeholder,
    "registrar": _registrar,
}


def render(case: Any) -> str:
    return TEMPLATES[case.chrome](case, random.Random(case.id))
