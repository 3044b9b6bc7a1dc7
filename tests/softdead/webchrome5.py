# ruff: noqa: E501  (menus, banners, footers and headlines in many languages: data, one item a line)
"""Site templates of the fifth blind set (``blind5.yaml``), written from scratch by someone who
had read neither ``curator.classify`` nor any earlier labelled set.

Twenty-four kinds of site as they are built today: a Next.js lifestyle magazine, a MediaWiki, a
Shopify-like shop, a GOV.UK-style government service, a university, a hospital health library, a
Discourse forum, a Docusaurus docs site, a Zendesk-like help centre, a video platform, a podcast
host, a job board, a ticketing site, a classifieds board, a recipe blog, a SaaS app shell, a
regional news site, a journal, an estate agent, a coupon site, an auction house, a status page, a
dense portal and a personal static blog. Each wraps the case's title, heading and message in
what such pages carry at their real weight (20-150 kB): consent banners, mega menus, rails,
ad slots, inline CSS, JSON state and a footer. The chrome never depends on the label: only the
case's title, heading and message tell gone from live. Pages in ``../shared/corpus`` were looked
at for structure only; no text or markup is copied from them.

Per-URL variation, as real catch-all pages have it: rails, state and the render stamp are seeded
by the case *and the requested path*; in a message ``{path}`` is replaced by the requested path,
``{slug}`` by its last segment in words (a search box pre-filled with it), and ``{stamp}`` by a
per-request time; the canonical link names the path served. ``<meta http-equiv>`` tags and ``<script data-head>`` blocks in a message go to
the head. ``render(case)`` returns the page for a case whose ``chrome`` names one of
``TEMPLATES``.
"""

from __future__ import annotations

import hashlib
import html
import json
import random
import re
from collections.abc import Callable
from typing import Any

RTL = frozenset({"ar", "he", "fa", "ur"})

# Per language, "|"-separated: menu (8 items), cookie notice, accept, search, footer, related,
# and six neutral headlines the site shows in its rails whatever the page.
_WORDS = {
    "en": ("Home|News|Health|Money|Science|Travel|Food|Video", "We and our 214 partners store and access information on your device to personalise content and measure audiences.", "I agree", "Search", "Terms · Privacy · Cookie settings · Accessibility · Contact us", "Recommended", "The allotment that feeds a whole street|Why bus timetables got so hard to read|A beginner's guide to sourdough starters|What the new tax year means for renters|The birds returning to city rooftops|Tested: twelve rain jackets in a real downpour"),
    "de": ("Start|Nachrichten|Gesundheit|Geld|Wissen|Reise|Essen|Video", "Wir und unsere 214 Partner speichern und lesen Informationen auf Ihrem Gerät, um Inhalte zu personalisieren und Reichweiten zu messen.", "Zustimmen", "Suchen", "AGB · Datenschutz · Cookie-Einstellungen · Impressum · Kontakt", "Empfohlen", "Der Schrebergarten, der eine ganze Straße versorgt|Warum Busfahrpläne so schwer lesbar wurden|Sauerteig für Anfänger|Was das neue Steuerjahr für Mieter bedeutet|Die Vögel kehren auf die Dächer zurück|Getestet: zwölf Regenjacken im echten Regen"),
    "fr": ("Accueil|Actu|Santé|Argent|Sciences|Voyage|Cuisine|Vidéo", "Nous et nos 214 partenaires stockons et accédons à des informations sur votre appareil pour personnaliser le contenu et mesurer l'audience.", "J'accepte", "Rechercher", "CGU · Confidentialité · Gestion des cookies · Mentions légales · Contact", "Recommandé", "Le jardin partagé qui nourrit toute une rue|Pourquoi les horaires de bus sont devenus illisibles|Le levain pour les débutants|Ce que la nouvelle année fiscale change pour les locataires|Les oiseaux reviennent sur les toits|Testé : douze vestes de pluie sous une vraie averse"),
    "es": ("Inicio|Noticias|Salud|Dinero|Ciencia|Viajes|Cocina|Vídeo", "Nosotros y nuestros 214 socios almacenamos y accedemos a información de tu dispositivo para personalizar contenidos y medir audiencias.", "Acepto", "Buscar", "Aviso legal · Privacidad · Configurar cookies · Accesibilidad · Contacto", "Recomendado", "El huerto que alimenta a toda una calle|Por qué los horarios de autobús son tan difíciles de leer|Masa madre para principiantes|Qué supone el nuevo ejercicio fiscal para los inquilinos|Las aves vuelven a las azoteas|Probamos doce chubasqueros bajo la lluvia"),
    "pt": ("Início|Notícias|Saúde|Dinheiro|Ciência|Viagem|Comida|Vídeo", "Nós e nossos 214 parceiros armazenamos e acessamos informações no seu dispositivo para personalizar conteúdo e medir audiência.", "Concordo", "Buscar", "Termos · Privacidade · Preferências de cookies · Acessibilidade · Fale conosco", "Recomendados", "A horta que alimenta uma rua inteira|Por que os horários de ônibus ficaram tão difíceis|Fermento natural para iniciantes|O que o novo ano fiscal muda para inquilinos|As aves voltam aos telhados|Testamos doze capas de chuva num temporal"),
    "it": ("Home|Notizie|Salute|Soldi|Scienza|Viaggi|Cucina|Video", "Noi e i nostri 214 partner archiviamo e accediamo a informazioni sul tuo dispositivo per personalizzare i contenuti e misurare il pubblico.", "Accetto", "Cerca", "Termini · Privacy · Impostazioni cookie · Accessibilità · Contatti", "Consigliati", "L'orto che sfama un'intera via|Perché gli orari dei bus sono diventati illeggibili|Lievito madre per principianti|Cosa cambia per gli affittuari con il nuovo anno fiscale|Gli uccelli tornano sui tetti|Provate dodici giacche antipioggia sotto un acquazzone"),
    "nl": ("Home|Nieuws|Gezondheid|Geld|Wetenschap|Reizen|Eten|Video", "Wij en onze 214 partners slaan informatie op en lezen die uit op je apparaat om inhoud te personaliseren en bereik te meten.", "Akkoord", "Zoeken", "Voorwaarden · Privacy · Cookie-instellingen · Toegankelijkheid · Contact", "Aanbevolen", "De moestuin die een hele straat voedt|Waarom busdienstregelingen zo onleesbaar werden|Zuurdesem voor beginners|Wat het nieuwe belastingjaar betekent voor huurders|De vogels keren terug op de daken|Getest: twaalf regenjassen in een echte bui"),
    "pl": ("Start|Wiadomości|Zdrowie|Pieniądze|Nauka|Podróże|Jedzenie|Wideo", "My i nasi 214 partnerzy przechowujemy informacje na Twoim urządzeniu i uzyskujemy do nich dostęp, aby personalizować treści i mierzyć oglądalność.", "Zgadzam się", "Szukaj", "Regulamin · Prywatność · Ustawienia cookies · Dostępność · Kontakt", "Polecane", "Ogródek, który karmi całą ulicę|Dlaczego rozkłady autobusów są tak nieczytelne|Zakwas dla początkujących|Co nowy rok podatkowy oznacza dla najemców|Ptaki wracają na dachy|Testujemy dwanaście kurtek w prawdziwej ulewie"),
    "uk": ("Головна|Новини|Здоров'я|Гроші|Наука|Подорожі|Їжа|Відео", "Ми та наші 214 партнерів зберігаємо інформацію на вашому пристрої та отримуємо до неї доступ, щоб персоналізувати вміст і вимірювати аудиторію.", "Погоджуюся", "Пошук", "Умови · Конфіденційність · Налаштування cookie · Доступність · Контакти", "Рекомендуємо", "Город, що годує цілу вулицю|Чому розклад автобусів так важко читати|Закваска для початківців|Що новий податковий рік означає для орендарів|Птахи повертаються на дахи|Перевірили дванадцять дощовиків під зливою"),
    "cs": ("Úvod|Zprávy|Zdraví|Peníze|Věda|Cestování|Jídlo|Video", "My a našich 214 partnerů ukládáme informace ve vašem zařízení a přistupujeme k nim, abychom přizpůsobili obsah a měřili návštěvnost.", "Souhlasím", "Hledat", "Podmínky · Soukromí · Nastavení cookies · Přístupnost · Kontakt", "Doporučujeme", "Zahrádka, která živí celou ulici|Proč jsou jízdní řády tak nečitelné|Kvásek pro začátečníky|Co nový daňový rok znamená pro nájemníky|Ptáci se vracejí na střechy|Otestovali jsme dvanáct bund v lijáku"),
    "tr": ("Ana Sayfa|Haberler|Sağlık|Para|Bilim|Seyahat|Yemek|Video", "Biz ve 214 iş ortağımız, içeriği kişiselleştirmek ve kitleyi ölçmek için cihazınızda bilgi depolar ve bu bilgilere erişiriz.", "Kabul ediyorum", "Ara", "Kullanım koşulları · Gizlilik · Çerez ayarları · Erişilebilirlik · İletişim", "Önerilenler", "Bütün sokağı besleyen bostan|Otobüs tarifeleri neden bu kadar zor okunuyor|Yeni başlayanlar için ekşi maya|Yeni vergi yılı kiracılar için ne anlama geliyor|Kuşlar çatılara geri dönüyor|Gerçek sağanakta on iki yağmurluk denedik"),
    "ru": ("Главная|Новости|Здоровье|Деньги|Наука|Путешествия|Еда|Видео", "Мы и наши 214 партнёров храним информацию на вашем устройстве и получаем к ней доступ, чтобы подбирать материалы и измерять аудиторию.", "Согласен", "Поиск", "Условия · Конфиденциальность · Настройки cookie · Доступность · Контакты", "Рекомендуем", "Огород, который кормит целую улицу|Почему расписание автобусов стало таким сложным|Закваска для начинающих|Что новый налоговый год значит для арендаторов|Птицы возвращаются на крыши|Проверили двенадцать дождевиков под ливнем"),
    "ja": ("トップ|ニュース|健康|マネー|サイエンス|旅行|グルメ|動画", "当社および214のパートナーは、コンテンツのパーソナライズと利用状況の測定のため、お使いの端末に情報を保存・参照します。", "同意する", "検索", "利用規約 · プライバシー · Cookie設定 · アクセシビリティ · お問い合わせ", "おすすめ", "通り全体をまかなう市民農園|バスの時刻表が読みにくくなった理由|はじめての天然酵母|新年度の税制、賃貸暮らしへの影響は|屋上に戻ってきた鳥たち|本物の大雨でレインジャケット12着を比較"),
    "zh": ("首页|新闻|健康|理财|科学|旅游|美食|视频", "我们和214家合作伙伴会在您的设备上存储和访问信息，用于个性化内容和衡量受众。", "同意", "搜索", "服务条款 · 隐私 · Cookie 设置 · 无障碍 · 联系我们", "推荐阅读", "养活整条街的社区菜园|公交时刻表为何越来越难看懂|新手酸面团指南|新纳税年度对租房者意味着什么|鸟儿回到城市屋顶|实测：十二件雨衣在真实暴雨中的表现"),
    "ko": ("홈|뉴스|건강|경제|과학|여행|맛집|영상", "당사와 214개 파트너는 콘텐츠 맞춤화와 이용자 측정을 위해 기기에 정보를 저장하고 이용합니다.", "동의", "검색", "이용약관 · 개인정보처리방침 · 쿠키 설정 · 접근성 · 고객센터", "추천", "골목 전체를 먹여 살리는 텃밭|버스 시간표는 왜 이렇게 읽기 어려워졌나|초보자를 위한 사워도우 스타터|새 과세연도, 세입자에게 달라지는 점|도시 옥상으로 돌아온 새들|진짜 폭우 속 우비 12종 비교"),
    "ar": ("الرئيسية|أخبار|صحة|مال|علوم|سفر|طعام|فيديو", "نحن وشركاؤنا البالغ عددهم 214 نخزّن المعلومات على جهازك ونصل إليها لتخصيص المحتوى وقياس الجمهور.", "أوافق", "بحث", "الشروط · الخصوصية · إعدادات الكوكيز · إمكانية الوصول · اتصل بنا", "مقترحات", "الحديقة التي تطعم شارعاً كاملاً|لماذا صار جدول الحافلات صعب القراءة|دليل المبتدئين إلى خميرة العجين|ماذا تعني السنة الضريبية الجديدة للمستأجرين|الطيور تعود إلى أسطح المدينة|جربنا اثني عشر معطفاً تحت مطر حقيقي"),
    "he": ("ראשי|חדשות|בריאות|כסף|מדע|טיולים|אוכל|וידאו", "אנחנו ו-214 שותפינו שומרים מידע במכשיר שלך וניגשים אליו כדי להתאים תוכן ולמדוד קהלים.", "מסכים", "חיפוש", "תנאי שימוש · פרטיות · הגדרות עוגיות · נגישות · צור קשר", "מומלץ", "הגינה שמאכילה רחוב שלם|למה לוחות הזמנים של האוטובוסים נעשו בלתי קריאים|מחמצת למתחילים|מה שנת המס החדשה אומרת לשוכרים|הציפורים חוזרות לגגות|בדקנו שנים-עשר מעילי גשם במבול אמיתי"),
    "fa": ("خانه|خبر|سلامت|پول|علم|سفر|غذا|ویدیو", "ما و ۲۱۴ شریک‌مان برای شخصی‌سازی محتوا و سنجش مخاطب، اطلاعاتی را روی دستگاه شما ذخیره و بازیابی می‌کنیم.", "موافقم", "جستجو", "شرایط · حریم خصوصی · تنظیمات کوکی · دسترس‌پذیری · تماس", "پیشنهادی", "باغچه‌ای که یک خیابان را سیر می‌کند|چرا جدول اتوبوس‌ها این‌قدر سخت‌خوان شد|خمیرترش برای تازه‌کارها|سال مالیاتی جدید برای مستأجرها چه معنایی دارد|پرنده‌ها به پشت‌بام‌ها برمی‌گردند|دوازده بارانی را زیر رگبار واقعی آزمودیم"),
    "hi": ("होम|समाचार|सेहत|पैसा|विज्ञान|यात्रा|खाना|वीडियो", "हम और हमारे 214 साझेदार सामग्री को निजी बनाने और दर्शकों को मापने के लिए आपके डिवाइस पर जानकारी रखते और पढ़ते हैं।", "सहमत हूँ", "खोजें", "शर्तें · गोपनीयता · कुकी सेटिंग · सुगम्यता · संपर्क", "सुझाए गए", "वह बगीचा जो पूरी गली का पेट भरता है|बस की समय-सारिणी पढ़ना इतना मुश्किल क्यों|नौसिखियों के लिए खमीर|नया कर वर्ष किरायेदारों के लिए क्या लाया|छतों पर लौटते पक्षी|असली बारिश में बारह रेनकोट की जाँच"),
    "bn": ("প্রথম পাতা|খবর|স্বাস্থ্য|অর্থ|বিজ্ঞান|ভ্রমণ|খাবার|ভিডিও", "কনটেন্ট ব্যক্তিগত করতে ও পাঠক মাপতে আমরা এবং আমাদের ২১৪টি অংশীদার আপনার ডিভাইসে তথ্য রাখি ও পড়ি।", "সম্মত", "খুঁজুন", "শর্তাবলি · গোপনীয়তা · কুকি সেটিংস · প্রবেশযোগ্যতা · যোগাযোগ", "আরও পড়ুন", "যে বাগান পুরো গলিকে খাওয়ায়|বাসের সময়সূচি কেন এত দুর্বোধ্য|নতুনদের জন্য টক খামির|নতুন করবর্ষে ভাড়াটিয়াদের কী বদলাল|শহরের ছাদে ফিরছে পাখি|সত্যিকারের বৃষ্টিতে বারোটি রেইনকোট পরীক্ষা"),
    "th": ("หน้าแรก|ข่าว|สุขภาพ|การเงิน|วิทยาศาสตร์|ท่องเที่ยว|อาหาร|วิดีโอ", "เราและพันธมิตร 214 รายจัดเก็บและเข้าถึงข้อมูลบนอุปกรณ์ของคุณเพื่อปรับเนื้อหาให้เหมาะสมและวัดผู้ชม", "ยอมรับ", "ค้นหา", "ข้อกำหนด · ความเป็นส่วนตัว · ตั้งค่าคุกกี้ · การเข้าถึง · ติดต่อเรา", "แนะนำ", "สวนผักที่เลี้ยงคนทั้งซอย|ทำไมตารางรถเมล์อ่านยากขึ้นทุกวัน|หัวเชื้อซาวร์โดว์สำหรับมือใหม่|ปีภาษีใหม่ ผู้เช่าได้อะไร|นกกลับมาบนดาดฟ้าในเมือง|ทดสอบเสื้อกันฝน 12 ตัวกลางพายุจริง"),
    "id": ("Beranda|Berita|Sehat|Uang|Sains|Wisata|Kuliner|Video", "Kami dan 214 mitra kami menyimpan dan mengakses informasi di perangkat Anda untuk personalisasi konten dan pengukuran audiens.", "Setuju", "Cari", "Ketentuan · Privasi · Pengaturan cookie · Aksesibilitas · Hubungi kami", "Rekomendasi", "Kebun yang memberi makan satu gang|Kenapa jadwal bus makin sulit dibaca|Ragi alami untuk pemula|Arti tahun pajak baru bagi penyewa|Burung kembali ke atap kota|Kami uji dua belas jas hujan di bawah hujan deras"),
    "sw": ("Mwanzo|Habari|Afya|Pesa|Sayansi|Safari|Chakula|Video", "Sisi na washirika wetu 214 huhifadhi na kusoma taarifa kwenye kifaa chako ili kubinafsisha maudhui na kupima hadhira.", "Nakubali", "Tafuta", "Masharti · Faragha · Mipangilio ya vidakuzi · Ufikivu · Wasiliana nasi", "Tunapendekeza", "Bustani inayolisha mtaa mzima|Kwa nini ratiba za mabasi ni ngumu kusoma|Chachu kwa wanaoanza|Mwaka mpya wa kodi una maana gani kwa wapangaji|Ndege warudi kwenye paa za jiji|Tulijaribu makoti kumi na mawili ya mvua"),
    "vi": ("Trang chủ|Tin tức|Sức khỏe|Tiền|Khoa học|Du lịch|Ẩm thực|Video", "Chúng tôi và 214 đối tác lưu trữ và truy cập thông tin trên thiết bị của bạn để cá nhân hóa nội dung và đo lường khán giả.", "Đồng ý", "Tìm kiếm", "Điều khoản · Quyền riêng tư · Cài đặt cookie · Trợ năng · Liên hệ", "Đề xuất", "Mảnh vườn nuôi cả con hẻm|Vì sao lịch xe buýt ngày càng khó đọc|Men chua cho người mới bắt đầu|Năm thuế mới có ý nghĩa gì với người thuê nhà|Chim trở lại những mái nhà thành phố|Thử mười hai áo mưa dưới cơn mưa thật"),
}  # fmt: skip
WORDS: dict[str, dict[str, Any]] = {
    lang: {"menu": m.split("|"), "cookie": c, "accept": a, "search": s, "footer": f, "related": r, "rail": h.split("|")}
    for lang, (m, c, a, s, f, r, h) in _WORDS.items()
}  # fmt: skip

CSS = [
    ":root{--brand:#0b5cad;--ink:#1b1b1b;--paper:#fff;--line:#e3e3e3;--gap:1.25rem}",
    "html{-webkit-text-size-adjust:100%}body{margin:0;font:17px/1.6 Inter,system-ui,sans-serif;background:var(--paper);color:var(--ink)}",
    ".container{max-width:1240px;margin-inline:auto;padding-inline:var(--gap)}.row{display:flex;flex-wrap:wrap;gap:var(--gap)}",
    ".menu__panel{visibility:hidden;opacity:0;transition:opacity .2s;position:absolute;inset:100% 0 auto 0;background:#fff}",
    ".menu__item:is(:hover,:focus-within)>.menu__panel{visibility:visible;opacity:1}",
    ".tile{border:1px solid var(--line);border-radius:8px;overflow:hidden}.tile img{width:100%;height:auto;display:block}",
    ".adunit{display:block;margin:2rem auto;text-align:center;min-height:90px}.adunit::before{content:attr(data-label);font-size:11px;color:#888}",
    "@media (min-width:1024px){.layout{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,1fr);gap:48px}}",
    "@media (prefers-color-scheme:dark){:root{--paper:#111;--ink:#eee;--line:#333}}",
    ".cmp-banner{position:fixed;inset:auto 0 0 0;z-index:2147483647;background:#fff;box-shadow:0 -2px 12px rgba(0,0,0,.15);padding:1rem}",
    ".visually-hidden{clip-path:inset(50%);height:1px;overflow:hidden;position:absolute;white-space:nowrap;width:1px}",
    ".site-foot{background:#14213d;color:#d9d9d9;padding:3rem 0}.site-foot a{color:inherit}.site-foot__cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(180px,1fr))}",
    ".btn{cursor:pointer;border:0;border-radius:4px;padding:.6rem 1rem;background:var(--brand);color:#fff;font-weight:600}",
    ".skeleton{background:linear-gradient(90deg,#eee,#f5f5f5,#eee);background-size:200% 100%;animation:sk 1.2s infinite}@keyframes sk{to{background-position:-200% 0}}",
]
TAGS = (
    "window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());"
    "gtag('consent','default',{ad_storage:'denied',analytics_storage:'denied',wait_for_update:500});"
    "!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};"
    "if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];}(window,document,'script');"
    "window.pbjs=window.pbjs||{que:[]};window.apstag=window.apstag||{init:function(){},fetchBids:function(){}};"
)
HEAD_BITS = re.compile(r"<meta http-equiv[^>]*>|<script data-head[^>]*>.*?</script>", re.S | re.I)


# -- pieces -------------------------------------------------------------------------------


def _w(case: Any) -> dict[str, Any]:
    return WORDS.get(case.lang, WORDS["en"])


def _path(case: Any) -> str:
    return str(case.link_path)


def _slugwords(case: Any) -> str:
    last = [part for part in _path(case).split("?")[0].split("/") if part]
    word = last[-1] if last else ""
    word = re.sub(r"\.(html?|aspx|php)$", "", word)
    return re.sub(r"[-_+]+", " ", word).strip()


def _digest(case: Any) -> str:
    return hashlib.sha256((case.id + "|" + _path(case)).encode()).hexdigest()


def _stamp(case: Any) -> str:
    d = _digest(case)
    return f"2026-{int(d[0], 16) % 12 + 1:02d}-{int(d[1:3], 16) % 28 + 1:02d} {int(d[3:5], 16) % 24:02d}:{int(d[5:7], 16) % 60:02d}:{int(d[7:9], 16) % 60:02d} UTC"


def _trace(case: Any) -> str:
    d = _digest(case)
    return f"<!-- served by edge-{d[9:12]} in {int(d[12:15], 16) % 900 + 30}ms, trace {d[15:31]}, at {_stamp(case)} -->"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or str(len(text))


def _state(case: Any, rng: random.Random, items: int) -> str:
    """A page's JSON state at the size real pages ship it (data, not visible text)."""
    rail = _w(case)["rail"]
    data = {
        "locale": case.lang,
        "build": f"{rng.randrange(16**12):012x}",
        "features": {f"ff_{i:03d}": rng.choice([True, False, "control", "variant_b"]) for i in range(36)},
        "nav": [{"id": rng.randrange(10**6), "label": m, "href": f"/{_slug(m)}/"} for m in _w(case)["menu"]],
        "recirculation": [
            {"id": f"{rng.randrange(16**8):08x}", "headline": rail[i % len(rail)], "published": f"2026-{rng.randrange(1, 12):02d}-{rng.randrange(1, 28):02d}",
             "image": {"url": f"/img/{rng.randrange(10**8)}.webp", "width": 1200, "height": 675, "focal": [rng.random(), rng.random()]},
             "byline": [{"slug": f"writer-{rng.randrange(500)}", "role": "staff"}]}
            for i in range(items)
        ],
    }  # fmt: skip
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


def _head(case: Any, rng: random.Random, extra: str = "", css: int = 60) -> str:
    title = f"<title>{case.title}</title>" if case.title is not None else ""
    bits = "".join(HEAD_BITS.findall(case.message))
    direction = "rtl" if case.lang in RTL else "ltr"
    style = "\n".join(rng.choice(CSS) for _ in range(css))
    return (
        f"<!DOCTYPE html>\n<html lang='{case.lang}' dir='{direction}' class='no-js'>\n<head>\n<meta charset='utf-8'>{title}{bits}"
        f"<meta name='viewport' content='width=device-width,initial-scale=1,viewport-fit=cover'><meta name='theme-color' content='#0b5cad'>"
        f"<link rel='canonical' href='{html.escape(case.redirect or _path(case), quote=True)}'>"
        f"<link rel='preload' as='font' type='font/woff2' href='/fonts/inter-var.{rng.randrange(16**6):06x}.woff2' crossorigin>"
        f"<link rel='stylesheet' href='/static/css/site.{rng.randrange(16**8):08x}.css'><style>{style}</style>"
        f"<script>{TAGS}</script>{extra}</head>\n"
    )  # fmt: skip


def _message(case: Any) -> str:
    text = HEAD_BITS.sub("", case.message)
    return (
        text.replace("{path}", html.escape(_path(case)))
        .replace("{slug}", html.escape(_slugwords(case), quote=True))
        .replace("{stamp}", _stamp(case))
    )


def _main(case: Any, h1_class: str) -> str:
    h1 = f"<h1 class='{h1_class}'>{case.h1}</h1>" if case.h1 else ""
    prose = PROSE.get(case.lang, PROSE["en"]) if case.topic != "web" else WEB_PROSE
    return h1 + _message(case) + "".join(f"<p>{prose}</p>" for _ in range(case.filler))


def _menu(case: Any, rng: random.Random, cls: str) -> str:
    w = _w(case)
    items = []
    for i, m in enumerate(w["menu"]):
        panel = "".join(
            f"<div class='{cls}__col'><p class='{cls}__heading'>{w['menu'][(i + c + 1) % 8]}</p><ul>"
            + "".join(f"<li><a href='/{_slug(m)}/{_slug(t)}-{rng.randrange(10**5)}'>{t}</a></li>" for t in rng.sample(w["rail"], k=5))
            + "</ul></div>"
            for c in range(3)
        )  # fmt: skip
        items.append(
            f"<li class='{cls}__item'><a href='/{_slug(m)}/' aria-haspopup='true'>{m}</a><div class='{cls}__panel'>{panel}</div></li>"
        )
    return f"<nav class='{cls}' aria-label='{w['menu'][0]}'><ul class='{cls}__list'>{''.join(items)}</ul></nav>"


def _tiles(case: Any, rng: random.Random, count: int, cls: str = "tile") -> str:
    rail = _w(case)["rail"]
    return "".join(
        f"<article class='{cls}'><a href='/{rng.randrange(2020, 2027)}/{rng.randrange(1, 13):02d}/{_slug(t)}'>"
        f"<img src='/img/{rng.randrange(10**8)}.webp' alt='' width='640' height='360' loading='lazy' decoding='async'>"
        f"<h3 class='{cls}__title'>{t}</h3></a><time>{rng.randrange(1, 28)}.{rng.randrange(1, 13)}.2026</time></article>"
        for t in (rail[rng.randrange(len(rail))] for _ in range(count))
    )


def _rail(case: Any, rng: random.Random, count: int = 6, cls: str = "rail") -> str:
    heading = _w(case)["related"]
    return f"<section class='{cls}' aria-label='{heading}'><h2 class='{cls}__heading'>{heading}</h2><div class='row'>{_tiles(case, rng, count)}</div></section>"


def _ad(rng: random.Random, size: str = "300x250") -> str:
    unit = f"{rng.randrange(16**6):06x}"
    return (
        f"<div class='adunit' id='ad-{unit}' data-label='Advertisement' data-sizes='{size}'>"
        f"<script>window.pbjs.que.push(function(){{pbjs.addAdUnits({{code:'ad-{unit}',mediaTypes:{{banner:{{sizes:[[{size.replace('x', ',')}]]}}}}}});}});</script></div>"
    )


def _search(case: Any, action: str = "/search", name: str = "q", value: str = "") -> str:
    label = _w(case)["search"]
    return (
        f"<form role='search' class='searchbar' action='{action}' method='get'><label for='q-{name}' class='visually-hidden'>{label}</label>"
        f"<input id='q-{name}' name='{name}' type='search' value='{value}' placeholder='{label}'>"
        f"<button class='btn' type='submit'><svg aria-hidden='true' width='18' height='18' viewBox='0 0 24 24'><path d='M10 2a8 8 0 1 0 4.9 14.3l5.4 5.4 1.4-1.4-5.4-5.4A8 8 0 0 0 10 2z'/></svg><span class='visually-hidden'>{label}</span></button></form>"
    )  # fmt: skip


def _consent(case: Any, cls: str = "cmp-banner") -> str:
    w = _w(case)
    return (
        f"<div class='{cls}' role='dialog' aria-modal='false' data-nosnippet><p>{w['cookie']}</p>"
        f"<button class='btn' data-cmp='accept'>{w['accept']}</button><button class='btn btn--ghost' data-cmp='prefs'>⚙</button></div>"
    )


def _foot(case: Any, rng: random.Random, cols: int = 4, cls: str = "site-foot") -> str:
    w = _w(case)
    columns = "".join(
        f"<div><p class='{cls}__title'>{w['menu'][c + 1]}</p><ul>"
        + "".join(f"<li><a href='/{_slug(w['menu'][c + 1])}/{rng.randrange(10**4)}'>{t}</a></li>" for t in rng.sample(w["rail"], k=4))
        + "</ul></div>"
        for c in range(cols)
    )  # fmt: skip
    icons = "".join(
        f"<a href='https://{n}.example/{_slug(case.site)}' rel='me noopener'><svg width='22' height='22' role='img'><title>{n}</title><circle cx='11' cy='11' r='10'/></svg></a>"
        for n in ("facebook", "instagram", "youtube", "tiktok", "whatsapp")
    )
    return (
        f"<footer class='{cls}'><div class='container'><div class='{cls}__cols'>{columns}</div><div class='{cls}__social'>{icons}</div>"
        f"<p class='{cls}__legal'>{w['footer']}</p><p>© {rng.randrange(1996, 2016)}–2026 {case.site}</p></div>{_trace(case)}</footer>"
    )


def _rng(case: Any) -> random.Random:
    return random.Random(_digest(case))


def _page(
    case: Any,
    rng: random.Random,
    head: str,
    body_cls: str,
    top: str,
    main: str,
    side: str = "",
    foot_cols: int = 4,
    tail: str = "",
) -> str:
    """The usual skeleton: head, header, a main column beside an optional rail, footer."""
    aside = f"<aside class='sidebar'>{side}</aside>" if side else ""
    return (
        _head(case, rng, head)
        + f"<body class='{body_cls}'><a class='visually-hidden' href='#main'>{_w(case)['menu'][0]}</a>{top}"
        f"<div class='container layout'><main id='main'>{main}</main>{aside}</div>"
        f"{_foot(case, rng, foot_cols)}{_consent(case)}{tail}</body></html>"
    )


def _header(case: Any, rng: random.Random, cls: str, extra: str = "") -> str:
    return (
        f"<header class='{cls}'><div class='container row'><a class='{cls}__logo' href='/'><svg width='32' height='32' aria-hidden='true'><rect width='32' height='32' rx='6'/></svg>"
        f"<span>{case.site}</span></a>{_search(case)}{extra}</div>{_menu(case, rng, 'menu')}</header>"
    )  # fmt: skip


# -- templates ----------------------------------------------------------------------------


def _magazine(case: Any, rng: random.Random) -> str:
    """A Next.js lifestyle magazine: __NEXT_DATA__, sticky header, in-article ad, newsletter box."""
    data = f'<script id=\'__NEXT_DATA__\' type=\'application/json\'>{{"props":{{"pageProps":{_state(case, rng, 40)}}},"page":"/[...slug]","buildId":"{rng.randrange(16**10):010x}"}}</script>'
    main = f"<article class='story'>{_main(case, 'story__headline')}{_ad(rng, '728x90')}<div class='newsletter'><p>{_w(case)['menu'][6]} — newsletter</p><input type='email'><button class='btn'>→</button></div></article>{_rail(case, rng, 8)}"
    return _page(
        case,
        rng,
        "",
        "page-article",
        _header(case, rng, "masthead") + _ad(rng, "970x250"),
        main,
        _ad(rng) + _rail(case, rng, 4, "trending") + _ad(rng, "300x600"),
        tail=data,
    )


def _mediawiki(case: Any, rng: random.Random) -> str:
    """A MediaWiki: tabs, a portlet sidebar, categories, the 'last edited' line."""
    w = _w(case)
    portlets = "".join(
        f"<div class='portlet'><h3>{m}</h3><ul>"
        + "".join(
            f"<li><a href='/wiki/{_slug(t)}'>{t}</a></li>" for t in rng.sample(w["rail"], k=4)
        )
        + "</ul></div>"
        for m in w["menu"][1:5]
    )
    tabs = "<ul class='vector-tabs'><li class='selected'><a href='#'>Page</a></li><li><a href='?action=talk'>Talk</a></li><li><a href='?action=edit'>Edit</a></li><li><a href='?action=history'>History</a></li></ul>"
    cats = "".join(
        f"<li><a href='/wiki/Category:{_slug(t)}'>{t}</a></li>" for t in rng.sample(w["rail"], k=3)
    )
    main = f"{tabs}<div id='content' class='mw-body'><div id='bodyContent' class='vector-body'><div class='mw-parser-output'>{_main(case, 'firstHeading mw-first-heading')}</div></div><div id='catlinks'><ul>{cats}</ul></div></div>"
    head = f'<script>RLCONF={_state(case, rng, 20)};RLSTATE={{"site.styles":"ready","skins.vector.styles":"ready"}};</script>'
    return _page(
        case,
        rng,
        head,
        "mediawiki skin-vector-2022 action-view",
        f"<header class='vector-header'><a href='/' class='mw-logo'>{case.site}</a>{_search(case, '/w/index.php', 'search')}</header>",
        main,
        portlets,
        2,
    )


def _shop(case: Any, rng: random.Random) -> str:
    """A Shopify-like shop: announcement bar, predictive search, cart drawer, recommendation grid."""
    w = _w(case)
    recs = "".join(
        f"<li class='grid__item'><a class='card-product' href='/products/{_slug(t)}'><img src='/cdn/shop/files/{rng.randrange(10**7)}.jpg?width=533' alt=''>"
        f"<span>{t}</span><span class='price'>{rng.randrange(5, 400)},{rng.randrange(100):02d}</span></a></li>"
        for t in rng.sample(w["rail"], k=6)
    )  # fmt: skip
    head = f"<script>window.Shopify=window.Shopify||{{}};Shopify.shop='{_slug(case.site)}.myshopify.com';Shopify.locale='{case.lang}';var meta={_state(case, rng, 30)};</script>"
    top = f"<div class='announcement-bar'><p>{w['menu'][3]} · 14 d</p></div>" + _header(
        case,
        rng,
        "header",
        "<a href='/cart' class='cart-icon'>🛍<span class='cart-count-bubble'>0</span></a>",
    )
    main = f"<section class='shopify-section product-section'>{_main(case, 'product__title')}</section><section class='related-products'><h2>{w['related']}</h2><ul class='grid'>{recs}</ul></section>"
    return _page(
        case,
        rng,
        head,
        "template-product gradient",
        top,
        main,
        tail="<cart-drawer class='drawer is-empty'></cart-drawer>",
    )


def _govservice(case: Any, rng: random.Random) -> str:
    """A GOV.UK-style service: phase banner, breadcrumbs, 'is this page useful', crown footer."""
    w = _w(case)
    crumbs = "".join(
        f"<li class='govuk-breadcrumbs__list-item'><a class='govuk-breadcrumbs__link' href='/{_slug(m)}'>{m}</a></li>"
        for m in w["menu"][:3]
    )
    top = (
        f"<header class='govuk-header' data-module='govuk-header'><div class='govuk-header__container govuk-width-container'><a href='/' class='govuk-header__link--homepage'>{case.site}</a>{_search(case, '/search/all', 'keywords')}</div></header>"
        f"{_menu(case, rng, 'gem-c-layout-super-navigation-header')}<div class='govuk-phase-banner'><strong class='govuk-tag'>BETA</strong></div><nav class='govuk-breadcrumbs'><ol>{crumbs}</ol></nav>"
    )  # fmt: skip
    main = f"<div class='govuk-grid-row'><div class='govuk-grid-column-two-thirds'>{_main(case, 'govuk-heading-xl')}</div></div><div class='gem-c-feedback'><h2>Is this page useful?</h2><button>Yes</button><button>No</button></div>"
    side = "".join(
        f"<h2 class='govuk-heading-s'>{m}</h2><ul class='govuk-list'>"
        + "".join(
            f"<li><a href='/guidance/{_slug(t)}'>{t}</a></li>" for t in rng.sample(w["rail"], k=3)
        )
        + "</ul>"
        for m in w["menu"][4:7]
    )
    return _page(
        case,
        rng,
        f"<script type='application/json' id='govuk-ga4'>{_state(case, rng, 12)}</script>",
        "govuk-template__body",
        top,
        main,
        side,
        3,
    )


def _university(case: Any, rng: random.Random) -> str:
    """A university site: audience bar (students/staff/alumni), faculty nav, events rail."""
    w = _w(case)
    bar = "<ul class='audience'><li><a href='/study'>Study</a></li><li><a href='/research'>Research</a></li><li><a href='/alumni'>Alumni</a></li><li><a href='/staff'>Staff</a></li><li><a href='/library'>Library</a></li></ul>"
    events = "".join(
        f"<li class='event'><span class='event__date'>{rng.randrange(1, 29)}/{rng.randrange(1, 13)}</span><a href='/events/{rng.randrange(10**4)}'>{t}</a></li>"
        for t in rng.sample(w["rail"], k=4)
    )
    main = f"<div class='page-content'>{_main(case, 'page-title')}</div><section class='events'><h2>{w['menu'][4]}</h2><ul>{events}</ul></section>{_rail(case, rng, 6)}"
    return _page(
        case,
        rng,
        f"<script>window.__T4={_state(case, rng, 30)};</script>",
        "uni faculty-page",
        bar + _header(case, rng, "uni-header"),
        main,
        _rail(case, rng, 3, "news"),
    )


def _clinic(case: Any, rng: random.Random) -> str:
    """A hospital health library: A-Z strip, 'find a doctor' box, appointment CTA, disclaimer."""
    w = _w(case)
    az = "".join(
        f"<a href='/health-library/{c.lower()}'>{c}</a>" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    )
    cta = f"<div class='appointment-cta'><p>{w['menu'][2]}</p><a class='btn' href='/appointments'>📅</a><a class='btn' href='tel:+10000000000'>☎</a></div>"
    main = f"<nav class='az-strip'>{az}</nav><div class='library-article'>{_main(case, 'library-title')}</div>{cta}<p class='disclaimer'><small>© {case.site}. Medical review · Editorial policy</small></p>"
    side = f"<div class='find-doctor'>{_search(case, '/find-a-doctor', 'specialty')}</div>{_rail(case, rng, 4, 'library-related')}"
    return _page(
        case,
        rng,
        f"<script type='application/json' id='sitecore-jss'>{_state(case, rng, 30)}</script>",
        "health-library",
        _header(case, rng, "hospital-header"),
        main,
        side,
    )


def _discourse(case: Any, rng: random.Random) -> str:
    """A Discourse forum: preloaded store JSON, category badges, suggested topics, a sign-up nudge."""
    w = _w(case)
    topics = "".join(
        f"<tr class='topic-list-item'><td><a class='title' href='/t/{_slug(t)}/{rng.randrange(10**5)}'>{t}</a><span class='badge-category'>{w['menu'][rng.randrange(1, 8)]}</span></td>"
        f"<td class='posts'>{rng.randrange(1, 80)}</td><td class='views'>{rng.randrange(50, 9000)}</td><td class='activity'>{rng.randrange(1, 30)}d</td></tr>"
        for t in rng.sample(w["rail"], k=6)
    )  # fmt: skip
    head = f"<meta name='discourse_theme_id' content='{rng.randrange(99)}'><script data-discourse-entrypoint='discourse' id='data-preloaded' type='application/json'>{json.dumps({'preloaded': _state(case, rng, 35)})}</script>"
    top = f"<header class='d-header'><div class='wrap'><a href='/' class='title'>{case.site}</a><div class='panel'><button class='btn sign-up-button'>Sign Up</button><button class='btn login-button'>Log In</button></div></div></header>"
    main = f"<div id='topic-title'>{_main(case, 'fancy-title')}</div><div class='more-topics'><h3>Suggested Topics</h3><table class='topic-list'>{topics}</table></div>"
    return _page(case, rng, head, "docs crawler", top, main, "", 2)


def _docusaurus(case: Any, rng: random.Random) -> str:
    """A Docusaurus docs site: version dropdown, sidebar tree, 'on this page', edit link, pager."""
    w = _w(case)
    tree = "".join(
        f"<li class='menu__list-item'><a class='menu__link' href='/docs/{_slug(m)}'>{m}</a><ul>"
        + "".join(
            f"<li><a href='/docs/{_slug(m)}/{_slug(t)}'>{t}</a></li>"
            for t in rng.sample(w["rail"], k=3)
        )
        + "</ul></li>"
        for m in w["menu"]
    )
    top = f"<nav class='navbar navbar--fixed-top'><a class='navbar__brand' href='/'>{case.site}</a><div class='dropdown'><a class='navbar__link'>v{rng.randrange(2, 6)}.{rng.randrange(10)}</a></div>{_search(case, '/search', 'q')}<a href='https://git.example/{_slug(case.site)}'>GitHub</a></nav>"
    main = f"<div class='theme-doc-markdown markdown'>{_main(case, 'docTitle')}</div><a class='theme-edit-this-page' href='https://git.example/edit{_path(case)}'>Edit this page</a><nav class='pagination-nav'><a href='/docs/prev'>« Previous</a><a href='/docs/next'>Next »</a></nav>"
    head = f"<meta name='generator' content='Docusaurus v3.4.0'><script>window.__DOCUSAURUS_INSERT_BASEURL_BANNER=false;window.__search={_state(case, rng, 25)};</script>"
    return _page(
        case,
        rng,
        head,
        "docs-wrapper plugin-docs",
        top,
        main,
        f"<ul class='menu__list theme-doc-sidebar-menu'>{tree}</ul>",
        3,
    )


def _helpcentre(case: Any, rng: random.Random) -> str:
    """A Zendesk-like help centre: hero search, article votes, 'still need help', related articles."""
    w = _w(case)
    related = "".join(
        f"<li><a href='/hc/{case.lang}/articles/{rng.randrange(10**11)}-{_slug(t)}'>{t}</a></li>"
        for t in rng.sample(w["rail"], k=5)
    )
    top = f"<header class='header'><a class='logo' href='/hc/{case.lang}'>{case.site} Help Center</a><a class='submit-a-request' href='/hc/requests/new'>✉</a><a class='login' href='/access'>→</a></header><section class='hero'>{_search(case, f'/hc/{case.lang}/search', 'query')}</section>"
    main = f"<article class='article'>{_main(case, 'article-title')}<footer class='article-votes'><span>👍</span><span>👎</span></footer></article><section class='related-articles'><h3>{w['related']}</h3><ul>{related}</ul></section><div class='contact-cta'>✉ {case.site}</div>"
    return _page(
        case,
        rng,
        f"<script>HelpCenter={{user:{{role:'anonymous'}},account:{_state(case, rng, 40)}}};</script>",
        "hc article-page",
        top,
        main,
        _rail(case, rng, 4, "promoted"),
        2,
    )


def _videoplatform(case: Any, rng: random.Random) -> str:
    """A video platform's watch page: a huge initial-data blob, player box, up-next list."""
    w = _w(case)
    upnext = "".join(
        f"<li class='compact-video'><a href='/watch?v={rng.randrange(16**11):011x}'><img src='/vi/{rng.randrange(10**6)}/mq.jpg' alt=''><span>{t}</span><span class='duration'>{rng.randrange(1, 59)}:{rng.randrange(60):02d}</span></a></li>"
        for t in rng.sample(w["rail"], k=6)
    )
    blob = _state(case, rng, 80)
    main = f"<div id='player' class='player'><div class='player-box' style='aspect-ratio:16/9;background:#000'></div></div><div id='below'>{_main(case, 'video-title')}</div>"
    return _page(
        case,
        rng,
        f'<script>var ytcfg={{"INNERTUBE_CONTEXT_CLIENT_NAME":1,"HL":"{case.lang}"}};</script>',
        "watch dark",
        _header(case, rng, "masthead-bar"),
        main,
        f"<ul id='related'>{upnext}</ul>",
        2,
        f"<script>var ytInitialData={blob};</script>",
    )


def _podcasthost(case: Any, rng: random.Random) -> str:
    """A podcast host: show art, subscribe buttons, episode list, transcript toggle."""
    w = _w(case)
    episodes = "".join(
        f"<li class='episode'><a href='/episodes/{rng.randrange(1, 400)}-{_slug(t)}'>{t}</a><span>{rng.randrange(12, 90)} min</span></li>"
        for t in rng.sample(w["rail"], k=6)
    )
    top = f"<header class='show-header'><img src='/art/{rng.randrange(10**5)}.jpg' alt='' width='160'><a href='/' class='show-title'>{case.site}</a><div class='subscribe'><a href='#'>Apple Podcasts</a><a href='#'>Spotify</a><a href='/feed.xml'>RSS</a></div></header>"
    main = f"<section class='episode-detail'>{_main(case, 'episode-title')}<audio controls preload='none'></audio><button class='btn'>Transcript</button></section><section><h2>{w['related']}</h2><ol class='episodes'>{episodes}</ol></section>"
    return _page(
        case,
        rng,
        f"<script>window.__SHOW__={_state(case, rng, 40)};</script>",
        "podcast",
        top,
        main,
        "",
        2,
    )


def _jobboard(case: Any, rng: random.Random) -> str:
    """A job board: filters, 'save job', similar jobs, salary widget, employer card."""
    w = _w(case)
    similar = "".join(
        f"<li class='job-card'><a href='/jobs/{rng.randrange(10**7)}'>{t}</a><span class='company'>{case.site}</span><span class='loc'>{w['menu'][rng.randrange(8)]}</span></li>"
        for t in rng.sample(w["rail"], k=6)
    )
    main = f"<div class='job-view'>{_main(case, 'job-title')}</div><section class='similar-jobs'><h2>{w['related']}</h2><ul>{similar}</ul></section>"
    side = (
        "<div class='salary-widget'><p>€ — €</p></div><div class='employer-card'><button class='btn'>Follow</button></div>"
        + _ad(rng)
    )
    return _page(
        case,
        rng,
        f"<script type='application/json' id='jobs-state'>{_state(case, rng, 30)}</script>",
        "jobs-page",
        _header(case, rng, "jobs-header"),
        main,
        side,
    )


def _ticketing(case: Any, rng: random.Random) -> str:
    """A ticketing site's event page: date box, venue map placeholder, 'more events like this'."""
    w = _w(case)
    more = "".join(
        f"<li class='event-card'><a href='/e/{_slug(t)}-tickets-{rng.randrange(10**11)}'><time>{rng.randrange(1, 29)}.{rng.randrange(1, 13)}.</time>{t}</a></li>"
        for t in rng.sample(w["rail"], k=6)
    )
    main = f"<div class='event-hero'><img src='/e/{rng.randrange(10**8)}.jpg' alt=''></div><div class='event-details'>{_main(case, 'event-title')}</div><div class='venue-map' data-lat='{rng.uniform(-50, 60):.4f}'></div><section class='more-events'><h2>{w['related']}</h2><ul>{more}</ul></section>"
    return _page(
        case,
        rng,
        f"<script>window.__SERVER_DATA__={_state(case, rng, 35)};</script>",
        "event-listing",
        _header(case, rng, "eds-global-header"),
        main,
        "",
        3,
    )


def _classifieds(case: Any, rng: random.Random) -> str:
    """A classifieds board: category crumbs, seller box, safety tips, 'similar ads' grid."""
    w = _w(case)
    ads = "".join(
        f"<li class='ad-card'><a href='/d/oferta/{_slug(t)}-ID{rng.randrange(10**6):X}.html'><img src='/img/{rng.randrange(10**7)}.jpg' alt=''><p>{t}</p><p class='price'>{rng.randrange(10, 9000)}</p></a></li>"
        for t in rng.sample(w["rail"], k=6)
    )
    main = f"<div class='ad-view'>{_main(case, 'ad-title')}</div><div class='safety-tips'><p>⚠ {w['menu'][3]}</p></div><section class='similar-ads'><h2>{w['related']}</h2><ul>{ads}</ul></section>"
    return _page(
        case,
        rng,
        f"<script>window.__PRERENDERED_STATE__={json.dumps(_state(case, rng, 30))};</script>",
        "classifieds ad-page",
        _header(case, rng, "cl-header", "<a class='btn' href='/post'>+</a>"),
        main,
        _ad(rng, "160x600"),
    )


def _recipeblog(case: Any, rng: random.Random) -> str:
    """A recipe blog: jump-to-recipe button, lots of ads, a comment form, 'you may also like'."""
    main = f"<a class='wprm-recipe-jump' href='#recipe'>⤓</a><div class='entry-content'>{_ad(rng, '728x90')}{_main(case, 'entry-title')}{_ad(rng)}</div>{_rail(case, rng, 6, 'yarpp-related')}<div id='respond' class='comment-respond'><form><textarea name='comment'></textarea><button class='btn'>✓</button></form></div>"
    return _page(
        case,
        rng,
        "<meta name='generator' content='WordPress 6.6.1'><meta name='generator' content='WP Recipe Maker 9.5'>",
        "single-post recipe",
        _header(case, rng, "site-header"),
        main,
        _ad(rng, "300x600") + _rail(case, rng, 4, "widget_popular") + _ad(rng),
    )


def _saasapp(case: Any, rng: random.Random) -> str:
    """A SaaS app shell: a thin server-rendered frame, sidebar nav, state blob, client bundle."""
    w = _w(case)
    nav = "".join(f"<a class='app-nav__link' href='/app/{_slug(m)}'>{m}</a>" for m in w["menu"])
    head = f"<script>window.__APP_CONFIG__={_state(case, rng, 50)};</script><link rel='modulepreload' href='/assets/index-{rng.randrange(16**8):08x}.js'>"
    top = f"<div class='app-topbar'><a href='/' class='app-logo'>{case.site}</a><button class='btn'>?</button><span class='avatar'></span></div><nav class='app-nav'>{nav}</nav>"
    main = f"<div id='root' class='app-root'>{_main(case, 'app-title')}</div>"
    return _page(
        case,
        rng,
        head,
        "app",
        top,
        main,
        "",
        2,
        f"<script type='module' src='/assets/index-{rng.randrange(16**8):08x}.js'></script>",
    )


def _regionalnews(case: Any, rng: random.Random) -> str:
    """A regional news site: weather widget, breaking ticker, paywall meter, most-read list."""
    w = _w(case)
    ticker = "".join(
        f"<li><a href='/{_slug(t)}/{rng.randrange(10**7)}'>{t}</a></li>"
        for t in rng.sample(w["rail"], k=4)
    )
    mostread = "".join(
        f"<li><span>{i + 1}</span><a href='/{rng.randrange(10**7)}'>{t}</a></li>"
        for i, t in enumerate(rng.sample(w["rail"], k=5))
    )
    top = (
        f"<div class='weather'>☁ {rng.randrange(-5, 32)}°</div><div class='breaking'><ul>{ticker}</ul></div>"
        + _header(case, rng, "news-header")
    )
    main = f"<article class='article-body'>{_main(case, 'headline')}</article><div class='paywall-meter' data-left='{rng.randrange(1, 5)}'></div>{_rail(case, rng, 6)}"
    return _page(
        case,
        rng,
        f"<script>window.__PRELOADED_STATE__={_state(case, rng, 35)};</script>",
        "article news",
        top,
        main,
        f"<ol class='most-read'>{mostread}</ol>{_ad(rng)}",
    )


def _journal(case: Any, rng: random.Random) -> str:
    """A journal's article page: DOI bar, metrics, 'cited by', access box, related articles."""
    w = _w(case)
    main = f"<div class='doi-bar'>https://doi.org/10.{rng.randrange(1000, 9999)}/{rng.randrange(10**6)}</div><div class='article-header'>{_main(case, 'article-title')}</div><div class='metrics'><span>{rng.randrange(100, 9000)} accesses</span><span>{rng.randrange(0, 300)} citations</span></div>"
    side = f"<div class='access-box'><a class='btn' href='/pdf'>PDF</a></div><h3>{w['related']}</h3>{_tiles(case, rng, 4, 'related-article')}"
    return _page(
        case,
        rng,
        f"<script>window.dataLayer.push({_state(case, rng, 25)});</script>",
        "journal article",
        _header(case, rng, "journal-header"),
        main,
        side,
        3,
    )


def _estateagent(case: Any, rng: random.Random) -> str:
    """An estate agent's listing page: gallery, mortgage calculator, 'similar properties'."""
    gallery = "".join(
        f"<img src='/photos/{rng.randrange(10**8)}.jpg' alt='' loading='lazy'>" for _ in range(8)
    )
    main = f"<div class='gallery'>{gallery}</div><div class='listing'>{_main(case, 'listing-title')}</div><form class='mortgage-calc'><input name='price'><input name='deposit'><button class='btn'>=</button></form>{_rail(case, rng, 6, 'similar-properties')}"
    return _page(
        case,
        rng,
        f"<script>window.PAGE_MODEL={_state(case, rng, 35)};</script>",
        "property-details",
        _header(case, rng, "agent-header"),
        main,
        "<div class='agent-card'><button class='btn'>☎</button></div>",
    )


def _couponsite(case: Any, rng: random.Random) -> str:
    """A coupon site: store header, code reveal buttons, 'popular stores' list."""
    w = _w(case)
    stores = "".join(
        f"<li><a href='/stores/{_slug(t)}'>{t[:24]}</a></li>" for t in rng.sample(w["rail"], k=6)
    )
    main = f"<div class='offer'>{_main(case, 'offer-title')}</div><button class='btn reveal'>••••••</button><section class='popular-stores'><h2>{w['related']}</h2><ul>{stores}</ul></section>"
    return _page(
        case,
        rng,
        f"<script>var __OFFERS__={_state(case, rng, 30)};</script>",
        "offer-page",
        _header(case, rng, "deal-header"),
        main,
        _ad(rng),
    )


def _auctionhouse(case: Any, rng: random.Random) -> str:
    """An auction house's lot page: lot number, estimate, bid panel, 'lots you may like'."""
    main = f"<div class='lot-header'><span class='lot-number'>Lot {rng.randrange(1, 600)}</span></div><div class='lot-detail'>{_main(case, 'lot-title')}</div>{_rail(case, rng, 6, 'lots-like')}"
    return _page(
        case,
        rng,
        f"<script>window.__LOT__={_state(case, rng, 30)};</script>",
        "lot-page",
        _header(case, rng, "auction-header"),
        main,
        "<div class='bid-panel'><button class='btn'>Register to bid</button></div>",
    )


def _statuspage(case: Any, rng: random.Random) -> str:
    """A hosted status page: component list with uptime bars, incident history, subscribe."""
    comps = "".join(
        f"<li class='component'><span>{m}</span><span class='bar'>{'▮' * 60}</span><span>{rng.randrange(990, 1000) / 10}%</span></li>"
        for m in _w(case)["menu"]
    )
    main = f"<div class='status-summary'>{_main(case, 'page-status')}</div><ul class='components'>{comps}</ul><a href='/history'>Incident history</a>"
    return _page(
        case,
        rng,
        f"<script>window.__STATUS__={_state(case, rng, 30)};</script>",
        "statuspage",
        f"<header class='status-header'><a href='/'>{case.site}</a><button class='btn'>Subscribe</button></header>",
        main,
        "",
        2,
    )


def _portal(case: Any, rng: random.Random) -> str:
    """A dense portal (East Asian style): link walls, hot lists, several ad slots, small type."""
    w = _w(case)
    wall = "".join(
        f"<div class='link-wall'><h3>{m}</h3>"
        + "".join(
            f"<a href='/{_slug(m)}/{rng.randrange(10**8)}.shtml'>{t}</a>"
            for t in rng.sample(w["rail"], k=6)
        )
        + "</div>"
        for m in w["menu"]
    )
    hot = "".join(
        f"<li><em>{i + 1}</em><a href='/hot/{rng.randrange(10**8)}'>{t}</a></li>"
        for i, t in enumerate(rng.sample(w["rail"], k=6))
    )
    main = f"<div class='article-wrap'>{_main(case, 'main-title')}</div>{_ad(rng, '640x90')}{wall}"
    return _page(
        case,
        rng,
        f"<script>var PAGE_CONFIG={_state(case, rng, 30)};</script>",
        "portal",
        _header(case, rng, "top-bar") + _ad(rng, "1000x90"),
        main,
        f"<ol class='hot-list'>{hot}</ol>{_ad(rng)}{_ad(rng)}",
    )


def _staticblog(case: Any, rng: random.Random) -> str:
    """A personal static blog (Hugo): inlined theme CSS, tag cloud, webmentions, RSS link."""
    w = _w(case)
    tags = "".join(
        f"<a class='tag' href='/tags/{_slug(t)}/'>#{_slug(t)[:14]}</a>"
        for t in rng.sample(w["rail"], k=6)
    )
    main = f"<article class='post'>{_main(case, 'post-title')}</article><section class='webmentions'><h2>Webmentions</h2></section><nav class='tags'>{tags}</nav>"
    return _page(
        case,
        rng,
        "<meta name='generator' content='Hugo 0.125.4'><link rel='alternate' type='application/rss+xml' href='/index.xml'>"
        + f"<style>{'.post pre{overflow:auto;padding:1rem;background:#f6f8fa}' * 200}</style>",
        "blog",
        f"<header class='blog-head'><a href='/'>{case.site}</a>{_menu(case, rng, 'blog-nav')}</header>",
        main,
        _rail(case, rng, 4, "archive"),
        2,
    )


def _spashell(case: Any, rng: random.Random) -> str:
    """A client-rendered shell: a loading skeleton in the body and the route's data in JSON."""
    main = f"<div id='app' data-server-rendered='true'><div class='skeleton' style='height:40px'></div><div class='skeleton' style='height:300px'></div>{_message(case)}</div>"
    return _page(
        case,
        rng,
        f"<script>window.__INITIAL_STATE__={_state(case, rng, 45)};</script>",
        "spa",
        _header(case, rng, "app-header"),
        main,
        "",
        3,
        f"<script src='/js/chunk-vendors.{rng.randrange(16**8):08x}.js'></script>",
    )


TEMPLATES: dict[str, Callable[[Any, random.Random], str]] = {
    "w5magazine": _magazine,
    "w5wiki": _mediawiki,
    "w5shop": _shop,
    "w5gov": _govservice,
    "w5uni": _university,
    "w5clinic": _clinic,
    "w5forum": _discourse,
    "w5docs": _docusaurus,
    "w5help": _helpcentre,
    "w5video": _videoplatform,
    "w5podcast": _podcasthost,
    "w5jobs": _jobboard,
    "w5tickets": _ticketing,
    "w5classified": _classifieds,
    "w5recipe": _recipeblog,
    "w5saas": _saasapp,
    "w5news": _regionalnews,
    "w5journal": _journal,
    "w5estate": _estateagent,
    "w5coupon": _couponsite,
    "w5auction": _auctionhouse,
    "w5status": _statuspage,
    "w5portal": _portal,
    "w5blog": _staticblog,
    "w5spa": _spashell,
}


def render(case: Any) -> str:
    return TEMPLATES[case.chrome](case, _rng(case))


# A paragraph of ordinary prose per language, for pages that ask for filler (``filler: n``).
PROSE: dict[str, str] = {
    "en": "The council's figures show that the number of people cycling to work across the river has doubled since the new bridge opened, while car journeys over the same stretch fell by about a fifth. Residents interviewed at the morning rush said the lighting and the separate lane made the difference, although several asked for more secure parking at the station end.",
    "de": "Nach Zahlen der Stadt hat sich die Zahl der Menschen, die über den Fluss zur Arbeit radeln, seit der Eröffnung der neuen Brücke verdoppelt, während die Autofahrten auf derselben Strecke um etwa ein Fünftel zurückgingen. Anwohner lobten vor allem die Beleuchtung und die eigene Spur.",
    "fr": "Selon les chiffres de la ville, le nombre de personnes qui traversent le fleuve à vélo pour aller travailler a doublé depuis l'ouverture du nouveau pont, tandis que les trajets en voiture sur le même tronçon ont baissé d'environ un cinquième. Les riverains saluent surtout l'éclairage et la voie séparée.",
    "es": "Según los datos del ayuntamiento, el número de personas que cruzan el río en bicicleta para ir al trabajo se ha duplicado desde que se abrió el nuevo puente, mientras que los trayectos en coche por el mismo tramo bajaron cerca de una quinta parte. Los vecinos destacan la iluminación y el carril separado.",
    "pt": "Segundo os dados da prefeitura, o número de pessoas que atravessam o rio de bicicleta para ir ao trabalho dobrou desde a abertura da nova ponte, enquanto as viagens de carro no mesmo trecho caíram cerca de um quinto. Os moradores elogiam a iluminação e a faixa separada.",
    "it": "Secondo i dati del comune, il numero di persone che attraversano il fiume in bicicletta per andare al lavoro è raddoppiato dall'apertura del nuovo ponte, mentre i viaggi in auto sullo stesso tratto sono calati di circa un quinto. I residenti apprezzano soprattutto l'illuminazione e la corsia separata.",
    "nl": "Volgens cijfers van de gemeente is het aantal mensen dat over de rivier naar het werk fietst verdubbeld sinds de nieuwe brug openging, terwijl het autoverkeer op hetzelfde stuk met ongeveer een vijfde daalde. Bewoners noemen vooral de verlichting en de aparte strook.",
    "pl": "Według danych miasta liczba osób dojeżdżających rowerem do pracy przez rzekę podwoiła się od otwarcia nowego mostu, a przejazdy samochodem na tym samym odcinku spadły o około jedną piątą. Mieszkańcy chwalą przede wszystkim oświetlenie i osobny pas.",
    "uk": "За даними міськради, кількість людей, які їздять на роботу велосипедом через річку, подвоїлася відтоді, як відкрили новий міст, а поїздок автомобілем на тій самій ділянці поменшало приблизно на п'яту частину. Мешканці хвалять освітлення та окрему смугу.",
    "cs": "Podle údajů města se od otevření nového mostu zdvojnásobil počet lidí, kteří jezdí přes řeku do práce na kole, zatímco jízd autem na stejném úseku ubylo zhruba o pětinu. Obyvatelé chválí hlavně osvětlení a samostatný pruh.",
    "tr": "Belediyenin verilerine göre yeni köprü açıldığından beri nehri bisikletle geçerek işe gidenlerin sayısı iki katına çıktı, aynı güzergâhtaki araç yolculukları ise yaklaşık beşte bir azaldı. Mahalle sakinleri en çok aydınlatmayı ve ayrı şeridi övüyor.",
    "ru": "По данным мэрии, число людей, которые ездят на работу через реку на велосипеде, удвоилось с открытия нового моста, а поездок на машине на том же участке стало примерно на пятую часть меньше. Жители хвалят освещение и отдельную полосу.",
    "ja": "市の集計によると、新しい橋が開通して以来、川を渡って自転車で通勤する人は2倍に増え、同じ区間の自動車の通行は約2割減った。朝の通勤時間に話を聞いた住民は、照明と専用レーンが決め手になったと話している。",
    "zh": "市政府的数据显示，新桥开通以来，骑自行车过河上班的人数翻了一番，同一路段的汽车出行则减少了约五分之一。早高峰时受访的居民表示，照明和独立车道起了关键作用。",
    "ko": "시의 집계에 따르면 새 다리가 개통된 뒤 강을 건너 자전거로 출근하는 사람이 두 배로 늘었고, 같은 구간의 자동차 통행은 약 5분의 1 줄었다. 주민들은 조명과 분리된 차로가 결정적이었다고 말했다.",
    "ar": "تُظهر أرقام البلدية أن عدد من يعبرون النهر بالدراجة إلى أعمالهم تضاعف منذ افتتاح الجسر الجديد، بينما تراجعت الرحلات بالسيارة على المقطع نفسه بنحو الخُمس. ويقول السكان إن الإنارة والمسار المنفصل صنعا الفرق.",
    "he": "לפי נתוני העירייה, מספר האנשים שחוצים את הנהר באופניים בדרך לעבודה הוכפל מאז נפתח הגשר החדש, ואילו הנסיעות ברכב באותו קטע ירדו בכחמישית. התושבים משבחים בעיקר את התאורה ואת הנתיב הנפרד.",
    "fa": "به گفته آمار شهرداری، از زمان گشایش پل تازه شمار کسانی که با دوچرخه از رودخانه می‌گذرند و سر کار می‌روند دو برابر شده و سفرهای خودرویی در همان مسیر حدود یک‌پنجم کم شده است. ساکنان روشنایی و مسیر جداگانه را عامل اصلی می‌دانند.",
    "hi": "नगर निगम के आँकड़ों के अनुसार नया पुल खुलने के बाद से नदी पार करके साइकिल से दफ़्तर जाने वालों की संख्या दोगुनी हो गई है, जबकि उसी रास्ते पर कार की यात्राएँ लगभग पाँचवाँ हिस्सा घटी हैं। निवासी रोशनी और अलग लेन की तारीफ़ करते हैं।",
    "bn": "পৌরসভার হিসাব বলছে, নতুন সেতু চালু হওয়ার পর নদী পেরিয়ে সাইকেলে অফিসে যাওয়া মানুষের সংখ্যা দ্বিগুণ হয়েছে, আর একই পথে গাড়ির যাতায়াত কমেছে প্রায় এক-পঞ্চমাংশ। বাসিন্দারা আলো আর আলাদা লেনের প্রশংসা করছেন।",
    "th": "ตัวเลขของเทศบาลระบุว่านับตั้งแต่สะพานใหม่เปิดใช้ จำนวนคนที่ปั่นจักรยานข้ามแม่น้ำไปทำงานเพิ่มขึ้นเป็นสองเท่า ขณะที่การเดินทางด้วยรถยนต์ในช่วงเดียวกันลดลงราวหนึ่งในห้า ชาวบ้านชื่นชมไฟส่องสว่างและช่องทางแยก",
    "id": "Menurut data pemerintah kota, jumlah orang yang bersepeda menyeberangi sungai untuk bekerja berlipat dua sejak jembatan baru dibuka, sementara perjalanan mobil di ruas yang sama turun sekitar seperlima. Warga memuji penerangan dan jalur terpisah.",
    "sw": "Kwa mujibu wa takwimu za halmashauri, idadi ya watu wanaovuka mto kwa baiskeli kwenda kazini imeongezeka mara mbili tangu daraja jipya lifunguliwe, huku safari za magari kwenye kipande hicho zikipungua kwa karibu moja ya tano. Wakazi wanasifu taa na njia maalumu.",
    "vi": "Theo số liệu của thành phố, số người đạp xe qua sông đi làm đã tăng gấp đôi kể từ khi cây cầu mới thông xe, trong khi các chuyến đi bằng ô tô trên cùng đoạn đường giảm khoảng một phần năm. Người dân khen hệ thống chiếu sáng và làn đường riêng.",
}  # fmt: skip
WEB_PROSE = (
    "A 404 response means the server could not find anything at the requested path; it says nothing about whether the site is down. "
    "Start by checking the URL for typos and stray characters, then look at your rewrite rules and redirects: a missing 301 after a "
    "site migration is the most common cause. Crawl the site with a link checker, export the list of broken internal links, and "
    "either restore the pages, redirect them to their closest replacement, or update the links that point at them. Finally, make "
    "sure your custom error page really returns the 404 status, or search engines will index it as an ordinary page."
)  # fmt: skip
