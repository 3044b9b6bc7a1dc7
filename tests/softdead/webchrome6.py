# ruff: noqa: E501  (menus, banners and prose in many languages: data, one item a line)
"""Site templates of the sixth blind set (``blind6.yaml``), written without reading
``curator.classify``, ``cases.yaml``, any earlier blind set or ``webchrome5.py``.

Each template is a site family the web is full of, assembled from parts real pages carry: a
utility strip, a mega menu, a search box, breadcrumbs, rails of related links, ad slots, inline
hydration or configuration JSON, a consent banner and a long footer. A template is a list of
parts, so twenty site kinds cost a table row each rather than pasted HTML. The chrome never
depends on a page's label: only the case's title, heading and message say whether it is gone.
Real pages in ``../shared/corpus`` were looked at for structure; no bytes are copied.

Rails, ad slot ids and the render stamp are seeded by the case *and the requested path*, and
the canonical link and a pre-filled search box echo the path, so a site that renders every
unknown URL through its template (probe ``varied``) answers differently per URL.
``{path}`` in a message is the requested path (escaped); ``<meta http-equiv>`` and
``<script data-head>`` blocks in a message go to the head.

``render(case)`` returns the page for a case whose ``chrome`` names one of ``TEMPLATES``.
"""

from __future__ import annotations

import hashlib
import html
import json
import random
import re
from collections.abc import Callable
from typing import Any

from softdead.webchrome4 import PROSE as PROSE4
from softdead.webchrome4 import RAIL as RAIL4

RTL = frozenset({"ar", "he", "fa", "ur"})

# Per language: menu (7), consent text, accept, search, related heading, footer line.
WORDS: dict[str, tuple[list[str], str, str, str, str, str]] = {
    "en": (["Home", "Shop", "Guides", "Community", "Events", "Careers", "Help"], "This site uses cookies to keep you signed in, measure traffic and personalise offers.", "OK, got it", "Search", "You might also like", "Privacy · Terms · Cookie settings · Modern slavery statement · Sitemap"),
    "de": (["Start", "Shop", "Ratgeber", "Community", "Termine", "Karriere", "Hilfe"], "Diese Website verwendet Cookies, um Sie angemeldet zu halten, Reichweite zu messen und Angebote anzupassen.", "Verstanden", "Suchen", "Das könnte Sie auch interessieren", "Datenschutz · AGB · Cookie-Einstellungen · Impressum · Sitemap"),
    "fr": (["Accueil", "Boutique", "Guides", "Communauté", "Agenda", "Carrières", "Aide"], "Ce site utilise des cookies pour garder votre session, mesurer l'audience et personnaliser les offres.", "J'ai compris", "Rechercher", "À lire aussi", "Confidentialité · CGV · Gestion des cookies · Mentions légales · Plan du site"),
    "es": (["Inicio", "Tienda", "Guías", "Comunidad", "Eventos", "Empleo", "Ayuda"], "Este sitio usa cookies para mantener tu sesión, medir el tráfico y personalizar ofertas.", "Entendido", "Buscar", "También te puede interesar", "Privacidad · Condiciones · Cookies · Aviso legal · Mapa del sitio"),
    "it": (["Home", "Negozio", "Guide", "Community", "Eventi", "Lavora con noi", "Aiuto"], "Questo sito usa cookie per mantenere l'accesso, misurare il traffico e personalizzare le offerte.", "Ho capito", "Cerca", "Potrebbe interessarti", "Privacy · Termini · Cookie · Note legali · Mappa del sito"),
    "pt": (["Início", "Loja", "Guias", "Comunidade", "Eventos", "Carreiras", "Ajuda"], "Este site usa cookies para manter sua sessão, medir o tráfego e personalizar ofertas.", "Entendi", "Pesquisar", "Você também pode gostar", "Privacidade · Termos · Cookies · Expediente · Mapa do site"),
    "nl": (["Home", "Winkel", "Gidsen", "Community", "Agenda", "Vacatures", "Hulp"], "Deze site gebruikt cookies om je ingelogd te houden, bezoek te meten en aanbiedingen af te stemmen.", "Prima", "Zoeken", "Misschien ook interessant", "Privacy · Voorwaarden · Cookie-instellingen · Colofon · Sitemap"),
    "pl": (["Start", "Sklep", "Poradniki", "Społeczność", "Wydarzenia", "Kariera", "Pomoc"], "Ta strona używa plików cookie, aby utrzymać logowanie, mierzyć ruch i dopasować oferty.", "Rozumiem", "Szukaj", "Może Cię zainteresować", "Prywatność · Regulamin · Ustawienia cookie · Mapa strony"),
    "ru": (["Главная", "Магазин", "Гайды", "Сообщество", "Афиша", "Вакансии", "Помощь"], "Сайт использует cookie, чтобы сохранять вход, считать посещаемость и подбирать предложения.", "Понятно", "Поиск", "Читайте также", "Конфиденциальность · Условия · Настройки cookie · Карта сайта"),
    "uk": (["Головна", "Магазин", "Поради", "Спільнота", "Афіша", "Вакансії", "Довідка"], "Сайт використовує файли cookie, щоб зберігати вхід, рахувати відвідування й добирати пропозиції.", "Зрозуміло", "Пошук", "Читайте також", "Конфіденційність · Умови · Налаштування cookie · Мапа сайту"),
    "tr": (["Ana sayfa", "Mağaza", "Rehberler", "Topluluk", "Etkinlikler", "Kariyer", "Yardım"], "Bu site oturumunuzu açık tutmak, trafiği ölçmek ve teklifleri kişiselleştirmek için çerez kullanır.", "Tamam", "Ara", "Bunlar da ilginizi çekebilir", "Gizlilik · Koşullar · Çerez ayarları · KVKK · Site haritası"),
    "ja": (["ホーム", "ストア", "ガイド", "コミュニティ", "イベント", "採用情報", "ヘルプ"], "当サイトはログイン状態の保持、アクセス解析、おすすめ表示のためにCookieを使用します。", "OK", "検索", "こちらもおすすめ", "プライバシー · 利用規約 · Cookie設定 · 特定商取引法に基づく表記 · サイトマップ"),
    "zh": (["首页", "商城", "指南", "社区", "活动", "招聘", "帮助"], "本站使用 Cookie 保持登录、统计访问并个性化推荐。", "知道了", "搜索", "猜你喜欢", "隐私政策 · 用户协议 · Cookie 设置 · 京ICP备000000号 · 网站地图"),
    "ko": (["홈", "스토어", "가이드", "커뮤니티", "이벤트", "채용", "고객센터"], "로그인 유지, 방문 통계, 맞춤 혜택 제공을 위해 쿠키를 사용합니다.", "확인", "검색", "함께 보면 좋은 글", "개인정보처리방침 · 이용약관 · 쿠키 설정 · 사업자정보 · 사이트맵"),
    "ar": (["الرئيسية", "المتجر", "أدلة", "المجتمع", "فعاليات", "وظائف", "مساعدة"], "يستخدم هذا الموقع ملفات تعريف الارتباط لإبقائك مسجلاً وقياس الزيارات وتخصيص العروض.", "حسناً", "بحث", "قد يعجبك أيضاً", "الخصوصية · الشروط · إعدادات الكوكيز · خريطة الموقع"),
    "he": (["ראשי", "חנות", "מדריכים", "קהילה", "אירועים", "דרושים", "עזרה"], "האתר משתמש בעוגיות כדי לשמור על החיבור, למדוד תנועה ולהתאים הצעות.", "הבנתי", "חיפוש", "אולי יעניין אותך גם", "פרטיות · תקנון · הגדרות עוגיות · הצהרת נגישות · מפת אתר"),
    "fa": (["خانه", "فروشگاه", "راهنما", "انجمن", "رویدادها", "استخدام", "پشتیبانی"], "این سایت برای حفظ ورود، سنجش بازدید و شخصی‌سازی پیشنهادها از کوکی استفاده می‌کند.", "باشه", "جستجو", "شاید بپسندید", "حریم خصوصی · قوانین · تنظیمات کوکی · نقشه سایت"),
    "hi": (["होम", "शॉप", "गाइड", "समुदाय", "इवेंट", "करियर", "सहायता"], "यह साइट आपको साइन इन रखने, ट्रैफ़िक मापने और ऑफ़र निजी बनाने के लिए कुकीज़ का उपयोग करती है।", "ठीक है", "खोजें", "ये भी पढ़ें", "गोपनीयता · शर्तें · कुकी सेटिंग · साइटमैप"),
    "bn": (["হোম", "দোকান", "গাইড", "কমিউনিটি", "ইভেন্ট", "চাকরি", "সাহায্য"], "এই সাইট আপনাকে সাইন ইন রাখতে, ট্রাফিক মাপতে ও অফার সাজাতে কুকি ব্যবহার করে।", "ঠিক আছে", "খুঁজুন", "আরও পড়ুন", "গোপনীয়তা · শর্তাবলি · কুকি সেটিংস · সাইটম্যাপ"),
    "th": (["หน้าแรก", "ร้านค้า", "คู่มือ", "ชุมชน", "กิจกรรม", "ร่วมงานกับเรา", "ช่วยเหลือ"], "เว็บไซต์นี้ใช้คุกกี้เพื่อให้คุณอยู่ในระบบ วัดผลการเข้าชม และปรับข้อเสนอให้เหมาะกับคุณ", "ตกลง", "ค้นหา", "บทความที่คุณอาจสนใจ", "นโยบายความเป็นส่วนตัว · ข้อกำหนด · ตั้งค่าคุกกี้ · แผนผังเว็บไซต์"),
    "id": (["Beranda", "Toko", "Panduan", "Komunitas", "Acara", "Karier", "Bantuan"], "Situs ini memakai cookie agar Anda tetap masuk, mengukur kunjungan, dan menyesuaikan penawaran.", "Oke", "Cari", "Baca juga", "Privasi · Syarat · Pengaturan cookie · Peta situs"),
    "sw": (["Nyumbani", "Duka", "Miongozo", "Jamii", "Matukio", "Ajira", "Msaada"], "Tovuti hii hutumia vidakuzi ili kukuweka ndani, kupima wageni na kukuletea ofa zinazokufaa.", "Sawa", "Tafuta", "Habari nyingine", "Faragha · Masharti · Mipangilio ya vidakuzi · Ramani ya tovuti"),
    "vi": (["Trang chủ", "Cửa hàng", "Hướng dẫn", "Cộng đồng", "Sự kiện", "Tuyển dụng", "Trợ giúp"], "Trang web dùng cookie để giữ đăng nhập, đo lượt truy cập và cá nhân hóa ưu đãi.", "Đồng ý", "Tìm kiếm", "Có thể bạn quan tâm", "Quyền riêng tư · Điều khoản · Cài đặt cookie · Sơ đồ trang"),
}  # fmt: skip

# Rail headlines and filler prose for the languages the fourth set's templates did not cover.
RAIL: dict[str, list[str]] = {
    **RAIL4,
    "uk": ["Як обрати велосипед для міста", "Нічні потяги повертаються", "П'ять безкоштовних застосунків для бюджету", "Що посадити на балконі навесні", "Теплові насоси простими словами", "Місто, яке заборонило листодуви"],
    "bn": ["শহরের জন্য সাইকেল কীভাবে বাছবেন", "রাতের ট্রেনের নীরব প্রত্যাবর্তন", "পাঁচটি সত্যিই বিনামূল্যের বাজেট অ্যাপ", "বারান্দায় বসন্তে কী লাগাবেন", "সহজ ভাষায় হিট পাম্প", "পুষ্টি লেবেল পড়ার সহজ কৌশল"],
    "th": ["เลือกจักรยานสำหรับเมืองอย่างไร", "การกลับมาของรถไฟกลางคืน", "แอปจัดงบประมาณฟรีจริง 5 แอป", "ปลูกอะไรดีบนระเบียงหน้าฝน", "ปั๊มความร้อนอธิบายแบบง่าย", "อ่านฉลากโภชนาการใน 30 วินาที"],
    "sw": ["Jinsi ya kuchagua baiskeli ya mjini", "Treni za usiku zarejea kimya kimya", "Programu tano za bajeti zisizolipiwa", "Nini cha kupanda barazani msimu wa mvua", "Pampu za joto kwa lugha rahisi", "Kusoma lebo ya lishe kwa sekunde 30"],
}  # fmt: skip
PROSE: dict[str, str] = {
    **PROSE4,
    "uk": "Дослідження шість років спостерігало за понад двома тисячами дорослих: ті, хто щодня ходив пішки щонайменше двадцять хвилин, рідше повідомляли про загострення, хоча автори застерігають, що люди, яким і так було краще, могли просто більше ходити.",
    "bn": "গবেষণাটি ছয় বছর ধরে দুই হাজারের কিছু বেশি প্রাপ্তবয়স্ককে অনুসরণ করেছে এবং দেখেছে যারা প্রতিদিন অন্তত বিশ মিনিট হাঁটতেন তাদের সমস্যা কম হয়েছে, যদিও লেখকেরা সতর্ক করেছেন যে যারা আগে থেকেই ভালো ছিলেন তারা হয়তো শুধু বেশি হেঁটেছেন।",
    "th": "งานวิจัยติดตามผู้ใหญ่กว่าสองพันคนเป็นเวลาหกปี และพบว่าผู้ที่เดินอย่างน้อยวันละยี่สิบนาทีมีอาการกำเริบน้อยกว่า แม้ผู้วิจัยจะเตือนว่าคนที่สุขภาพดีอยู่แล้วอาจแค่เดินมากกว่าก็ได้",
    "sw": "Utafiti huo uliwafuatilia watu wazima zaidi ya elfu mbili kwa miaka sita na kubaini kwamba waliotembea angalau dakika ishirini kila siku waliripoti matatizo machache, ingawa waandishi wanaonya kwamba huenda waliokuwa na afya bora walitembea zaidi tu.",
}  # fmt: skip

CSS = [
    ":root{--brand:#0b5;--ink:#111;--muted:#666;--radius:6px;--gap:clamp(12px,2vw,24px)}",
    ".u-strip{background:#111;color:#eee;font-size:12px;display:flex;justify-content:space-between;padding:4px 16px}",
    ".mm{position:relative}.mm>ul{display:flex;gap:var(--gap)}.mm .panel{display:none;position:absolute;left:0;right:0;background:#fff;box-shadow:0 8px 24px rgba(0,0,0,.12)}",
    ".mm li:hover .panel,.mm li:focus-within .panel{display:grid;grid-template-columns:repeat(4,1fr);gap:16px;padding:24px}",
    ".rail{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:var(--gap)}.rail img{aspect-ratio:16/9;object-fit:cover;width:100%}",
    ".crumbs{font-size:13px;color:var(--muted)}.crumbs a{color:inherit}.crumbs li+li:before{content:'/';padding:0 6px}",
    ".ad{min-height:250px;background:repeating-linear-gradient(45deg,#fafafa,#fafafa 8px,#f2f2f2 8px,#f2f2f2 16px)}.ad small{font-size:10px;text-transform:uppercase}",
    ".ft{background:#1c1c1c;color:#bbb;padding:48px 16px}.ft ul{list-style:none;padding:0}.ft h4{color:#fff;font-size:13px;letter-spacing:.06em}",
    ".cb{position:fixed;inset:auto 0 0 0;z-index:2147483000;background:#fff;border-top:1px solid #ddd;padding:16px;display:flex;gap:12px}",
    "@media (max-width:760px){.mm>ul{flex-direction:column}.aside{display:none}.grid{grid-template-columns:1fr}}",
    ".btn{display:inline-block;padding:.5em 1em;border-radius:var(--radius);border:0;background:var(--brand);color:#fff;font-weight:600}",
    ".visually-hidden{position:absolute!important;clip:rect(1px,1px,1px,1px);overflow:hidden;height:1px;width:1px}",
    ".grid{display:grid;grid-template-columns:minmax(0,1fr) 320px;gap:32px;max-width:1240px;margin:0 auto}",
    ".price{font-size:28px;font-weight:700}.price s{color:var(--muted);font-weight:400;margin-left:8px}.badge{border-radius:99px;padding:2px 8px;background:#fde68a}",
    "[data-theme=dark]{--ink:#eee;background:#121212}[dir=rtl] .mm>ul{flex-direction:row-reverse}",
]
TRACKERS = (
    "window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}gtag('js',new Date());gtag('config','G-{tag}');"
    "!function(f,b,e,v,n,t,s){{if(f.fbq)return;n=f.fbq=function(){{n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)}};"
    "n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}}(window,document,'script','/px/fbevents.js');"
    "window.__cmp=window.__cmp||function(){{(window.__cmpq=window.__cmpq||[]).push(arguments)}};"
)
HEAD_BITS = re.compile(r"<meta http-equiv[^>]*>|<script data-head[^>]*>.*?</script>", re.S | re.I)


def _w(case: Any) -> tuple[list[str], str, str, str, str, str]:
    return WORDS.get(case.lang, WORDS["en"])


def _pool(case: Any) -> list[str]:
    return RAIL.get(case.lang, RAIL["en"])


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "item"


def _rng(case: Any) -> random.Random:
    return random.Random(f"{case.id}|{case.link_path}")


# -- parts ---------------------------------------------------------------------------------


def _state(case: Any, rng: random.Random, items: int, route: str) -> str:
    pool = _pool(case)
    return json.dumps(
        {
            "route": route, "locale": case.lang, "buildId": f"{rng.randrange(16**12):012x}",
            "config": {"cdn": f"https://static{rng.randrange(9)}.cdn.example", "features": {f"ff_{i}": rng.random() < 0.4 for i in range(36)}},
            "nav": [{"label": m, "href": f"/{_slug(m)}/", "children": [{"id": rng.randrange(10**6), "label": pool[(i + j) % len(pool)]} for j in range(4)]} for i, m in enumerate(_w(case)[0])],
            "recommendations": [{"id": rng.randrange(10**9), "headline": pool[i % len(pool)], "kicker": _w(case)[0][i % 7], "image": {"src": f"/img/{rng.randrange(10**8)}.webp", "alt": ""}, "score": round(rng.random(), 4)} for i in range(items)],
        },
        ensure_ascii=False,
    ).replace("</", "<\\/")  # fmt: skip


def _head(case: Any, rng: random.Random, css: int, state: str) -> str:
    title = f"<title>{case.title}</title>" if case.title is not None else ""
    bits = "".join(HEAD_BITS.findall(case.message))
    direction = "rtl" if case.lang in RTL else "ltr"
    path = html.escape(str(case.link_path))
    return (
        f"<!DOCTYPE html><html lang='{case.lang}' dir='{direction}' class='no-js'><head><meta charset='utf-8'>"
        f"<meta name='viewport' content='width=device-width,initial-scale=1'>{title}{bits}"
        f"<link rel='canonical' href='{path}'><link rel='preload' as='font' href='/fonts/inter-var.{rng.randrange(16**6):06x}.woff2' crossorigin>"
        f"<link rel='stylesheet' href='/build/app.{rng.randrange(16**8):08x}.css'><style>{''.join(rng.choice(CSS) for _ in range(css))}</style>"
        f"<script>{TRACKERS.format(tag=f'{rng.randrange(36**8):X}')}</script>{state}</head>"
    )


def _strip(case: Any, rng: random.Random) -> str:
    menu = _w(case)[0]
    return f"<div class='u-strip'><span>{menu[4]} · {menu[5]}</span><span><a href='/account'>{menu[6]}</a> · <a href='/stores'>{menu[1]}</a> · {rng.choice(['EN', 'DE', 'FR', 'ES', 'JA', 'AR'])} ▾</span></div>"


def _search(case: Any, rng: random.Random) -> str:
    word = _w(case)[3]
    words = re.sub(r"[-_/.]+", " ", str(case.link_path).split("?")[0]).strip()
    return (
        f"<form role='search' class='site-search' action='/search'><label class='visually-hidden' for='q{rng.randrange(99)}'>{word}</label>"
        f"<input type='search' name='q' value='{html.escape(words)}' placeholder='{word}…' autocomplete='off'><button class='btn'>{word}</button></form>"
    )


def _mega(case: Any, rng: random.Random) -> str:
    menu, pool = _w(case)[0], _pool(case)
    items = "".join(
        f"<li><a href='/{_slug(m)}/'>{m}</a><div class='panel'>"
        + "".join(f"<div><h4>{menu[(i + c) % 7]}</h4><ul>" + "".join(f"<li><a href='/{_slug(m)}/{rng.randrange(10**5)}/{_slug(t)[:30]}'>{t}</a></li>" for t in rng.sample(pool, k=min(4, len(pool)))) + "</ul></div>" for c in range(4))
        + "</div></li>"
        for i, m in enumerate(menu)
    )  # fmt: skip
    return f"<nav class='mm' aria-label='Main'><ul>{items}</ul></nav>"


def _crumbs(case: Any, rng: random.Random) -> str:
    menu = _w(case)[0]
    return f"<ol class='crumbs' itemscope itemtype='https://schema.org/BreadcrumbList'><li><a href='/'>{menu[0]}</a></li><li><a href='/{_slug(menu[2])}/'>{menu[2]}</a></li><li aria-current='page'>{rng.randrange(100, 999)}</li></ol>"


def _rail(case: Any, rng: random.Random, count: int = 6) -> str:
    pool = _pool(case)
    cards = "".join(
        f"<article class='tile'><a href='/{rng.randrange(2018, 2027)}/{rng.randrange(1, 13):02d}/{_slug(t)[:36]}-{rng.randrange(10**6)}/'>"
        f"<img src='/img/{rng.randrange(10**8)}.webp' alt='' loading='lazy' width='320' height='180'><h3>{t}</h3></a>"
        f"<p class='meta'>{rng.randrange(1, 59)} · {rng.randrange(2, 25)} min</p></article>"
        for t in (rng.choice(pool) for _ in range(count))
    )
    return f"<section class='rail' data-rail='{rng.randrange(10**5)}'><h2>{_w(case)[4]}</h2>{cards}</section>"


def _ad(rng: random.Random) -> str:
    slot = f"{rng.randrange(16**6):06x}"
    return (
        f"<div class='ad' id='ad-{slot}' data-slot='/6110/{slot}'><small>Advertisement</small>"
        f"<script>(window.adq=window.adq||[]).push({{slot:'{slot}',sizes:[[300,250],[300,600]],lazy:true}});</script></div>"
    )


def _consent(case: Any, rng: random.Random) -> str:
    _, text, accept, *_ = _w(case)
    vendor = rng.choice(
        [
            "onetrust-banner-sdk",
            "CybotCookiebotDialog",
            "didomi-host",
            "usercentrics-root",
            "qc-cmp2-ui",
        ]
    )
    return f"<div id='{vendor}' class='cb' role='dialog' aria-modal='false'><p>{text}</p><button class='btn'>{accept}</button><button>⚙</button></div>"


def _footer(case: Any, rng: random.Random, cols: int = 4) -> str:
    menu, pool, line = _w(case)[0], _pool(case), _w(case)[5]
    columns = "".join(
        f"<div><h4>{menu[(c + 1) % 7]}</h4><ul>" + "".join(f"<li><a href='/{_slug(menu[(c + k) % 7])}/{k}'>{t}</a></li>" for k, t in enumerate(rng.sample(pool, k=min(5, len(pool))))) + "</ul></div>"
        for c in range(cols)
    )  # fmt: skip
    stamp = hashlib.sha1(f"{case.id}{case.link_path}".encode()).hexdigest()
    return (
        f"<footer class='ft'><div class='cols'>{columns}</div><p>{line}</p><p>© 2026 {case.site}</p>"
        f"<div class='social'><a href='#' aria-label='Facebook'>f</a><a href='#' aria-label='Instagram'>◎</a><a href='#' aria-label='YouTube'>▶</a></div></footer>"
        f"<!-- rendered by edge-{stamp[:4]} in {int(stamp[4:8], 16) % 700 + 15} ms, trace {stamp[8:24]} -->"
    )


def _main(case: Any) -> str:
    h1 = f"<h1>{case.h1}</h1>" if case.h1 else ""
    text = HEAD_BITS.sub("", case.message).replace("{path}", html.escape(str(case.link_path)))
    prose = PROSE.get(case.lang, PROSE["en"])
    return h1 + text + "".join(f"<p>{prose}</p>" for _ in range(case.filler))


# Extra blocks a site kind shows beside its main area (neutral: the same whatever the page).
def _extra(kind: str, case: Any, rng: random.Random) -> str:
    menu = _w(case)[0]
    if kind == "shop":
        return f"<div class='usp'><span>✓ {menu[1]} 30 days</span><span>✓ 2-year warranty</span><span>✓ Klarna</span></div><div class='minicart' data-count='0'></div>"
    if kind == "video":
        return f"<div class='chips'>{''.join(f'<button>{m}</button>' for m in menu)}</div><div class='up-next'>{_rail(case, rng, 8)}</div>"
    if kind == "forum":
        return f"<div class='forum-stats'>{rng.randrange(10**5)} topics · {rng.randrange(10**6)} posts · {rng.randrange(900)} online</div>"
    if kind == "gov":
        return "<div class='gov-banner'><img src='/assets/flag.svg' alt=''> An official website · Here's how you know</div>"
    if kind == "uni":
        return f"<div class='quicklinks'><a href='/apply'>{menu[5]}</a><a href='/library'>Library</a><a href='/students'>Students</a><a href='/staff'>Staff</a></div>"
    if kind == "recipe":
        return f"<div class='jump'><a href='#recipe'>Jump to recipe</a> · <a href='#print'>Print</a> · ★★★★☆ ({rng.randrange(20, 3000)})</div>"
    if kind == "docs":
        tree = "".join(
            f"<li><a href='/docs/{_slug(m)}/'>{m}</a><ul>{''.join(f'<li><a href=/docs/{_slug(m)}/{n}>{m} {n}</a></li>' for n in range(1, 6))}</ul></li>"
            for m in menu
        )
        return f"<nav class='docs-tree'><select><option>v4.2</option><option>v3.x</option></select><ul>{tree}</ul></nav>"
    if kind == "jobs":
        return "<div class='jobs-filters'><input name='l' placeholder='Location'><select><option>Full-time</option><option>Remote</option></select></div>"
    if kind == "events":
        return "<div class='datebar'><button>Today</button><button>Tomorrow</button><button>This weekend</button><button>Free</button></div>"
    if kind == "classified":
        return f"<div class='post-ad'><a class='btn' href='/post'>+ {menu[1]}</a></div><div class='cats'>{''.join(f'<a href=/c/{i}>{m}</a>' for i, m in enumerate(menu))}</div>"
    return ""


# A site kind: body class, main element class, state script shape, parts before and after main.
Spec = tuple[str, str, str, str, int]
KINDS: dict[str, Spec] = {
    # name: (body class, main class, state script format, extra kind, rails)
    "w6wp": ("home blog single-post", "entry-content", "<script id='wp-json-ld' type='application/json'>{}</script>", "", 2),
    "w6next": ("__next-app", "article-body", "<script id='__NEXT_DATA__' type='application/json'>{}</script>", "", 2),
    "w6nuxt": ("nuxt-page", "post", "<script>window.__NUXT__={};</script>", "", 1),
    "w6shop": ("template-product", "product-single", "<script>window.ShopifyAnalytics={};</script>", "shop", 2),
    "w6market": ("pdp marketplace", "pdp-main", "<script>window.__PRELOADED_STATE__={};</script>", "shop", 3),
    "w6news": ("article-page news", "story-body", "<script>window.__INITIAL_DATA__={};</script>", "", 3),
    "w6tabloid": ("tabloid-article", "article__content", "<script>var PAGE_CONTEXT={};</script>", "", 4),
    "w6docs": ("docs theme-doc-markdown", "markdown", "<script>window.__DOCS_CONFIG__={};</script>", "docs", 0),
    "w6help": ("hc-article-page", "article-body", "<script>window.HelpCenter={};</script>", "", 1),
    "w6forum": ("discourse topic", "topic-body", "<script data-preloaded='1' type='application/json'>{}</script>", "forum", 1),
    "w6gov": ("govuk-template", "govuk-main-wrapper", "<script type='application/json' id='gov-config'>{}</script>", "gov", 0),
    "w6uni": ("uni-page faculty", "uni-content", "<script>var UNI_SETTINGS={};</script>", "uni", 1),
    "w6hospital": ("health-library", "hl-article", "<script>window.healthLibrary={};</script>", "gov", 1),
    "w6wiki": ("mediawiki skin-vector", "mw-body-content", "<script>RLCONF={};</script>", "", 0),
    "w6video": ("watch-page", "watch-metadata", "<script>var ytInitialData={};</script>", "video", 1),
    "w6podcast": ("episode-page", "episode-notes", "<script type='application/json' id='episode-state'>{}</script>", "video", 1),
    "w6jobs": ("job-view", "job-description", "<script>window._jobData={};</script>", "jobs", 2),
    "w6events": ("event-listing", "event-info", "<script>window.__EVENT__={};</script>", "events", 2),
    "w6classified": ("ad-view classifieds", "ad-description", "<script>window.__AD__={};</script>", "classified", 2),
    "w6recipe": ("recipe-template", "recipe-card", "<script type='application/json' id='recipe-data'>{}</script>", "recipe", 3),
    "w6saas": ("app-shell", "app-main", "<script>window.__APP_BOOTSTRAP__={};</script>", "", 0),
    "w6journal": ("journal-article", "article-section", "<script>window.__ARTICLE_META__={};</script>", "", 1),
    "w6status": ("statuspage", "incident-body", "<script>var statusConfig={};</script>", "", 0),
}  # fmt: skip


def _page(case: Any, rng: random.Random, spec: Spec) -> str:
    body_class, main_class, state_fmt, kind, rails = spec
    state = state_fmt.replace("{}", _state(case, rng, 30 + 8 * rails, main_class))
    aside = (
        f"<aside class='aside'>{_ad(rng)}{_rail(case, rng, 4)}{_ad(rng)}</aside>" if rails else ""
    )
    extra = _extra(kind, case, rng)
    rail_rows = "".join(_rail(case, rng, 6) for _ in range(max(0, rails - 1)))
    return (
        _head(case, rng, 45, state)
        + f"<body class='{body_class}'><a class='visually-hidden' href='#main'>Skip to content</a>{_strip(case, rng)}"
        f"<header class='site-header'><a class='logo' href='/'><svg width='120' height='28' aria-hidden='true'><rect width='28' height='28' rx='6'/></svg><span>{case.site}</span></a>"
        f"{_search(case, rng)}{_mega(case, rng)}</header>{extra}"
        f"<div class='grid'><main id='main' class='{main_class}'>{_crumbs(case, rng)}{_main(case)}</main>{aside}</div>"
        f"{rail_rows}{_footer(case, rng, 5 if rails else 3)}{_consent(case, rng)}<script src='/build/runtime.{rng.randrange(16**8):08x}.js' defer></script></body></html>"
    )


TEMPLATES: dict[str, Callable[[Any, random.Random], str]] = {
    name: (lambda case, rng, spec=spec: _page(case, rng, spec)) for name, spec in KINDS.items()
}


def render(case: Any) -> str:
    return TEMPLATES[case.chrome](case, _rng(case))
