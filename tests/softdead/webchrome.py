# ruff: noqa: E501  (menus, banners and footers in many languages: data, one item a line)
"""Site templates of the blind set: the chrome real CMSs put around a page.

The DEV set's synthetic templates share one shape. The blind set (``blind.yaml``) was written
by someone who had not read ``curator.classify``; its pages sit in the chrome of many publishing
systems as they are served today: WordPress, Drupal, Shopify, Squarespace, Wix, Ghost,
MediaWiki, Discourse, a government portal, a hospital, a news site with a consent banner, and
client-side app shells (React, Next.js, Angular). Each template carries what such pages carry
around the message: skip links, cookie banners, mega menus, sidebars, related-article teasers,
newsletter boxes, long footers, inline scripts and styles, JSON-LD. Structure ideas come from the
pages in ``../shared/corpus``; no corpus text is copied.

``render(case)`` returns the page for a case whose ``chrome`` names one of ``TEMPLATES``.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from typing import Any

# Per language: main menu, cookie line, accept button, search word, footer line, read-more.
WORDS: dict[str, dict[str, Any]] = {
    "en": {"menu": ["Home", "News", "Topics", "Services", "About", "Contact"], "cookie": "We use cookies to improve your experience and to measure how our site is used.", "accept": "Accept all", "search": "Search", "footer": "Privacy policy · Terms of use · Accessibility · Sitemap", "more": "Read more"},
    "vi": {"menu": ["Trang chủ", "Tin tức", "Chủ đề", "Dịch vụ", "Giới thiệu", "Liên hệ"], "cookie": "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn.", "accept": "Đồng ý", "search": "Tìm kiếm", "footer": "Chính sách bảo mật · Điều khoản sử dụng · Sơ đồ trang", "more": "Xem thêm"},
    "tr": {"menu": ["Ana Sayfa", "Haberler", "Konular", "Hizmetler", "Hakkımızda", "İletişim"], "cookie": "Deneyiminizi iyileştirmek için çerezler kullanıyoruz.", "accept": "Kabul et", "search": "Ara", "footer": "Gizlilik politikası · Kullanım koşulları · KVKK · Site haritası", "more": "Devamını oku"},
    "id": {"menu": ["Beranda", "Berita", "Topik", "Layanan", "Tentang", "Kontak"], "cookie": "Kami menggunakan cookie untuk meningkatkan pengalaman Anda.", "accept": "Terima", "search": "Cari", "footer": "Kebijakan privasi · Syarat dan ketentuan · Peta situs", "more": "Baca selengkapnya"},
    "fa": {"menu": ["خانه", "اخبار", "موضوعات", "خدمات", "درباره ما", "تماس با ما"], "cookie": "ما برای بهبود تجربه شما از کوکی استفاده می‌کنیم.", "accept": "پذیرفتن", "search": "جستجو", "footer": "حریم خصوصی · شرایط استفاده · نقشه سایت", "more": "ادامه مطلب"},
    "ko": {"menu": ["홈", "뉴스", "주제", "서비스", "소개", "문의"], "cookie": "더 나은 경험을 위해 쿠키를 사용합니다.", "accept": "모두 동의", "search": "검색", "footer": "개인정보처리방침 · 이용약관 · 사이트맵", "more": "더 보기"},
    "nl": {"menu": ["Home", "Nieuws", "Onderwerpen", "Diensten", "Over ons", "Contact"], "cookie": "Wij gebruiken cookies om uw ervaring te verbeteren en het gebruik van de site te meten.", "accept": "Alles accepteren", "search": "Zoeken", "footer": "Privacyverklaring · Gebruiksvoorwaarden · Toegankelijkheid", "more": "Lees verder"},
    "pl": {"menu": ["Strona główna", "Aktualności", "Tematy", "Usługi", "O nas", "Kontakt"], "cookie": "Używamy plików cookie, aby poprawić działanie serwisu.", "accept": "Akceptuję", "search": "Szukaj", "footer": "Polityka prywatności · Regulamin · Mapa strony", "more": "Czytaj dalej"},
    "sv": {"menu": ["Hem", "Nyheter", "Ämnen", "Tjänster", "Om oss", "Kontakt"], "cookie": "Vi använder kakor för att förbättra din upplevelse.", "accept": "Godkänn alla", "search": "Sök", "footer": "Integritetspolicy · Villkor · Tillgänglighet · Webbplatskarta", "more": "Läs mer"},
    "cs": {"menu": ["Domů", "Zprávy", "Témata", "Služby", "O nás", "Kontakt"], "cookie": "Používáme soubory cookie ke zlepšení vašeho zážitku.", "accept": "Přijmout vše", "search": "Hledat", "footer": "Ochrana osobních údajů · Podmínky použití · Mapa stránek", "more": "Číst dál"},
    "el": {"menu": ["Αρχική", "Ειδήσεις", "Θέματα", "Υπηρεσίες", "Σχετικά", "Επικοινωνία"], "cookie": "Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας.", "accept": "Αποδοχή όλων", "search": "Αναζήτηση", "footer": "Πολιτική απορρήτου · Όροι χρήσης · Χάρτης ιστότοπου", "more": "Διαβάστε περισσότερα"},
    "he": {"menu": ["דף הבית", "חדשות", "נושאים", "שירותים", "אודות", "צור קשר"], "cookie": "אנו משתמשים בעוגיות כדי לשפר את חוויית הגלישה שלך.", "accept": "אישור", "search": "חיפוש", "footer": "מדיניות פרטיות · תנאי שימוש · הצהרת נגישות", "more": "להמשך קריאה"},
    "th": {"menu": ["หน้าแรก", "ข่าว", "หัวข้อ", "บริการ", "เกี่ยวกับเรา", "ติดต่อ"], "cookie": "เราใช้คุกกี้เพื่อปรับปรุงประสบการณ์ของคุณ", "accept": "ยอมรับทั้งหมด", "search": "ค้นหา", "footer": "นโยบายความเป็นส่วนตัว · ข้อกำหนดการใช้งาน · แผนผังเว็บไซต์", "more": "อ่านต่อ"},
    "hu": {"menu": ["Főoldal", "Hírek", "Témák", "Szolgáltatások", "Rólunk", "Kapcsolat"], "cookie": "Sütiket használunk a felhasználói élmény javítása érdekében.", "accept": "Elfogadom", "search": "Keresés", "footer": "Adatvédelem · Felhasználási feltételek · Oldaltérkép", "more": "Tovább"},
    "fi": {"menu": ["Etusivu", "Uutiset", "Aiheet", "Palvelut", "Tietoa meistä", "Yhteystiedot"], "cookie": "Käytämme evästeitä parantaaksemme käyttökokemustasi.", "accept": "Hyväksy kaikki", "search": "Haku", "footer": "Tietosuoja · Käyttöehdot · Saavutettavuus", "more": "Lue lisää"},
    "uk": {"menu": ["Головна", "Новини", "Теми", "Послуги", "Про нас", "Контакти"], "cookie": "Ми використовуємо файли cookie, щоб покращити ваш досвід.", "accept": "Прийняти", "search": "Пошук", "footer": "Політика конфіденційності · Умови використання · Мапа сайту", "more": "Читати далі"},
    "ro": {"menu": ["Acasă", "Știri", "Subiecte", "Servicii", "Despre noi", "Contact"], "cookie": "Folosim cookie-uri pentru a vă îmbunătăți experiența.", "accept": "Accept toate", "search": "Caută", "footer": "Politica de confidențialitate · Termeni și condiții · Harta site-ului", "more": "Citește mai mult"},
    "da": {"menu": ["Forside", "Nyheder", "Emner", "Tjenester", "Om os", "Kontakt"], "cookie": "Vi bruger cookies til at forbedre din oplevelse.", "accept": "Accepter alle", "search": "Søg", "footer": "Privatlivspolitik · Vilkår · Tilgængelighed", "more": "Læs mere"},
    "hi": {"menu": ["होम", "समाचार", "विषय", "सेवाएँ", "हमारे बारे में", "संपर्क"], "cookie": "हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं।", "accept": "स्वीकार करें", "search": "खोजें", "footer": "गोपनीयता नीति · उपयोग की शर्तें · साइटमैप", "more": "और पढ़ें"},
    "de": {"menu": ["Startseite", "Nachrichten", "Themen", "Service", "Über uns", "Kontakt"], "cookie": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.", "accept": "Alle akzeptieren", "search": "Suche", "footer": "Datenschutz · Impressum · Barrierefreiheit", "more": "Weiterlesen"},
    "es": {"menu": ["Inicio", "Noticias", "Temas", "Servicios", "Nosotros", "Contacto"], "cookie": "Usamos cookies para mejorar tu experiencia.", "accept": "Aceptar todo", "search": "Buscar", "footer": "Política de privacidad · Aviso legal · Mapa del sitio", "more": "Leer más"},
    "pt": {"menu": ["Início", "Notícias", "Temas", "Serviços", "Sobre", "Contato"], "cookie": "Usamos cookies para melhorar sua experiência.", "accept": "Aceitar", "search": "Pesquisar", "footer": "Política de privacidade · Termos de uso · Mapa do site", "more": "Leia mais"},
    "ja": {"menu": ["ホーム", "ニュース", "トピック", "サービス", "会社概要", "お問い合わせ"], "cookie": "当サイトでは利便性向上のためにCookieを使用しています。", "accept": "同意する", "search": "検索", "footer": "プライバシーポリシー · 利用規約 · サイトマップ", "more": "続きを読む"},
}  # fmt: skip

# Teaser headlines of the related/trending boxes: short, in the site's language.
TEASERS: dict[str, list[str]] = {
    "en": ["City council approves new cycling lanes", "Five tips for better sleep this winter", "How the new tax rules affect freelancers", "Local team wins regional championship", "What to know before you renew your passport", "Museum reopens after two-year renovation", "Rain expected through the weekend", "A beginner's guide to sourdough"],
    "vi": ["Hà Nội mở thêm tuyến xe buýt điện", "Năm mẹo ngủ ngon hơn", "Giá vàng tăng mạnh trong tuần", "Đội tuyển giành chiến thắng", "Hướng dẫn làm hộ chiếu trực tuyến", "Bảo tàng mở cửa trở lại"],
    "tr": ["Belediye yeni bisiklet yollarını onayladı", "Daha iyi uyku için beş öneri", "Yeni vergi düzenlemesi neleri değiştiriyor", "Yerel takım şampiyon oldu", "Pasaport yenilemeden önce bilmeniz gerekenler", "Müze iki yıl sonra yeniden açıldı"],
    "id": ["Pemkot setujui jalur sepeda baru", "Lima tips tidur lebih nyenyak", "Aturan pajak baru untuk pekerja lepas", "Tim lokal juara regional", "Cara memperpanjang paspor secara daring", "Museum dibuka kembali"],
    "fa": ["شورای شهر مسیرهای دوچرخه را تصویب کرد", "پنج نکته برای خواب بهتر", "قوانین جدید مالیاتی چه تغییری می‌دهد", "تیم محلی قهرمان شد", "راهنمای تمدید گذرنامه", "موزه پس از بازسازی بازگشایی شد"],
    "ko": ["시의회, 자전거 도로 신설 승인", "겨울철 숙면을 위한 다섯 가지 팁", "새 세법이 프리랜서에 미치는 영향", "지역 팀 우승", "여권 갱신 전 알아둘 것", "박물관 2년 만에 재개관"],
    "nl": ["Gemeente keurt nieuwe fietspaden goed", "Vijf tips voor een betere nachtrust", "Wat de nieuwe belastingregels betekenen voor zzp'ers", "Plaatselijke club wint kampioenschap", "Paspoort verlengen: zo werkt het", "Museum weer open na verbouwing"],
    "pl": ["Rada miasta zatwierdziła nowe ścieżki rowerowe", "Pięć sposobów na lepszy sen", "Nowe przepisy podatkowe dla freelancerów", "Lokalna drużyna mistrzem regionu", "Jak wyrobić paszport", "Muzeum ponownie otwarte"],
    "sv": ["Kommunen godkänner nya cykelbanor", "Fem tips för bättre sömn", "Så påverkar de nya skattereglerna", "Lokala laget vann mästerskapet", "Det här ska du veta innan du förnyar passet", "Museet öppnar igen"],
    "cs": ["Zastupitelstvo schválilo nové cyklostezky", "Pět tipů pro lepší spánek", "Co mění nová daňová pravidla", "Místní tým vyhrál krajský přebor", "Jak si obnovit cestovní pas", "Muzeum se znovu otevírá"],
    "el": ["Το δημοτικό συμβούλιο ενέκρινε νέους ποδηλατόδρομους", "Πέντε συμβουλές για καλύτερο ύπνο", "Τι αλλάζει με τους νέους φορολογικούς κανόνες", "Η τοπική ομάδα πήρε το πρωτάθλημα", "Πώς να ανανεώσετε το διαβατήριο", "Το μουσείο ανοίγει ξανά"],
    "he": ["מועצת העיר אישרה שבילי אופניים חדשים", "חמישה טיפים לשינה טובה יותר", "מה משנים כללי המס החדשים", "הקבוצה המקומית זכתה באליפות", "איך לחדש דרכון", "המוזיאון נפתח מחדש"],
    "th": ["สภาเมืองอนุมัติเลนจักรยานใหม่", "ห้าเคล็ดลับนอนหลับดีขึ้น", "กฎภาษีใหม่กระทบฟรีแลนซ์อย่างไร", "ทีมท้องถิ่นคว้าแชมป์", "วิธีต่ออายุหนังสือเดินทาง", "พิพิธภัณฑ์เปิดอีกครั้ง"],
    "hu": ["Új kerékpárutakat szavazott meg a közgyűlés", "Öt tipp a jobb alváshoz", "Mit változtatnak az új adószabályok", "Bajnok lett a helyi csapat", "Útlevél megújítása lépésről lépésre", "Újra nyit a múzeum"],
    "fi": ["Kaupunki hyväksyi uudet pyörätiet", "Viisi vinkkiä parempaan uneen", "Mitä uudet verosäännöt tarkoittavat", "Paikallinen joukkue voitti mestaruuden", "Passin uusiminen verkossa", "Museo avautuu uudelleen"],
    "uk": ["Міськрада схвалила нові велодоріжки", "П'ять порад для кращого сну", "Що змінюють нові податкові правила", "Місцева команда виграла чемпіонат", "Як оновити паспорт", "Музей знову відкрито"],
    "ro": ["Consiliul local a aprobat noi piste de biciclete", "Cinci sfaturi pentru un somn mai bun", "Ce schimbă noile reguli fiscale", "Echipa locală a câștigat campionatul", "Cum îți reînnoiești pașaportul", "Muzeul se redeschide"],
    "da": ["Kommunen godkender nye cykelstier", "Fem råd til bedre søvn", "Det betyder de nye skatteregler", "Det lokale hold vandt mesterskabet", "Sådan fornyer du dit pas", "Museet genåbner"],
    "hi": ["नगर परिषद ने नई साइकिल लेन को मंजूरी दी", "बेहतर नींद के पाँच उपाय", "नए कर नियमों का असर", "स्थानीय टीम ने खिताब जीता", "पासपोर्ट नवीनीकरण कैसे करें", "संग्रहालय फिर खुला"],
}  # fmt: skip

CSS = (
    ":root{--brand:#0a4d8c;--text:#222}body{margin:0;font:16px/1.5 system-ui,sans-serif;color:var(--text)}"
    ".container{max-width:1200px;margin:0 auto;padding:0 16px}.sr-only{position:absolute;width:1px;height:1px;overflow:hidden}"
    "@media (max-width:768px){.sidebar{display:none}.menu{flex-direction:column}}"
)
TRACKING = (
    "(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});"
    "var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;"
    "j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})"
    "(window,document,'script','dataLayer','GTM-XXXX');"
)

# A bundle-sized inline state blob, as CMS pages carry (~30 kB): bytes, not visible text.
BOOT = json.dumps(
    {"experiments": [{"id": f"exp-{i}", "variant": i % 3, "weight": 0.5} for i in range(300)],
     "i18n": {f"key.{i}": f"value {i}" for i in range(300)}}
)  # fmt: skip


def _w(case: Any) -> dict[str, Any]:
    return WORDS.get(case.lang, WORDS["en"])


def _teasers(case: Any, rng: random.Random, count: int = 6) -> list[str]:
    pool = TEASERS.get(case.lang, TEASERS["en"])
    return [pool[rng.randrange(len(pool))] for _ in range(count)]


def _head(case: Any, extra: str = "") -> str:
    title = f"<title>{case.title}</title>" if case.title is not None else ""
    return (
        f"<!DOCTYPE html><html lang='{case.lang}' dir='{'rtl' if case.lang in ('fa', 'he', 'ar') else 'ltr'}'>"
        f"<head><meta charset='utf-8'><meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"{title}<link rel='stylesheet' href='/assets/main.css?v=3.2.1'><style>{CSS * 12}</style>"
        f"<script>{TRACKING}</script><script>window.__BOOT__={BOOT};</script>{extra}</head>"
    )


def _cookie(case: Any) -> str:
    w = _w(case)
    return (
        f"<div id='onetrust-banner-sdk' class='cookie-banner' role='dialog' aria-label='Cookies'>"
        f"<p>{w['cookie']}</p><button id='accept-recommended-btn-handler'>{w['accept']}</button>"
        f"<button class='settings'>⚙</button></div>"
    )


def _menu(case: Any, rng: random.Random, cls: str = "menu") -> str:
    w = _w(case)
    items = "".join(
        f"<li class='menu-item'><a href='/{i}-{rng.randrange(99)}/'>{m}</a></li>"
        for i, m in enumerate(w["menu"])
    )
    return f"<ul class='{cls}'>{items}</ul>"


def _teaser_list(case: Any, rng: random.Random, heading: str = "", count: int = 6) -> str:
    items = "".join(
        f"<li><a href='/{rng.randrange(2015, 2026)}/{rng.randrange(1, 12)}/{rng.randrange(9999)}'>{t}</a></li>"
        for t in _teasers(case, rng, count)
    )
    return (f"<h3 class='widget-title'>{heading}</h3>" if heading else "") + f"<ul>{items}</ul>"


def _footer(case: Any, rng: random.Random) -> str:
    w = _w(case)
    cols = "".join(
        f"<div class='footer-col'>{_menu(case, rng, 'footer-menu')}</div>" for _ in range(4)
    )
    return (
        f"<footer class='site-footer'><div class='container'>{cols}"
        f"<p class='legal'>{w['footer']}</p><p>© 2026 {case.site}</p></div></footer>"
    )


def _main(case: Any, h1_class: str = "") -> str:
    h1 = f"<h1 class='{h1_class}'>{case.h1}</h1>" if case.h1 else ""
    return h1 + case.message + _filler_html(case)


def _filler_html(case: Any) -> str:
    from softdead.devset import _filler  # the DEV set's filler paragraphs

    return str(_filler(case))


def _wordpress(case: Any, rng: random.Random) -> str:
    w = _w(case)
    body_class = (
        "error404 wp-embed-responsive"
        if case.label == "gone"
        else "post-template-default single single-post"
    )
    return (
        _head(
            case,
            "<link rel='https://api.w.org/' href='/wp-json/'><meta name='generator' content='WordPress 6.4.2'>",
        )
        + f"<body class='{body_class} theme-astra'><a class='skip-link screen-reader-text' href='#content'>Skip to content</a>"
        f"<div id='page' class='site'><header id='masthead' class='site-header'><div class='site-branding'>"
        f"<p class='site-title'><a href='/' rel='home'>{case.site}</a></p><p class='site-description'>{_teasers(case, rng, 1)[0]}</p></div>"
        f"<nav id='site-navigation' class='main-navigation'><button class='menu-toggle'>Menu</button>{_menu(case, rng)}</nav></header>"
        f"<div id='content' class='site-content'><div id='primary' class='content-area'><main id='main' class='site-main'>"
        f"<section class='error-404 not-found'>{_main(case, 'page-title')}</section>"
        f"<form role='search' class='search-form' action='/'><label><span class='screen-reader-text'>{w['search']}</span>"
        f"<input type='search' class='search-field' name='s'></label><input type='submit' value='{w['search']}'></form>"
        f"</main></div><aside id='secondary' class='widget-area sidebar'>"
        f"<section class='widget widget_recent_entries'>{_teaser_list(case, rng, w['menu'][1], 5)}</section>"
        f"<section class='widget widget_archive'><ul>{''.join(f'<li><a href=/20{y}/>{2000 + y}</a></li>' for y in range(18, 26))}</ul></section>"
        f"<section class='widget widget_categories'>{_menu(case, rng)}</section></aside></div>"
        f"{_footer(case, rng)}<div class='site-info'><a href='https://wordpress.org/'>Proudly powered by WordPress</a></div></div>"
        f"{_cookie(case)}<script src='/wp-includes/js/jquery/jquery.min.js'></script>"
        f'<script>var astra={{"break_point":"921","isRtl":""}};</script></body></html>'
    )


def _drupal(case: Any, rng: random.Random) -> str:
    return (
        _head(case, "<meta name='Generator' content='Drupal 10 (https://www.drupal.org)'>")
        + f"<body class='path-node page-node-type-page'><a href='#main-content' class='visually-hidden focusable skip-link'>Skip to main content</a>"
        f"<div class='dialog-off-canvas-main-canvas'><div class='layout-container'><header role='banner'>"
        f"<div class='region region-header'><a href='/' class='site-logo'><img src='/themes/custom/logo.svg' alt='{case.site}'></a>"
        f"<div class='site-name'>{case.site}</div></div><div class='region region-primary-menu'><nav role='navigation'>{_menu(case, rng)}</nav></div></header>"
        f"<div class='region region-breadcrumb'><nav class='breadcrumb'><ol><li><a href='/'>{_w(case)['menu'][0]}</a></li></ol></nav></div>"
        f"<main role='main'><a id='main-content' tabindex='-1'></a><div class='layout-content'><div class='region region-content'>"
        f"<div id='block-mainpagecontent' class='block block-system'>{_main(case, 'page-title')}</div></div></div>"
        f"<aside class='layout-sidebar-second' role='complementary'><div class='block'>{_teaser_list(case, rng, _w(case)['menu'][2])}</div></aside></main>"
        f"{_footer(case, rng)}</div></div>"
        f"<div class='eu-cookie-compliance-banner'>{_cookie(case)}</div>"
        f"<script type='application/json' data-drupal-selector='drupal-settings-json'>"
        f"{json.dumps({'path': {'baseUrl': '/', 'currentLanguage': case.lang}, 'ajaxPageState': {'theme': 'olivero'}})}</script></body></html>"
    )


def _shopify(case: Any, rng: random.Random) -> str:
    w = _w(case)
    products = "".join(
        f"<li class='grid__item'><div class='card'><a href='/products/item-{rng.randrange(999)}'>"
        f"<img src='/cdn/shop/files/p{i}.jpg' alt=''><span class='card__heading'>{t.split()[0]} {rng.choice(['Tee', 'Mug', 'Tote', 'Cap'])}</span></a>"
        f"<span class='price'>${rng.randrange(9, 60)}.00</span></div></li>"
        for i, t in enumerate(_teasers(case, rng, 4))
    )
    return (
        _head(
            case,
            '<script>var Shopify = Shopify || {};Shopify.shop = \'store.myshopify.com\';Shopify.theme = {"name":"Dawn","id":1};</script>',
        )
        + f"<body class='gradient'><a class='skip-to-content-link button visually-hidden' href='#MainContent'>Skip to content</a>"
        f"<div class='announcement-bar'><p>Free shipping on orders over $50</p></div>"
        f"<header class='header'><a href='/' class='header__heading-link'>{case.site}</a><nav class='header__inline-menu'>{_menu(case, rng)}</nav>"
        f"<a href='/search' class='header__icon'>{w['search']}</a><a href='/account/login'>Account</a><a href='/cart' id='cart-icon-bubble'>Cart <span>0</span></a></header>"
        f"<main id='MainContent' class='content-for-layout' role='main'><div class='page-width'>{_main(case, 'main-page-title')}</div>"
        f"<div class='featured-collection'><h2>Featured</h2><ul class='grid product-grid'>{products}</ul></div></main>"
        f"<footer class='footer'><div class='footer-block--newsletter'><h2>Subscribe to our emails</h2><form><input type='email' placeholder='Email'></form></div>"
        f"{_menu(case, rng, 'footer-block__details-content')}<ul class='list-payment'><li>Visa</li><li>Mastercard</li><li>PayPal</li></ul>"
        f"<small>© 2026, {case.site} Powered by Shopify</small></footer>{_cookie(case)}</body></html>"
    )


def _squarespace(case: Any, rng: random.Random) -> str:
    return (
        _head(
            case,
            '<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f"}};</script>',
        )
        + f"<body class='collection-type-page'><div id='siteWrapper' class='clearfix site-wrapper'>"
        f"<header class='header'><div class='header-title'><a href='/'>{case.site}</a></div><nav class='header-nav'>{_menu(case, rng)}</nav></header>"
        f"<main id='page' class='container' role='main'><article class='sections'><section class='page-section'>"
        f"<div class='content-wrapper'><div class='sqs-block html-block'><div class='sqs-block-content'>{_main(case)}</div></div></div>"
        f"</section></article></main><footer class='sections' id='footer-sections'><section class='page-section'>"
        f"<p>{case.site}</p><p>hello@example.com</p><p>{_w(case)['footer']}</p></section></footer></div>"
        f"<script src='https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js'></script></body></html>"
    )


def _wix(case: Any, rng: random.Random) -> str:
    blob = json.dumps(
        {
            "siteFeatures": ["ooi", "platform"],
            "rollout": {"x": rng.random()},
            "fonts": ["Avenir"] * 40,
        }
    )
    return (
        _head(
            case,
            f"<meta name='generator' content='Wix.com Website Builder'><script>window.viewerModel = {blob};</script>",
        )
        + f"<body><div id='SITE_CONTAINER'><div id='main_MF'><div id='SCROLL_TO_TOP'></div><div id='BACKGROUND_GROUP'></div>"
        f"<header id='SITE_HEADER'><div data-testid='richTextElement'><p><a href='/'>{case.site}</a></p></div>"
        f"<nav id='comp-menu' aria-label='Site'>{_menu(case, rng)}</nav></header>"
        f"<main id='PAGES_CONTAINER' tabindex='-1'><div id='SITE_PAGES'><div class='page'><section class='comp-section'>"
        f"<div data-testid='richTextElement' class='wixui-rich-text'>{_main(case, 'font_0 wixui-rich-text__text')}</div>"
        f"</section></div></div></main><footer id='SITE_FOOTER'><p class='font_9'>© 2026 by {case.site}. Proudly created with Wix.com</p></footer></div></div>"
        f"<script>{'var a=' + blob + ';' * 1}</script><script src='https://static.parastorage.com/services/wix-thunderbolt/dist/main.js'></script></body></html>"
    )


def _ghost(case: Any, rng: random.Random) -> str:
    cards = "".join(
        f"<article class='gh-card post'><a class='gh-card-link' href='/{rng.randrange(9999)}/'><h3 class='gh-card-title'>{t}</h3>"
        f"<time class='gh-card-date'>{rng.randrange(1, 28)} Nov 2026</time></a></article>"
        for t in _teasers(case, rng, 3)
    )
    return (
        _head(
            case,
            "<meta name='generator' content='Ghost 5.75'><script defer src='https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js' data-ghost='/'></script>",
        )
        + f"<body class='error-template has-sans-title'><div class='gh-site'><header id='gh-head' class='gh-head'><div class='gh-head-inner'>"
        f"<a class='gh-head-logo' href='/'>{case.site}</a><nav class='gh-head-menu'>{_menu(case, rng, 'nav')}</nav>"
        f"<div class='gh-head-actions'><a href='#/portal/signin'>Sign in</a><a class='gh-head-btn' href='#/portal/signup'>Subscribe</a></div></div></header>"
        f"<main class='gh-main gh-outer'><section class='gh-article gh-inner'>{_main(case, 'gh-article-title')}</section>"
        f"<section class='gh-feed'>{cards}</section></main>"
        f"<footer class='gh-foot'><div class='gh-foot-inner'><nav class='gh-foot-menu'>{_menu(case, rng, 'nav')}</nav>"
        f"<div class='gh-copyright'>{case.site} © 2026. Powered by Ghost</div></div></footer></div></body></html>"
    )


def _mediawiki(case: Any, rng: random.Random) -> str:
    side = "".join(
        f"<li><a href='/wiki/{x.replace(' ', '_')}'>{x}</a></li>"
        for x in [
            "Main page",
            "Contents",
            "Current events",
            "Random article",
            "About",
            "Contact us",
            "Help",
            "Community portal",
            "Recent changes",
            "Upload file",
        ]
    )
    return (
        _head(
            case,
            '<meta name=\'generator\' content=\'MediaWiki 1.41.0\'><script>RLCONF={"wgCanonicalNamespace":"","wgAction":"view","wgIsArticle":true};</script>',
        )
        + f"<body class='mediawiki ltr sitedir-ltr skin-vector-2022 action-view'><a class='mw-jump-link' href='#bodyContent'>Jump to content</a>"
        f"<div class='vector-header-container'><header class='vector-header mw-header'><a href='/wiki/Main_Page' class='mw-logo'>{case.site}</a>"
        f"<div id='p-search'><form action='/w/index.php' id='searchform'><input type='search' name='search' placeholder='Search {case.site}'></form></div>"
        f"<nav class='vector-user-links'><a href='/w/index.php?title=Special:CreateAccount'>Create account</a><a href='/w/index.php?title=Special:UserLogin'>Log in</a></nav></header></div>"
        f"<div class='mw-page-container'><div class='vector-main-menu'><ul>{side}</ul></div>"
        f"<main id='content' class='mw-body' role='main'><header class='mw-body-header'>"
        f"<h1 id='firstHeading' class='firstHeading mw-first-heading'>{case.h1 or ''}</h1></header>"
        f"<div class='vector-page-toolbar'><a href='?action=edit'>Edit</a><a href='?action=history'>View history</a></div>"
        f"<div id='bodyContent' class='vector-body'><div id='siteSub'>From {case.site}</div>"
        f"<div id='mw-content-text' class='mw-body-content'><div class='mw-parser-output'>{case.message}{_filler_html(case)}</div></div>"
        f"<div id='catlinks' class='catlinks'></div></div></main></div>"
        f"<footer id='footer' class='mw-footer'><ul id='footer-info'><li>Text is available under the Creative Commons Attribution-ShareAlike License 4.0.</li></ul>"
        f"<ul id='footer-places'><li><a href='/wiki/Privacy'>Privacy policy</a></li><li><a href='/wiki/About'>About {case.site}</a></li><li><a href='/wiki/Disclaimers'>Disclaimers</a></li></ul></footer></body></html>"
    )


def _discourse(case: Any, rng: random.Random) -> str:
    topics = "".join(
        f"<tr class='topic-list-item'><td><a href='/t/{t.lower().replace(' ', '-')}/{rng.randrange(9999)}' class='title'>{t}</a></td>"
        f"<td class='posts'>{rng.randrange(1, 90)}</td><td class='views'>{rng.randrange(100, 9000)}</td></tr>"
        for t in _teasers(case, rng, 6)
    )
    return (
        _head(
            case,
            "<meta name='generator' content='Discourse 3.2.0 - https://github.com/discourse/discourse'>",
        )
        + f"<body class='crawler'><header><a href='/'><img src='/uploads/logo.png' alt='{case.site}' id='site-logo'></a></header>"
        f"<div id='main-outlet' class='wrap' role='main'><div class='page-not-found'>{_main(case)}</div>"
        f"<div class='row'><h2>Latest</h2><table class='topic-list'><tbody>{topics}</tbody></table></div>"
        f"<div class='row'><form action='/search'><input type='text' name='q'><button>Search</button></form></div></div>"
        f"<footer class='container wrap'><nav class='crawler-nav'><ul><li><a href='/'>Home</a></li><li><a href='/categories'>Categories</a></li>"
        f"<li><a href='/guidelines'>Guidelines</a></li><li><a href='/tos'>Terms of Service</a></li><li><a href='/privacy'>Privacy Policy</a></li></ul></nav></footer>"
        f"<p class='powered-by-link'>Powered by <a href='https://www.discourse.org'>Discourse</a>, best viewed with JavaScript enabled</p></body></html>"
    )


def _gov(case: Any, rng: random.Random) -> str:
    return (
        _head(case)
        + f"<body class='govuk-template__body'><script>document.body.className += ' js-enabled';</script>"
        f"<div id='global-cookie-message' class='gem-c-cookie-banner govuk-clearfix' role='region' aria-label='Cookies on {case.site}'>"
        f"<h2 class='govuk-heading-m'>Cookies on {case.site}</h2><p>We use some essential cookies to make this website work.</p>"
        f"<p>We'd like to set additional cookies to understand how you use the site, remember your settings and improve government services.</p>"
        f"<button class='govuk-button'>Accept additional cookies</button><button class='govuk-button'>Reject additional cookies</button></div>"
        f"<a href='#main-content' class='govuk-skip-link'>Skip to main content</a>"
        f"<header class='gem-c-layout-super-navigation-header'><a href='/' class='govuk-header__link--homepage'>{case.site}</a>"
        f"<nav aria-label='Menu'>{_menu(case, rng, 'govuk-header__navigation-list')}</nav>"
        f"<form action='/search/all'><label for='q'>Search {case.site}</label><input id='q' name='keywords' type='search'></form></header>"
        f"<div class='govuk-width-container'><div class='govuk-phase-banner'><strong class='govuk-tag'>Beta</strong> This is a new service – your feedback will help us to improve it.</div>"
        f"<main class='govuk-main-wrapper' id='main-content' role='main'><div class='govuk-grid-row'><div class='govuk-grid-column-two-thirds'>"
        f"{_main(case, 'govuk-heading-xl')}</div></div></main></div>"
        f"<div class='gem-c-feedback'><p>Is this page useful?</p><button>Yes</button><button>No</button><button>Report a problem with this page</button></div>"
        f"<footer class='govuk-footer'><div class='govuk-width-container'><h2 class='govuk-visually-hidden'>Support links</h2>"
        f"{_menu(case, rng, 'govuk-footer__inline-list')}<p>All content is available under the Open Government Licence v3.0, except where otherwise stated</p>"
        f"<a class='govuk-footer__copyright-logo' href='/copyright'>© Crown copyright</a></div></footer></body></html>"
    )


def _hospital(case: Any, rng: random.Random) -> str:
    mega = "".join(
        f"<li class='mega-item'><a href='/{x.lower().replace(' ', '-')}'>{x}</a><ul>{_teaser_list(case, rng, '', 4)}</ul></li>"
        for x in [
            "Find a Doctor",
            "Locations",
            "Patients & Visitors",
            "Health Library",
            "Research",
            "Giving",
        ]
    )
    return (
        _head(
            case,
            '<script type=\'application/ld+json\'>{"@context":"https://schema.org","@type":"Hospital","name":"'
            + case.site
            + '"}</script>',
        )
        + f"<body class='template-content'><div class='alert-bar'>Visitor guidelines have been updated. <a href='/visitors'>Learn more</a></div>"
        f"<header class='site-header'><a href='/' class='logo'>{case.site}</a><nav class='utility-nav'><a href='/mychart'>MyChart Login</a>"
        f"<a href='/appointments'>Request an Appointment</a><a href='/pay'>Pay a Bill</a><a href='tel:+18005550100'>800-555-0100</a></nav>"
        f"<nav class='primary-nav'><ul>{mega}</ul></nav></header>"
        f"<main id='main'><div class='hero'></div><div class='content-well'>{_main(case)}</div>"
        f"<div class='cta-row'><a class='btn' href='/find-a-doctor'>Find a Doctor</a><a class='btn' href='/locations'>Find a Location</a></div></main>"
        f"{_footer(case, rng)}{_cookie(case)}</body></html>"
    )


def _newsroom(case: Any, rng: random.Random) -> str:
    w = _w(case)
    teasers = "".join(
        f"<article class='story-card'><a href='/{rng.randrange(2020, 2027)}/{rng.randrange(1, 12)}/{rng.randrange(99999)}'>"
        f"<img src='/img/{i}.jpg' alt=''><h3>{t}</h3></a><span class='byline'>{rng.randrange(1, 59)} min</span></article>"
        for i, t in enumerate(_teasers(case, rng, 10))
    )
    return (
        _head(
            case,
            "<script async src='https://securepubads.g.doubleclick.net/tag/js/gpt.js'></script>",
        )
        + f"<body class='page'><div class='ad-slot ad-leaderboard' id='div-gpt-ad-top'></div>"
        f"<header class='masthead'><div class='date'>{rng.randrange(1, 28)}.12.2026</div><a href='/' class='brand'>{case.site}</a>"
        f"<nav class='sections'>{_menu(case, rng)}</nav><a href='/subscribe' class='subscribe'>{w['more']}</a></header>"
        f"<div class='breaking-ticker'><span>LIVE</span> {_teasers(case, rng, 1)[0]}</div>"
        f"<main class='main'><div class='article-body'>{_main(case, 'headline')}</div>"
        f"<section class='trending'><h2>{w['menu'][1]}</h2>{teasers}</section></main>"
        f"<div class='ad-slot ad-sidebar' id='div-gpt-ad-side'></div>{_footer(case, rng)}{_cookie(case)}"
        f"<script>window.__PRELOADED_STATE__ = {json.dumps({'edition': case.lang, 'ab': [rng.random() for _ in range(20)]})};</script></body></html>"
    )


def _react(case: Any, rng: random.Random) -> str:
    """create-react-app: an empty root, the app's bundles, a noscript line."""
    return (
        _head(
            case,
            "<link rel='manifest' href='/manifest.json'><script defer src='/static/js/main.8f3a2c1b.js'></script>",
        )
        + "<body><noscript>You need to enable JavaScript to run this app.</noscript><div id='root'></div>"
        f"<script>window.__CONFIG__={json.dumps({'api': '/api/v2', 'locale': case.lang, 'flags': {'x': True}})}</script></body></html>"
    )


def _nextjs(case: Any, rng: random.Random) -> str:
    """A client-rendered Next.js page: only the loading skeleton in HTML, the data in JSON."""
    data = {
        "props": {"pageProps": {"id": case.id, "slug": case.link_path.rsplit("/", 1)[-1]}},
        "page": "/[slug]",
        "query": {},
        "buildId": "k2Jx9",
        "isFallback": False,
    }
    return (
        _head(
            case,
            "<script src='/_next/static/chunks/webpack-1a2b.js' defer></script><script src='/_next/static/chunks/main-3c4d.js' defer></script>",
        )
        + f"<body><div id='__next'><div class='skeleton'><div class='skeleton-bar'></div><div class='skeleton-bar'></div></div>{case.message}</div>"
        f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(data)}</script></body></html>"
    )


def _angular(case: Any, rng: random.Random) -> str:
    return (
        _head(case, "<base href='/'>")
        + f"<body><app-root><div class='app-loading'><div class='spinner'></div>{case.message}</div></app-root>"
        "<script src='runtime.4f2a.js' type='module'></script><script src='polyfills.9b1c.js' type='module'></script>"
        "<script src='main.77ad.js' type='module'></script></body></html>"
    )


TEMPLATES: dict[str, Callable[[Any, random.Random], str]] = {
    "wordpress": _wordpress,
    "drupal": _drupal,
    "shopify": _shopify,
    "squarespace": _squarespace,
    "wix": _wix,
    "ghost": _ghost,
    "mediawiki": _mediawiki,
    "discourse": _discourse,
    "gov": _gov,
    "hospital": _hospital,
    "newsroom": _newsroom,
    "react": _react,
    "nextjs": _nextjs,
    "angular": _angular,
}


def render(case: Any) -> str:
    return TEMPLATES[case.chrome](case, random.Random(case.id))
