# ruff: noqa: E501  (interface strings in many languages and platform markup: data, one a line)
"""Site templates for the ninth soft-dead blind set (``blind9.yaml``): the chrome that widely
used platforms ship (WordPress classic and block themes, Drupal Olivero, Joomla Cassiopeia,
Ghost Casper, Shopify Dawn, Squarespace, Wix, Webflow, Docusaurus, MkDocs Material, Sphinx with
the Read the Docs theme, MediaWiki Vector, Discourse, phpBB prosilver, Next.js, Nuxt, Gatsby,
Hugo, Jekyll minima, Google Sites) and the chrome of health publishers (a health library, a
public-health agency, a journal) and a news site, each at a real page's weight.

Written for the ninth blind set without reading ``curator.classify``, any earlier blind set or
any earlier ``webchrome*`` module. A template draws only chrome: the case's title, heading and
message are the page's own words, and nothing here looks at a case's label. Like real sites,
a page carries its platform's markers (a WordPress 404 has ``body class="error404"``, a Next.js
page its ``__NEXT_DATA__``), the interface is in the page's language, and the rails (recent
posts, recommended items) and the share links are drawn for the path asked, so a catch-all
site's answer differs from one made-up URL to the next (``probe: varied``).
"""

from __future__ import annotations

import html
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from softdead.devset import Case

# Per language: text direction, then the interface (home, search, about, contact, privacy,
# terms, subscribe, related, share, cookie notice, accept, sign in, latest) and four headlines
# the rails show.
UI_TEXT = {
    "en": ("ltr", "Home|Search|About us|Contact|Privacy policy|Terms of use|Subscribe to our newsletter|Related articles|Share|We use cookies to improve your experience and to measure how our site is used.|Accept all|Sign in|Latest",
           "How much sleep do adults really need?|Five myths about cholesterol|What a blood test can and cannot tell you|Walking after meals: what the studies say"),
    "es": ("ltr", "Inicio|Buscar|Quiénes somos|Contacto|Política de privacidad|Condiciones de uso|Suscríbete al boletín|Artículos relacionados|Compartir|Usamos cookies para mejorar tu experiencia y medir el uso del sitio.|Aceptar todas|Iniciar sesión|Lo último",
           "¿Cuántas horas de sueño necesita un adulto?|Cinco mitos sobre el colesterol|Qué puede decirte un análisis de sangre|Caminar después de comer: lo que dicen los estudios"),
    "de": ("ltr", "Startseite|Suche|Über uns|Kontakt|Datenschutz|Nutzungsbedingungen|Newsletter abonnieren|Ähnliche Artikel|Teilen|Wir verwenden Cookies, um Ihr Erlebnis zu verbessern und die Nutzung unserer Website zu messen.|Alle akzeptieren|Anmelden|Neueste Beiträge",
           "Wie viel Schlaf brauchen Erwachsene wirklich?|Fünf Mythen über Cholesterin|Was ein Blutbild verrät|Spazieren nach dem Essen: Was Studien sagen"),
    "fr": ("ltr", "Accueil|Rechercher|À propos|Contact|Politique de confidentialité|Conditions d'utilisation|Abonnez-vous à la newsletter|Articles liés|Partager|Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience du site.|Tout accepter|Se connecter|À la une",
           "De combien de sommeil un adulte a-t-il besoin ?|Cinq idées reçues sur le cholestérol|Ce que révèle une prise de sang|Marcher après le repas : ce que disent les études"),
    "it": ("ltr", "Home|Cerca|Chi siamo|Contatti|Informativa sulla privacy|Termini d'uso|Iscriviti alla newsletter|Articoli correlati|Condividi|Utilizziamo i cookie per migliorare la tua esperienza e misurare l'uso del sito.|Accetta tutti|Accedi|Ultime notizie",
           "Quante ore di sonno servono a un adulto?|Cinque falsi miti sul colesterolo|Cosa dicono gli esami del sangue|Camminare dopo i pasti: cosa dicono gli studi"),
    "pt": ("ltr", "Início|Pesquisar|Sobre nós|Contato|Política de privacidade|Termos de uso|Assine a newsletter|Artigos relacionados|Compartilhar|Usamos cookies para melhorar sua experiência e medir o uso do site.|Aceitar todos|Entrar|Últimas",
           "Quantas horas de sono um adulto precisa?|Cinco mitos sobre o colesterol|O que um exame de sangue pode mostrar|Caminhar depois das refeições: o que dizem os estudos"),
    "nl": ("ltr", "Home|Zoeken|Over ons|Contact|Privacybeleid|Gebruiksvoorwaarden|Schrijf je in voor de nieuwsbrief|Gerelateerde artikelen|Delen|We gebruiken cookies om je ervaring te verbeteren en het gebruik van de site te meten.|Alles accepteren|Inloggen|Laatste nieuws",
           "Hoeveel slaap heeft een volwassene nodig?|Vijf fabels over cholesterol|Wat een bloedtest wel en niet vertelt|Wandelen na het eten: wat onderzoek zegt"),
    "pl": ("ltr", "Strona główna|Szukaj|O nas|Kontakt|Polityka prywatności|Regulamin|Zapisz się do newslettera|Powiązane artykuły|Udostępnij|Używamy plików cookie, aby poprawić działanie serwisu i mierzyć ruch.|Akceptuj wszystkie|Zaloguj się|Najnowsze",
           "Ile snu potrzebuje dorosły?|Pięć mitów o cholesterolu|Co mówi morfologia krwi|Spacer po posiłku: co mówią badania"),
    "tr": ("ltr", "Ana Sayfa|Ara|Hakkımızda|İletişim|Gizlilik politikası|Kullanım koşulları|Bültenimize abone olun|İlgili yazılar|Paylaş|Deneyiminizi iyileştirmek ve site kullanımını ölçmek için çerezler kullanıyoruz.|Tümünü kabul et|Giriş yap|Son yazılar",
           "Bir yetişkin ne kadar uyumalı?|Kolesterol hakkında beş efsane|Kan tahlili neleri gösterir?|Yemekten sonra yürüyüş: araştırmalar ne diyor"),
    "ru": ("ltr", "Главная|Поиск|О нас|Контакты|Политика конфиденциальности|Условия использования|Подпишитесь на рассылку|Похожие статьи|Поделиться|Мы используем файлы cookie, чтобы сайт работал лучше.|Принять все|Войти|Последние публикации",
           "Сколько сна нужно взрослому?|Пять мифов о холестерине|Что покажет анализ крови|Прогулка после еды: что говорят исследования"),
    "uk": ("ltr", "Головна|Пошук|Про нас|Контакти|Політика конфіденційності|Умови використання|Підпишіться на розсилку|Схожі статті|Поділитися|Ми використовуємо файли cookie, щоб покращити роботу сайту.|Прийняти всі|Увійти|Останні публікації",
           "Скільки сну потрібно дорослому?|П'ять міфів про холестерин|Що покаже аналіз крові|Прогулянка після їжі: що кажуть дослідження"),
    "ja": ("ltr", "ホーム|検索|会社概要|お問い合わせ|プライバシーポリシー|利用規約|ニュースレターを購読|関連記事|シェア|当サイトでは、利便性の向上とアクセス解析のためにCookieを使用しています。|すべて同意する|ログイン|新着記事",
           "大人に必要な睡眠時間は？|コレステロールにまつわる5つの誤解|血液検査でわかること|食後のウォーキングの効果"),
    "zh": ("ltr", "首页|搜索|关于我们|联系我们|隐私政策|使用条款|订阅电子报|相关文章|分享|我们使用 Cookie 来改善您的浏览体验并统计网站访问情况。|全部接受|登录|最新文章",
           "成年人每天需要睡多久？|关于胆固醇的五个误区|验血能告诉你什么|饭后散步有什么好处"),
    "ko": ("ltr", "홈|검색|회사 소개|문의하기|개인정보처리방침|이용약관|뉴스레터 구독|관련 기사|공유|이 사이트는 이용 경험을 개선하고 방문 통계를 위해 쿠키를 사용합니다.|모두 동의|로그인|최신 글",
           "성인에게 필요한 수면 시간은?|콜레스테롤에 대한 다섯 가지 오해|혈액 검사로 알 수 있는 것|식후 걷기의 효과"),
    "ar": ("rtl", "الرئيسية|بحث|من نحن|اتصل بنا|سياسة الخصوصية|شروط الاستخدام|اشترك في النشرة البريدية|مقالات ذات صلة|مشاركة|نستخدم ملفات تعريف الارتباط لتحسين تجربتك وقياس استخدام الموقع.|قبول الكل|تسجيل الدخول|أحدث المقالات",
           "كم ساعة نوم يحتاجها البالغ؟|خمس خرافات عن الكوليسترول|ماذا يكشف تحليل الدم|المشي بعد الأكل: ماذا تقول الدراسات"),
    "fa": ("rtl", "خانه|جستجو|درباره ما|تماس با ما|حریم خصوصی|شرایط استفاده|عضویت در خبرنامه|مطالب مرتبط|اشتراک‌گذاری|ما برای بهبود تجربه شما و سنجش بازدید از کوکی استفاده می‌کنیم.|پذیرفتن همه|ورود|تازه‌ترین مطالب",
           "بزرگسالان چقدر خواب نیاز دارند؟|پنج باور نادرست درباره کلسترول|آزمایش خون چه چیزهایی را نشان می‌دهد|پیاده‌روی بعد از غذا"),
    "he": ("rtl", "דף הבית|חיפוש|אודות|צור קשר|מדיניות פרטיות|תנאי שימוש|הרשמה לניוזלטר|כתבות קשורות|שיתוף|אנו משתמשים בעוגיות כדי לשפר את חוויית הגלישה ולמדוד את השימוש באתר.|אישור הכול|התחברות|חדש באתר",
           "כמה שעות שינה צריך מבוגר?|חמישה מיתוסים על כולסטרול|מה בדיקת דם יכולה לגלות|הליכה אחרי הארוחה: מה אומרים המחקרים"),
    "hi": ("ltr", "होम|खोजें|हमारे बारे में|संपर्क करें|गोपनीयता नीति|उपयोग की शर्तें|न्यूज़लेटर की सदस्यता लें|संबंधित लेख|शेयर करें|हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं।|सभी स्वीकार करें|लॉग इन|ताज़ा लेख",
           "वयस्कों को कितनी नींद चाहिए?|कोलेस्ट्रॉल से जुड़े पाँच मिथक|खून की जाँच से क्या पता चलता है|खाने के बाद टहलने के फ़ायदे"),
    "bn": ("ltr", "হোম|খুঁজুন|আমাদের সম্পর্কে|যোগাযোগ|গোপনীয়তা নীতি|ব্যবহারের শর্তাবলি|নিউজলেটার সাবস্ক্রাইব করুন|সম্পর্কিত লেখা|শেয়ার করুন|আপনার অভিজ্ঞতা উন্নত করতে আমরা কুকি ব্যবহার করি।|সব গ্রহণ করুন|লগ ইন|সর্বশেষ",
           "প্রাপ্তবয়স্কদের কত ঘণ্টা ঘুম দরকার?|কোলেস্টেরল নিয়ে পাঁচটি ভুল ধারণা|রক্ত পরীক্ষায় কী জানা যায়|খাওয়ার পর হাঁটার উপকারিতা"),
    "ta": ("ltr", "முகப்பு|தேடல்|எங்களைப் பற்றி|தொடர்புக்கு|தனியுரிமைக் கொள்கை|பயன்பாட்டு விதிமுறைகள்|செய்திமடலுக்குப் பதிவு செய்க|தொடர்புடைய கட்டுரைகள்|பகிர்|உங்கள் அனுபவத்தை மேம்படுத்த நாங்கள் குக்கீகளைப் பயன்படுத்துகிறோம்.|அனைத்தையும் ஏற்கவும்|உள்நுழை|சமீபத்திய கட்டுரைகள்",
           "பெரியவர்களுக்கு எவ்வளவு தூக்கம் தேவை?|கொலஸ்ட்ரால் பற்றிய ஐந்து தவறான நம்பிக்கைகள்|இரத்தப் பரிசோதனை என்ன சொல்லும்|உணவுக்குப் பின் நடைப்பயிற்சி"),
    "th": ("ltr", "หน้าแรก|ค้นหา|เกี่ยวกับเรา|ติดต่อเรา|นโยบายความเป็นส่วนตัว|ข้อกำหนดการใช้งาน|สมัครรับจดหมายข่าว|บทความที่เกี่ยวข้อง|แชร์|เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของคุณ|ยอมรับทั้งหมด|เข้าสู่ระบบ|บทความล่าสุด",
           "ผู้ใหญ่ควรนอนวันละกี่ชั่วโมง|5 ความเชื่อผิด ๆ เรื่องคอเลสเตอรอล|ตรวจเลือดบอกอะไรเราได้บ้าง|เดินหลังอาหารดีอย่างไร"),
    "my": ("ltr", "ပင်မစာမျက်နှာ|ရှာဖွေရန်|ကျွန်ုပ်တို့အကြောင်း|ဆက်သွယ်ရန်|ကိုယ်ရေးအချက်အလက်မူဝါဒ|အသုံးပြုမှုစည်းမျဉ်းများ|သတင်းလွှာ စာရင်းသွင်းရန်|ဆက်စပ်ဆောင်းပါးများ|မျှဝေရန်|ဤဝက်ဘ်ဆိုက်သည် ကွတ်ကီးများကို အသုံးပြုပါသည်။|အားလုံးလက်ခံမည်|ဝင်ရောက်ရန်|နောက်ဆုံးရ",
           "လူကြီးတစ်ယောက် ဘယ်နှစ်နာရီ အိပ်သင့်သလဲ|ကိုလက်စထရော အကြောင်း အထင်အမြင်လွဲမှား ငါးခု|သွေးစစ်ခြင်းက ဘာတွေပြောပြနိုင်သလဲ|ထမင်းစားပြီး လမ်းလျှောက်ခြင်း"),
    "km": ("ltr", "ទំព័រដើម|ស្វែងរក|អំពីយើង|ទំនាក់ទំនង|គោលការណ៍ឯកជនភាព|លក្ខខណ្ឌប្រើប្រាស់|ចុះឈ្មោះទទួលព្រឹត្តិបត្រ|អត្ថបទពាក់ព័ន្ធ|ចែករំលែក|គេហទំព័រនេះប្រើខូគី ដើម្បីកែលម្អបទពិសោធន៍របស់អ្នក។|ទទួលយកទាំងអស់|ចូលគណនី|ថ្មីៗ",
           "មនុស្សពេញវ័យត្រូវការគេងប៉ុន្មានម៉ោង?|ការយល់ខុសប្រាំអំពីកូឡេស្តេរ៉ុល|តើការពិនិត្យឈាមប្រាប់អ្វីខ្លះ|ការដើរក្រោយពេលញ៉ាំអាហារ"),
    "am": ("ltr", "መነሻ|ፈልግ|ስለ እኛ|ያግኙን|የግላዊነት ፖሊሲ|የአጠቃቀም ውሎች|ለዜና መጽሔታችን ይመዝገቡ|ተዛማጅ ጽሑፎች|አጋራ|ይህ ድረ-ገጽ ኩኪዎችን ይጠቀማል።|ሁሉንም ተቀበል|ግባ|የቅርብ ጊዜ",
           "አዋቂ ሰው ምን ያህል መተኛት አለበት?|ስለ ኮሌስትሮል አምስት የተሳሳቱ አመለካከቶች|የደም ምርመራ ምን ይነግረናል|ከምግብ በኋላ የእግር ጉዞ"),
    "vi": ("ltr", "Trang chủ|Tìm kiếm|Giới thiệu|Liên hệ|Chính sách bảo mật|Điều khoản sử dụng|Đăng ký nhận bản tin|Bài viết liên quan|Chia sẻ|Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn.|Chấp nhận tất cả|Đăng nhập|Mới nhất",
           "Người lớn cần ngủ bao nhiêu giờ?|Năm hiểu lầm về cholesterol|Xét nghiệm máu cho biết điều gì|Đi bộ sau bữa ăn có lợi gì"),
    "id": ("ltr", "Beranda|Cari|Tentang Kami|Kontak|Kebijakan Privasi|Syarat Penggunaan|Berlangganan buletin|Artikel terkait|Bagikan|Kami menggunakan cookie untuk meningkatkan pengalaman Anda.|Terima semua|Masuk|Terbaru",
           "Berapa jam tidur yang dibutuhkan orang dewasa?|Lima mitos tentang kolesterol|Apa yang bisa diketahui dari tes darah|Jalan kaki setelah makan"),
    "sv": ("ltr", "Hem|Sök|Om oss|Kontakt|Integritetspolicy|Användarvillkor|Prenumerera på nyhetsbrevet|Relaterade artiklar|Dela|Vi använder kakor för att förbättra din upplevelse och mäta hur webbplatsen används.|Godkänn alla|Logga in|Senaste",
           "Hur mycket sömn behöver en vuxen?|Fem myter om kolesterol|Vad ett blodprov kan visa|Promenad efter maten"),
    "el": ("ltr", "Αρχική|Αναζήτηση|Σχετικά με εμάς|Επικοινωνία|Πολιτική απορρήτου|Όροι χρήσης|Εγγραφή στο ενημερωτικό δελτίο|Σχετικά άρθρα|Κοινοποίηση|Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας.|Αποδοχή όλων|Σύνδεση|Τελευταία",
           "Πόσο ύπνο χρειάζεται ένας ενήλικας;|Πέντε μύθοι για τη χοληστερόλη|Τι δείχνει μια εξέταση αίματος|Περπάτημα μετά το φαγητό"),
    "cs": ("ltr", "Úvod|Hledat|O nás|Kontakt|Ochrana osobních údajů|Podmínky užívání|Přihlaste se k odběru novinek|Související články|Sdílet|Používáme cookies ke zlepšení vašeho zážitku a k měření návštěvnosti.|Přijmout vše|Přihlásit se|Nejnovější",
           "Kolik spánku potřebuje dospělý?|Pět mýtů o cholesterolu|Co prozradí krevní test|Procházka po jídle"),
    "ro": ("ltr", "Acasă|Caută|Despre noi|Contact|Politica de confidențialitate|Termeni de utilizare|Abonează-te la newsletter|Articole similare|Distribuie|Folosim cookie-uri pentru a îmbunătăți experiența ta.|Acceptă tot|Autentificare|Cele mai noi",
           "De cât somn are nevoie un adult?|Cinci mituri despre colesterol|Ce arată analizele de sânge|Plimbarea după masă"),
    "hu": ("ltr", "Főoldal|Keresés|Rólunk|Kapcsolat|Adatvédelem|Felhasználási feltételek|Iratkozzon fel hírlevelünkre|Kapcsolódó cikkek|Megosztás|Sütiket használunk a jobb felhasználói élmény érdekében.|Összes elfogadása|Bejelentkezés|Legfrissebb",
           "Mennyi alvásra van szüksége egy felnőttnek?|Öt tévhit a koleszterinről|Mit árul el a vérvétel|Séta evés után"),
    "sw": ("ltr", "Nyumbani|Tafuta|Kuhusu sisi|Wasiliana nasi|Sera ya faragha|Masharti ya matumizi|Jiandikishe kwa jarida|Makala zinazohusiana|Shiriki|Tunatumia vidakuzi ili kuboresha matumizi yako.|Kubali zote|Ingia|Habari mpya",
           "Mtu mzima anahitaji kulala saa ngapi?|Imani tano potofu kuhusu kolesteroli|Kipimo cha damu kinaonyesha nini|Kutembea baada ya kula"),}  # fmt: skip


@dataclass(frozen=True)
class Ui:
    dir: str
    home: str
    search: str
    about: str
    contact: str
    privacy: str
    terms: str
    subscribe: str
    related: str
    share: str
    cookie: str
    accept: str
    login: str
    latest: str
    rails: tuple[str, ...]


@cache
def ui(lang: str) -> Ui:
    direction, words, rails = UI_TEXT.get(lang, UI_TEXT["en"])
    return Ui(direction, *words.split("|"), rails=tuple(rails.split("|")))


# -- weight: what real platforms inline into every page ---------------------------------------

_PROPS = [
    "margin:0 auto",
    "padding:0",
    "display:flex",
    "display:grid",
    "gap:1rem",
    "color:var(--fg)",
    "background:var(--bg)",
    "font-size:clamp(1rem,2vw,1.25rem)",
    "line-height:1.6",
    "border-radius:4px",
    "box-shadow:0 1px 2px rgba(0,0,0,.08)",
    "text-decoration:none",
    "max-width:var(--content-width)",
    "position:relative",
    "z-index:10",
    "opacity:.85",
    "transition:color .2s ease-in-out",
    "align-items:center",
    "justify-content:space-between",
    "grid-template-columns:repeat(auto-fill,minmax(240px,1fr))",
    "overflow:hidden",
    "font-weight:600",
    "letter-spacing:.02em",
    "border-bottom:1px solid var(--border)",
]


@cache
def css(platform: str, selectors: tuple[str, ...], kb: int) -> str:
    """A stylesheet inlined the way the platform ships it: the same on every page of a site."""
    rng = random.Random(platform)
    rules: list[str] = []
    size = 0
    while size < kb * 1024:
        selector = rng.choice(selectors)
        variant = rng.choice(["", ":hover", " a", " > li", " .is-active", "--large", "__inner"])
        props = ";".join(rng.sample(_PROPS, k=rng.randrange(2, 6)))
        rule = f"{selector}{variant}{{{props}}}"
        if rng.random() < 0.12:
            rule = f"@media (min-width:{rng.choice([600, 782, 960, 1200])}px){{{rule}}}"
        rules.append(rule)
        size += len(rule)
    return "".join(rules)


@cache
def blob(platform: str, kb: int) -> str:
    """A settings object the platform prints into each page (feature flags, translations,
    asset maps): JSON, the same on every page."""
    rng = random.Random(platform + "-blob")
    data: dict[str, object] = {}
    size = 0
    while size < kb * 1024:
        key = f"{rng.choice(['asset', 'flag', 'i18n', 'route', 'chunk', 'module'])}_{rng.randrange(10**6)}"
        value = {
            "hash": f"{rng.randrange(16**12):012x}",
            "src": f"/static/{platform}/{rng.randrange(10**5)}.{rng.choice(['js', 'css', 'woff2'])}",
            "enabled": rng.random() < 0.5,
        }
        data[key] = value
        size += len(key) + 80
    return json.dumps(data, separators=(",", ":"))


def rng_for(case: Case) -> random.Random:
    """Rails are drawn for the path asked (a catch-all's answer changes with it)."""
    return random.Random(f"{case.id}|{case.link_path}")


def rail(case: Case, prefix: str, count: int = 6, cls: str = "") -> str:
    rng = rng_for(case)
    u = ui(case.lang)
    pool = list(u.rails)
    rng.shuffle(pool)
    items = []
    for index in range(count):
        number = rng.randrange(1000, 99999)
        items.append(
            f"<li class='{cls}'><a href='{prefix}{number}/'>{pool[index % len(pool)]}</a>"
            f"<time datetime='2026-{rng.randrange(1, 12):02d}-{rng.randrange(1, 28):02d}'></time></li>"
        )
    return "".join(items)


def share(case: Case) -> str:
    """Share buttons carry the page's own address, as every platform's do."""
    u = ui(case.lang)
    where = html.escape(f"https://{case.site.lower().replace(' ', '')}.example{case.link_path}")
    return (
        f"<div class='share-buttons' aria-label='{u.share}'>"
        f"<a class='share-facebook' href='https://www.facebook.com/sharer/sharer.php?u={where}'>Facebook</a>"
        f"<a class='share-x' href='https://x.com/intent/post?url={where}'>X</a>"
        f"<a class='share-linkedin' href='https://www.linkedin.com/sharing/share-offsite/?url={where}'>LinkedIn</a>"
        f"<a class='share-mail' href='mailto:?body={where}'>E-mail</a></div>"
    )


def menu(case: Case, cls: str = "menu-item", extra: tuple[str, ...] = ()) -> str:
    u = ui(case.lang)
    names = (u.home, *extra, u.latest, u.about, u.contact)
    return "".join(
        f"<li class='{cls}'><a href='/{'' if i == 0 else f'section-{i}/'}'>{name}</a></li>"
        for i, name in enumerate(names)
    )


def legal(case: Case) -> str:
    u = ui(case.lang)
    return (
        f"<a href='/privacy/'>{u.privacy}</a> · <a href='/terms/'>{u.terms}</a> · "
        f"<a href='/contact/'>{u.contact}</a> · © 2026 {case.site}"
    )


def cookie_banner(case: Case, cls: str = "cookie-banner") -> str:
    u = ui(case.lang)
    return (
        f"<div class='{cls}' role='dialog' aria-live='polite'><p>{u.cookie}</p>"
        f"<button class='accept'>{u.accept}</button><a href='/privacy/'>{u.privacy}</a></div>"
    )


def head(case: Case, style: str, extra: str = "", generator: str = "") -> str:
    u = ui(case.lang)
    title = f"<title>{case.title}</title>" if case.title is not None else ""
    gen = f"<meta name='generator' content='{generator}'>" if generator else ""
    url = html.escape(case.link_path)
    return (
        f"<!DOCTYPE html><html lang='{case.lang}' dir='{u.dir}'><head><meta charset='utf-8'>"
        f"<meta name='viewport' content='width=device-width, initial-scale=1'>{title}{gen}"
        f"<meta property='og:url' content='{url}'><meta property='og:site_name' content='{case.site}'>"
        f"<link rel='icon' href='/favicon.ico'><style>{style}</style>{extra}</head>"
    )


def en(case: Case, text: str) -> str:
    """Chrome the site only has in English (a disclaimer, a banner): left out on pages in
    other languages rather than shown in the wrong one."""
    return text if case.lang == "en" else ""


def heading(case: Case, cls: str = "") -> str:
    return f"<h1 class='{cls}'>{case.h1}</h1>" if case.h1 else ""


def core(case: Case, h1_cls: str = "") -> str:
    """The page's own words: heading, message and any ordinary paragraphs after them."""
    from softdead.devset import _filler  # devset imports this module: look it up at use

    return heading(case, h1_cls) + case.message + _filler(case)


def search_form(case: Case, cls: str = "search-form") -> str:
    u = ui(case.lang)
    return (
        f"<form role='search' class='{cls}' action='/search'><label><span class='screen-reader-text'>"
        f"{u.search}</span><input type='search' name='q' placeholder='{u.search} …'></label>"
        f"<button type='submit'>{u.search}</button></form>"
    )


def scripts(platform: str, count: int) -> str:
    rng = random.Random(platform + "-scripts")
    return "".join(
        f"<script src='/assets/{platform}/{rng.randrange(16**8):08x}.js' defer></script>"
        for _ in range(count)
    )


def _text(message: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", message)).strip()


# -- the platforms --------------------------------------------------------------------------------

WP_SELECTORS = (
    ".wp-block-group",
    ".site-header",
    ".navigation-top",
    ".entry-content",
    ".widget",
    ".wp-block-button__link",
    ".has-text-align-center",
    ".site-footer",
    ".comment-body",
    ".screen-reader-text",
    ".wp-block-image",
    ".menu-item",
    ".entry-meta",
    ".page-title",
)


def wordpress(case: Case) -> str:
    """A classic WordPress theme (Twenty Seventeen's layout): masthead, top navigation, the
    primary area, a widget sidebar, emoji and jQuery scripts. The chrome's suffix picks the
    template WordPress itself chose: ``-404`` (body class error404), ``-archive`` (a tag or
    category listing), ``-page``; a single post otherwise."""
    u = ui(case.lang)
    rng = rng_for(case)
    kind = case.chrome.removeprefix("w9-wordpress").lstrip("-") or "single"
    body_class = {
        "404": "error404 hfeed has-sidebar colors-light",
        "archive": "archive tag hfeed has-sidebar page-two-column colors-light",
        "page": "page-template-default page has-sidebar colors-light",
    }.get(
        kind,
        f"post-template-default single single-post postid-{rng.randrange(100, 9999)} single-format-standard has-sidebar colors-light",
    )
    # Yoast SEO (on most WordPress sites) marks not-found and archive pages noindex
    robots = "<meta name='robots' content='noindex, follow'>" if kind in ("404", "archive") else ""
    wrap = (
        "section class='error-404 not-found'"
        if kind == "404"
        else f"article id='post-{rng.randrange(100, 9999)}' class='post type-post status-publish format-standard hentry'"
    )
    close = "section" if kind == "404" else "article"
    widgets = (
        f"<section class='widget widget_search'>{search_form(case)}</section>"
        f"<section class='widget widget_recent_entries'><h2 class='widget-title'>{u.latest}</h2><ul>{rail(case, '/20', 5)}</ul></section>"
        f"<section class='widget widget_categories'><h2 class='widget-title'>Categories</h2><ul>{menu(case, 'cat-item')}</ul></section>"
        f"<section class='widget widget_meta'><h2 class='widget-title'>Meta</h2><ul><li><a href='/wp-login.php'>{u.login}</a></li><li><a href='/feed/'>Entries feed</a></li></ul></section>"
    )
    return (
        head(
            case,
            css("wordpress", WP_SELECTORS, 24),
            robots
            + '<script>window._wpemojiSettings={"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","source":{"concatemoji":"\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.6.2"}};</script>',
            "WordPress 6.6.2",
        )
        + f"<body class='{body_class}'><div id='page' class='site'><a class='skip-link screen-reader-text' href='#content'>Skip to content</a>"
        f"<header id='masthead' class='site-header'><div class='site-branding'><p class='site-title'><a href='/' rel='home'>{case.site}</a></p></div>"
        f"<nav id='site-navigation' class='main-navigation' aria-label='Top Menu'><ul id='top-menu' class='menu'>{menu(case)}</ul></nav></header>"
        f"<div class='site-content-contain'><div id='content' class='site-content'><div class='wrap'><div id='primary' class='content-area'><main id='main' class='site-main'>"
        f"<{wrap}><header class='entry-header page-header'></header><div class='entry-content page-content'>{core(case, 'entry-title page-title')}</div>"
        f"{share(case) if kind != '404' else ''}</{close}></main></div>"
        f"<aside id='secondary' class='widget-area' aria-label='Blog Sidebar'>{widgets}</aside></div></div>"
        f"<footer id='colophon' class='site-footer'><div class='wrap'><nav class='social-navigation'><ul>{menu(case)}</ul></nav>"
        f"<div class='site-info'>{legal(case)} · <a href='https://wordpress.org/' class='imprint'>Proudly powered by WordPress</a></div></div></footer></div></div>"
        f"{cookie_banner(case, 'cmplz-cookiebanner')}<script src='/wp-includes/js/jquery/jquery.min.js?ver=3.7.1'></script>{scripts('wordpress', 6)}</body></html>"
    )


def wpblock(case: Case) -> str:
    """A WordPress block theme (Twenty Twenty-Four's parts): header and footer template parts
    around a post-content block, a query loop of recent posts below."""
    u = ui(case.lang)
    return (
        head(
            case,
            css(
                "wpblock",
                (
                    ".wp-block-template-part",
                    ".wp-block-navigation",
                    ".wp-block-post-title",
                    ".wp-block-query",
                    ".wp-block-post-template",
                    ".wp-container-core-group-is-layout-1",
                    ".wp-block-site-title",
                    ".has-global-padding",
                    ".wp-block-separator",
                ),
                30,
            ),
            generator="WordPress 6.7",
        )
        + "<body class='wp-embed-responsive'><div class='wp-site-blocks'>"
        f"<header class='wp-block-template-part'><div class='wp-block-group alignfull has-global-padding'><p class='wp-block-site-title'><a href='/'>{case.site}</a></p>"
        f"<nav class='wp-block-navigation is-responsive' aria-label='Header navigation'><ul class='wp-block-navigation__container'>{menu(case, 'wp-block-navigation-item')}</ul></nav></div></header>"
        f"<main class='wp-block-group has-global-padding is-layout-constrained'><div class='entry-content wp-block-post-content has-global-padding is-layout-constrained'>{core(case, 'wp-block-post-title')}</div>"
        f"<div class='wp-block-query alignwide'><h2 class='wp-block-heading'>{u.latest}</h2><ul class='wp-block-post-template'>{rail(case, '/', 6, 'wp-block-post')}</ul></div></main>"
        f"<footer class='wp-block-template-part'><div class='wp-block-group alignwide'><p class='wp-block-site-title'>{case.site}</p><ul>{menu(case, 'wp-block-navigation-item')}</ul>"
        f"<p class='has-small-font-size'>{legal(case)} · Designed with <a href='https://wordpress.org'>WordPress</a></p></div></footer></div>"
        f"<script id='wp-interactivity-js-module-data'>{blob('wpblock', 6)}</script>{scripts('wpblock', 4)}</body></html>"
    )


def drupal(case: Case) -> str:
    """Drupal 10's Olivero: site branding, primary menu region, breadcrumb, the content region
    with status messages, and ``drupalSettings`` JSON."""
    u = ui(case.lang)
    return (
        head(
            case,
            css(
                "drupal",
                (
                    ".site-header__inner",
                    ".primary-nav__menu-link",
                    ".region--content",
                    ".breadcrumb__item",
                    ".node__content",
                    ".site-footer__inner",
                    ".messages--status",
                    ".block-system-main-block",
                    ".field--name-body",
                ),
                26,
            ),
            generator="Drupal 10 (https://www.drupal.org)",
        )
        + "<body class='path-node page-node-type-article'><a href='#main-content' class='visually-hidden focusable skip-link'>Skip to main content</a>"
        "<div class='dialog-off-canvas-main-canvas' data-off-canvas-main-canvas><div id='page-wrapper' class='page-wrapper'><div id='page'>"
        f"<header id='header' class='site-header' data-drupal-selector='site-header'><div class='site-branding'><a href='/' rel='home' class='site-branding__name'>{case.site}</a></div>"
        f"<nav id='block-olivero-main-menu' class='primary-nav' aria-labelledby='block-olivero-main-menu-menu'><ul class='menu primary-nav__menu primary-nav__menu--level-1'>{menu(case, 'primary-nav__menu-item')}</ul></nav>"
        f"<div class='search-block-form'>{search_form(case, 'search-form search-block-form')}</div></header>"
        f"<div id='main-wrapper' class='layout-main-wrapper layout-container'><div id='main' class='layout-main'><div class='main-content'><a id='main-content' tabindex='-1'></a>"
        f"<div class='region region--breadcrumb'><nav class='breadcrumb' role='navigation'><ol class='breadcrumb__list'><li class='breadcrumb__item'><a href='/'>{u.home}</a></li></ol></nav></div>"
        f"<div class='region region--content-above'></div><div class='region region--content grid-full layout--pass--content-medium' id='content'>"
        f"<div id='block-olivero-content' class='block block-system block-system-main-block'><div class='block__content'><article class='node node--type-article'><div class='node__content'><div class='text-content clearfix field field--name-body'>{core(case, 'title page-title')}</div></div></article></div></div></div>"
        f"<div class='region region--sidebar'><div class='block block-views'><h2 class='block__title'>{u.related}</h2><ul>{rail(case, '/node/', 5)}</ul></div></div></div></div></div>"
        f"<footer class='site-footer'><div class='site-footer__inner container'><div class='region region--footer-top'><nav><ul class='menu'>{menu(case)}</ul></nav></div>"
        f"<div class='region region--footer-bottom'><div class='block block-system-powered-by-block'>{legal(case)} · <span>Powered by <a href='https://www.drupal.org'>Drupal</a></span></div></div></div></footer></div></div></div>"
        f"<script type='application/json' data-drupal-selector='drupal-settings-json'>{blob('drupal', 8)}</script>{scripts('drupal', 7)}</body></html>"
    )


def joomla(case: Case) -> str:
    """Joomla 5's Cassiopeia: container-header with the main menu module, the component area,
    a right sidebar of modules, and Joomla's script options."""
    u = ui(case.lang)
    return (
        head(
            case,
            css(
                "joomla",
                (
                    ".container-header",
                    ".mod-menu",
                    ".container-component",
                    ".sidebar-right",
                    ".card-body",
                    ".com-content-article",
                    ".item-page",
                    ".footer",
                    ".navbar-brand",
                ),
                28,
            ),
            generator="Joomla! - Open Source Content Management",
        )
        + "<body class='site com_content wrapper-static view-article layout-blog no-task itemid-101 has-sidebar-right'>"
        f"<header class='header container-header full-width'><div class='grid-child'><div class='navbar-brand'><a class='brand-logo' href='/'><span title='{case.site}'>{case.site}</span></a></div></div>"
        f"<div class='grid-child container-nav'><ul class='mod-menu mod-list nav'>{menu(case, 'nav-item')}</ul><div class='container-search'>{search_form(case, 'mod-finder js-finder-searchform form-search')}</div></div></header>"
        f"<div class='site-grid'><div class='grid-child container-component'><nav class='mod-breadcrumbs__wrapper' aria-label='Breadcrumbs'><ol class='mod-breadcrumbs breadcrumb'><li class='mod-breadcrumbs__item breadcrumb-item'><a href='/'>{u.home}</a></li></ol></nav>"
        f"<main><div class='com-content-article item-page' itemscope itemtype='https://schema.org/Article'><div class='page-header'></div><div itemprop='articleBody' class='com-content-article__body'>{core(case)}</div></div></main></div>"
        f"<div class='grid-child container-sidebar-right'><div class='sidebar-right card'><h3 class='card-header'>{u.latest}</h3><div class='card-body'><ul class='mod-articleslatest latestnews mod-list'>{rail(case, '/index.php/', 5)}</ul></div></div></div></div>"
        f"<footer class='container-footer footer full-width'><div class='grid-child'><ul class='mod-menu mod-list nav'>{menu(case, 'nav-item')}</ul><p>{legal(case)}</p></div></footer>"
        f"<a href='#top' id='back-top' class='back-to-top-link' aria-label='Back to Top'></a><script type='application/json' class='joomla-script-options new'>{blob('joomla', 7)}</script>{scripts('joomla', 5)}</body></html>"
    )


def ghost(case: Case) -> str:
    """Ghost's Casper: gh-head navigation with sign-in and subscribe portal buttons, the post
    in article.article, the "Read more" feed and the footer."""
    u = ui(case.lang)
    return (
        head(
            case,
            css(
                "ghost",
                (
                    ".gh-head",
                    ".gh-head-menu",
                    ".site-main",
                    ".article-content",
                    ".gh-content",
                    ".post-card",
                    ".read-more-wrap",
                    ".site-footer",
                    ".gh-portal-close",
                ),
                26,
            ),
            generator="Ghost 5.96",
        )
        + "<body class='post-template tag-health is-head-left-logo has-cover'><div class='viewport'>"
        f"<header id='gh-head' class='gh-head outer'><div class='gh-head-inner inner'><div class='gh-head-brand'><a class='gh-head-logo' href='/'>{case.site}</a></div>"
        f"<nav class='gh-head-menu'><ul class='nav'>{menu(case, 'nav-item')}</ul></nav><div class='gh-head-actions'><a class='gh-head-link' href='#/portal/signin' data-portal='signin'>{u.login}</a><a class='gh-head-button' href='#/portal/signup' data-portal='signup'>{u.subscribe}</a></div></div></header>"
        f"<div class='site-content'><main id='site-main' class='site-main'><article class='article post tag-health'><section class='gh-content gh-canvas'>{core(case, 'article-title')}</section>{share(case)}</article></main>"
        f"<aside class='read-more-wrap outer'><div class='read-more inner'><h3>{u.related}</h3><ul>{rail(case, '/p/', 3, 'post-card')}</ul></div></aside></div>"
        f"<footer class='site-footer outer'><div class='inner'><section class='copyright'>{legal(case)}</section><nav class='site-footer-nav'><ul>{menu(case)}</ul></nav><div class='gh-powered-by'><a href='https://ghost.org/' target='_blank' rel='noopener'>Powered by Ghost</a></div></div></footer></div>"
        f"<script defer src='https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js' data-i18n='true' data-ghost='/' data-key='{blob('ghost', 1)[:40].encode().hex()}'></script>"
        f"<script>window.ghostSettings={blob('ghost', 6)}</script>{scripts('ghost', 4)}</body></html>"
    )


def shopify(case: Case) -> str:
    """Shopify's Dawn: announcement bar, header with account and cart icons, the main section,
    the newsletter and payment-icons footer, and the ``Shopify`` globals every store prints."""
    u = ui(case.lang)
    return (
        head(
            case,
            css(
                "shopify",
                (
                    ".announcement-bar",
                    ".header__heading-link",
                    ".header__icon--cart",
                    ".page-width",
                    ".product__info-container",
                    ".price__regular",
                    ".product-form__submit",
                    ".footer-block",
                    ".list-payment__item",
                    ".button--primary",
                    ".title-wrapper",
                ),
                34,
            ),
            '<script>var Shopify = Shopify || {};Shopify.shop = "store.myshopify.com";Shopify.locale = "'
            + case.lang
            + '";Shopify.currency = {"active":"EUR","rate":"1.0"};Shopify.theme = {"name":"Dawn","id":136412340,"schema_name":"Dawn","schema_version":"15.2.0","role":"main"};</script>',
        )
        + "<body class='gradient animate--hover-default'><a class='skip-to-content-link button visually-hidden' href='#MainContent'>Skip to content</a>"
        f"<div class='announcement-bar color-scheme-1 gradient' role='region'><p class='announcement-bar__message h5'>{en(case, 'Free shipping over €50')}</p></div>"
        f"<sticky-header class='header-wrapper color-scheme-1 gradient'><header class='header header--middle-left page-width header--has-menu'><a href='/' class='header__heading-link link link--text focus-inset'><span class='h2'>{case.site}</span></a>"
        f"<nav class='header__inline-menu'><ul class='list-menu list-menu--inline' role='list'>{menu(case, 'header__menu-item list-menu__item link link--text')}</ul></nav>"
        f"<div class='header__icons'><details-modal class='header__search'>{search_form(case, 'search search-modal__form')}</details-modal><a href='/account/login' class='header__icon header__icon--account link focus-inset'><span class='visually-hidden'>{u.login}</span></a><a href='/cart' class='header__icon header__icon--cart link focus-inset' id='cart-icon-bubble'><span class='visually-hidden'>Cart</span></a></div></header></sticky-header>"
        f"<main id='MainContent' class='content-for-layout focus-none' role='main' tabindex='-1'><section class='shopify-section section'><div class='page-width page-width--narrow section-template--padding'>{core(case, 'title')}</div></section>"
        f"<section class='shopify-section section'><div class='page-width'><h2 class='title'>{u.related}</h2><ul class='grid product-grid'>{rail(case, '/products/item-', 4, 'grid__item')}</ul></div></section></main>"
        f"<footer class='footer color-scheme-1 gradient section-sections--footer-padding'><div class='footer__content-top page-width'><div class='footer-block'><h2 class='footer-block__heading'>{u.subscribe}</h2><form class='newsletter-form'><input type='email' name='contact[email]'></form></div>"
        f"<ul class='footer-block__details-content list-unstyled'>{menu(case, 'link link--text list-menu__item')}</ul></div>"
        f"<div class='footer__content-bottom'><ul class='list list-payment' role='list'><li class='list-payment__item'>Visa</li><li class='list-payment__item'>Mastercard</li><li class='list-payment__item'>PayPal</li></ul><small class='copyright__content'>{legal(case)}, <a href='https://www.shopify.com' target='_blank' rel='nofollow'>Powered by Shopify</a></small></div></footer>"
        f"<script id='shopify-features' type='application/json'>{blob('shopify', 10)}</script>{scripts('shopify', 8)}</body></html>"
    )


def squarespace(case: Case) -> str:
    """A Squarespace 7.1 site: header with site title and nav, sections of sqs-blocks, the
    footer section, and ``Static.SQUARESPACE_CONTEXT``."""
    u = ui(case.lang)
    return (
        head(
            case,
            css(
                "squarespace",
                (
                    ".header-title-text",
                    ".header-nav-item",
                    ".sqs-block-content",
                    ".page-section",
                    ".content-wrapper",
                    ".sqs-html-content",
                    ".fe-block",
                    ".footer-sections",
                    ".sqs-block-button-element",
                ),
                32,
            ),
            "<script>Static.SQUARESPACE_CONTEXT = " + blob("squarespace", 9) + ";</script>",
            "",
        )
        + "<body id='collection-5f1a' class='header-overlay-alignment-center tweak-social-icons-style-regular native-currency-code-usd view-item collection-type-blog'>"
        f"<header data-test='header' id='header' class='header theme-col--primary'><div class='header-inner'><div class='header-title'><div class='header-title-text'><a href='/'>{case.site}</a></div></div>"
        f"<nav class='header-nav'><div class='header-nav-list'>{''.join(f'<div class=header-nav-item><a href=/s{i}>{n}</a></div>' for i, n in enumerate((u.home, u.latest, u.about, u.contact)))}</div></nav></div></header>"
        f"<main id='page' class='container' role='main'><article class='sections' id='sections'><section class='page-section layout-engine-section background-width--full-bleed'><div class='content-wrapper'><div class='content'><div class='sqs-layout sqs-grid-12 columns-12'><div class='row sqs-row'><div class='sqs-block html-block sqs-block-html'><div class='sqs-block-content'><div class='sqs-html-content'>{core(case)}</div></div></div></div></div></div></div></section>"
        f"<section class='page-section'><div class='content-wrapper'><div class='sqs-block summary-v2-block'><h3>{u.related}</h3><ul>{rail(case, '/blog/', 4, 'summary-item')}</ul></div></div></section></article></main>"
        f"<footer class='sections' id='footer-sections' data-footer-sections><section class='page-section'><div class='content-wrapper'><div class='sqs-block newsletter-block'><h2>{u.subscribe}</h2></div><p>{legal(case)}</p></div></section></footer>"
        f"{cookie_banner(case, 'sqs-cookie-banner-v2')}{scripts('squarespace', 6)}</body></html>"
    )


def wix(case: Case) -> str:
    """A Wix site: absolute-positioned comp-* elements, most text in rich-text components, and
    the big warmup data Wix inlines."""
    u = ui(case.lang)
    rng = random.Random(case.site)
    comp = lambda: f"comp-{rng.randrange(16**8):08x}"  # noqa: E731
    return (
        head(
            case,
            css(
                "wix",
                (
                    "#SITE_CONTAINER",
                    "#masterPage",
                    ".wixui-rich-text",
                    "._2Hij5",
                    ".StylableButton2545352419__root",
                    "#SITE_HEADER",
                    "#SITE_FOOTER",
                    ".wixui-vertical-menu",
                    "._1vNJf",
                ),
                42,
            ),
            "<script type='application/json' id='wix-warmup-data'>" + blob("wix", 30) + "</script>",
            "Wix.com Website Builder",
        )
        + "<body><div id='SITE_CONTAINER'><div id='main_MF' class='main_MF'><div id='masterPage' class='mesh-layout'>"
        f"<header id='SITE_HEADER' class='xU8fqS SITE_HEADER wixui-header'><div id='{comp()}' class='wixui-rich-text'><p class='font_0'><a href='/'>{case.site}</a></p></div>"
        f"<nav id='{comp()}' aria-label='Site' class='wixui-dropdown-menu'><ul>{menu(case, 'wixui-dropdown-menu__item')}</ul></nav></header>"
        f"<main id='PAGES_CONTAINER' tabindex='-1'><div id='SITE_PAGES'><div class='wixui-page'><section id='{comp()}' class='wixui-section'><div id='{comp()}' class='wixui-rich-text' data-testid='richTextElement'>{core(case, 'font_0 wixui-rich-text__text')}</div></section></div></div></main>"
        f"<footer id='SITE_FOOTER' class='wixui-footer'><div id='{comp()}' class='wixui-rich-text'><p class='font_8'>{legal(case)}</p><p class='font_8'>{u.subscribe}</p></div></footer></div></div></div>"
        f"{scripts('wix', 9)}</body></html>"
    )


def webflow(case: Case) -> str:
    """A Webflow site: w-nav navbar, w-container sections, rich text in w-richtext, the
    "Made in Webflow" badge."""
    u = ui(case.lang)
    return (
        head(
            case,
            css(
                "webflow",
                (
                    ".w-nav",
                    ".w-nav-link",
                    ".w-container",
                    ".w-richtext",
                    ".w-button",
                    ".section",
                    ".footer",
                    ".w-dyn-list",
                    ".w-dyn-item",
                    ".hero-heading",
                ),
                30,
            ),
            generator="Webflow",
        )
        + "<body class='body'><div data-collapse='medium' data-animation='default' class='navbar w-nav'><div class='w-container'>"
        f"<a href='/' class='brand w-nav-brand'>{case.site}</a><nav role='navigation' class='nav-menu w-nav-menu'>{''.join(f'<a href=/p{i} class=w-nav-link>{n}</a>' for i, n in enumerate((u.home, u.latest, u.about, u.contact)))}</nav></div></div>"
        f"<div class='section'><div class='w-container'><div class='rich-text-block w-richtext'>{core(case, 'hero-heading')}</div></div></div>"
        f"<div class='section'><div class='w-dyn-list'><div role='list' class='w-dyn-items'>{rail(case, '/blog/', 3, 'w-dyn-item')}</div></div></div>"
        f"<footer class='footer'><div class='w-container'><p>{legal(case)}</p></div></footer>"
        f"<script>{blob('webflow', 8)}</script>{scripts('webflow', 4)}</body></html>"
    )


def docusaurus(case: Case) -> str:
    """A Docusaurus 3 site: navbar, the docs sidebar menu, the markdown article, the
    prev/next paginator, the footer's link columns."""
    u = ui(case.lang)
    rng = random.Random(case.site + "docs")
    sidebar = "".join(
        f"<li class='theme-doc-sidebar-item-link menu__list-item'><a class='menu__link' href='/docs/{w}'>{w.replace('-', ' ').title()}</a></li>"
        for w in rng.sample(
            [
                "intro",
                "installation",
                "configuration",
                "cli",
                "api",
                "deployment",
                "migration",
                "faq",
                "troubleshooting",
                "plugins",
                "theming",
                "i18n",
                "search",
                "versioning",
                "markdown-features",
            ],
            12,
        )
    )
    return (
        head(
            case,
            css(
                "docusaurus",
                (
                    ".navbar__inner",
                    ".navbar__item",
                    ".menu__link",
                    ".theme-doc-markdown",
                    ".pagination-nav__link",
                    ".footer__links",
                    ".table-of-contents__link",
                    ".theme-doc-sidebar-container",
                    ".docMainContainer_TBSr",
                ),
                34,
            ),
            generator="Docusaurus v3.5.2",
        )
        + "<body class='navigation-with-keyboard'><div id='__docusaurus'><div role='region' aria-label='Skip to main content'><a class='skipToContent_fXgn' href='#__docusaurus_skipToContent_fallback'>Skip to main content</a></div>"
        f"<nav aria-label='Main' class='navbar navbar--fixed-top'><div class='navbar__inner'><div class='navbar__items'><a class='navbar__brand' href='/'><b class='navbar__title text--truncate'>{case.site}</b></a><a class='navbar__item navbar__link' href='/docs/intro'>Docs</a><a class='navbar__item navbar__link' href='/blog'>Blog</a></div>"
        f"<div class='navbar__items navbar__items--right'><a href='https://github.com/' class='navbar__item navbar__link header-github-link'>GitHub</a><div class='navbarSearchContainer_Bca1'><button type='button' class='DocSearch DocSearch-Button' aria-label='{u.search}'>{u.search}</button></div></div></div></nav>"
        f"<div id='__docusaurus_skipToContent_fallback' class='main-wrapper mainWrapper_z2l0'><div class='docsWrapper_hBAB'><div class='docRoot_UBD9'><aside class='theme-doc-sidebar-container docSidebarContainer_YfHR'><nav aria-label='Docs sidebar' class='menu thin-scrollbar menu_SIkG'><ul class='theme-doc-sidebar-menu menu__list'>{sidebar}</ul></nav></aside>"
        f"<main class='docMainContainer_TBSr'><div class='container padding-top--md padding-bottom--lg'><div class='row'><div class='col docItemCol_VOVn'><article><div class='theme-doc-markdown markdown'>{core(case)}</div></article>"
        f"<nav class='pagination-nav docusaurus-mt-lg' aria-label='Docs pages'><a class='pagination-nav__link pagination-nav__link--prev' href='/docs/intro'><div class='pagination-nav__sublabel'>Previous</div></a></nav></div></div></div></main></div></div></div>"
        f"<footer class='footer footer--dark'><div class='container container-fluid'><div class='row footer__links'><div class='col footer__col'><div class='footer__title'>Docs</div><ul class='footer__items clean-list'>{menu(case, 'footer__item')}</ul></div></div><div class='footer__bottom text--center'><div class='footer__copyright'>Copyright © 2026 {case.site}. Built with Docusaurus.</div></div></div></footer></div>"
        f"<script>window.__DOCUSAURUS_INSERT_BASEURL_BANNER={blob('docusaurus', 5)}</script>{scripts('docusaurus', 6)}</body></html>"
    )


def mkdocs(case: Case) -> str:
    """MkDocs Material: md-header with search, md-tabs, the primary navigation sidebar, the
    md-content article, the table of contents and the md-footer."""
    u = ui(case.lang)
    rng = random.Random(case.site + "mk")
    nav = "".join(
        f"<li class='md-nav__item'><a href='/{w}/' class='md-nav__link'>{w.title()}</a></li>"
        for w in rng.sample(
            [
                "setup",
                "usage",
                "reference",
                "guides",
                "changelog",
                "license",
                "contributing",
                "examples",
                "recipes",
                "api",
            ],
            8,
        )
    )
    return (
        head(
            case,
            css(
                "mkdocs",
                (
                    ".md-header",
                    ".md-tabs__link",
                    ".md-nav__link",
                    ".md-content__inner",
                    ".md-typeset",
                    ".md-footer",
                    ".md-search__input",
                    ".md-sidebar--primary",
                    ".md-typeset .admonition",
                ),
                36,
            ),
            generator="mkdocs-1.6.1, mkdocs-material-9.5.39",
        )
        + "<body dir='ltr' data-md-color-scheme='default' data-md-color-primary='indigo'><input class='md-toggle' data-md-toggle='drawer' type='checkbox' id='__drawer'>"
        f"<header class='md-header md-header--shadow' data-md-component='header'><nav class='md-header__inner md-grid' aria-label='Header'><a href='/' class='md-header__button md-logo'>{case.site}</a><div class='md-search' data-md-component='search'><input type='text' class='md-search__input' placeholder='{u.search}'></div></nav></header>"
        f"<div class='md-container' data-md-component='container'><nav class='md-tabs' aria-label='Tabs'><ul class='md-tabs__list'>{menu(case, 'md-tabs__item')}</ul></nav><main class='md-main' data-md-component='main'><div class='md-main__inner md-grid'>"
        f"<div class='md-sidebar md-sidebar--primary' data-md-component='sidebar'><nav class='md-nav md-nav--primary'><ul class='md-nav__list'>{nav}</ul></nav></div>"
        f"<div class='md-content' data-md-component='content'><article class='md-content__inner md-typeset'>{core(case)}</article></div></div></main>"
        f"<footer class='md-footer'><div class='md-footer-meta md-typeset'><div class='md-copyright'>{legal(case)} · Made with <a href='https://squidfunk.github.io/mkdocs-material/'>Material for MkDocs</a></div></div></footer></div>"
        f"<script id='__config' type='application/json'>{blob('mkdocs', 6)}</script>{scripts('mkdocs', 3)}</body></html>"
    )


def sphinx(case: Case) -> str:
    """Sphinx with the Read the Docs theme: the wy-nav-side toctree, breadcrumbs, the
    rst-content document, "Built with Sphinx" footer."""
    u = ui(case.lang)
    rng = random.Random(case.site + "sx")
    toc = "".join(
        f"<li class='toctree-l1'><a class='reference internal' href='/{w}.html'>{w.title()}</a></li>"
        for w in rng.sample(
            [
                "installation",
                "quickstart",
                "tutorial",
                "howto",
                "api",
                "glossary",
                "changes",
                "license",
                "faq",
                "internals",
            ],
            8,
        )
    )
    return (
        head(
            case,
            css(
                "sphinx",
                (
                    ".wy-nav-side",
                    ".wy-side-nav-search",
                    ".wy-menu-vertical",
                    ".rst-content",
                    ".wy-breadcrumbs",
                    ".highlight",
                    ".rst-footer-buttons",
                    ".wy-nav-content",
                    ".admonition-title",
                ),
                30,
            ),
            generator="Docutils 0.20.1: https://docutils.sourceforge.io/",
        )
        + "<body class='wy-body-for-nav'><div class='wy-grid-for-nav'>"
        f"<nav data-toggle='wy-nav-shift' class='wy-nav-side'><div class='wy-side-scroll'><div class='wy-side-nav-search'><a href='/' class='icon icon-home'>{case.site}</a><div role='search'>{search_form(case, 'wy-form')}</div></div>"
        f"<div class='wy-menu wy-menu-vertical' role='navigation'><p class='caption'><span class='caption-text'>Contents</span></p><ul>{toc}</ul></div></div></nav>"
        f"<section data-toggle='wy-nav-shift' class='wy-nav-content-wrap'><div class='wy-nav-content'><div class='rst-content'><div role='navigation' aria-label='Page navigation'><ul class='wy-breadcrumbs'><li><a href='/' class='icon icon-home'>{u.home}</a> »</li></ul><hr></div>"
        f"<div role='main' class='document' itemscope itemtype='http://schema.org/Article'><div itemprop='articleBody'><section>{core(case)}</section></div></div>"
        f"<footer><hr><div role='contentinfo'><p>© Copyright 2026, {case.site}.</p></div>Built with <a href='https://www.sphinx-doc.org/'>Sphinx</a> using a <a href='https://github.com/readthedocs/sphinx_rtd_theme'>theme</a> provided by <a href='https://readthedocs.org'>Read the Docs</a>.</footer></div></div></section></div>"
        f"<script>var DOCUMENTATION_OPTIONS={blob('sphinx', 3)}</script>{scripts('sphinx', 5)}</body></html>"
    )


def mediawiki(case: Case) -> str:
    """MediaWiki with Vector 2022: the header, the main menu portlets, the page tabs
    (Read / Edit / View history), #mw-content-text, and the footer's last-edited line."""
    u = ui(case.lang)
    portlets = "".join(
        f"<li class='mw-list-item'><a href='/wiki/Special:{w}'>{w}</a></li>"
        for w in ("RecentChanges", "Random", "SpecialPages", "Upload", "WhatLinksHere")
    )
    return (
        head(
            case,
            css(
                "mediawiki",
                (
                    ".vector-header",
                    ".vector-main-menu",
                    ".mw-body",
                    ".mw-parser-output",
                    ".vector-page-toolbar",
                    ".mw-footer",
                    ".vector-menu-content-list",
                    ".mw-heading2",
                    ".catlinks",
                ),
                30,
            ),
            "<script>RLCONF=" + blob("mediawiki", 8) + ";</script>",
            "MediaWiki 1.42.3",
        )
        + "<body class='skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Main rootpage-Main skin-vector-2022 action-view'>"
        f"<div class='vector-header-container'><header class='vector-header mw-header'><div class='vector-header-start'><a href='/wiki/Main_Page' class='mw-logo'><span class='mw-logo-wordmark'>{case.site}</span></a></div>"
        f"<div class='vector-header-end'><div id='p-search' role='search' class='vector-search-box'>{search_form(case, 'cdx-search-input')}</div><nav class='vector-user-links'><a href='/wiki/Special:UserLogin'>{u.login}</a></nav></div></header></div>"
        f"<div class='mw-page-container'><div class='mw-page-container-inner'><div class='vector-main-menu-container'><nav id='mw-panel'><div class='vector-main-menu'><div class='vector-menu mw-portlet mw-portlet-navigation'><div class='vector-menu-heading'>Navigation</div><ul class='vector-menu-content-list'><li><a href='/wiki/Main_Page'>{u.home}</a></li>{portlets}</ul></div></div></nav></div>"
        f"<div class='mw-content-container'><main id='content' class='mw-body' role='main'><div class='vector-page-toolbar'><nav class='vector-page-titlebar'><ul><li class='selected'><a href='#'>Read</a></li><li><a href='?action=edit'>Edit</a></li><li><a href='?action=history'>View history</a></li></ul></nav></div>"
        f"<div id='bodyContent' class='vector-body'><div id='mw-content-text' class='mw-body-content'><div class='mw-content-ltr mw-parser-output' lang='{case.lang}'>{core(case, 'firstHeading mw-first-heading')}</div></div>"
        f"<div id='catlinks' class='catlinks' data-mw='interface'></div></div></main></div>"
        f"<footer id='footer' class='mw-footer' role='contentinfo'><ul id='footer-info'><li id='footer-info-lastmod'>This page was last edited on 14 March 2026, at 09:12.</li><li id='footer-info-copyright'>Content is available under CC BY-SA 4.0 unless otherwise noted.</li></ul><ul id='footer-places'><li><a href='/wiki/Project:Privacy_policy'>{u.privacy}</a></li><li><a href='/wiki/Project:About'>{u.about}</a></li></ul><ul id='footer-icons'><li><a href='https://www.mediawiki.org/'>Powered by MediaWiki</a></li></ul></footer></div></div>"
        f"{scripts('mediawiki', 4)}</body></html>"
    )


def discourse(case: Case) -> str:
    """Discourse as crawlers and first loads get it: the header, the topic's posts as
    crawler-post blocks in schema.org comment markup, "Related topics", the noscript footer
    "Powered by Discourse". A missing topic is drawn by the same skeleton with the page's
    message where the posts would be."""
    u = ui(case.lang)
    return (
        head(
            case,
            css(
                "discourse",
                (
                    ".d-header",
                    ".topic-body",
                    ".crawler-post",
                    ".cooked",
                    ".topic-list-item",
                    ".category-name",
                    ".discourse-tag",
                    ".post-stream",
                    ".crawler-linkback-list",
                ),
                30,
            ),
            "<meta name='discourse_theme_id' content='2'><meta name='discourse_current_homepage' content='latest'>",
            "Discourse 3.3.2 - https://github.com/discourse/discourse version 3.3.2",
        )
        + "<body class='crawler browser-update'>"
        f"<header><a href='/'>{case.site}</a></header><div id='main-outlet' class='wrap' role='main'>"
        f"<div id='topic-title'>{heading(case)}</div><div class='topic-body crawler-post'>{case.message}</div>"
        f"<div id='related-topics' class='more-topics__list' role='complementary'><h3 id='related-topics-title' class='more-topics__list-title'>Related topics</h3><table class='topic-list'><tbody>{rail(case, '/t/topic/', 5, 'topic-list-item')}</tbody></table></div></div>"
        f"<footer class='container wrap'><nav class='crawler-nav'><ul><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/' itemprop='url'>{u.home}</a></span></li><li><a href='/categories'>Categories</a></li><li><a href='/guidelines'>Guidelines</a></li><li><a href='/tos'>{u.terms}</a></li><li><a href='/privacy'>{u.privacy}</a></li></ul></nav></footer>"
        f"<div id='noscript-footer'><p>Powered by <a href='https://www.discourse.org'>Discourse</a>, best viewed with JavaScript enabled</p></div>"
        f"<script type='application/json' id='data-preloaded' data-preloaded='{html.escape(blob('discourse', 12))}'></script>{scripts('discourse', 5)}</body></html>"
    )


def phpbb(case: Case) -> str:
    """phpBB 3.3 prosilver: headerbar with the board's description, the navbar with quick
    links and login, page-body with the posts (or the information box), the "Who is online"
    block and "Powered by phpBB" footer."""
    u = ui(case.lang)
    return (
        head(
            case,
            css(
                "phpbb",
                (
                    ".headerbar",
                    ".navbar",
                    ".page-body",
                    ".post",
                    ".postbody",
                    ".postprofile",
                    ".content",
                    ".panel",
                    ".forabg",
                    ".copyright",
                ),
                26,
            ),
        )
        + "<body id='phpbb' class='nojs notouch section-viewtopic ltr'><div id='wrap' class='wrap'><a id='top' class='top-anchor' accesskey='t'></a>"
        f"<div id='page-header'><div class='headerbar' role='banner'><div class='inner'><div id='site-description' class='site-description'><a id='logo' class='logo' href='/index.php'><span class='site_logo'></span></a><h1>{case.site}</h1><p>Discussion board</p></div>"
        f"<div id='search-box' class='search-box search-header' role='search'>{search_form(case, 'search-header')}</div></div></div>"
        f"<div class='navbar' role='navigation'><div class='inner'><ul id='nav-main' class='nav-main linklist' role='menubar'><li id='quick-links' class='quick-links dropdown-container'><a href='#'>Quick links</a></li><li><a href='/app.php/help/faq' rel='help'>FAQ</a></li><li class='rightside'><a href='/ucp.php?mode=login'>{u.login}</a></li><li class='rightside'><a href='/ucp.php?mode=register'>Register</a></li></ul>"
        f"<ul id='nav-breadcrumbs' class='nav-breadcrumbs linklist navlinks' role='menubar'><li class='breadcrumbs'><span class='crumb'><a href='/index.php'>Board index</a></span></li></ul></div></div></div>"
        f"<div id='page-body' class='page-body' role='main'>{core(case, 'topic-title')}"
        f"<div class='stat-block online-list'>{en(case, '<h3>Who is online</h3><p>Users browsing this forum: No registered users and 3 guests</p>')}</div></div>"
        f"<div id='page-footer' class='page-footer' role='contentinfo'><div class='navbar' role='navigation'><ul id='nav-footer' class='nav-footer linklist'><li class='rightside'><a href='/ucp.php?mode=delete_cookies'>Delete cookies</a></li><li class='rightside'>All times are UTC</li></ul></div>"
        f"<div class='copyright'><p class='footer-row'>Powered by <a href='https://www.phpbb.com/'>phpBB</a>® Forum Software © phpBB Limited</p><p class='footer-row'><a href='/ucp.php?mode=privacy'>{u.privacy}</a> | <a href='/ucp.php?mode=terms'>{u.terms}</a></p></div></div></div>"
        f"{scripts('phpbb', 4)}</body></html>"
    )


def nextjs(case: Case) -> str:
    """A Next.js site on Vercel (pages router): server-rendered markup inside ``#__next`` and
    the ``__NEXT_DATA__`` the client hydrates from, which carries the page's props. The
    chrome's suffix ``-error`` is Next's own error page (``"page":"/_error"``)."""
    u = ui(case.lang)
    error = case.chrome.endswith("-error")
    data = {
        "props": {
            "pageProps": {
                "post": None
                if error or not case.h1
                else {
                    "title": _text(case.h1),
                    "slug": case.link_path.rstrip("/").rsplit("/", 1)[-1],
                    "excerpt": _text(case.message)[:160],
                },
                "nav": [u.home, u.latest, u.about, u.contact],
                "settings": json.loads(blob("nextjs", 4)),
            },
            "__N_SSP": True,
        },
        "page": "/_error" if error else "/[...slug]",
        "query": {} if error else {"slug": [part for part in case.link_path.split("/") if part]},
        "buildId": "kX3v9Yw2QpL1s7RtN0bZa",
        "isFallback": False,
        "gssp": True,
        "locale": case.lang,
        "scriptLoader": [],
    }
    return (
        head(
            case,
            css(
                "nextjs",
                (
                    ".Header_root__x1",
                    ".Nav_link__a9",
                    ".Article_body__q2",
                    ".Footer_grid__k8",
                    ".Card_card__z3",
                    ".Layout_main__p0",
                    ".Button_primary__m4",
                    ".Hero_title__c7",
                ),
                28,
            ),
            ("<meta name='robots' content='noindex'>" if error else "")
            + "<link rel='preload' href='/_next/static/media/e4af272ccee01ff0-s.p.woff2' as='font' crossorigin=''><noscript data-n-css=''></noscript>",
        )
        + "<body><div id='__next'>"
        f"<header class='Header_root__x1'><a href='/' class='Header_logo__b2'>{case.site}</a><nav><ul>{menu(case, 'Nav_link__a9')}</ul></nav><a href='/login' class='Button_primary__m4'>{u.login}</a></header>"
        f"<main class='Layout_main__p0'><article class='Article_body__q2'>{core(case, 'Hero_title__c7')}</article>"
        f"<section class='Related_root__r1'><h2>{u.related}</h2><ul>{rail(case, '/articles/', 4, 'Card_card__z3')}</ul></section></main>"
        f"<footer class='Footer_grid__k8'><ul>{menu(case)}</ul><p>{legal(case)}</p></footer></div>"
        f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(data, ensure_ascii=False, separators=(',', ':'))}</script>"
        f"<script src='/_next/static/chunks/webpack-2c5b2f3e8d1a4b7c.js' defer></script><script src='/_next/static/chunks/framework-8e0e0f4a9d5b3c2e.js' defer></script>{scripts('nextjs', 6)}</body></html>"
    )


def nuxt(case: Case) -> str:
    """A Nuxt 3 site: server-rendered markup in ``#__nuxt`` and the ``__NUXT_DATA__`` payload."""
    u = ui(case.lang)
    payload = [
        {"state": 1, "data": 2},
        {"locale": case.lang, "menu": [u.home, u.latest, u.about]},
        {"page": _text(case.h1 or "") or None, "path": case.link_path},
        json.loads(blob("nuxt", 5)),
    ]
    return (
        head(
            case,
            css(
                "nuxt",
                (
                    ".app-header",
                    ".nav-link",
                    ".page-content",
                    ".prose",
                    ".app-footer",
                    ".card",
                    ".btn",
                    ".container",
                ),
                26,
            ),
            "<link rel='modulepreload' as='script' crossorigin href='/_nuxt/entry.C5d8kf3q.js'>",
        )
        + "<body><div id='__nuxt'><div class='app'>"
        f"<header class='app-header'><a href='/' class='logo'>{case.site}</a><nav><ul>{menu(case, 'nav-link')}</ul></nav></header>"
        f"<main class='page-content container'><div class='prose'>{core(case)}</div><aside class='card'><h3>{u.related}</h3><ul>{rail(case, '/post/', 4)}</ul></aside></main>"
        f"<footer class='app-footer'><p>{legal(case)}</p></footer></div></div>"
        f"<script type='application/json' id='__NUXT_DATA__' data-ssr='true'>{json.dumps(payload, ensure_ascii=False, separators=(',', ':'))}</script>"
        f"<script>window.__NUXT__={{config:{{public:{{}},app:{{baseURL:'/',buildAssetsDir:'/_nuxt/',cdnURL:''}}}}}}</script>{scripts('nuxt', 5)}</body></html>"
    )


def gatsby(case: Case) -> str:
    """A Gatsby site: ``#___gatsby`` and ``#gatsby-focus-wrapper`` around the layout, the
    page's path in ``window.pagePath`` and the chunk mapping."""
    return (
        head(
            case,
            css(
                "gatsby",
                (
                    ".layout",
                    ".header",
                    ".nav",
                    ".main",
                    ".blog-post",
                    ".bio",
                    ".footer",
                    ".global-wrapper",
                ),
                26,
            ),
            generator="Gatsby 5.13.7",
        )
        + "<body><div id='___gatsby'><div style='outline:none' tabindex='-1' id='gatsby-focus-wrapper'><div class='global-wrapper' data-is-root-path='false'>"
        f"<header class='global-header'><a class='header-link-home' href='/'>{case.site}</a><nav><ul>{menu(case)}</ul></nav></header>"
        f"<main><article class='blog-post' itemscope itemtype='http://schema.org/Article'>{core(case)}</article><nav class='blog-post-nav'><ul>{rail(case, '/', 2)}</ul></nav></main>"
        f"<footer>{legal(case)}, Built with <a href='https://www.gatsbyjs.com'>Gatsby</a></footer></div></div><div id='gatsby-announcer' aria-live='assertive' aria-atomic='true'></div></div>"
        f"<script>window.pagePath={json.dumps(case.link_path)};</script><script id='gatsby-chunk-mapping'>window.___chunkMapping={blob('gatsby', 6)};</script>{scripts('gatsby', 5)}</body></html>"
    )


def hugo(case: Case) -> str:
    """A Hugo site with the PaperMod theme: header menu, breadcrumbs, post-content, the
    "Powered by Hugo & PaperMod" footer."""
    u = ui(case.lang)
    return (
        head(
            case,
            css(
                "hugo",
                (
                    ".header",
                    ".nav",
                    ".logo",
                    ".post-header",
                    ".post-content",
                    ".post-footer",
                    ".paginav",
                    ".footer",
                    ".breadcrumbs",
                    ".toc",
                ),
                24,
            ),
            generator="Hugo 0.134.2",
        )
        + "<body class='list' id='top'><header class='header'><nav class='nav'>"
        f"<div class='logo'><a href='/' accesskey='h' title='{case.site} (Alt + H)'>{case.site}</a></div><ul id='menu'>{menu(case)}</ul></nav></header>"
        f"<main class='main'><article class='post-single'><header class='post-header'><div class='breadcrumbs'><a href='/'>{u.home}</a></div></header>"
        f"<div class='post-content'>{core(case, 'post-title')}</div><footer class='post-footer'><nav class='paginav'><ul>{rail(case, '/posts/', 2)}</ul></nav>{share(case)}</footer></article></main>"
        f"<footer class='footer'><span>{legal(case)}</span> · <span>Powered by <a href='https://gohugo.io/' rel='noopener noreferrer' target='_blank'>Hugo</a> &amp; <a href='https://github.com/adityatelange/hugo-PaperMod/' rel='noopener' target='_blank'>PaperMod</a></span></footer>"
        f"<script>{blob('hugo', 4)}</script>{scripts('hugo', 2)}</body></html>"
    )


def jekyll(case: Case) -> str:
    """A Jekyll site with minima, as GitHub Pages serves it: site-header with the page links,
    page-content wrapper, the three-column site-footer."""
    return (
        head(
            case,
            css(
                "jekyll",
                (
                    ".site-header",
                    ".site-title",
                    ".site-nav",
                    ".page-link",
                    ".page-content",
                    ".wrapper",
                    ".post-content",
                    ".site-footer",
                    ".footer-col-wrapper",
                    ".social-media-list",
                ),
                24,
            ),
            generator="Jekyll v3.10.0",
        )
        + "<body><header class='site-header' role='banner'><div class='wrapper'>"
        f"<a class='site-title' rel='author' href='/'>{case.site}</a><nav class='site-nav'><div class='trigger'>{menu(case, 'page-link')}</div></nav></div></header>"
        f"<main class='page-content' aria-label='Content'><div class='wrapper'><article class='post'><div class='post-content e-content'>{core(case, 'post-title p-name')}</div></article></div></main>"
        f"<footer class='site-footer h-card'><div class='wrapper'><h2 class='footer-heading'>{case.site}</h2><div class='footer-col-wrapper'><div class='footer-col footer-col-1'><ul class='contact-list'><li class='p-name'>{case.site}</li></ul></div>"
        f"<div class='footer-col footer-col-2'><ul class='social-media-list'><li><a href='https://github.com/'>GitHub</a></li></ul></div><div class='footer-col footer-col-3'><p>{legal(case)}</p></div></div></div></footer>"
        f"<script>{blob('jekyll', 12)}</script></body></html>"
    )


def gsites(case: Case) -> str:
    """A new Google Sites page: the site header and its navigation, sections of text boxes,
    the "Report abuse" / "Page details" footer."""
    return (
        head(
            case,
            css(
                "gsites",
                (
                    ".zDUgLc",
                    ".tyJCtd",
                    ".jgG6ef",
                    ".BFDQOb",
                    ".yaqOZd",
                    ".LB7kq",
                    ".dZA9kd",
                    ".Zjiec",
                    ".hJDwNd-AhqUyc",
                ),
                34,
            ),
            "<script>window.WIZ_global_data=" + blob("gsites", 14) + ";</script>",
        )
        + "<body><div class='Xpil1b'><div jsname='sHGUHf' class='zDUgLc'><header class='BbxBP'>"
        f"<div class='Zjiec'><a class='tyJCtd' href='/view/{case.site.lower().replace(' ', '-')}/'>{case.site}</a></div><nav class='JzO0Vc' role='navigation'><ul class='jgG6ef'>{menu(case, 'PsKE7e')}</ul></nav></header>"
        f"<div role='main' tabindex='-1' class='UtePc RCETm'><section class='yaqOZd'><div class='mYVXT'><div class='LS81yb VICjCf'><div class='hJDwNd-AhqUyc-uQSCkd'><div class='tyJCtd mGzaTb Depvyb baZpAe'>{core(case, 'duRjpb')}</div></div></div></div></section></div>"
        f"<div class='dZA9kd'><div class='BFDQOb'>{legal(case)}</div><div class='LB7kq'><a href='/report'>Report abuse</a> · <a href='#'>Page details</a> · <a href='#'>Page updated</a> · Google Sites</div></div></div></div>"
        f"{scripts('gsites', 3)}</body></html>"
    )


HEALTH_AZ = "ABCDEFGHIJKLMNOPRSTUVWY"
# English-only chrome of the publisher templates (see ``en``)
HL_APPOINTMENTS = "<a href='/appointments'>Appointments</a> · "
HL_CTA = "<h3>Find a doctor</h3><p>Search by specialty, location or name.</p><a href='/find-a-doctor'>Find a doctor</a>"
HL_FOOTER = "<li><a href='/newsroom'>Newsroom</a></li><li><a href='/careers'>Careers</a></li><li><a href='/accessibility'>Accessibility</a></li>"
GOV_PHASE = "This is a new service. Help us improve it and <a class='govuk-link' href='/feedback'>give your feedback</a>."
GOV_FEEDBACK = "<h2>Is this page useful?</h2><button>Yes</button><button>No</button><a href='/contact/problem'>Report a problem with this page</a>"


def health(case: Case) -> str:
    """A health publisher's library (conditions A-Z, drugs, tests): mega-menu, A-Z strip,
    breadcrumbs, the article with its review line, "Find a doctor" sidebar, appointment
    call-out, and a footer with the medical disclaimer."""
    u = ui(case.lang)
    az = "".join(f"<li><a href='/health-library/{c.lower()}'>{c}</a></li>" for c in HEALTH_AZ)
    heads = (
        ("Conditions", "conditions"),
        ("Drugs & Supplements", "drugs"),
        ("Tests & Procedures", "tests"),
    )
    mega = "".join(
        f"<div class='mega-col'><h4>{en(case, name)}</h4><ul>{rail(case, f'/{slug}/', 5)}</ul></div>"
        for name, slug in heads
    )
    return (
        head(
            case,
            css(
                "health",
                (
                    ".hl-header",
                    ".hl-mega",
                    ".hl-az",
                    ".hl-article",
                    ".hl-breadcrumb",
                    ".hl-sidebar",
                    ".hl-footer",
                    ".hl-disclaimer",
                    ".hl-cta",
                    ".hl-review",
                ),
                30,
            ),
            '<script type=\'application/ld+json\'>{"@context":"https://schema.org","@type":"MedicalOrganization","name":'
            + json.dumps(case.site)
            + "}</script>",
        )
        + "<body class='hl-page'>"
        f"{cookie_banner(case, 'onetrust-banner-sdk')}<header class='hl-header'><div class='hl-utility'>{en(case, HL_APPOINTMENTS)}<a href='/patient-portal'>{u.login}</a></div>"
        f"<a class='hl-logo' href='/'>{case.site}</a>{search_form(case, 'hl-search')}<nav class='hl-mega' aria-label='Main'><ul class='hl-mega-top'>{menu(case, 'hl-mega-item', (en(case, 'Health Library') or u.latest,))}</ul><div class='hl-mega-panel'>{mega}</div></nav></header>"
        f"<nav class='hl-az' aria-label='A to Z'><ul>{az}</ul></nav><div class='hl-breadcrumb'><a href='/'>{u.home}</a> › <a href='/health-library'>{en(case, 'Health Library') or u.latest}</a></div>"
        f"<main id='main' class='hl-main'><article class='hl-article'>{core(case, 'hl-title')}</article>"
        f"<aside class='hl-sidebar'><div class='hl-cta'>{en(case, HL_CTA)}</div><div class='hl-related'><h3>{u.related}</h3><ul>{rail(case, '/health-library/article/', 5)}</ul></div></aside></main>"
        f"<footer class='hl-footer'><div class='hl-footer-cols'><ul>{menu(case)}</ul><ul>{en(case, HL_FOOTER)}</ul></div>"
        f"<p class='hl-disclaimer'>{en(case, f'This information is not intended to replace the advice of a doctor. {case.site} disclaims any liability for the decisions you make based on this information.')}</p><p>{legal(case)}</p></footer>"
        f"<script>window.digitalData={blob('health', 9)};</script>{scripts('health', 7)}</body></html>"
    )


def gov(case: Case) -> str:
    """A public-health agency on a government design system: the crown header, the phase
    banner, breadcrumbs, the content column, "Is this page useful?" and the licence footer."""
    u = ui(case.lang)
    return (
        head(
            case,
            css(
                "gov",
                (
                    ".govuk-header",
                    ".govuk-phase-banner",
                    ".govuk-breadcrumbs",
                    ".govuk-main-wrapper",
                    ".govuk-body",
                    ".govuk-heading-xl",
                    ".gem-c-feedback",
                    ".govuk-footer",
                    ".govuk-link",
                    ".gem-c-related-navigation",
                ),
                30,
            ),
        )
        + "<body class='govuk-template__body'><a href='#main-content' class='govuk-skip-link'>Skip to main content</a>"
        f"{cookie_banner(case, 'gem-c-cookie-banner govuk-cookie-banner')}<header class='govuk-header' role='banner'><div class='govuk-header__container govuk-width-container'><a href='/' class='govuk-header__link govuk-header__link--homepage'>{case.site}</a>"
        f"<nav class='govuk-header__navigation'><ul class='govuk-header__navigation-list'>{menu(case, 'govuk-header__navigation-item', (en(case, 'Health and social care') or u.latest,))}</ul></nav>{search_form(case, 'gem-c-search')}</div></header>"
        f"<div class='govuk-width-container'><div class='govuk-phase-banner'><p class='govuk-phase-banner__content'><strong class='govuk-tag govuk-phase-banner__content__tag'>Beta</strong> <span class='govuk-phase-banner__text'>{en(case, GOV_PHASE)}</span></p></div>"
        f"<div class='govuk-breadcrumbs'><ol class='govuk-breadcrumbs__list'><li class='govuk-breadcrumbs__list-item'><a class='govuk-breadcrumbs__link' href='/'>{u.home}</a></li><li class='govuk-breadcrumbs__list-item'><a class='govuk-breadcrumbs__link' href='/health'>{en(case, 'Health and social care') or u.latest}</a></li></ol></div>"
        f"<main class='govuk-main-wrapper' id='main-content' role='main'><div class='govuk-grid-row'><div class='govuk-grid-column-two-thirds govuk-body'>{core(case, 'govuk-heading-xl')}</div>"
        f"<div class='govuk-grid-column-one-third'><aside class='gem-c-related-navigation' role='complementary'><h2 class='gem-c-related-navigation__main-heading'>{u.related}</h2><ul>{rail(case, '/guidance/', 4)}</ul></aside></div></div>"
        f"<div class='gem-c-feedback'>{en(case, GOV_FEEDBACK)}</div></main></div>"
        f"<footer class='govuk-footer' role='contentinfo'><div class='govuk-width-container'><ul class='govuk-footer__inline-list'>{menu(case, 'govuk-footer__inline-list-item')}</ul><p>{legal(case)}</p><span class='govuk-footer__licence-description'>{en(case, 'All content is available under the Open Government Licence v3.0, except where otherwise stated')}</span></div></footer>"
        f"{scripts('gov', 5)}</body></html>"
    )


def journal(case: Case) -> str:
    """A scholarly publisher's article page: journal banner, the article with its identifiers,
    the metrics and "Cited by" sidebar, and the publisher's footer."""
    u = ui(case.lang)
    return (
        head(
            case,
            css(
                "journal",
                (
                    ".c-header",
                    ".c-journal-header",
                    ".c-article-header",
                    ".c-article-body",
                    ".c-article-references",
                    ".c-article-metrics",
                    ".c-footer",
                    ".u-visually-hidden",
                    ".c-article-identifiers",
                ),
                30,
            ),
            "<meta name='citation_publisher' content='"
            + case.site
            + "'><meta name='dc.type' content='OriginalPaper'>",
        )
        + "<body class='article-page'><header class='c-header'><div class='c-header__container'>"
        f"<a class='c-header__logo' href='/'>{case.site}</a><nav class='c-header__menu'><ul>{menu(case, 'c-header__item', ('Journals',))}</ul></nav><a class='c-header__link' href='/login'>{u.login}</a></div></header>"
        f"<div class='c-journal-header'><p class='c-journal-header__title'><a href='/journal'>{en(case, 'Journal of Clinical Practice') or case.site}</a></p></div>"
        f"<main class='c-article-main'><article class='c-article'><div class='c-article-header'><ul class='c-article-identifiers'><li class='c-article-identifiers__item'>Article</li><li class='c-article-identifiers__item'>Open access</li></ul></div>"
        f"<div class='c-article-body'>{core(case, 'c-article-title')}</div></article>"
        f"<aside class='c-article-extras'><div class='c-article-metrics'><h3>Metrics</h3><p>Accesses · Citations · Altmetric</p></div><div class='c-reading-companion'><h3>{u.related}</h3><ul>{rail(case, '/articles/s', 5)}</ul></div></aside></main>"
        f"<footer class='c-footer'><div class='c-footer__container'><ul>{menu(case)}</ul><p>{legal(case)}</p><p>Part of Springer-like Nature Group</p></div></footer>"
        f"<script>window.dataLayer=[{blob('journal', 8)}];</script>{scripts('journal', 6)}</body></html>"
    )


def news(case: Case) -> str:
    """A news site: breaking-news ticker, section navigation, the story, "Most read" and the
    ad slots every story page carries, the newsletter band and the footer."""
    u = ui(case.lang)
    rng = rng_for(case)
    ticker = "".join(f"<li>{rng.choice(u.rails)}</li>" for _ in range(4))
    return (
        head(
            case,
            css(
                "news",
                (
                    ".ticker",
                    ".masthead",
                    ".section-nav",
                    ".story",
                    ".story-body",
                    ".most-read",
                    ".ad-slot",
                    ".newsletter-band",
                    ".site-footer",
                    ".byline",
                ),
                30,
            ),
            "<script>window.googletag=window.googletag||{cmd:[]};</script>",
        )
        + "<body class='story-page'>"
        f"<div class='ticker' role='marquee'><strong>{u.latest}</strong><ul>{ticker}</ul></div><header class='masthead'><a class='logo' href='/'>{case.site}</a><a class='masthead-login' href='/account'>{u.login}</a></header>"
        f"<nav class='section-nav'><ul>{menu(case, 'section-nav-item', tuple(en(case, name) or u.rails[0].split()[0] for name in ('World', 'Politics', 'Health', 'Science')))}</ul></nav>"
        f"<div class='ad-slot ad-leaderboard' id='div-gpt-ad-top' data-slot='/1234/news/top'></div>"
        f"<main class='story'><article class='story-body'>{core(case, 'story-headline')}</article>{share(case)}"
        f"<aside class='most-read'><h2>Most read</h2><ol>{rail(case, '/news/', 8)}</ol><div class='ad-slot ad-mpu' id='div-gpt-ad-mpu' data-slot='/1234/news/mpu'></div></aside></main>"
        f"<div class='newsletter-band'><h2>{u.subscribe}</h2><form><input type='email'><button>{u.subscribe}</button></form></div>"
        f"<footer class='site-footer'><ul>{menu(case)}</ul><p>{legal(case)}</p></footer>"
        f"{cookie_banner(case, 'fc-consent-root')}<script>window.__APP_CONFIG__={blob('news', 12)};</script>{scripts('news', 8)}</body></html>"
    )


TEMPLATES: dict[str, Callable[[Case], str]] = {
    "w9-wordpress": wordpress,
    "w9-wordpress-404": wordpress,
    "w9-wordpress-archive": wordpress,
    "w9-wordpress-page": wordpress,
    "w9-wpblock": wpblock,
    "w9-drupal": drupal,
    "w9-joomla": joomla,
    "w9-ghost": ghost,
    "w9-shopify": shopify,
    "w9-squarespace": squarespace,
    "w9-wix": wix,
    "w9-webflow": webflow,
    "w9-docusaurus": docusaurus,
    "w9-mkdocs": mkdocs,
    "w9-sphinx": sphinx,
    "w9-mediawiki": mediawiki,
    "w9-discourse": discourse,
    "w9-phpbb": phpbb,
    "w9-next": nextjs,
    "w9-next-error": nextjs,
    "w9-nuxt": nuxt,
    "w9-gatsby": gatsby,
    "w9-hugo": hugo,
    "w9-jekyll": jekyll,
    "w9-gsites": gsites,
    "w9-health": health,
    "w9-gov": gov,
    "w9-journal": journal,
    "w9-news": news,
}


def render(case: Case) -> str:
    return TEMPLATES[case.chrome](case)
